import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/text/index.js';

const TOWNS = ['城关镇', '兴隆镇', '老县镇', '大贵镇', '三阳镇', '洛河镇', '洞井瑶族乡', '观音阁乡'];

const share = (part: number, whole: number, places: number) =>
  new Decimal(part).times(100).div(whole).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);

const docArb = fc.record({
  counts: fc.array(fc.integer({ min: 1, max: 90000 }), { minLength: 2, maxLength: TOWNS.length }),
  places: fc.constantFrom(1, 2),
  // A web table copied out a cell a line (rows parted by lines of bars), or a row a line.
  cellPerLine: fc.boolean(),
  whole: fc.constantFrom('全 县', '全县', '全市', '合计'),
});
type Doc = typeof docArb extends fc.Arbitrary<infer T> ? T : never;

/** Rows as lines: `a | b | c |`, or each cell on a line of its own closed by a bar. */
function rows(d: Doc, cells: string[][]): string[] {
  if (!d.cellPerLine) return cells.map((r) => `${r.join(' | ')} |`);
  return cells.flatMap((r) => [...r.map((c) => `${c} |`), '|']);
}

/** A census table of head counts and their shares of the whole row at its top; row `bad` off by one unit. */
function render(d: Doc, bad = -1, up = true): string {
  const total = d.counts.reduce((a, b) => a + b, 0);
  const body = d.counts.map((n, i) => {
    let s = new Decimal(share(n, total, d.places));
    if (i === bad) s = s.plus(new Decimal(up ? 1 : -1).div(10 ** d.places));
    return [TOWNS[i]!, String(n), s.toFixed(d.places)];
  });
  return [
    '表1 各镇常住人口',
    '地区 | 人口数 | 比重 | |',
    ...rows(d, [[d.whole, String(total), '100'], ...body]),
    '注释:本表数据为初步汇总数据。',
  ].join('\n');
}

/**
 * A 男 | 女 table of shares, each pair from exact counts; row `bad`'s 女 share two units of its last
 * digit off (one unit can still be rounding: each side may be off by half of one).
 */
function renderPairs(d: Doc, bad = -1): string {
  const body = d.counts.map((m, i) => {
    const f = d.counts[(i + 1) % d.counts.length]!;
    let w = new Decimal(share(f, m + f, d.places));
    if (i === bad) w = w.plus(new Decimal(w.gt(50) ? -2 : 2).div(10 ** d.places));
    return [TOWNS[i]!, share(m, m + f, d.places), w.toFixed(d.places)];
  });
  return ['单位:% |', '地区 | 占常住人口比重 |', '男 | 女 |', ...rows(d, body)].join('\n');
}

const mismatches = (text: string) => auditText(text).findings.filter((f) => f.verdict === 'mismatch');

describe('census tables, a row a line or a cell a line', () => {
  it('finds no share wrong when every share is its count over the whole, rounded half up', () => {
    fc.assert(
      fc.property(docArb, (d) => {
        const text = render(d);
        expect(mismatches(text), text).toEqual([]);
        const checked = auditText(text).findings.filter((f) => f.rule === 'table.share');
        expect(checked.length, text).toBe(d.counts.length);
      }),
      { numRuns: 150 },
    );
  });

  it('reports exactly the share that is one unit of its last digit off, on its line', () => {
    fc.assert(
      fc.property(docArb, fc.nat(), fc.boolean(), (d, k, up) => {
        const bad = k % d.counts.length;
        const text = render(d, bad, up);
        const found = mismatches(text);
        expect(
          found.map((f) => f.rule),
          text,
        ).toEqual(['table.share']);
        const total = d.counts.reduce((a, b) => a + b, 0);
        expect(found[0]!.expected, text).toBe(new Decimal(share(d.counts[bad]!, total, d.places)).toFixed());
        const line = text.split('\n')[found[0]!.at.line - 1]!;
        expect(line, text).toContain(new Decimal(found[0]!.stated!).toFixed(d.places));
      }),
      { numRuns: 150 },
    );
  });

  it('finds no 男 | 女 pair wrong when both come from the same counts, and the one that is', () => {
    fc.assert(
      fc.property(docArb, fc.nat(), (d, k) => {
        expect(mismatches(renderPairs(d)), renderPairs(d)).toEqual([]);
        const bad = k % d.counts.length;
        const text = renderPairs(d, bad);
        const found = mismatches(text);
        expect(
          found.map((f) => f.rule),
          text,
        ).toEqual(['table.share']);
        const line = text.split('\n')[found[0]!.at.line - 1]!;
        expect(line, text).toContain(new Decimal(found[0]!.stated!).toFixed(d.places));
        expect(found[0]!.expected, text).toBe(
          new Decimal(100).minus(found[0]!.operands?.[0]?.value ?? 'NaN').toFixed(),
        );
      }),
      { numRuns: 150 },
    );
  });
});
