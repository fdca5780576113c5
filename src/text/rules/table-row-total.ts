import { Dec } from '../../decimal/dec.js';
import { addQ, exact, type Quantity, quantityOf } from '../interval.js';
import { newClaim } from './claims.js';
import { bodyRows, cellAt, cellNumber, rowLabel } from './table-cells.js';
import type { RuleExamples, TextRule } from './types.js';
import { decide, type Placed } from './verdict.js';

const TOTAL_HEAD = /^\s*(?:合\s*计|总\s*计|小\s*计|共\s*计)(?:[(（][^)）]*[)）])?\s*$/;
// Columns that are not parts of a row's total: other years, changes, shares, prices, counts.
const NOT_A_PART =
  /上年|去年|本年|增减|增长|减少|%|率|比例|比重|单价|数量|人数|次数|备注|说明|序号|编码|代码/;

/**
 * `table.row-total`: in a table whose header names a 合计 (总计, 小计) column followed by its parts
 * (`合计 | 因公出国(境)费 | 公务用车费 | 公务接待费`), each row's 合计 equals its parts. A header with a
 * 其中 column (parts of a part) or columns of other years is not read this way.
 */
export const tableRowTotal: TextRule = {
  name: 'table-row-total',
  emits: ['table.row-total'],
  summary: 'A row’s 合计 column equals the part columns after it.',
  check(ctx) {
    const t = ctx.block;
    if (t.kind !== 'table' || t.header === undefined) return;
    const head = t.rows[t.header]!.cells;
    const total = head.findIndex((c) => TOTAL_HEAD.test(c.text));
    if (total < 0) return;
    const parts: number[] = [];
    for (let k = total + 1; k < head.length; k++) {
      const h = head[k]!.text;
      if (h === '' || /其中/.test(h)) return;
      if (NOT_A_PART.test(h)) break;
      parts.push(k);
    }
    if (parts.length < 2) return;
    const width = head.length;
    for (const r of bodyRows(t)) {
      if (r.cells.length !== width) continue;
      const stated = cellNumber(cellAt(r, total, width));
      if (!stated) continue;
      let value: Quantity | undefined = exact(new Dec(0));
      const operands: Placed[] = [];
      let empty = 0;
      for (const k of parts) {
        const c = cellAt(r, k, width);
        const f = cellNumber(c);
        if (!f) {
          if (!c || c.text.trim() === '' || /^[-—–]+$/.test(c.text.trim())) {
            empty++;
            continue;
          }
          value = undefined;
          break;
        }
        operands.push({ fig: f, rec: r.line, label: `${rowLabel(r)} ${head[k]!.text}` });
        const q = quantityOf(f, true);
        value = value && q ? addQ(value, q) : undefined;
      }
      if (operands.length < 2) continue;
      const claim = newClaim('sum', 'table.row-total', r.line, stated.start, stated);
      decide(claim, stated, true, [{ value, operands, how: 'the part columns' }]);
      if (claim.verdict === 'mismatch' && empty > 0) {
        claim.verdict = 'uncheckable';
        claim.reason = `${empty} part cell(s) are empty`;
        delete claim.difference;
      }
      ctx.claim(claim);
    }
  },
};

/** What {@link tableRowTotal} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const tableRowTotalExamples: RuleExamples = {
  ok: [
    {
      text: '项目 | 合计 | 因公出国(境)费 | 公务用车费 | 公务接待费\n本年预算 | 45.5 | 10 | 30.5 | 5',
      findings: [{ rule: 'table.row-total', verdict: 'match', stated: '45.5', expected: '45.5' }],
    },
  ],
  notOk: [
    {
      text: '项目 | 合计 | 因公出国(境)费 | 公务用车费 | 公务接待费\n本年预算 | 48.5 | 10 | 30.5 | 5',
      findings: [{ rule: 'table.row-total', verdict: 'mismatch', stated: '48.5', expected: '45.5' }],
    },
  ],
};
