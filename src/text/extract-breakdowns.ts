import { Dec } from '../decimal/dec.js';
import type { Claim } from './claim.js';
import type { Figure } from './figures.js';
import {
  addQ,
  type CheckResult,
  checkQuantity,
  exact,
  type Quantity,
  quantityOf,
  shareQ,
} from './interval.js';
import { type LineRecord, type LineWindow, labelBefore, locate, markers, operandOf } from './lines.js';

/**
 * How far ahead a part/whole statement looks for the detailed headings that restate its parts.
 *
 * @example
 * ```ts
 * RESTATE_LOOKAHEAD; // lines searched for a later restatement of a count
 * ```
 */
export const RESTATE_LOOKAHEAD = 30;

const SHARE_BEFORE = /占(?:总数|总量|总额|全部|总体|总)的?$/;
const TOTAL_BEFORE = /共[^,，。;；:：、]{0,12}$/;
const NOT_COUNTABLE = new Set(['', '%', '‰', '年', '月', '日', '周']);
const SENTENCE_END = /[。;；]/;

/**
 * True for a share written `占总数的x%` (and the like) right before the figure.
 *
 * @example
 * ```ts
 * const r = lineRecord(1, '占总数的14.3%');
 * isShare(r, r.figures[0]!); // true
 * ```
 */
export function isShare(rec: LineRecord, f: Figure): boolean {
  return f.unit === '%' && SHARE_BEFORE.test(rec.text.slice(Math.max(0, f.start - 8), f.start));
}

/**
 * True for a countable figure introduced by 共 within its clause (`全年共引进项目9个`).
 *
 * @example
 * ```ts
 * const r = lineRecord(1, '共引进项目9个');
 * isTotal(r, r.figures[0]!); // true
 * ```
 */
export function isTotal(rec: LineRecord, f: Figure): boolean {
  if (NOT_COUNTABLE.has(f.unit) || f.every || f.per) return false;
  return TOTAL_BEFORE.test(rec.text.slice(Math.max(0, f.start - 16), f.start));
}

function apply(claim: Claim, r: CheckResult): void {
  claim.verdict = r.verdict;
  claim.expected = r.expected.toFixed();
  claim.difference = r.difference.toFixed();
  if (r.reason) claim.reason = r.reason;
}

function sumOf(figs: Figure[], rounded: boolean): Quantity | undefined {
  let q: Quantity | undefined = exact(new Dec(0));
  for (const f of figs) {
    const fq = quantityOf(f, rounded);
    q = q && fq ? addQ(q, fq) : undefined;
  }
  return q;
}

/** Prose figures with a multiplier or decimals (`1.5万`, `2.07亿`) are taken as rounded. */
const roundedProse = true;

function partsClaim(rec: LineRecord, total: Figure, parts: Figure[]): Claim {
  const claim: Claim = {
    kind: 'part-whole',
    rule: 'sum.parts',
    at: locate(rec, total.start, total.end),
    operands: parts.map((f) => operandOf(rec, f, labelBefore(rec.text, f.start))),
    stated: operandOf(rec, total, labelBefore(rec.text, total.start)),
  };
  const sum = sumOf(parts, roundedProse);
  const s = quantityOf(total, roundedProse);
  if (!sum || !s) {
    claim.verdict = 'uncheckable';
    claim.reason = 'a part or the total is a placeholder';
  } else apply(claim, checkQuantity(s, total.places, sum));
  return claim;
}

/**
 * Part/whole statements and percentage breakdowns in one line:
 * - `全年共引进项目9个,其中已开工建设的项目8个,签约项目2个,在谈项目2个` — the parts after 其中 (same unit,
 *   up to the end of the sentence) against the total (rule `sum.parts`);
 * - counts with `占总数的x%` shares of a stated total — each share against its count at the precision it
 *   is written to (`percent.share`), the counts against the total (`sum.parts`) and the shares against
 *   100% (`percent.total`). Scraped text often moves a share away from its count, so shares are paired
 *   with the counts they fit, and only what is left over is compared in order.
 * - headings below that restate a part with a different count (`(3)签约项目1个` after `签约项目2个`,
 *   rule `count.restated`).
 *
 * @example
 * ```ts
 * extractBreakdowns(win, lineRecord(1, '共引进项目9个,其中开工项目8个,签约项目2个。'))[0]?.verdict; // 'mismatch'
 * ```
 */
export function extractBreakdowns(win: LineWindow, rec: LineRecord): Claim[] {
  const figs = rec.figures;
  const totals = figs.filter((f) => isTotal(rec, f));
  if (totals.length === 0) return [];
  const claims: Claim[] = [];
  // Figures are in line order and segments follow one another: one moving index keeps this linear.
  let from = 0;
  for (let t = 0; t < totals.length; t++) {
    const total = totals[t]!;
    const segStart = t === 0 ? 0 : total.start;
    const segEnd = t + 1 < totals.length ? totals[t + 1]!.start : rec.text.length;
    while (from < figs.length && figs[from]!.start < segStart) from++;
    let to = from;
    while (to < figs.length && figs[to]!.start < segEnd) to++;
    const inSeg = figs.slice(from, to).filter((f) => f !== total);
    const shares = inSeg.filter((f) => isShare(rec, f));
    if (shares.length > 0) {
      const items = inSeg.filter((f) => f.unit === total.unit && !f.every && !f.per);
      claims.push(...percentClaims(rec, total, items, shares));
      continue;
    }
    const near = rec.text.slice(total.end, total.end + 6).indexOf('其中');
    const qi = near < 0 ? -1 : total.end + near;
    if (qi < 0 || qi >= segEnd || qi - total.end > 4) continue;
    const tail = rec.text.slice(qi, segEnd);
    const stop = SENTENCE_END.exec(tail);
    const partEnd = stop ? qi + stop.index : segEnd;
    const parts = inSeg.filter(
      (f) => f.start > qi && f.start < partEnd && f.unit === total.unit && !f.every && !f.per,
    );
    if (parts.length < 2) continue;
    claims.push(partsClaim(rec, total, parts));
    claims.push(...restated(win, rec, parts));
  }
  return claims;
}

/**
 * Only the `count.restated` claims of {@link extractBreakdowns}: the auditor's relation rules check the
 * rest, and a bundle that asks for this alone does not carry the others' code.
 *
 * @example
 * ```ts
 * extractRestated(win, rec).map((c) => c.rule); // ['count.restated', …]
 * ```
 */
export function extractRestated(win: LineWindow, rec: LineRecord): Claim[] {
  const figs = rec.figures;
  const totals = figs.filter((f) => isTotal(rec, f));
  const claims: Claim[] = [];
  for (let t = 0; t < totals.length; t++) {
    const total = totals[t]!;
    const segStart = t === 0 ? 0 : total.start;
    const segEnd = t + 1 < totals.length ? totals[t + 1]!.start : rec.text.length;
    const inSeg = figs.filter((f) => f.start >= segStart && f.start < segEnd && f !== total);
    if (inSeg.some((f) => isShare(rec, f))) continue;
    const near = rec.text.slice(total.end, total.end + 6).indexOf('其中');
    const qi = near < 0 ? -1 : total.end + near;
    if (qi < 0 || qi >= segEnd || qi - total.end > 4) continue;
    const stop = SENTENCE_END.exec(rec.text.slice(qi, segEnd));
    const partEnd = stop ? qi + stop.index : segEnd;
    const parts = inSeg.filter(
      (f) => f.start > qi && f.start < partEnd && f.unit === total.unit && !f.every && !f.per,
    );
    if (parts.length >= 2) claims.push(...restated(win, rec, parts));
  }
  return claims;
}

function percentClaims(rec: LineRecord, total: Figure, items: Figure[], shares: Figure[]): Claim[] {
  const claims: Claim[] = [];
  const tq = quantityOf(total, roundedProse);
  if (items.length >= 2) claims.push(partsClaim(rec, total, items));
  if (!tq) return claims;
  const itemQ = items.map((f) => {
    const q = quantityOf(f, roundedProse);
    return q ? shareQ(q, tq) : undefined;
  });
  const pairOf = new Map<Figure, Figure>();
  const used = new Set<number>();
  // Pair each share with a count it fits, then the leftovers in document order.
  for (const s of shares) {
    const sq = quantityOf(s, true);
    if (!sq) continue;
    for (let i = 0; i < items.length; i++) {
      const q = itemQ[i];
      if (used.has(i) || !q) continue;
      if (checkQuantity(sq, s.places, q).verdict === 'match' && !q.approx) {
        pairOf.set(s, items[i]!);
        used.add(i);
        break;
      }
    }
  }
  const leftShares = shares.filter((s) => !pairOf.has(s));
  const leftItems = items.filter((_, i) => !used.has(i));
  if (leftShares.length === leftItems.length) {
    for (let k = 0; k < leftShares.length; k++) pairOf.set(leftShares[k]!, leftItems[k]!);
  }
  const shareClaims: Claim[] = [];
  for (const s of shares) {
    const item = pairOf.get(s);
    const claim: Claim = {
      kind: 'percent-share',
      rule: 'percent.share',
      at: locate(rec, s.start, s.end),
      operands: item
        ? [operandOf(rec, item, labelBefore(rec.text, item.start)), operandOf(rec, total)]
        : [operandOf(rec, total)],
      stated: operandOf(rec, s),
    };
    const sq = quantityOf(s, true);
    const iq = item ? quantityOf(item, roundedProse) : undefined;
    const q = iq ? shareQ(iq, tq) : undefined;
    if (!item) {
      claim.verdict = 'uncheckable';
      claim.reason = 'cannot tell which count this share belongs to';
    } else if (!sq || !q) {
      claim.verdict = 'uncheckable';
      claim.reason = 'a figure is a placeholder';
    } else apply(claim, checkQuantity(sq, s.places, q));
    shareClaims.push(claim);
  }
  claims.push(...shareClaims);
  if (shares.length >= 2 && shares.length === items.length) {
    const sum = sumOf(shares, true);
    if (sum) {
      const places = Math.max(...shares.map((s) => s.places));
      const claim: Claim = {
        kind: 'percent-total',
        rule: 'percent.total',
        at: locate(rec, shares[0]!.start, shares[shares.length - 1]!.end),
        operands: shares.map((s) => operandOf(rec, s)),
        stated: {
          text: `${sum.value.toFixed(places)}%`,
          value: sum.value.toFixed(places),
          unit: '%',
          line: rec.line,
          column: rec.norm.origin[shares[0]!.start]! + 1,
        },
      };
      const r = checkQuantity(sum, places, exact(new Dec(100)));
      apply(claim, r);
      const bad = shareClaims.filter((c) => c.verdict === 'mismatch');
      if (r.verdict === 'mismatch' && bad.length > 0)
        claim.causedBy = bad.map((c) => `${c.at.line}:${c.at.column}`);
      claims.push(claim);
    }
  }
  return claims;
}

const stripLabel = (s: string): string => s.replace(/[的\s]/g, '');

/** Headings below that restate a part's count: `(3)签约项目1个` after `签约项目2个`. */
function restated(win: LineWindow, rec: LineRecord, parts: Figure[]): Claim[] {
  const claims: Claim[] = [];
  const labels = parts.map((f) => stripLabel(labelBefore(rec.text, f.start)));
  const done = new Set<number>();
  for (let k = rec.no + 1; k <= rec.no + RESTATE_LOOKAHEAD; k++) {
    const r = win.get(k);
    if (!r) break;
    const ms = markers(r.text);
    const m = ms[0];
    if (!m || m.start > 8) continue;
    const f = r.figures.find((x) => x.start >= m.end);
    if (!f) continue;
    const label = stripLabel(r.text.slice(m.end, f.start));
    const i = labels.indexOf(label);
    if (i < 0 || done.has(i) || label.length < 2) continue;
    const part = parts[i]!;
    if (f.unit !== part.unit) continue;
    done.add(i);
    const claim: Claim = {
      kind: 'restated-count',
      rule: 'count.restated',
      at: locate(rec, part.start, part.end),
      operands: [operandOf(r, f, label)],
      stated: operandOf(rec, part, label),
    };
    const a = quantityOf(part, roundedProse);
    const b = quantityOf(f, roundedProse);
    if (!a || !b) {
      claim.verdict = 'uncheckable';
      claim.reason = 'a count is a placeholder';
    } else apply(claim, checkQuantity(a, part.places, b));
    claim.reason = `restated at line ${r.line}${claim.reason ? `; ${claim.reason}` : ''}`;
    claims.push(claim);
  }
  return claims;
}
