import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/text/index.js';

// A yearbook table: year, households, then a total that is the sum of two parts, and another column.
const rowArb = fc.record({
  households: fc.integer({ min: 1000, max: 99999 }),
  male: fc.integer({ min: 10000, max: 99999 }),
  female: fc.integer({ min: 10000, max: 99999 }),
  other: fc.integer({ min: 100, max: 9999 }),
});
const docArb = fc.record({
  rows: fc.array(rowArb, { minLength: 9, maxLength: 30 }),
  places: fc.constantFrom(0, 1, 2),
  gap: fc.constantFrom(' ', '  ', '\t'),
});
type Doc = typeof docArb extends fc.Arbitrary<infer T> ? T : never;

const fixed = (n: number, places: number) => new Decimal(n).div(10 ** places).toFixed(places);

/** The table as text, row `bad`'s total `delta` units of its last digit off. */
function render(d: Doc, bad = -1, delta = 0): string {
  const lines = ['表1 历年总户数和总人口', '单位:万户,万人', '年份 总户数 总人口 男性 女性 其他'];
  d.rows.forEach((r, i) => {
    const total = r.male + r.female + (i === bad ? delta : 0);
    lines.push(
      [
        2000 + i,
        fixed(r.households, d.places),
        fixed(total, d.places),
        fixed(r.male, d.places),
        fixed(r.female, d.places),
        fixed(r.other, d.places),
      ].join(d.gap),
    );
  });
  lines.push('注:本表数据来源于公安户籍统计。');
  return lines.join('\n');
}

const mismatches = (text: string) => auditText(text).findings.filter((f) => f.verdict === 'mismatch');

describe('a column that is the sum of two others in a table of number rows', () => {
  it('finds no row wrong when every total is the sum of its parts, whatever the spacing and precision', () => {
    fc.assert(
      fc.property(docArb, (d) => {
        const text = render(d);
        expect(mismatches(text), text).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('reports exactly the row whose total is off by two units or more, with the sum as expected', () => {
    fc.assert(
      fc.property(docArb, fc.nat(), fc.integer({ min: 2, max: 500 }), fc.boolean(), (d, k, size, up) => {
        const bad = k % d.rows.length;
        const delta = up ? size : -size;
        const text = render(d, bad, delta);
        const found = mismatches(text);
        const r = d.rows[bad]!;
        expect(
          found.map((f) => [f.rule, f.at.line, f.expected]),
          text,
        ).toEqual([['table.identity', bad + 4, new Decimal(fixed(r.male + r.female, d.places)).toFixed()]]);
      }),
      { numRuns: 100 },
    );
  });
});
