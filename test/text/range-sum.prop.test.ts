import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/text/index.js';

const ITEMS = ['交通费用', '住宿费用', '餐饮费用', '景点门票', '保险费用', '其他费用'];

const docArb = fc.record({
  parts: fc
    .array(fc.record({ lo: fc.integer({ min: 1, max: 90 }), width: fc.integer({ min: 1, max: 90 }) }), {
      minLength: 2,
      maxLength: 6,
    })
    .map((ps) => ps.map((p) => ({ lo: p.lo * 100, hi: (p.lo + p.width) * 100 }))),
  dash: fc.constantFrom('-', '~', '—', '至'),
  about: fc.boolean(),
  bullet: fc.constantFrom('- ', '', '·'),
  total: fc.constantFrom('总计', '合计', '共计'),
});

type Doc = typeof docArb extends fc.Arbitrary<infer T> ? T : never;

/** A travel estimate whose parts and total are ranges; `dLo`/`dHi` put the total's ends off. */
function render(d: Doc, dLo = 0, dHi = 0): string {
  const q = d.about ? '约' : '';
  const lines = ['根据以上预算,旅行费用约为:'];
  for (const [k, p] of d.parts.entries())
    lines.push(`${d.bullet}${ITEMS[k]}:${q}${p.lo}${d.dash}${p.hi}元。`);
  const lo = d.parts.reduce((a, p) => a + p.lo, 0) + dLo;
  const hi = d.parts.reduce((a, p) => a + p.hi, 0) + dHi;
  lines.push(`${d.total}:${q}${lo}${d.dash}${hi}元。`);
  return lines.join('\n');
}

const totals = (text: string) =>
  auditText(text).findings.filter((f) => f.rule === 'sum.total' && f.at.line === text.split('\n').length);

describe('a range stated as the sum of ranges: each end against its own sum', () => {
  it('finds nothing wrong when both ends add up', () => {
    fc.assert(
      fc.property(docArb, (d) => {
        const text = render(d);
        expect(
          totals(text).filter((f) => f.verdict === 'mismatch'),
          text,
        ).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('reports the end that is off, with that end as the stated figure and its exact difference', () => {
    fc.assert(
      fc.property(
        docArb,
        fc.constantFrom('low', 'high', 'both'),
        fc.integer({ min: 1, max: 50 }),
        (d, which, k) => {
          const delta = k * 100;
          const lo = d.parts.reduce((a, p) => a + p.lo, 0);
          const hi = d.parts.reduce((a, p) => a + p.hi, 0);
          // The wrong low end must stay below the high end to remain a range.
          const dLo = which === 'high' ? 0 : lo + delta < hi ? delta : -Math.min(delta, lo - 100);
          const dHi = which === 'low' ? 0 : delta;
          fc.pre(dLo !== 0 || which === 'high');
          const text = render(d, dLo, dHi);
          const bad = totals(text)
            .filter((f) => f.verdict === 'mismatch')
            .map((f) => [f.stated, f.expected, f.difference]);
          const want: string[][] = [];
          if (dLo !== 0) want.push([String(lo + dLo), String(lo), String(dLo)]);
          if (dHi !== 0) want.push([String(hi + dHi), String(hi), String(dHi)]);
          expect(bad, text).toEqual(want);
        },
      ),
      { numRuns: 200 },
    );
  });
});
