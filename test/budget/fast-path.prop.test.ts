/**
 * The fast path (hand validator, integer mantissas) must be invisible: same acceptance as the zod
 * schema, same figures and findings as the general Decimal path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walkBudget } from '../../src/budget/compute.js';
import { isValidBudgetInput } from '../../src/budget/fast-validate.js';
import { auditBudget, type BudgetInput, BudgetSchema } from '../../src/index.js';

const num = fc.oneof(
  fc
    .bigInt({ min: -(10n ** 12n), max: 10n ** 12n })
    .map((m) => `${m / 100n}.${String(m < 0n ? -m % 100n : m % 100n).padStart(2, '0')}`),
  fc.integer({ min: 0, max: 10_000 }).map(String),
  fc.integer({ min: 0, max: 1000 }),
);
const item = fc.record(
  {
    name: fc.constantFrom('场租费', '奖牌', 'x'),
    unitPrice: num,
    quantity: fc.oneof(
      fc.integer({ min: 0, max: 999 }).map(String),
      fc.array(
        fc.record({ value: fc.integer({ min: 0, max: 99 }).map(String), unit: fc.constantFrom('人', '天') }),
        { minLength: 1, maxLength: 3 },
      ),
    ),
    amount: fc.oneof(num, fc.constant(null), fc.constant('××')),
    provisional: fc.boolean(),
  },
  { requiredKeys: ['name', 'unitPrice', 'quantity'] },
);
const budget = fc.record(
  {
    title: fc.constant('预算'),
    unit: fc.constantFrom('元', '万元'),
    items: fc.array(item, { maxLength: 6 }),
    sections: fc.array(
      fc.record(
        { name: fc.constant('S'), items: fc.array(item, { maxLength: 5 }), subtotal: num },
        { requiredKeys: ['name'] },
      ),
      { maxLength: 3 },
    ),
    total: num,
  },
  { requiredKeys: ['title'] },
);

/** Small edits that may or may not break validity. */
const mutation = fc.constantFrom(
  (b: Record<string, unknown>) => ({ ...b, extra: 1 }),
  (b: Record<string, unknown>) => ({ ...b, title: '' }),
  (b: Record<string, unknown>) => ({ ...b, total: 1.5 }),
  (b: Record<string, unknown>) => ({ ...b, unit: '美元' }),
  (b: Record<string, unknown>) => ({ ...b, items: [{ name: 'a', unitPrice: '1', quantity: [] }] }),
  (b: Record<string, unknown>) => ({ ...b, items: [{ name: 'a', amount: '1', provisional: 'yes' }] }),
  (b: Record<string, unknown>) => ({ ...b, sections: [{ name: 'S', sections: [{ name: 'T', items: {} }] }] }),
  (b: Record<string, unknown>) => ({ ...b, headCount: 2 ** 60 }),
  (b: Record<string, unknown>) => b,
);

/** Writes every figure so the fast scanner refuses it while its value and written precision stay the same. */
function slowSpelling(x: unknown): unknown {
  if (typeof x === 'string' && /^-?\d+(\.\d+)?$/.test(x)) return `${x}e0`;
  if (typeof x === 'number') return `${x}e0`;
  if (Array.isArray(x)) return x.map(slowSpelling);
  if (x && typeof x === 'object') {
    return Object.fromEntries(
      Object.entries(x).map(([k, v]) => [
        k,
        k === 'name' || k === 'title' || k === 'unit' ? v : slowSpelling(v),
      ]),
    );
  }
  return x;
}

describe('fast path', () => {
  it('the hand validator accepts exactly what the zod schema accepts', () => {
    fc.assert(
      fc.property(budget, mutation, (b, mutate) => {
        const input = mutate(b as Record<string, unknown>);
        expect(isValidBudgetInput(input)).toBe(BudgetSchema.safeParse(input).success);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same figures and findings as the general Decimal path', () => {
    fc.assert(
      fc.property(budget, (b) => {
        const fast = auditBudget(b as BudgetInput);
        const slow = auditBudget(slowSpelling(b) as BudgetInput);
        const figures = (a: typeof fast) =>
          [...walkBudget(a.budget)].map((n) => String(n.kind === 'item' ? n.amount : n.subtotal));
        expect(figures(fast)).toEqual(figures(slow));
        expect(String(fast.budget.total)).toBe(String(slow.budget.total));
        const gist = (a: typeof fast) =>
          a.findings.map((f) => [f.rule, f.verdict, f.at, f.expected, f.difference]);
        expect(gist(fast)).toEqual(gist(slow));
      }),
      { numRuns: 300 },
    );
  });
});
