import { Dec } from '../decimal/dec.js';
import type { Claim, Operand } from './claim.js';
import { findProducts } from './extract-products.js';
import type { Figure } from './figures.js';
import { addQ, checkQuantity, exact, type Quantity, quantityOf } from './interval.js';
import { type LineRecord, type LineWindow, labelBefore, locate, markers, operandOf } from './lines.js';

/**
 * How far up a total looks for its items.
 *
 * @example
 * ```ts
 * SUM_LOOKBACK; // lines searched above a stated total for its items
 * ```
 */
export const SUM_LOOKBACK = 60;

const TOTAL_WORDS = /(合计|共计|总计|小计|总共|总额|总金额|总费用|共)[^,，。;；、]{0,10}$/;
const BARE_TOTAL = /^(合计|共计|总计|小计|总额)[:：]?$/;

/** The figure a total keyword introduces in this line, with the keyword's offset. */
function totalIn(
  rec: LineRecord,
  accept: (f: Figure) => boolean,
): { fig: Figure; keyword: number } | undefined {
  for (const f of rec.figures) {
    if (!accept(f) || f.every || f.per) continue;
    const head = rec.text.slice(Math.max(0, f.start - 16), f.start);
    const m = TOTAL_WORDS.exec(head);
    if (!m) continue;
    const keyword = f.start - head.length + m.index;
    // The keyword must open its clause (共计:45000元, …,合计5000元), not end a noun (净利润总额175万元).
    const lead = rec.text.slice(Math.max(0, keyword - 6), keyword);
    if (/^(?:|.*[,，。;；:：、)）\s]|.*[一二三四五六七八九十\d][、.])$/.test(lead))
      return { fig: f, keyword };
  }
  return undefined;
}

const isMoneyAmount = (f: Figure): boolean => f.unit === '元' && !f.per && !f.every;
const isHeadCount = (f: Figure): boolean => (f.unit === '人' || f.unit === '名') && !f.per && !f.every;

/** Budget amounts stated on a line: product results and plain amounts (not unit prices). */
function lineAmounts(rec: LineRecord, before = Number.POSITIVE_INFINITY): { fig: Figure; label: string }[] {
  const products = findProducts(rec);
  const inProduct = new Set<Figure>();
  const results = new Set<Figure>();
  for (const p of products) {
    for (const f of p.factors) inProduct.add(f);
    results.add(p.result);
  }
  const out: { fig: Figure; label: string }[] = [];
  for (const f of rec.figures) {
    if (f.start >= before || inProduct.has(f)) continue;
    if (results.has(f) || isMoneyAmount(f)) out.push({ fig: f, label: labelBefore(rec.text, f.start) });
  }
  return out;
}

function sumQuantities(items: Figure[], rounded: boolean): Quantity | undefined {
  let q: Quantity | undefined = exact(new Dec(0));
  for (const f of items) {
    const fq = quantityOf(f, rounded);
    q = q && fq ? addQ(q, fq) : undefined;
  }
  return q;
}

function verdictInto(
  claim: Claim,
  stated: Figure,
  total: Quantity | undefined,
  rounded: boolean,
  reason?: string,
): void {
  const s = quantityOf(stated, rounded);
  if (reason || !total || !s) {
    claim.verdict = 'uncheckable';
    claim.reason = reason ?? (s ? 'an item is a placeholder' : 'the total is a placeholder');
    if (total && !total.approx) claim.expected = total.value.toFixed();
    return;
  }
  const r = checkQuantity(s, stated.places, total);
  claim.verdict = r.verdict;
  claim.expected = r.expected.toFixed();
  claim.difference = r.difference.toFixed();
  if (r.reason) claim.reason = r.reason;
}

/**
 * A stated budget total (共计/合计/总计/小计 … 元) against the amounts of the lines above it (or before
 * it on the same line), where a line's amount is its product result or its plain money figures
 * (rule `sum.total`). A bare `总计` with no figure is reported as `sum.missing-total`.
 *
 * @example
 * ```ts
 * // lines: '场租费:2800元', '餐费:15000元', '共计:17800元' → one claim, verdict 'match'
 * ```
 */
export function extractBudgetTotal(win: LineWindow, rec: LineRecord): Claim[] {
  const trimmed = rec.text.trim();
  if (BARE_TOTAL.test(trimmed)) {
    return [
      {
        kind: 'sum',
        rule: 'sum.missing-total',
        at: locate(rec, rec.text.indexOf(trimmed), rec.text.length),
        operands: [],
        verdict: 'uncheckable',
        reason: 'the total is left blank',
      },
    ];
  }
  const t = totalIn(rec, isMoneyAmount);
  if (!t) return [];
  let items = lineAmounts(rec, t.keyword).map((a) => ({ ...a, rec }));
  // The 小计 line the walk upward stopped at, when it stopped at one.
  let subtotalAbove: LineRecord | undefined;
  let pastHeading = false;
  if (items.length < 2) {
    items = [];
    for (let k = rec.no - 1; k >= rec.no - SUM_LOOKBACK; k--) {
      const r = win.get(k);
      if (!r) break;
      if (r.text.trim() === '') continue;
      const above = totalIn(r, isMoneyAmount);
      if (above) {
        if (isSubtotal(r, above.keyword)) subtotalAbove = r;
        break;
      }
      // Past a section heading only a 小计 right above matters (the section before ends there).
      if (pastHeading) break;
      const amounts = lineAmounts(r);
      if (amounts.length === 0) {
        if (isHeading(r)) {
          pastHeading = true;
          continue;
        }
        break;
      }
      items = amounts.map((a) => ({ ...a, rec: r })).concat(items);
    }
  }
  const claim: Claim = {
    kind: 'sum',
    rule: 'sum.total',
    at: locate(rec, t.keyword, t.fig.end),
    operands: items.map((a) => operandOf(a.rec, a.fig, a.label)),
    stated: operandOf(rec, t.fig),
  };
  const local =
    items.length >= 2
      ? sumQuantities(
          items.map((a) => a.fig),
          false,
        )
      : undefined;
  if (subtotalAbove && !isSubtotal(rec, t.keyword)) {
    // A grand total below sections that end in 小计: the subtotals plus any items after the last one.
    // When the items right above already add up to it, it was a total of the last section after all.
    const localFits = local && quantityOf(t.fig, false) && checkLocal(t.fig, local);
    const subtotals = localFits ? [] : subtotalsAbove(win, subtotalAbove);
    if (subtotals.length > 0 && subtotals.length + items.length >= 2) {
      const parts = subtotals.concat(items);
      claim.operands = parts.map((a) => operandOf(a.rec, a.fig, a.label));
      claim.reason = `grand total over ${subtotals.length} subtotal(s)${items.length ? ` and ${items.length} item(s)` : ''}`;
      const grand = sumQuantities(
        parts.map((a) => a.fig),
        false,
      );
      const keep = claim.reason;
      delete claim.reason;
      verdictInto(claim, t.fig, grand, false);
      // Neither reading fits: report against the items right above, as for any total.
      if (claim.verdict !== 'mismatch' || !local) {
        claim.reason = claim.reason ? `${keep}; ${claim.reason}` : keep;
        return [claim];
      }
      claim.operands = items.map((a) => operandOf(a.rec, a.fig, a.label));
      delete claim.reason;
    }
  }
  if (items.length < 2) return [];
  verdictInto(claim, t.fig, local, false);
  return [claim];
}

const isSubtotal = (rec: LineRecord, keyword: number): boolean => rec.text.startsWith('小计', keyword);

function checkLocal(stated: Figure, sum: Quantity): boolean {
  const s = quantityOf(stated, false);
  return s !== undefined && checkQuantity(s, stated.places, sum).verdict === 'match';
}

/**
 * The 小计 lines of the sections above a grand total, from the last one (`last`) upward: lines between
 * them may be items, section headings or blank; anything else, or another kind of total, ends the walk.
 */
function subtotalsAbove(
  win: LineWindow,
  last: LineRecord,
): { fig: Figure; label: string; rec: LineRecord }[] {
  const out: { fig: Figure; label: string; rec: LineRecord }[] = [];
  for (let k = last.no; k >= last.no - SUM_LOOKBACK; k--) {
    const r = win.get(k);
    if (!r) break;
    const trimmed = r.text.trim();
    if (trimmed === '') continue;
    const t = totalIn(r, isMoneyAmount);
    if (t) {
      if (!isSubtotal(r, t.keyword)) break;
      out.unshift({ fig: t.fig, label: '小计', rec: r });
      continue;
    }
    if (lineAmounts(r).length > 0 || isHeading(r)) continue;
    break;
  }
  return out;
}

/** A short numbered line such as `二、培训费` or `(三)其他`. */
function isHeading(r: LineRecord): boolean {
  const m = markers(r.text)[0];
  return m !== undefined && m.start < 8 && r.text.trim().length <= 30;
}

function parenCounts(rec: LineRecord, before: number): Figure[] {
  const out: Figure[] = [];
  for (const f of rec.figures) {
    if (f.start >= before) continue;
    const open = rec.text[f.start - 1];
    const close = rec.text[f.end];
    if (
      (open === '(' || open === '（') &&
      (close === ')' || close === '）') &&
      (isHeadCount(f) || f.placeholder)
    )
      out.push(f);
  }
  return out;
}

/**
 * Attendee groups written as `（38人）` … followed by a total `总计：122人` (rule `count.attendees`).
 * Uncheckable when a group has no count or a placeholder (待定), or when the groups' numbering
 * skips ((一), (四), (五)): some groups were lost.
 *
 * @example
 * ```ts
 * // lines: '(一)领导(2人);', '(二)代表(30人)。', '总计:32人。' → verdict 'match'
 * ```
 */
export function extractAttendees(win: LineWindow, rec: LineRecord): Claim[] {
  const t = totalIn(rec, isHeadCount);
  if (!t) return [];
  type Group = { fig: Figure; rec: LineRecord };
  let groups: Group[] = parenCounts(rec, t.keyword).map((fig) => ({ fig, rec }));
  const lines: LineRecord[] = groups.length ? [rec] : [];
  let missing = 0;
  if (groups.length === 0) {
    let style: string | undefined;
    let pendingMissing = 0;
    for (let k = rec.no - 1; k >= rec.no - SUM_LOOKBACK; k--) {
      const r = win.get(k);
      if (!r) break;
      if (r.text.trim() === '') continue;
      const found = parenCounts(r, r.text.length);
      const ms = markers(r.text);
      if (found.length === 0) {
        // A numbered line in the same style as the groups, but without a count: a group without a count.
        if (style && ms.length > 0 && ms[0]!.style === style && ms[0]!.start < 8) {
          pendingMissing++;
          lines.unshift(r);
          continue;
        }
        break;
      }
      style ??= ms[0]?.style;
      missing += pendingMissing;
      pendingMissing = 0;
      lines.unshift(r);
      groups = found.map((fig) => ({ fig, rec: r })).concat(groups);
    }
    // Numbered lines in the groups' style above the first counted group are groups too (1、县领导 …).
    missing += pendingMissing;
  }
  if (groups.length + missing < 2) return [];
  const claim: Claim = {
    kind: 'attendees',
    rule: 'count.attendees',
    at: locate(rec, t.keyword, t.fig.end),
    operands: groups.map((g) => operandOf(g.rec, g.fig, labelBefore(g.rec.text, g.fig.start - 1))),
    stated: operandOf(rec, t.fig),
  };
  let reason: string | undefined;
  if (missing > 0) reason = `${missing} group(s) have no count`;
  else if (groups.some((g) => g.fig.placeholder))
    reason = 'a group count is a placeholder (待定) or left blank';
  else {
    const ords = lines.flatMap((l) => markers(l.text));
    const style = ords[0]?.style;
    const seq = ords.filter((m) => m.style === style).map((m) => m.ordinal);
    if (seq.length > 0 && (seq[0] !== 1 || seq.some((n, k) => k > 0 && n !== seq[k - 1]! + 1))) {
      reason = `the groups are numbered ${seq.join(', ')}: some groups are missing`;
    }
  }
  verdictInto(
    claim,
    t.fig,
    sumQuantities(
      groups.map((g) => g.fig),
      false,
    ),
    false,
    reason,
  );
  return [claim];
}

/**
 * The operands of a claim as decimal strings (`null` for placeholders).
 *
 * @example
 * ```ts
 * operandValues(claim.operands); // ['2800', '2400', null]
 * ```
 */
export function operandValues(ops: Operand[]): (string | null)[] {
  return ops.map((o) => o.value);
}
