import { Dec } from '../../decimal/dec.js';
import type { Figure } from '../figures.js';
import { addQ, exact, type Quantity, quantityOf } from '../interval.js';
import type { LineRecord } from '../lines.js';
import type { Segment } from '../tree/types.js';
import { newClaim } from './claims.js';
import type { RuleExamples, TextRule } from './types.js';
import { decide, type Placed } from './verdict.js';

/** How many rows above a total row its column may hold. */
export const SPACED_ROWS_REACH = 40;

// 总计 56000 78000: a total row, its label and two or more numbers parted by spaces.
const TOTAL_ROW = /^\s*(?:总计|合计|共计|总共|小计)\s*[:：]?\s+\d/;
// 油费 24000 32000: a row, a name that holds no digit and then only numbers parted by spaces.
const ROW = /^\s*([^\d\s:：|]{1,16})\s*[:：]?((?:\s+\d[\d,]*(?:\.\d+)?)+)\s*$/;

/** The numbers of a spaced row, or undefined when the line is not one. */
function rowNumbers(rec: LineRecord): Figure[] | undefined {
  const m = ROW.exec(rec.text);
  if (!m) return undefined;
  const start = m[0].length - m[0].trimStart().length + m[1]!.length;
  const figs = rec.figures.filter((f) => f.start >= start);
  // Bare numbers only: a unit or a qualifier makes it a sentence, not a row of cells.
  if (figs.length < 2 || figs.some((f) => f.unit !== '' || f.approx || !f.value || f.per)) return undefined;
  return figs;
}

/**
 * `table.total`, for a table copied as text whose cells are parted by single spaces and that the
 * tree did not read as one (no header it knows): rows of a name and k numbers (`油费 24000 32000`)
 * above a total row of k numbers (`总计 56000 78000`). Each column of the total equals the sum of
 * the column above it, up to the first line that is no such row. Fewer than two rows, or rows of
 * another width, and nothing is judged.
 */
export const spacedRows: TextRule = {
  name: 'spaced-rows',
  emits: ['table.total'],
  summary: 'In rows of numbers parted by spaces, a total row’s columns equal the columns above it.',
  check(ctx) {
    if (ctx.block.kind !== 'paragraph' || ctx.block.segments.length !== 1) return;
    const seg: Segment = ctx.block.segments[0]!;
    const rec = seg.line;
    if (!TOTAL_ROW.test(rec.text)) return;
    const total = rowNumbers(rec);
    if (!total) return;
    const rows: { rec: LineRecord; figs: Figure[] }[] = [];
    let n = 0;
    for (const s of ctx.segmentsBefore(seg)) {
      if (++n > SPACED_ROWS_REACH || s.line === rec) break;
      const figs = rowNumbers(s.line);
      if (!figs || figs.length !== total.length || TOTAL_ROW.test(s.line.text)) break;
      rows.unshift({ rec: s.line, figs });
    }
    if (rows.length < 2) return;
    total.forEach((stated, col) => {
      let value: Quantity | undefined = exact(new Dec(0));
      const operands: Placed[] = [];
      for (const r of rows) {
        const f = r.figs[col]!;
        const q = quantityOf(f, false);
        value = value && q ? addQ(value, q) : undefined;
        operands.push({ fig: f, rec: r.rec });
      }
      const claim = newClaim('sum', 'table.total', rec, stated.start, stated);
      decide(claim, stated, false, [{ value, operands, how: `column ${col + 1} of the rows above` }]);
      ctx.claim(claim);
    });
  },
};

/** What {@link spacedRows} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const spacedRowsExamples: RuleExamples = {
  ok: [
    {
      text: '项目 大致费用(元)\n油费 24000 32000\n过路费 1000 1200\n总计 25000 33200',
      findings: [
        { rule: 'table.total', verdict: 'match', stated: '25000', expected: '25000' },
        { rule: 'table.total', verdict: 'match', stated: '33200', expected: '33200' },
      ],
    },
  ],
  notOk: [
    {
      text: '项目 大致费用(元)\n油费 24000 32000\n过路费 1000 1200\n总计 26000 33200',
      findings: [{ rule: 'table.total', verdict: 'mismatch', stated: '26000', expected: '25000' }],
    },
  ],
};
