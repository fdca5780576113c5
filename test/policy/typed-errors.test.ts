import { describe, expect, it } from 'vitest';
import { CENTRAL_2016, checkPolicy, HuiwuError } from '../../src/index.js';

const budget = { title: '会议预算', items: [{ name: '住宿费', amount: '100' }] };
const codeAndPath = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof HuiwuError) return [e.code, e.path?.join('.')];
    return ['untyped', (e as Error).message];
  }
  return ['none'];
};

describe('checkPolicy refuses bad meeting facts with typed errors', () => {
  it('a category the policy does not have, even one Object.prototype has', () => {
    for (const category of ['toString', 'constructor', '__proto__', '五类'])
      expect(
        codeAndPath(() => checkPolicy(budget, { category, days: 2, attendees: 10 }, CENTRAL_2016)),
      ).toEqual(['POLICY', 'meeting.category']);
  });

  it('null facts and negative counts', () => {
    expect(codeAndPath(() => checkPolicy(budget, null as never, CENTRAL_2016))).toEqual([
      'POLICY',
      'meeting',
    ]);
    expect(
      codeAndPath(() => checkPolicy(budget, { category: '三类', days: 2, attendees: -1 }, CENTRAL_2016)),
    ).toEqual(['POLICY', 'meeting.attendees']);
    expect(
      codeAndPath(() => checkPolicy(budget, { category: '三类', days: -2, attendees: 5 }, CENTRAL_2016)),
    ).toEqual(['POLICY', 'meeting.days']);
  });
});
