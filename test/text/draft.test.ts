import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditBudget, draftFromText, HuiwuError, planMeeting } from '../../src/index.js';

const city = readFileSync(new URL('../../examples/plans/city-work-meeting.txt', import.meta.url), 'utf8');

describe('draftFromText', () => {
  const draft = draftFromText(city);

  it('reads the stated budget with its products kept as unit price × quantity', () => {
    expect(draft.budgets).toHaveLength(1);
    const b = draft.budgets[0]!;
    expect(b.total).toBe('45000');
    expect(b.items).toHaveLength(9);
    expect(b.items![2]).toMatchObject({
      name: '奖牌',
      unitPrice: '60',
      quantity: [{ value: '40' }],
      amount: '2400',
    });
    const audit = auditBudget(b);
    expect(audit.budget.total?.toString()).toBe('48700');
    expect(audit.findings.filter((f) => f.verdict === 'mismatch').map((f) => [f.rule, f.difference])).toEqual(
      [['sum.total', '-3700']],
    );
  });

  it('drafts the meeting: a partial start, the groups, a pending group for the one lost, the stated total', () => {
    const m = draft.meeting;
    expect(m.start).toMatch(/^\?{4}-04-\?\? 09:00$/);
    expect(m.groups.map((g) => g.count)).toEqual(['35', '38', '30', 'pending']);
    expect(m.statedTotal).toBe('122');
    const plan = planMeeting(m);
    expect(plan.headCount.attendees.pending).toEqual(['（原文缺失的分组）']);
    const total = plan.findings.find((f) => f.rule === 'count.attendees');
    expect(total?.verdict).toBe('uncheckable');
  });

  it('gives an empty draft for text with nothing to read, and refuses non-text', () => {
    const d = draftFromText('');
    expect(d.budgets).toEqual([]);
    expect(d.meeting.groups).toEqual([]);
    expect(() => draftFromText(42 as never)).toThrow(HuiwuError);
  });
});
