import { Dec } from '../../decimal/dec.js';
import { addQ, exact, mulQ, type Quantity, quantityOf } from '../interval.js';
import type { Row } from '../tree/types.js';
import { newClaim } from './claims.js';
import { bodyRows, cellAt, cellNumber, rowKind, rowLabel } from './table-cells.js';
import { nestedParts } from './table-nested.js';
import type { RuleExamples, TextRule } from './types.js';
import { decide, type Placed, type Reading } from './verdict.js';

/** Recomputed cells: a parent row's number is the sum of its 其中 rows (one 合计 rule, as for budgets). */
type Computed = Map<Row, Map<number, Quantity>>;

function sumColumn(
  rows: Row[],
  col: number,
  width: number,
  computed?: Computed,
): { value: Quantity | undefined; operands: Placed[]; empty: number } {
  let value: Quantity | undefined = exact(new Dec(0));
  const operands: Placed[] = [];
  let empty = 0;
  for (const r of rows) {
    const c = cellAt(r, col, width);
    const f = cellNumber(c);
    if (!f) {
      if (!c || c.text.trim() === '' || /^[-—–]+$/.test(c.text.trim())) empty++;
      else value = undefined;
      continue;
    }
    operands.push({ fig: f, rec: r.line, label: rowLabel(r) });
    const q = computed?.get(r)?.get(col) ?? quantityOf(f, true);
    value = value && q ? addQ(value, q) : undefined;
  }
  return { value, operands, empty };
}

/**
 * `table.total`: in a table, each number of a 合计 (总计, 小计) row equals the numbers above it in its
 * column — the rows since the header or the previous total; a grand total over 小计 rows adds the
 * subtotals; rows under a parent (其中, (1), ①) are the parent's parts and are checked against it, not
 * added again. Empty cells and dashes count as nothing, but make a mismatch uncheckable.
 */
export const tableTotal: TextRule = {
  name: 'table-total',
  emits: ['table.total', 'table.parent'],
  summary: 'A table’s 合计 row equals the rows above it, and a parent row its 其中 rows.',
  check(ctx) {
    const t = ctx.block;
    if (t.kind !== 'table') return;
    const rows = bodyRows(t);
    const width = Math.max(...t.rows.map((r) => r.cells.length));
    const numericCols: number[] = [];
    for (let col = 0; col < width; col++) {
      const role = t.roles[col];
      if (role === 'percent' || role === 'price' || role === 'label' || role === 'change') continue;
      if (rows.some((r) => r.cells.length === width && cellNumber(r.cells[col]))) numericCols.push(col);
    }
    let section: Row[] = [];
    let subtotals: Row[] = [];
    // Parents with their 其中 rows.
    let parent: Row | undefined;
    let children: Row[] = [];
    const computed: Computed = new Map();
    // Rows with 单价 and 数量: their amount is recomputed before it is added (one 合计 rule).
    const price = t.roles.indexOf('price');
    const amount = t.roles.lastIndexOf('amount');
    const qty = t.roles.flatMap((r, k) => (r === 'quantity' ? [k] : []));
    if (price >= 0 && amount > price && qty.length > 0) {
      for (const r of rows) {
        if (r.cells.length !== width) continue;
        const fs = [price, ...qty].map((k) => cellNumber(r.cells[k]));
        if (fs.some((f) => !f)) continue;
        let q: Quantity | undefined = exact(new Dec(1));
        for (const f of fs) {
          const fq = quantityOf(f!, false);
          q = q && fq ? mulQ(q, fq) : undefined;
        }
        if (q) computed.set(r, new Map([[amount, q]]));
      }
    }
    const closeParent = () => {
      if (parent && children.length >= 1) {
        // 其中:企业合计 ⏎ 其中:内资企业: a 其中 right under a 其中 row breaks that row down, not the parent.
        const nested =
          children.filter((c) => /^\s*其中/.test(c.cells.find((x) => x.text !== '')?.text ?? '')).length >= 2;
        // …unless the numbers show where both lists end (the inner adds up to its head everywhere).
        const twoLevel = nested
          ? nestedParts(parent, rows.slice(rows.indexOf(parent) + 1), numericCols, width)
          : undefined;
        for (const col of numericCols) {
          const stated = cellNumber(cellAt(parent, col, width));
          if (!stated) continue;
          const sum = sumColumn(twoLevel ?? children, col, width);
          if (sum.operands.length === 0) continue;
          if (sum.value && sum.empty === 0) {
            const m = computed.get(parent) ?? new Map<number, Quantity>();
            m.set(col, sum.value);
            computed.set(parent, m);
          }
          const claim = newClaim('sum', 'table.parent', parent.line, stated.start, stated);
          decide(claim, stated, true, [
            { value: sum.value, operands: sum.operands, how: 'the rows under it' },
          ]);
          if (claim.verdict === 'mismatch' && nested && !twoLevel) {
            claim.verdict = 'uncheckable';
            claim.reason =
              'a 其中 row under another 其中 row breaks that row down: the rows are not all parts of this one';
            delete claim.difference;
          }
          // 其中:城镇 ⏎ 乡村 ⏎ 其中:男性: a row right after a 其中 row may be that row's sibling, and the
          // 其中 under it a second breakdown of the row above both.
          if (claim.verdict === 'mismatch' && afterChild && !twoLevel) {
            claim.verdict = 'uncheckable';
            claim.reason =
              'the row may be a part of the row above it, and the 其中 rows a breakdown of that row';
            delete claim.difference;
          }
          if (claim.verdict === 'mismatch' && (sum.empty > 0 || (!twoLevel && children.length < 2))) {
            // A parent with one listed child, or children with gaps, may have parts the table leaves out.
            if (stated.value!.lt(sum.value?.value ?? 0) === false) {
              claim.verdict = 'uncheckable';
              claim.reason = 'the rows under it may not be all of its parts';
              delete claim.difference;
            }
          }
          ctx.claim(claim);
        }
      }
      parent = undefined;
      children = [];
    };
    // Whether the open parent came right after a 其中 row.
    let afterChild = false;
    let lastWasChild = false;
    for (const r of rows) {
      const kind = rowKind(r);
      if (kind === 'child') {
        if (parent) children.push(r);
        lastWasChild = true;
        continue;
      }
      closeParent();
      afterChild = lastWasChild;
      lastWasChild = false;
      if (kind === 'item') {
        section.push(r);
        parent = r;
        continue;
      }
      const readings = (col: number): Reading[] => {
        const out: Reading[] = [];
        if (kind === 'total' && subtotals.length > 0) {
          const s = sumColumn([...subtotals, ...section], col, width, computed);
          out.push({ value: s.value, operands: s.operands, how: 'the subtotals' });
        }
        const s = sumColumn(section, col, width, computed);
        out.push({ value: s.value, operands: s.operands, how: 'the rows above' });
        return out;
      };
      for (const col of numericCols) {
        const stated = cellNumber(cellAt(r, col, width));
        if (!stated) continue;
        const rs = readings(col);
        if (rs.every((x) => x.operands.length < 2)) continue;
        const claim = newClaim('sum', 'table.total', r.line, stated.start, stated);
        decide(claim, stated, true, rs);
        const empties = sumColumn(section, col, width).empty;
        if (claim.verdict === 'mismatch' && empties > 0) {
          claim.verdict = 'uncheckable';
          claim.reason = `${empties} cell(s) of the column are empty`;
          delete claim.difference;
        }
        ctx.claim(claim);
      }
      if (kind === 'subtotal') subtotals.push(r);
      else subtotals = [];
      section = [];
    }
    closeParent();
  },
};

/** What {@link tableTotal} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const tableTotalExamples: RuleExamples = {
  ok: [
    // 其中:内资企业 breaks 企业合计 down, not 基层工会数.
    {
      text: '指标 | 2010年\n基层工会数(个) | 10069\n其中:企业合计 | 7428\n其中:内资企业 | 6626\n港澳台商投资企业 | 229\n外商投资企业 | 573\n事业单位 | 1467\n机关 | 607\n个体经济组织 | 567',
      findings: [],
    },
    // Two columns, and the outer list adds up in neither: nothing shows where it ends.
    {
      text: '指标 | 2010年 | 2009年\n基层工会数(个) | 10314 | 9700\n其中:企业合计 | 7428 | 7225\n其中:内资企业 | 6626 | 6359\n港澳台商投资企业 | 229 | 265\n外商投资企业 | 573 | 601\n事业单位 | 1467 | 1305\n机关 | 607 | 750\n个体经济组织 | 567 | 403',
      findings: [{ rule: 'table.parent', verdict: 'uncheckable', stated: '10314' }],
    },
    {
      text: '项目 | 金额\n场租费 | 2800\n餐费 | 15000\n合计 | 17800',
      findings: [{ rule: 'table.total', verdict: 'match', stated: '17800', expected: '17800' }],
    },
  ],
  notOk: [
    // With two columns the numbers show both lists' ends: the inner adds up to 企业合计 in both, the
    // outer to 基层工会数 in 2009; so 2010's 基层工会数 is off.
    {
      text: '指标 | 2010年 | 2009年\n基层工会数(个) | 10314 | 9683\n其中:企业合计 | 7428 | 7225\n其中:内资企业 | 6626 | 6359\n港澳台商投资企业 | 229 | 265\n外商投资企业 | 573 | 601\n事业单位 | 1467 | 1305\n机关 | 607 | 750\n个体经济组织 | 567 | 403\n工会会员数(人) | 1789570 | 1704293',
      findings: [
        { rule: 'table.parent', verdict: 'mismatch', stated: '10314', expected: '10069' },
        { rule: 'table.parent', verdict: 'match', stated: '9683', expected: '9683' },
      ],
    },
    // A table parted by single spaces, closed by a total row that states its amount alone.
    {
      text: '项目 单价(元) 数量 总价(元)\n讲师课时费 1000 10 10000\n差旅费 500 1 500\n培训师费用总计 10400',
      findings: [{ rule: 'table.total', verdict: 'mismatch', stated: '10400', expected: '10500' }],
    },
    {
      text: '项目 | 预算数\n会议费 | 0\n其中:(1)场租费 | 12.4\n(2)餐费 | 3.1\n培训费 | 20\n合计 | 35.5',
      findings: [
        { rule: 'table.parent', verdict: 'mismatch', stated: '0', expected: '15.5' },
        { rule: 'table.total', verdict: 'match', stated: '35.5', expected: '35.5' },
      ],
    },
  ],
};
