import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/text/index.js';

const rowArb = fc.record({
  name: fc.constantFrom('豪华套间', '标间', '单间', '早餐', '午餐', '大巴车'),
  price: fc.integer({ min: 5, max: 900 }),
  unit: fc.constantFrom('间', '人', '辆', '桌'),
  count: fc.integer({ min: 1, max: 60 }),
  days: fc.option(fc.integer({ min: 2, max: 5 }), { nil: undefined }),
});
type Row = typeof rowArb extends fc.Arbitrary<infer T> ? T : never;

const amount = (r: Row) => r.price * r.count * (r.days ?? 1);

/** A table copied out column by column onto one line, with row `wrong`'s amount moved by `delta`. */
function render(rows: Row[], wrong = -1, delta = 0): string {
  const names = rows.map((r) => r.name).join(' ');
  const prices = rows.map((r) => `${r.price}元/${r.unit}`).join(' ');
  const qty = rows.map((r) => `${r.count}${r.unit}${r.days ? `*${r.days}天` : ''}`).join(' ');
  const amounts = rows.map((r, k) => amount(r) + (k === wrong ? delta : 0)).join(' ');
  return `二、住宿费用: 名称 ${names} 单价 ${prices} 数量 ${qty} 合计(元) ${amounts} 备注 XX酒店`;
}

const products = (text: string) => auditText(text).findings.filter((f) => f.rule === 'table.product');

describe('a table copied out column by column', () => {
  it('checks every row and finds consistent rows right', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 2, maxLength: 5 }), (rows) => {
        const text = render(rows);
        const f = products(text);
        expect(
          f.reduce((n, x) => n + 1 + (x.alsoAt?.length ?? 0), 0),
          text,
        ).toBe(rows.length);
        for (const x of f) expect(x.verdict, text).toBe('match');
      }),
      { numRuns: 200 },
    );
  });

  it('reports exactly the row whose amount is off, by the difference', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 2, maxLength: 5 }),
        fc.nat(),
        fc.integer({ min: 1, max: 999 }),
        (rows, k, delta) => {
          const wrong = k % rows.length;
          const text = render(rows, wrong, delta);
          const bad = products(text).filter((x) => x.verdict === 'mismatch');
          expect(bad, text).toHaveLength(1);
          expect(bad[0]!.difference, text).toBe(String(delta));
        },
      ),
      { numRuns: 200 },
    );
  });
});
