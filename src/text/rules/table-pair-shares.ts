import { Dec } from '../../decimal/dec.js';
import { exact, quantityOf, subQ } from '../interval.js';
import type { Row, Table } from '../tree/types.js';
import { newClaim } from './claims.js';
import { complementary } from './complements.js';
import { cellNumber, rowLabel } from './table-cells.js';
import type { RuleExamples, TextRule } from './types.js';
import { decide } from './verdict.js';

// The table says its figures are shares: 单位:%, 占常住人口比重, 构成.
const SHARES = /比重|占比|构成|百分比|单位\s*[:：]\s*%|^\s*%\s*$/;
const HEADER_ROWS = 8;

/** The row, among the first of `t`, whose two cells are the sides of a pair (男 | 女), and its index. */
function pairHeader(t: Table): number {
  for (let i = 0; i < Math.min(HEADER_ROWS, t.rows.length); i++) {
    const cells = t.rows[i]!.cells.filter((c) => c.text !== '');
    if (cells.length !== 2 || cells.some((c) => c.figures.length > 0)) continue;
    if (complementary(cells[0]!.text, cells[1]!.text)) return i;
  }
  return -1;
}

/**
 * `table.share`: in a table of shares (单位:%, 占…比重) whose header splits a column in the two sides of
 * a pair (男 | 女, 城镇 | 乡村), each row's two shares add to 100: `洞井瑶族乡 | 50.83 | 49.90` does
 * not (the second should be 49.17). Each share stands for the interval its digits allow.
 */
export const tablePairShares: TextRule = {
  name: 'table-pair-shares',
  emits: ['table.share'],
  summary: 'The two shares of a 男 | 女 (or other pair) split of 100% add to 100.',
  check(ctx) {
    const t = ctx.block;
    if (t.kind !== 'table') return;
    const h = pairHeader(t);
    if (h < 0) return;
    if (!t.rows.slice(0, h + 1).some((r) => r.cells.some((c) => SHARES.test(c.text)))) return;
    const hundred = exact(new Dec(100));
    for (const r of t.rows.slice(h + 1)) {
      const pair = sharesOf(r);
      if (!pair) continue;
      const [a, b] = pair;
      const qa = quantityOf(a, true);
      if (!qa) continue;
      const claim = newClaim('percent-total', 'table.share', r.line, b.start, b);
      decide(claim, b, true, [
        {
          value: subQ(hundred, qa),
          operands: [{ fig: a, rec: r.line, label: rowLabel(r) }],
          how: 'what the other side of the pair leaves of 100',
        },
      ]);
      ctx.claim(claim);
    }
  },
};

/** A row's label and its first two numbers, bare or in %, right after it. */
function sharesOf(r: Row) {
  const cells = r.cells.filter((c) => c.text !== '');
  if (cells.length < 3 || cells[0]!.figures.length > 0) return undefined;
  const a = cellNumber(cells[1]) ?? cells[1]!.figures.find((f) => f.unit === '%' && !f.approx);
  const b = cellNumber(cells[2]) ?? cells[2]!.figures.find((f) => f.unit === '%' && !f.approx);
  if (!a?.value || !b?.value || (a.unit !== '' && a.unit !== '%') || (b.unit !== '' && b.unit !== '%'))
    return undefined;
  if (a.value.gt(100) || b.value.gt(100)) return undefined;
  return [a, b] as const;
}

/** What {@link tablePairShares} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const tablePairSharesExamples: RuleExamples = {
  ok: [
    {
      text: '地区 | 占常住人口比重 | 性别比 |\n男 | 女 |\n全 县 | 51.38 | 48.62 | 105.67 |',
      findings: [{ rule: 'table.share', verdict: 'match', stated: '48.62', expected: '48.62' }],
    },
  ],
  notOk: [
    {
      text: '单位:% |\n地区 | 占常住人口比重 | 性别比 |\n男 | 女 |\n洞井瑶族乡 | 50.83 | 49.90 | 103.36 |',
      findings: [{ rule: 'table.share', verdict: 'mismatch', stated: '49.9', expected: '49.17' }],
    },
  ],
};
