import { Dec } from '../decimal/dec.js';
import type { Claim } from './claim.js';
import type { Figure } from './figures.js';
import { type CheckResult, checkQuantity, type Quantity, quantityOf, shareQ } from './interval.js';
import { type LineRecord, labelBefore, locate, operandOf } from './lines.js';

/** Prose figures are rounded to their last written digit (`1.26万吨` ± 50 吨, `20%` ± 0.5). */
const ROUNDED = true;
const HUNDRED = new Dec(100);
const ONE = new Dec(1);

// Verbs that state a change; the figure after them is the rate (增长20%, 下降了11.6%, 提高1个百分点).
const CHANGE_VERB =
  /(增长|增加|提高|上升|上涨|扩大|提升|增幅|涨幅|增|下降|降低|减少|削减|下滑|回落|缩小|降幅|减幅|减|降)了?(?:约为|约|近|达到|达|为)?$/;
const DECREASE = new Set([
  '下降',
  '降低',
  '减少',
  '削减',
  '下滑',
  '回落',
  '缩小',
  '降幅',
  '减幅',
  '减',
  '降',
]);
// 由1.26万吨下降到1.11万吨: the words between the two ends.
const FROM_HEAD = /(?:由|从)[^,，。;；:：、\d]{0,6}$/;
const TO_BETWEEN = /^[^,，。;；:：、\d]{0,10}(?:到|至)了?$/;
// 比上年的4000亿元 / 比上年增加800亿元.
const LAST_YEAR = '(?:比|较)(?:上年同期|去年同期|上一年|前一年|上年|去年|同期)';
const BASE_HEAD = new RegExp(`${LAST_YEAR}的?$`);
const INCREMENT_HEAD = new RegExp(`${LAST_YEAR}(增加|增长|多|减少|下降|少)了?$`);
// 调解率达80%, 占25%, 占总数的比例为25%.
const _RATE_HEAD = /率(?:达到|达|为|是|约为|约|近|仅为|仅|已达|高达)?$/;
const _SHARE_HEAD = /占(?:总数|总量|总额|全部|总体|总|其中)?的?(?:比[例重])?(?:达到|达|为|约|近|仅)?$/;
const NOT_A_RATE_BASE = new Set(['年', '月', '日', '周', '时', '分钟', '小时', '岁', '周岁']);
const SENTENCE_END = /[。;；!?！？]/;
/** How far before its part a share looks for 其中 and the whole. */
const _MAX_SPAN = 200;

function head(rec: LineRecord, f: Figure, n: number): string {
  return rec.text.slice(Math.max(0, f.start - n), f.start);
}

function between(rec: LineRecord, a: Figure, b: Figure): string {
  return rec.text.slice(a.end, b.start);
}

function sameSentence(rec: LineRecord, a: Figure, b: Figure): boolean {
  return !SENTENCE_END.test(between(rec, a, b));
}

function usable(f: Figure): boolean {
  return !f.per && f.approx !== 'range' && !NOT_A_RATE_BASE.has(f.unit);
}

/** `(b / a − 1) × 100` for an increase, `(1 − b / a) × 100` for a decrease, as an interval. */
function relativeChange(a: Quantity, b: Quantity, down: boolean): Quantity | undefined {
  if (a.value.lte(0) || a.lo.lte(0)) return undefined;
  const ratio = b.value.dividedBy(a.value);
  const loR = b.lo.dividedBy(a.hi);
  const hiR = b.hi.dividedBy(a.lo);
  const approx = a.approx || b.approx;
  if (down)
    return {
      value: ONE.minus(ratio).times(HUNDRED),
      lo: ONE.minus(hiR).times(HUNDRED),
      hi: ONE.minus(loR).times(HUNDRED),
      approx,
    };
  return {
    value: ratio.minus(ONE).times(HUNDRED),
    lo: loR.minus(ONE).times(HUNDRED),
    hi: hiR.minus(ONE).times(HUNDRED),
    approx,
  };
}

/** `b − a` (or `a − b` for a decrease) as an interval: a change in percentage points. */
function pointChange(a: Quantity, b: Quantity, down: boolean): Quantity {
  const [x, y] = down ? [b, a] : [a, b];
  return {
    value: y.value.minus(x.value),
    lo: y.lo.minus(x.hi),
    hi: y.hi.minus(x.lo),
    approx: a.approx || b.approx,
  };
}

const RANK = { match: 0, uncheckable: 1, mismatch: 2 } as const;

function fmt(d: Dec): string {
  return d.isFinite() ? d.toDecimalPlaces(4, Dec.ROUND_HALF_UP).toFixed() : d.isNegative() ? '-∞' : '∞';
}

function apply(claim: Claim, r: CheckResult, q: Quantity, unit: string): void {
  claim.verdict = r.verdict;
  claim.expected = r.expected.toFixed();
  claim.difference = r.difference.toFixed();
  // The tolerance used: the range the exact rate can take given the rounding of every figure.
  const range = `exact ${fmt(q.value)}${unit}; range ${fmt(q.lo)}–${fmt(q.hi)}${unit}`;
  claim.reason = r.reason ? `${r.reason} (${range})` : range;
}

interface ChangeParts {
  /** The earlier figure (base), or for an increment form the current figure. */
  from: Figure;
  to: Figure;
  /** `比上年增加800亿元`: `to` is the current figure, `increment` the stated change. */
  increment?: Figure;
}

/** The two ends of a change stated right before `rate` (index `k` in the line's figures). */
function changeParts(rec: LineRecord, k: number): ChangeParts | undefined {
  const fs = rec.figures;
  const p = fs[k - 1];
  const q = fs[k - 2];
  const rate = fs[k]!;
  if (!p || !q || !usable(p) || !usable(q) || p.unit !== q.unit) return undefined;
  if (!sameSentence(rec, q, rate) || between(rec, p, rate).length > 24 || between(rec, q, p).length > 12)
    return undefined;
  // 由A下降到B,下降x%
  if (TO_BETWEEN.test(between(rec, q, p)) && FROM_HEAD.test(head(rec, q, 8))) return { from: q, to: p };
  // B,比上年的A增长x%
  if (BASE_HEAD.test(head(rec, p, 10))) return { from: p, to: q };
  // B,比上年增加D,增长x%
  if (INCREMENT_HEAD.test(head(rec, p, 10))) return { from: q, to: q, increment: p };
  return undefined;
}

/**
 * A change stated with both ends (rule `rate.change`): `由1.067吨下降到0.853吨,下降20%`,
 * `由64.74%增加到67%、增长3.49%`, `比上年的4000亿元增长20%`, `4800亿元,比上年增加800亿元,增长20%`, and
 * changes in percentage points `由20%提高到25%,提高5个百分点`. Every figure counts with the rounding of
 * its last written digit (whole 亿元 ± 0.5 亿, `20%` ± 0.5); qualifiers (约, 余, 近 …) widen the ranges
 * and make an undecided check `uncheckable`. A change in % between two percentages may mean either the
 * relative change or the points; the reading that fits better is used. The reason gives the exact rate
 * and the range it may take.
 *
 * @example
 * ```ts
 * extractRateChanges(lineRecord(1, '面积由74平方公里增加到84平方公里,增长13.51%'))[0]?.verdict; // 'match'
 * ```
 */
export function extractRateChanges(rec: LineRecord): Claim[] {
  const claims: Claim[] = [];
  const fs = rec.figures;
  for (let k = 2; k < fs.length; k++) {
    const rate = fs[k]!;
    if ((rate.unit !== '%' && rate.unit !== '百分点') || rate.per || rate.approx === 'range') continue;
    const verb = CHANGE_VERB.exec(head(rec, rate, 8));
    if (!verb) continue;
    const parts = changeParts(rec, k);
    if (!parts) continue;
    const down = DECREASE.has(verb[1]!);
    // 比上年增加800亿元,增长x%: both words must point the same way.
    const incWord = parts.increment ? INCREMENT_HEAD.exec(head(rec, parts.increment, 10))?.[1] : undefined;
    const fell = incWord !== undefined && (incWord === '少' || DECREASE.has(incWord));
    if (incWord !== undefined && fell !== down) continue;
    const points = rate.unit === '百分点';
    const percents = parts.from.unit === '%';
    if (points && (!percents || parts.increment)) continue;
    const ops = parts.increment ? [parts.to, parts.increment] : [parts.from, parts.to];
    const claim: Claim = {
      kind: 'rate-change',
      rule: 'rate.change',
      at: locate(rec, rate.start, rate.end),
      operands: ops.map((f) => operandOf(rec, f, labelBefore(rec.text, f.start))),
      stated: operandOf(rec, rate),
    };
    claims.push(claim);
    const s = quantityOf(rate, ROUNDED);
    const a = quantityOf(parts.from, ROUNDED);
    const b = quantityOf(parts.to, ROUNDED);
    const d = parts.increment ? quantityOf(parts.increment, ROUNDED) : undefined;
    if (!s || !a || !b || (parts.increment && !d)) {
      claim.verdict = 'uncheckable';
      claim.reason = 'a figure is a placeholder';
      continue;
    }
    const candidates: { q: Quantity; unit: string }[] = [];
    if (d) {
      // The earlier figure is the current one minus the increase (plus the decrease).
      const base: Quantity = fell
        ? {
            value: b.value.plus(d.value),
            lo: b.lo.plus(d.lo),
            hi: b.hi.plus(d.hi),
            approx: b.approx || d.approx,
          }
        : {
            value: b.value.minus(d.value),
            lo: b.lo.minus(d.hi),
            hi: b.hi.minus(d.lo),
            approx: b.approx || d.approx,
          };
      const q = shareQ(d, base);
      if (q) candidates.push({ q, unit: '%' });
    } else {
      if (points) candidates.push({ q: pointChange(a, b, down), unit: '个百分点' });
      else {
        const q = relativeChange(a, b, down);
        if (q) candidates.push({ q, unit: '%' });
        if (percents) candidates.push({ q: pointChange(a, b, down), unit: '个百分点' });
      }
    }
    let best: { r: CheckResult; q: Quantity; unit: string } | undefined;
    for (const c of candidates) {
      const r = checkQuantity(s, rate.places, c.q);
      if (!best || RANK[r.verdict] < RANK[best.r.verdict]) best = { r, q: c.q, unit: c.unit };
    }
    if (!best) {
      claim.verdict = 'uncheckable';
      claim.reason = 'the base is zero or not positive';
      continue;
    }
    apply(claim, best.r, best.q, best.unit);
  }
  return claims;
}
