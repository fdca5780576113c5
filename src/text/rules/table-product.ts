import { Dec } from '../../decimal/dec.js';
import { exact, mulQ, type Quantity, quantityOf } from '../interval.js';
import { newClaim } from './claims.js';
import { bodyRows, cellAt, cellNumber, rowLabel } from './table-cells.js';
import type { RuleExamples, TextRule } from './types.js';
import { decide, type Placed } from './verdict.js';

/**
 * `table.product`: in a table whose header names a unit price (单价, 标准), one or more quantities
 * (数量, 人数, 天数) and an amount (金额, 小计, 总价), each row's amount equals the price times the
 * quantities. Rows missing a factor are not checked.
 */
export const tableProduct: TextRule = {
  name: 'table-product',
  emits: ['table.product'],
  summary: 'In a table with 单价, 数量 and 金额 columns, each row’s amount is price × quantity.',
  check(ctx) {
    const t = ctx.block;
    if (t.kind !== 'table' || t.header === undefined) return;
    const price = t.roles.indexOf('price');
    const amount = t.roles.lastIndexOf('amount');
    const qty = t.roles.flatMap((r, k) => (r === 'quantity' ? [k] : []));
    if (price < 0 || amount < 0 || qty.length === 0 || amount < price) return;
    const width = t.rows[t.header]!.cells.length;
    for (const r of bodyRows(t)) {
      if (r.cells.length !== width) continue;
      const stated = cellNumber(cellAt(r, amount, width));
      const p = cellNumber(cellAt(r, price, width));
      const qs = qty.map((k) => cellNumber(cellAt(r, k, width)));
      if (!stated || !p || qs.some((q) => !q)) continue;
      let value: Quantity | undefined = exact(new Dec(1));
      const operands: Placed[] = [];
      for (const f of [p, ...qs]) {
        operands.push({ fig: f!, rec: r.line, label: rowLabel(r) });
        const q = quantityOf(f!, false);
        value = value && q ? mulQ(value, q) : undefined;
      }
      const claim = newClaim('product', 'table.product', r.line, stated.start, stated);
      decide(claim, stated, true, [{ value, operands, how: 'price × quantity' }]);
      ctx.claim(claim);
    }
  },
};

/** What {@link tableProduct} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const tableProductExamples: RuleExamples = {
  ok: [
    {
      text: '名称 | 单价 | 数量 | 金额\n奖牌 | 60 | 40 | 2400',
      findings: [{ rule: 'table.product', verdict: 'match', stated: '2400', expected: '2400' }],
    },
  ],
  notOk: [
    {
      text: '名称 | 单价 | 数量 | 金额\n奖牌 | 60 | 40 | 2600',
      findings: [{ rule: 'table.product', verdict: 'mismatch', stated: '2600', expected: '2400' }],
    },
  ],
};
