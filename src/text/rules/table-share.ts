import { quantityOf, shareQ } from '../interval.js';
import type { Row } from '../tree/types.js';
import { newClaim } from './claims.js';
import { bodyRows, cellAt, cellNumber, rowKind, rowLabel } from './table-cells.js';
import type { RuleExamples, TextRule } from './types.js';
import { decide } from './verdict.js';

/**
 * `table.share`: in a table with a 合计 (总计) row, a row's percentage (in a 比例/占比/% column, or a cell
 * such as `总预算的10%`) against the row's amount over the total row's amount in the same column.
 */
export const tableShare: TextRule = {
  name: 'table-share',
  emits: ['table.share'],
  summary: 'A table row’s share equals its amount over the 合计 row’s amount.',
  check(ctx) {
    const t = ctx.block;
    if (t.kind !== 'table') return;
    const rows = bodyRows(t);
    const width = Math.max(...t.rows.map((r) => r.cells.length));
    const amountCol = t.roles.lastIndexOf('amount');
    // Rows as wide as the header's named columns stand under them from the left.
    const named = (cells: readonly { text: string }[]) => {
      let n = cells.length;
      while (n > 0 && cells[n - 1]!.text === '') n--;
      return n;
    };
    const headerWidth = t.header === undefined ? width : named(t.rows[t.header]!.cells);
    const aligned = (r: Row) => r.cells.length === width || named(r.cells) === headerWidth;
    const at = (r: Row, col: number) => (r.cells.length === width ? cellAt(r, col, width) : r.cells[col]);
    // A row's amount: in the header's amount column, else its only number (rows shift under merged cells).
    const amountOf = (r: Row) => {
      const own = amountCol >= 0 ? cellNumber(cellAt(r, amountCol, width)) : undefined;
      if (own) return own;
      const nums = r.cells.map((c) => cellNumber(c)).filter((f) => f !== undefined);
      return nums.length === 1 ? nums[0] : undefined;
    };
    // The total row that closes each row's section: the next total or subtotal row below it; with
    // none below, the total row above (全 县 | 181286 heads a census table).
    const closing: (Row | undefined)[] = new Array(rows.length);
    let next: Row | undefined;
    for (let i = rows.length - 1; i >= 0; i--) {
      closing[i] = next;
      const kind = rowKind(rows[i]!);
      if (kind === 'total' || kind === 'subtotal') next = rows[i];
    }
    let above: Row | undefined;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      if (rowKind(r) === 'total') above = r;
      if (rowKind(r) === 'total' || rowKind(r) === 'subtotal') continue;
      const percentCells = r.cells.flatMap((c, k) => {
        const pct = c.figures.find((f) => f.unit === '%' && !f.approx);
        if (pct?.value) {
          const named =
            t.roles[k] === 'percent' || /占|的|比例|比重/.test(c.text) || /^\s*[\d.]+\s*%\s*$/.test(c.text);
          return named ? [{ k, pct }] : [];
        }
        // A bare number under a 比重 (占比, %) header is a percentage.
        const bare = aligned(r) && t.roles[k] === 'percent' ? cellNumber(c) : undefined;
        return bare && bare.unit === '' ? [{ k, pct: bare }] : [];
      });
      // Only a row with a percentage can be a share: most rows have none.
      if (percentCells.length === 0) continue;
      const total = closing[i] ?? above;
      if (!total) continue;
      for (const { k, pct } of percentCells) {
        // A whole row above its parts is the whole of a share column only where it says 100 (全 县 |
        // 181286 | 100): 70.45% in a 总计 row is a ratio of that row's own columns, as in every row.
        if (!closing[i]) {
          const mark = (aligned(total) ? at(total, k) : cellAt(total, k, width))?.figures[0];
          if (!mark?.value?.eq(100)) continue;
        }
        // The amount: in the header's amount column, else the 人数 (数量) column before the share.
        let col = amountCol;
        if (col < 0) for (let j = k - 1; j >= 0 && col < 0; j--) if (t.roles[j] === 'quantity') col = j;
        // Rows shift under merged cells: then the row's only number.
        const byCol = col >= 0 && col !== amountCol;
        const whole = (byCol && aligned(total) ? cellNumber(at(total, col)) : undefined) ?? amountOf(total);
        const part = (byCol && aligned(r) ? cellNumber(at(r, col)) : undefined) ?? amountOf(r);
        const w = whole ? quantityOf(whole, true) : undefined;
        const p = part ? quantityOf(part, true) : undefined;
        if (!whole || !part || !w || !p) continue;
        const claim = newClaim('percent-share', 'table.share', r.line, pct.start, pct);
        decide(claim, pct, true, [
          {
            value: shareQ(p, w),
            operands: [
              { fig: part, rec: r.line, label: rowLabel(r) },
              { fig: whole, rec: total.line, label: rowLabel(total) },
            ],
            how: 'the row over its total row',
          },
        ]);
        ctx.claim(claim);
      }
    }
  },
};

/** What {@link tableShare} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const tableShareExamples: RuleExamples = {
  ok: [
    // Ratios of each row's own columns under a 总计 row at the top: no share of it.
    {
      text: '地区 | 人口数 | 选举人数 | 选举人数对人口数 |\n总计 | 15470416 | 10899572 | 70.45% |\n台湾省 | 15405885 | 10852841 | 70.45% |\n台北县 | 3593315 | 2527329 | 70.33% |',
      findings: [],
    },
    {
      text: '项目 | 金额 | 比例\n捐赠收入 | 55000.00 | 99.47%\n利息收入 | 295.19 | 0.53%\n合计 | 55295.19 | 100%',
      findings: [{ rule: 'table.share', verdict: 'match', stated: '99.47', expected: '99.47' }],
    },
  ],
  notOk: [
    // A census table: the whole region's row heads it, and 比重 holds bare numbers.
    {
      text: '地区 | 人口数 | 比重 |\n全 县 | 181286 | 100 |\n城关镇 | 63573 | 35.1 |\n西河镇 | 9255 | 5.0 |',
      findings: [
        { rule: 'table.share', verdict: 'match', stated: '35.1', expected: '35.1' },
        { rule: 'table.share', verdict: 'mismatch', stated: '5', expected: '5.1' },
      ],
    },
    {
      text: '项目 | 金额 | 说明\n场地 | 12100 | \n备用金 | 1000 | 总预算的10%\n总计 | 13100 | ',
      findings: [{ rule: 'table.share', verdict: 'mismatch', stated: '10', expected: '8' }],
    },
  ],
};
