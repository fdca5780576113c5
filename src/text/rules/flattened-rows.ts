import { Dec } from '../../decimal/dec.js';
import type { Figure } from '../figures.js';
import { addQ, exact, mulQ, type Quantity, quantityOf } from '../interval.js';
import type { LineRecord } from '../lines.js';
import { newClaim } from './claims.js';
import type { RuleExamples, TextRule } from './types.js';
import { decide, type Placed } from './verdict.js';

// 办公桌10张500元5000元: a row of a table whose cells lost their separators — a name, a count with its
// measure word, a price and an amount.
const ROW =
  /[\u4e00-\u9fff]{1,10}?(\d+(?:\.\d+)?)\s*[个支张台套本把件箱份桌间辆块条盒袋瓶册副]\s*(\d+(?:\.\d+)?)\s*元\s*(\d+(?:\.\d+)?)\s*元/dg;
// The header of such a table: a count column and a price column, in that order.
const HEADER = /数量[^。]{0,6}单价/;
const TOTAL = /^\s*(?:总计|合计|共计|小计)\s*[:：]?\s*$/;

/** The figure that starts at `at` in the line. */
const figureAt = (rec: LineRecord, at: number): Figure | undefined => rec.figures.find((f) => f.start === at);

/**
 * `table.product` and `table.total`, for a table flattened onto one line with its cell separators lost
 * (`…数量单价预算金额…笔100支2元200元纸张200张0.5元100元…总计300元`): after a header naming 数量 and
 * 单价, each run of name, count, price and amount is a row (count × price = amount), and a 总计 right
 * after the last row is their sum. A two-column table (item, amount) flattened after its intro
 * (`预算如下:项目名称费用场地租赁500元礼品采购200元…总计3000元`), three rows at least, is read the same way.
 */
export const flattenedRows: TextRule = {
  name: 'flattened-rows',
  emits: ['table.product', 'table.total'],
  summary: 'In a table flattened onto one line, each row is count × price and 总计 their sum.',
  check(ctx) {
    if (ctx.block.kind !== 'paragraph') return;
    const rec = ctx.block.line;
    const text = rec.text;
    namedAmounts(ctx, rec);
    const header = HEADER.exec(text);
    if (!header) return;
    ROW.lastIndex = header.index + header[0].length;
    const rows: { count: Figure; price: Figure; amount: Figure; end: number }[] = [];
    let last = -1;
    for (let m = ROW.exec(text); m; m = ROW.exec(text)) {
      // Rows follow each other with nothing but a name between them.
      if (last >= 0 && /[，,。;；:：]/.test(text.slice(last, m.index))) break;
      const at = (k: number) => m!.indices![k]![0];
      const count = figureAt(rec, at(1));
      const price = figureAt(rec, at(2));
      const amount = figureAt(rec, at(3));
      if (!count || !price || !amount) break;
      rows.push({ count, price, amount, end: m.index + m[0].length });
      last = m.index + m[0].length;
    }
    if (rows.length < 2) return;
    let sum: Quantity | undefined = exact(new Dec(0));
    for (const r of rows) {
      const c = quantityOf(r.count, true);
      const p = quantityOf(r.price, true);
      const value = c && p ? mulQ(c, p) : undefined;
      const claim = newClaim('product', 'table.product', rec, r.amount.start, r.amount);
      const operands: Placed[] = [r.count, r.price].map((fig) => ({ fig, rec, label: '' }));
      decide(claim, r.amount, true, [{ value, operands, how: 'count × price' }]);
      ctx.claim(claim);
      const a = quantityOf(r.amount, true);
      sum = sum && a ? addQ(sum, a) : undefined;
    }
    const end = rows[rows.length - 1]!.end;
    const total = rec.figures.find((f) => f.start >= end && f.unit === '元');
    if (!total || !TOTAL.test(text.slice(end, total.start))) return;
    const claim = newClaim('sum', 'table.total', rec, end, total);
    decide(claim, total, true, [
      {
        value: sum,
        operands: rows.map((r) => ({ fig: r.amount, rec, label: '' })),
        how: 'the rows above it',
      },
    ]);
    ctx.claim(claim);
  },
};

/** What {@link flattenedRows} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const flattenedRowsExamples: RuleExamples = {
  ok: [
    {
      text: '预算表:项目数量单价金额签字笔100支2元200元笔记本50本6元300元总计500元',
      findings: [
        { rule: 'table.product', verdict: 'match', stated: '200', expected: '200' },
        { rule: 'table.product', verdict: 'match', stated: '300', expected: '300' },
        { rule: 'table.total', verdict: 'match', stated: '500', expected: '500' },
      ],
    },
  ],
  notOk: [
    {
      text: '预算表:项目数量单价金额签字笔100支2元200元笔记本50本6元300元总计600元',
      findings: [
        { rule: 'table.product', verdict: 'match', stated: '200', expected: '200' },
        { rule: 'table.product', verdict: 'match', stated: '300', expected: '300' },
        { rule: 'table.total', verdict: 'mismatch', stated: '600', expected: '500' },
      ],
    },
    {
      text: '本次沙龙的预算如下:项目名称费用场地租赁500元礼品采购200元嘉宾酬金1000元总计1800元',
      findings: [{ rule: 'table.total', verdict: 'mismatch', stated: '1800', expected: '1700' }],
    },
  ],
};

// 预算如下:项目名称费用场地租赁500元礼品采购200元…总计3000元: a two-column table (item, amount)
// flattened after its intro or header.
const TWO_COLUMN =
  /(?:(?:预算|经费|费用)(?:明细|安排|情况)?(?:如下)?\s*[:：]|项目(?:名称)?(?:费用|金额|预算)(?:[(（]元[)）])?)/g;
const NAMED = /([\u4e00-\u9fff][\u4e00-\u9fff、]{1,15}?)\s*(\d+(?:\.\d+)?)\s*元/dy;

/** The rows of a two-column table flattened onto the line, and the 总计 that closes them. */
function namedAmounts(ctx: Parameters<TextRule['check']>[0], rec: LineRecord): void {
  const text = rec.text;
  TWO_COLUMN.lastIndex = 0;
  for (let intro = TWO_COLUMN.exec(text); intro; intro = TWO_COLUMN.exec(text)) {
    const rows: { name: string; fig: Figure }[] = [];
    NAMED.lastIndex = intro.index + intro[0].length;
    for (let m = NAMED.exec(text); m; m = NAMED.exec(text)) {
      const fig = figureAt(rec, m.indices![2]![0]);
      if (fig?.unit !== '元') break;
      rows.push({ name: m[1]!, fig });
    }
    const last = rows.pop();
    if (!last || rows.length < 3 || !/^(?:项目名称|项目|名称|费用|金额)*(?:总计|合计|共计)$/.test(last.name))
      continue;
    // The first row's name may hold the header's column names (项目名称费用场地租赁).
    let sum: Quantity | undefined = exact(new Dec(0));
    for (const r of rows) {
      const q = quantityOf(r.fig, true);
      sum = sum && q ? addQ(sum, q) : undefined;
    }
    const claim = newClaim('sum', 'table.total', rec, last.fig.start - 2, last.fig);
    decide(claim, last.fig, true, [
      {
        value: sum,
        operands: rows.map((r) => ({ fig: r.fig, rec, label: r.name })),
        how: 'the rows above it',
      },
    ]);
    ctx.claim(claim);
    TWO_COLUMN.lastIndex = last.fig.end;
  }
}
