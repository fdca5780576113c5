import { Dec } from '../../decimal/dec.js';
import type { Figure } from '../figures.js';
import { addQ, exact, type Quantity, quantityOf } from '../interval.js';
import type { Row } from '../tree/types.js';
import { newClaim } from './claims.js';
import { cellNumber } from './table-cells.js';
import type { RuleExamples, TextRule } from './types.js';
import { decide, type Placed } from './verdict.js';

// 201, 20101, 2010101: a function (or economic) classification code opening a row, with its name.
const CODE = /^\s*(\d{3})(\d{2})?(\d{2})?\s*(?:[\u4e00-\u9fff（(]|$)/;

interface Coded {
  row: Row;
  code: string;
  /** The cells after the code and name: the row's figures by column. */
  figures: (Figure | undefined)[];
  empty: boolean[];
}

/** A row's code (from its first cell, or the start of it), or undefined. */
function codeOf(r: Row): { code: string; from: number } | undefined {
  const first = r.cells[0]?.text ?? '';
  const m = CODE.exec(first);
  if (!m) return undefined;
  return { code: m[1]! + (m[2] ?? '') + (m[3] ?? ''), from: 1 };
}

/**
 * `table.code`: in a table by classification code (一般公共预算支出 by function: 201 一般公共服务支出,
 * 20101 人大事务, 2010101 行政运行), each 类 row (3 digits) equals the sum of its 款 rows (5 digits)
 * and each 款 row the sum of its 项 rows (7 digits), column by column, each figure taken at its written
 * precision. A parent whose children are not all listed cannot be told from one that is wrong, so a
 * parent is checked only when the next parent of its level follows its children.
 */
export const tableCodes: TextRule = {
  name: 'table-codes',
  emits: ['table.code'],
  summary: 'A 类 row equals its 款 rows, and a 款 row its 项 rows, in a table by classification code.',
  check(ctx) {
    const t = ctx.block;
    if (t.kind !== 'table') return;
    const coded: Coded[] = [];
    for (const r of t.rows) {
      const c = codeOf(r);
      if (!c) continue;
      const cells = r.cells.slice(c.from);
      coded.push({
        row: r,
        code: c.code,
        figures: cells.map((x) => cellNumber(x)),
        empty: cells.map((x) => x.text.trim() === '' || /^[-—–]+$/.test(x.text.trim())),
      });
    }
    if (coded.length < 3) return;
    for (let i = 0; i < coded.length; i++) {
      const parent = coded[i]!;
      const len = parent.code.length;
      if (len >= 7) continue;
      const children: Coded[] = [];
      let closed = false;
      for (let j = i + 1; j < coded.length; j++) {
        const c = coded[j]!;
        if (!c.code.startsWith(parent.code)) {
          // The next row of this level or above closes the parent: its children are all listed.
          closed = c.code.length <= len;
          break;
        }
        if (c.code.length === len + 2) children.push(c);
      }
      if (!closed || children.length === 0) continue;
      for (let k = 0; k < parent.figures.length; k++) {
        const stated = parent.figures[k];
        if (!stated) continue;
        let value: Quantity | undefined = exact(new Dec(0));
        const operands: Placed[] = [];
        for (const ch of children) {
          const f = ch.figures[k];
          if (!f) {
            // An empty cell in a disclosure table is a zero; anything else is unreadable.
            if (ch.empty[k] ?? true) continue;
            value = undefined;
            break;
          }
          operands.push({ fig: f, rec: ch.row.line, label: ch.row.cells[0]?.text ?? ch.code });
          const q = quantityOf(f, true);
          value = value && q ? addQ(value, q) : undefined;
        }
        if (!value) continue;
        const claim = newClaim('sum', 'table.code', parent.row.line, stated.start, stated);
        decide(claim, stated, true, [
          { value, operands, how: `the ${len === 3 ? '款' : '项'} rows of ${parent.code}` },
        ]);
        ctx.claim(claim);
      }
    }
  },
};

/** What {@link tableCodes} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const tableCodesExamples: RuleExamples = {
  ok: [
    {
      text: '科目 | 合计 | 基本支出 | 项目支出\n201一般公共服务支出 | 120.5 | 100.5 | 20\n20101人大事务 | 120.5 | 100.5 | 20\n205教育支出 | 30 | 30 | 0',
      findings: [{ rule: 'table.code', verdict: 'match', stated: '120.5', expected: '120.5' }],
    },
  ],
  notOk: [
    {
      text: '科目 | 合计\n201一般公共服务支出 | 150\n20101人大事务 | 90\n20103政府办公厅(室)及相关机构事务 | 50\n205教育支出 | 30',
      findings: [{ rule: 'table.code', verdict: 'mismatch', stated: '150', expected: '140' }],
    },
  ],
};
