import { describe, expect, it } from 'vitest';
import { auditBudget, HuiwuError, parseAmount } from '../../src/index.js';

describe('a stated figure with two units', () => {
  it.each(['1.5万亿元', '5万分', '2万万', '5元元'])(
    '%s is refused in a budget, as parseAmount refuses it',
    (t) => {
      const budget = () => auditBudget({ title: 't', items: [{ name: 'x', amount: t }] });
      expect(budget).toThrow(HuiwuError);
      expect(() => parseAmount(t)).toThrow(HuiwuError);
      try {
        budget();
      } catch (e) {
        expect((e as HuiwuError).code).toBe('AMOUNT_SYNTAX');
        expect((e as HuiwuError).path).toEqual(['items', 0, 'amount']);
      }
    },
  );

  it('one unit still reads', () => {
    expect(
      auditBudget({ title: 't', items: [{ name: 'x', amount: '1.5万元' }] }).budget.total?.toString(),
    ).toBe('15000');
  });
});
