import type { Figure } from '../figures.js';
import { addQ, type Quantity, quantityOf } from '../interval.js';
import type { LineRecord } from '../lines.js';
import type { Segment, Table } from '../tree/types.js';
import { newClaim } from './claims.js';
import { cellNumber } from './table-cells.js';
import type { RuleContext, RuleExamples, TextRule } from './types.js';
import { decide } from './verdict.js';

// 1981 136.86 471.76 240.95 230.81 394.39 70.37: a line of bare numbers parted by spaces.
const NUMBER_ROW = /^\s*(?:[-+]?\d[\d,]*(?:\.\d+)?\s+){3,}[-+]?\d[\d,]*(?:\.\d+)?\s*$/;
/** Rows around a row, before and after, that the identities are learned from. */
const BEHIND = 40;
const AHEAD = 15;
/** Rows an identity must hold in, besides the row checked. */
const MIN_ROWS = 7;
/** The share of the rows around a row an identity must hold in. */
const SHARE_HOLDING = 0.85;
/** Most columns a row may have: the search over column triples stays small. */
const MAX_COLUMNS = 12;

/** The bare numbers of a number row, or undefined. */
function numbersOf(rec: LineRecord): Figure[] | undefined {
  if (!NUMBER_ROW.test(rec.text)) return undefined;
  const figs = rec.figures;
  if (figs.length < 4 || figs.length > MAX_COLUMNS) return undefined;
  if (figs.some((f) => f.unit !== '' || f.approx || !f.value || f.per || f.placeholder)) return undefined;
  return figs;
}

const quantities = (figs: readonly Figure[]) => figs.map((f) => quantityOf(f, true));

/** True when the column `t` of a row may be the sum of its columns `a` and `b`, within their rounding. */
function fits(q: readonly (Quantity | undefined)[], t: number, a: number, b: number): boolean {
  const [qt, qa, qb] = [q[t], q[a], q[b]];
  if (!qt || !qa || !qb) return false;
  const s = addQ(qa, qb);
  return s.lo.lte(qt.hi) && qt.lo.lte(s.hi);
}

/**
 * `table.identity`: in a table of number rows copied as text (a yearbook's `1981 136.86 471.76 240.95
 * 230.81 394.39 70.37`), a column that is the sum of two others in every row around it — 总人口 = 男性 +
 * 女性, = 农业人口 + 非农业人口 — is that sum in this row too. An identity is trusted only when it holds,
 * within rounding, in at least seven of the rows around the row and in 85% of them; a column of
 * zeros makes none.
 */
export const columnIdentity: TextRule = {
  name: 'column-identity',
  emits: ['table.identity'],
  summary: 'A column that is the sum of two others in the rows around it is that sum in every row.',
  check(ctx) {
    if (ctx.block.kind === 'table') {
      checkTable(ctx, ctx.block);
      return;
    }
    if (ctx.block.segments.length !== 1) return;
    const seg: Segment = ctx.block.segments[0]!;
    const rec = seg.line;
    const own = numbersOf(rec);
    if (!own) return;
    const width = own.length;
    const others: LineRecord[] = [];
    let n = 0;
    for (const s of ctx.segmentsBefore(seg)) {
      const figs = ++n <= BEHIND && s.line !== rec ? numbersOf(s.line) : undefined;
      if (!figs || figs.length !== width) break;
      others.push(s.line);
    }
    n = 0;
    for (const s of ctx.segmentsAfter(seg)) {
      const figs = ++n <= AHEAD && s.line !== rec ? numbersOf(s.line) : undefined;
      if (!figs || figs.length !== width) break;
      others.push(s.line);
    }
    judgeRow(
      ctx,
      rec,
      own,
      others.map((r) => fitsOf(r, numbersOf(r)!)),
    );
  },
};

// The column triples (total, part, part) each row fits, computed once per row: a row is judged
// against the rows around it, and each of those is counted for many rows.
const FITS = new WeakMap<LineRecord, Set<number>>();
const key = (t: number, a: number, b: number) => (t * MAX_COLUMNS + a) * MAX_COLUMNS + b;

function fitsOf(rec: LineRecord, figs: readonly Figure[]): Set<number> {
  let set = FITS.get(rec);
  if (set) return set;
  set = new Set();
  const q = quantities(figs);
  const w = figs.length;
  for (let t = 0; t < w; t++)
    for (let a = 0; a < w; a++)
      for (let b = a + 1; b < w; b++)
        if (a !== t && b !== t && !q[a]?.value.isZero() && !q[b]?.value.isZero() && fits(q, t, a, b))
          set.add(key(t, a, b));
  FITS.set(rec, set);
  return set;
}

/** The rows of a table whose cells (the empty aside) are bare numbers only: each checked like a line. */
function checkTable(ctx: RuleContext, t: Table): void {
  const rows: { rec: LineRecord; figs: Figure[] }[] = [];
  for (const r of t.rows) {
    const cells = r.cells.filter((c) => c.text !== '');
    if (cells.length < 4 || cells.length > MAX_COLUMNS) continue;
    const figs = cells.map((c) => cellNumber(c));
    if (figs.some((f) => !f || f.unit !== '' || !f.value)) continue;
    rows.push({ rec: r.line, figs: figs as Figure[] });
  }
  if (rows.length < MIN_ROWS + 1) return;
  rows.forEach((row, i) => {
    // The rows around it, as for a line: a bounded window keeps a long table linear.
    const others = rows
      .slice(Math.max(0, i - BEHIND), i + 1 + AHEAD)
      .filter((o) => o !== row && o.figs.length === row.figs.length)
      .map((o) => fitsOf(o.rec, o.figs));
    judgeRow(ctx, row.rec, row.figs, others);
  });
}

/** Checks a row against every identity the rows around it hold. */
function judgeRow(
  ctx: RuleContext,
  rec: LineRecord,
  own: readonly Figure[],
  others: readonly Set<number>[],
): void {
  if (others.length < MIN_ROWS) return;
  const counts = new Map<number, number>();
  for (const set of others) for (const k of set) counts.set(k, (counts.get(k) ?? 0) + 1);
  const mine = quantities(own);
  for (const [k, holds] of counts) {
    if (holds < MIN_ROWS || holds < SHARE_HOLDING * others.length) continue;
    const b = k % MAX_COLUMNS;
    const a = Math.floor(k / MAX_COLUMNS) % MAX_COLUMNS;
    const t = Math.floor(k / (MAX_COLUMNS * MAX_COLUMNS));
    const [qa, qb] = [mine[a], mine[b]];
    if (!qa || !qb || !own[t]) continue;
    const claim = newClaim('sum', 'table.identity', rec, own[t]!.start, own[t]!);
    decide(claim, own[t]!, true, [
      {
        value: addQ(qa, qb),
        operands: [
          { fig: own[a]!, rec, label: `column ${a + 1}` },
          { fig: own[b]!, rec, label: `column ${b + 1}` },
        ],
        how: `column ${t + 1} is column ${a + 1} plus column ${b + 1} in ${holds} of the ${others.length} rows around it`,
      },
    ]);
    ctx.claim(claim);
  }
}

/** What {@link columnIdentity} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
// Plain literals: a bundle drops examples it can prove pure, and an interpolated one it cannot.
export const columnIdentityExamples: RuleExamples = {
  ok: [
    {
      text: '单位:万户,万人\n年份 总户数 总人口 男性 女性\n1978 123.30 457.70 234.18 223.52\n1979 124.48 462.07 235.78 226.29\n1980 128.57 465.99 237.98 228.01\n1981 136.86 471.76 240.95 230.81\n1982 140.12 478.02 244.10 233.92\n1983 142.65 482.35 246.30 236.05\n1984 145.01 486.16 248.22 237.94\n1985 147.33 490.27 250.31 239.96',
      findings: [{ rule: 'table.identity', verdict: 'match', stated: '471.76', expected: '471.76' }],
    },
  ],
  notOk: [
    {
      text: '年份 总户数 总人口 男性 女性\n1978 123.30 457.70 234.18 223.52\n1979 124.48 462.07 235.78 226.29\n1980 128.57 465.99 237.98 228.01\n1981 136.86 471.76 240.95 230.81\n1982 140.12 478.02 244.10 233.92\n1983 142.65 482.53 246.30 236.05\n1984 145.01 486.16 248.22 237.94\n1985 147.33 490.27 250.31 239.96',
      findings: [{ rule: 'table.identity', verdict: 'mismatch', stated: '482.53', expected: '482.35' }],
    },
  ],
};
