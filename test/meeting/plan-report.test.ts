import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planMeeting, renderPlanText } from '../../src/index.js';

const county = JSON.parse(
  readFileSync(new URL('../../examples/meetings/county-conference.json', import.meta.url), 'utf8'),
);

describe('renderPlanText', () => {
  it('prints head counts, rooms, meals, badges, agenda, findings and the derived budget', () => {
    const text = renderPlanText(planMeeting(county));
    expect(text).toContain('# 全市县域经济工作会议');
    expect(text).toMatch(/single 96, twin 23–28 \(about 25\)/);
    expect(text).toContain('记者证: 10');
    expect(text).toContain('20:00–20:40 文艺节目');
    expect(text).toContain('date.partial');
    expect(text).toMatch(/total 104816 \(computeBudget: 104816\), per person 717\.92/);
  });
});
