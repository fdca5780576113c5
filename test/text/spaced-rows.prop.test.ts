import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/text/index.js';

const NAMES = ['油费', '过路费', '住宿费', '餐饮费', '门票', '其他费用', '保险'];

const docArb = fc.integer({ min: 2, max: 4 }).chain((k) =>
  fc.record({
    rows: fc.array(fc.array(fc.integer({ min: 0, max: 99999 }), { minLength: k, maxLength: k }), {
      minLength: 2,
      maxLength: 7,
    }),
    header: fc.constantFrom('', '项目 大致费用(元)', '项目 最低 最高'),
    gap: fc.constantFrom(' ', '  ', '\t'),
    total: fc.constantFrom('总计', '合计', '共计'),
    rule: fc.boolean(),
  }),
);

type Doc = typeof docArb extends fc.Arbitrary<infer T> ? T : never;

/** The table as text, the total's column `col` off by `delta`; its last line is the total row. */
function render(d: Doc, col = -1, delta = 0): string {
  const lines = ['以下是一个大致的预算表:'];
  if (d.header) lines.push(d.header);
  if (d.rule) lines.push('-----------------------');
  for (const [i, r] of d.rows.entries()) lines.push([NAMES[i], ...r].join(d.gap));
  const sums = d.rows[0]!.map((_, c) => d.rows.reduce((a, r) => a + r[c]!, 0) + (c === col ? delta : 0));
  lines.push([d.total, ...sums].join(d.gap));
  return lines.join('\n');
}

const totals = (text: string) =>
  auditText(text).findings.filter((f) => f.rule === 'table.total' && f.at.line === text.split('\n').length);

describe('rows of numbers parted by spaces over a total row', () => {
  it('checks every column of the total and finds none wrong when they add up', () => {
    fc.assert(
      fc.property(docArb, (d) => {
        const text = render(d);
        const f = totals(text);
        expect(
          f.map((x) => x.verdict),
          text,
        ).toEqual(d.rows[0]!.map(() => 'match'));
      }),
      { numRuns: 200 },
    );
  });

  it('reports exactly the column that is off, by the injected amount', () => {
    fc.assert(
      fc.property(docArb, fc.nat(), fc.integer({ min: 1, max: 5000 }), (d, c, delta) => {
        const col = c % d.rows[0]!.length;
        const text = render(d, col, delta);
        const bad = totals(text).filter((x) => x.verdict === 'mismatch');
        const sum = d.rows.reduce((a, r) => a + r[col]!, 0);
        expect(
          bad.map((x) => [x.stated, x.expected, x.difference]),
          text,
        ).toEqual([[String(sum + delta), String(sum), String(delta)]]);
      }),
      { numRuns: 200 },
    );
  });
});
