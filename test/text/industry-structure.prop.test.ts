import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/text/index.js';

const structure = (text: string) => auditText(text).findings.filter((f) => f.rule === 'percent.structure');

/** A bulletin's product and its three industries, in 亿元 to two places, and the structure ratio. */
const arb = fc.record({
  parts: fc.tuple(
    fc.integer({ min: 1_000, max: 900_000 }),
    fc.integer({ min: 1_000, max: 900_000 }),
    fc.integer({ min: 1_000, max: 900_000 }),
  ),
  places: fc.constantFrom(1, 2),
  withLastYear: fc.boolean(),
});

function render(
  a: { parts: [number, number, number]; places: number; withLastYear: boolean },
  off?: number,
): string {
  const v = a.parts.map((p) => new Decimal(p).dividedBy(100));
  const gdp = v[0]!.plus(v[1]!).plus(v[2]!);
  const terms = v.map((x, i) =>
    x
      .times(100)
      .dividedBy(gdp)
      .plus(i === off ? 0.3 : 0)
      .toFixed(a.places, Decimal.ROUND_HALF_UP),
  );
  const names = ['第一产业', '第二产业', '第三产业'];
  const body = v.map((x, i) => `${names[i]}增加值${x.toFixed(2)}亿元,增长4.0%`).join(';');
  const ratio = terms.join(':');
  const phrase = a.withLastYear
    ? `三次产业结构由上年的10.0:40.0:50.0调整为${ratio}`
    : `三次产业结构比为${ratio}`;
  return `全市生产总值${gdp.toFixed(2)}亿元,比上年增长5.1%。其中,${body}。${phrase}。`;
}

describe('percent.structure (property)', () => {
  it('a structure computed from the industries is never a mismatch', () => {
    fc.assert(
      fc.property(arb, (a) => {
        const f = structure(render(a));
        expect(f.length).toBeGreaterThan(0);
        expect(f.filter((x) => x.verdict === 'mismatch')).toEqual([]);
      }),
    );
  });

  it('a term 0.3 points off is exactly one mismatch, on that term', () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 2 }), (a, off) => {
        const bad = structure(render(a, off)).filter((x) => x.verdict === 'mismatch');
        expect(bad).toHaveLength(1);
        const text = render(a, off);
        const ratio = /(?:调整为|比为)([\d.:]+)。/.exec(text)![1]!.split(':');
        expect(new Decimal(bad[0]!.stated!).eq(ratio[off]!)).toBe(true);
      }),
    );
  });
});
