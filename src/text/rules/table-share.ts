import { quantityOf, shareQ } from '../interval.js';
import type { Row } from '../tree/types.js';
import { newClaim } from './claims.js';
import { bodyRows, cellAt, cellNumber, rowKind, rowLabel } from './table-cells.js';
import type { TextRule } from './types.js';
import { decide } from './verdict.js';

/**
 * `table.share`: in a table with a 合计 (总计) row, a row's percentage (in a 比例/占比/% column, or a cell
 * such as `总预算的10%`) against the row's amount over the total row's amount in the same column.
 */
export const tableShare: TextRule = {
  name: 'table-share',
  emits: ['table.share'],
  summary: 'A table row’s share equals its amount over the 合计 row’s amount.',
  ok: [
    {
      text: '项目 | 金额 | 比例\n捐赠收入 | 55000.00 | 99.47%\n利息收入 | 295.19 | 0.53%\n合计 | 55295.19 | 100%',
      findings: [{ rule: 'table.share', verdict: 'match', stated: '99.47', expected: '99.47' }],
    },
  ],
  notOk: [
    {
      text: '项目 | 金额 | 说明\n场地 | 12100 | \n备用金 | 1000 | 总预算的10%\n总计 | 13100 | ',
      findings: [{ rule: 'table.share', verdict: 'mismatch', stated: '10', expected: '8' }],
    },
  ],
  check(ctx) {
    const t = ctx.block;
    if (t.kind !== 'table') return;
    const rows = bodyRows(t);
    const width = Math.max(...t.rows.map((r) => r.cells.length));
    const total = rows.find((r) => rowKind(r) === 'total');
    if (!total) return;
    // The amount column: the header's amount, else the one number column the total row fills.
    let col = t.roles.lastIndexOf('amount');
    const totalNumbers = total.cells.flatMap((c, k) => (cellNumber(cellAt(total, k, width)) && c ? [k] : []));
    if (col < 0 || !cellNumber(cellAt(total, col, width))) {
      if (totalNumbers.length !== 1) return;
      col = totalNumbers[0]!;
    }
    const whole = cellNumber(cellAt(total, col, width));
    const w = whole ? quantityOf(whole, true) : undefined;
    if (!whole || !w) return;
    for (const r of rows as Row[]) {
      if (r === total) continue;
      const part = cellNumber(cellAt(r, col, width));
      if (!part) continue;
      for (let k = 0; k < r.cells.length; k++) {
        const c = r.cells[k]!;
        const pct = c.figures.find((f) => f.unit === '%' && !f.approx);
        if (!pct || !pct.value) continue;
        const role = t.roles[k];
        if (role !== 'percent' && !/占|的|比例|比重/.test(c.text)) continue;
        const p = quantityOf(part, true);
        if (!p) continue;
        const claim = newClaim('percent-share', 'table.share', r.line, pct.start, pct);
        decide(claim, pct, true, [
          {
            value: shareQ(p, w),
            operands: [
              { fig: part, rec: r.line, label: rowLabel(r) },
              { fig: whole, rec: total.line, label: rowLabel(total) },
            ],
            how: 'the row over the total row',
          },
        ]);
        ctx.claim(claim);
      }
    }
  },
};
