/** budgetToJson must write exactly what JSON.stringify writes, for every budget computeBudget accepts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetToJson, computeBudget, HuiwuError } from '../../src/index.js';

const fixed = fc
  .tuple(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), fc.integer({ min: 0, max: 8 }))
  .map(([m, s]) => {
    const neg = m < 0n;
    const digits = String(neg ? -m : m).padStart(s + 1, '0');
    return `${neg ? '-' : ''}${s ? `${digits.slice(0, -s)}.${digits.slice(-s)}` : digits}`;
  });
const figure = fc.oneof(
  fixed,
  fc.constantFrom('0', '-0', '0.00', '100.10', '1e3', '1,200', '1,200.50元', '3万元', '0.000000001'),
  fc.integer({ min: 0, max: 1_000_000 }),
);
const text = fc.oneof(
  fc.constantFrom('场租费', '会议室"A"', 'back\\slash', 'tab\there', '😀餐费', '\ud800lone', 'x'),
  fc.string({ maxLength: 6 }),
);
const quantity = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }).map(String),
  fc.constantFrom('2.50', '1e2', '0'),
  fc.array(
    fc.record(
      {
        value: fc.oneof(fc.integer({ min: 0, max: 99 }).map(String), fc.constant('99999999')),
        unit: fc.constantFrom('人', '天', '间"'),
      },
      { requiredKeys: ['value'] },
    ),
    { minLength: 1, maxLength: 3 },
  ),
);
const item = fc.record(
  {
    name: text,
    unitPrice: figure,
    quantity,
    amount: fc.oneof(figure, fc.constant(null), fc.constant('××')),
    unit: fc.constantFrom('人', '间/天'),
    category: fc.constantFrom('住宿费', '伙食费'),
    note: text,
    source: text,
    provisional: fc.boolean(),
  },
  { requiredKeys: ['name'] },
);
const section = fc.record(
  {
    name: text,
    unit: fc.constantFrom('元', '万元'),
    items: fc.array(item, { maxLength: 4 }),
    subtotal: figure,
    note: text,
  },
  { requiredKeys: ['name'] },
);
const budget = fc.record(
  {
    title: text,
    unit: fc.constantFrom('元', '万元', '亿元'),
    items: fc.array(item, { maxLength: 4 }),
    sections: fc.array(
      fc.record({
        name: text,
        sections: fc.array(section, { maxLength: 2 }),
        items: fc.array(item, { maxLength: 3 }),
      }),
      { maxLength: 3 },
    ),
    total: figure,
    headCount: fc.integer({ min: 0, max: 500 }),
    days: fc.integer({ min: 1, max: 5 }),
    note: text,
  },
  { requiredKeys: ['title'] },
);

describe('budgetToJson', () => {
  it('writes the same text as JSON.stringify, for any budget that computes', () => {
    let computed = 0;
    fc.assert(
      fc.property(budget, (input) => {
        let b: ReturnType<typeof computeBudget>;
        try {
          b = computeBudget(input);
        } catch (e) {
          if (e instanceof HuiwuError) return; // refused input: nothing to write
          throw e;
        }
        computed++;
        expect(budgetToJson(b)).toBe(JSON.stringify(b));
      }),
      { numRuns: 400 },
    );
    // The property is only worth something if most generated budgets compute.
    expect(computed).toBeGreaterThan(100);
  });

  it('writes a zero-priced line whose factors multiply past 2^53 exactly', () => {
    const b = computeBudget({
      title: 't',
      items: [
        {
          name: 'a',
          unitPrice: '0',
          quantity: [{ value: '99999999' }, { value: '99999999' }, { value: '999' }],
        },
      ],
    });
    const json = budgetToJson(b);
    expect(json).toBe(JSON.stringify(b));
    expect(JSON.parse(json).children[0].quantity).toBe('9989999800200000999');
  });

  it('writes ids, units and notes with the escapes JSON needs', () => {
    const b = computeBudget({
      title: '"t"',
      items: [
        { id: 'a"b', name: 'line\nbreak', unitPrice: '1.10', quantity: '3', amount: '3.30', note: '\\' },
      ],
    });
    expect(JSON.parse(budgetToJson(b)).children[0]).toMatchObject({
      id: 'a"b',
      name: 'line\nbreak',
      amount: '3.3',
      note: '\\',
    });
  });
});
