import { describe, expect, it } from 'vitest';
import { auditBudget } from '../../src/index.js';

describe('auditBudget(…, { info: false })', () => {
  const budget = {
    title: '会议预算',
    items: [
      { name: '奖牌', unitPrice: '10', quantity: '2', amount: '25' },
      { name: '场租', amount: '30' },
    ],
    total: '50',
  };

  it('leaves out every info finding, consequences included, and counts none', () => {
    expect(auditBudget(budget).findings.map((f) => f.rule)).toEqual(['product.line', 'sum.stated-parts']);
    const quiet = auditBudget(budget, { info: false });
    expect(quiet.findings.map((f) => f.rule)).toEqual(['product.line']);
    expect(quiet.summary).toEqual({ mismatches: 1, uncheckable: 0, info: 0 });
  });
});
