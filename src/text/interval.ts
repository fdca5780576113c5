import type { Verdict } from '../audit/finding.js';
import { judge } from '../audit/judge.js';
import { Dec } from '../decimal/dec.js';
import type { Figure } from './figures.js';

/** A value with the range it may really have: rounding of the written figure, or a qualifier. */
export interface Quantity {
  value: Dec;
  lo: Dec;
  /** May be `Infinity` (以上). */
  hi: Dec;
  /** True when a qualifier (约, 余, 以上 …) widened the range; rounding alone does not set it. */
  approx: boolean;
  /**
   * True when `lo` and `hi` are the two ends of a written range (`1200-2400元`), each exact, or sums
   * and multiples of such ends: the low ends add to the low end, the high ends to the high end.
   */
  span?: boolean;
}

/** A quantity that keeps a range's ends exact: a span, or an exact figure. */
const spanLike = (q: Quantity): boolean => q.span === true || (!q.approx && q.lo.eq(q.hi));

const INF = new Dec(Infinity);
const TEN_PERCENT = new Dec('0.1');

/**
 * The range a figure stands for. `rounded` says whether the figure may be rounded to its last written
 * digit (prose: `49.3万`, `14.3%`); budget lines are exact. Qualifiers widen the range: 约/左右 ±10%,
 * 余/多 up to the next step of the last non-zero digit (70余 → 70…80), 以上 → ∞, 近 → −10%,
 * 不到/以下 → 0…value, a range → its ends. Returns undefined for a placeholder.
 *
 * @example
 * ```ts
 * const [f] = scanFigures('49.3万元');
 * quantityOf(f!, true)?.lo.toString(); // '492500'
 * ```
 */
export function quantityOf(f: Figure, rounded: boolean): Quantity | undefined {
  if (f.placeholder || !f.value) return undefined;
  const v = f.value;
  // An amount in 元 is exact to its written digit (45000元, 12000.00元): money is counted, not measured.
  const exactMoney = f.unit === '元' && f.scale === 0;
  const half =
    rounded && !exactMoney && (f.scale > 0 || f.places > 0 || f.unit === '%')
      ? f.ulp.dividedBy(2)
      : new Dec(0);
  let lo = v.minus(half);
  let hi = v.plus(half);
  switch (f.approx) {
    case 'about':
      lo = v.times(new Dec(1).minus(TEN_PERCENT));
      hi = v.times(new Dec(1).plus(TEN_PERCENT));
      break;
    case 'over': {
      hi = v.plus(overStep(v, f.ulp));
      break;
    }
    case 'at-least':
      hi = INF;
      break;
    case 'nearly':
      lo = v.times(new Dec(1).minus(TEN_PERCENT));
      break;
    case 'under':
      lo = new Dec(0);
      break;
    case 'range':
      hi = f.high ?? v;
      // 1200-2400元: each end exact as written (no 万 or 亿 to round to).
      if (f.scale === 0 && f.unit !== '%' && f.high && half.isZero())
        return { value: v, lo, hi, approx: true, span: true };
      break;
    default:
      break;
  }
  return { value: v, lo, hi, approx: f.approx !== undefined };
}

/** 70余 → 10, 9300余万 → 100万, 5余 → 1: one unit of the last non-zero digit. */
function overStep(v: Dec, ulp: Dec): Dec {
  let step = ulp;
  let q = v.dividedBy(ulp);
  while (!q.isZero() && q.mod(10).isZero()) {
    q = q.dividedBy(10);
    step = step.times(10);
  }
  return step;
}

/**
 * An exact quantity (a count, a budget line).
 *
 * @example
 * ```ts
 * exact(new Dec(91)).hi.toString(); // '91'
 * ```
 */
export function exact(v: Dec): Quantity {
  return { value: v, lo: v, hi: v, approx: false };
}

/**
 * Interval sum.
 *
 * @example
 * ```ts
 * addQ(exact(new Dec(1)), exact(new Dec(2))).value.toString(); // '3'
 * ```
 */
export function addQ(a: Quantity, b: Quantity): Quantity {
  const q: Quantity = {
    value: a.value.plus(b.value),
    lo: a.lo.plus(b.lo),
    hi: a.hi.plus(b.hi),
    approx: a.approx || b.approx,
  };
  if ((a.span || b.span) && spanLike(a) && spanLike(b)) q.span = true;
  return q;
}

/**
 * Interval difference `a − b`.
 *
 * @example
 * ```ts
 * subQ(exact(new Dec(5)), exact(new Dec(2))).value.toString(); // '3'
 * ```
 */
export function subQ(a: Quantity, b: Quantity): Quantity {
  return {
    value: a.value.minus(b.value),
    lo: a.lo.minus(b.hi),
    hi: a.hi.minus(b.lo),
    approx: a.approx || b.approx,
  };
}

/**
 * Interval quotient `a ÷ b` of a non-negative `a` by a positive `b`; undefined when `b` may be zero.
 *
 * @example
 * ```ts
 * divQ(exact(new Dec(6)), exact(new Dec(3)))?.value.toString(); // '2'
 * ```
 */
export function divQ(a: Quantity, b: Quantity): Quantity | undefined {
  if (b.value.isZero() || b.lo.lte(0)) return undefined;
  return {
    value: a.value.dividedBy(b.value),
    lo: a.lo.dividedBy(b.hi),
    hi: a.hi.dividedBy(b.lo),
    approx: a.approx || b.approx,
  };
}

/**
 * Interval product of non-negative quantities.
 *
 * @example
 * ```ts
 * mulQ(exact(new Dec(60)), exact(new Dec(40))).value.toString(); // '2400'
 * ```
 */
export function mulQ(a: Quantity, b: Quantity): Quantity {
  const lo =
    a.lo.isNegative() || b.lo.isNegative() ? Dec.min(a.lo.times(b.hi), a.hi.times(b.lo)) : a.lo.times(b.lo);
  const q: Quantity = {
    value: a.value.times(b.value),
    lo,
    hi: a.hi.times(b.hi),
    approx: a.approx || b.approx,
  };
  // 200-300元 × 3餐: a span times an exact count is the span of the products.
  if ((a.span && !b.approx && b.lo.eq(b.hi)) || (b.span && !a.approx && a.lo.eq(a.hi))) q.span = true;
  return q;
}

/**
 * A quantity times a positive constant: a ratio as a percentage (×100), a percentage as a ratio.
 *
 * @example
 * ```ts
 * scaleQ(exact(new Dec('0.125')), new Dec(100)).value.toString(); // '12.5'
 * ```
 */
export function scaleQ(q: Quantity, by: Dec): Quantity {
  return { value: q.value.times(by), lo: q.lo.times(by), hi: q.hi.times(by), approx: q.approx };
}

/**
 * `part / whole × 100` as an interval (whole > 0).
 *
 * @example
 * ```ts
 * shareQ(exact(new Dec(13)), exact(new Dec(91)))?.value.toFixed(1); // '14.3'
 * ```
 */
export function shareQ(part: Quantity, whole: Quantity): Quantity | undefined {
  if (whole.value.lte(0) || whole.lo.lte(0)) return undefined;
  const h = new Dec(100);
  const hi = whole.lo.isZero() ? INF : part.hi.times(h).dividedBy(whole.lo);
  return {
    value: part.value.times(h).dividedBy(whole.value),
    lo: part.lo.times(h).dividedBy(whole.hi),
    hi,
    approx: part.approx || whole.approx,
  };
}

/** The outcome of comparing a stated figure with its recomputation. */
export interface CheckResult {
  verdict: Verdict;
  /** The recomputed value for display: exact when it terminates within 12 places, else rounded. */
  expected: Dec;
  /** `stated − expected` (with the displayed expected). */
  difference: Dec;
  reason: string | undefined;
  /** For a range: the result is about its high end (the low end agrees). */
  end?: 'high';
  /** For a range whose two ends are both off: the high end's figures (the result is the low end's). */
  high?: { stated: Dec; expected: Dec; difference: Dec };
}

/**
 * Compares a stated figure with a recomputed quantity. Match when the exact value equals the stated
 * figure at its written precision; otherwise the ranges decide: disjoint ranges are a mismatch,
 * overlapping ranges are consistent (a match within rounding) or, when a qualifier is involved,
 * uncheckable — a check that could go either way is never reported as a mismatch.
 *
 * @example
 * ```ts
 * checkQuantity(exact(new Dec(45000)), 0, exact(new Dec(48700))).verdict; // 'mismatch'
 * ```
 */
export function checkQuantity(stated: Quantity, places: number, expected: Quantity): CheckResult {
  if (stated.span && expected.span) return checkSpan(stated, places, expected);
  const display = displayExpected(expected.value, places);
  const difference = stated.value.minus(display);
  const j = judge(stated.value, places, expected.value);
  if (j.verdict === 'match') {
    return {
      verdict: 'match',
      expected: display,
      difference,
      reason: j.rounded ? 'matches after rounding' : undefined,
    };
  }
  const overlap = stated.lo.lte(expected.hi) && expected.lo.lte(stated.hi);
  if (!overlap) {
    return {
      verdict: 'mismatch',
      expected: display,
      difference,
      reason:
        stated.approx || expected.approx ? 'outside the range the approximate figures allow' : undefined,
    };
  }
  if (stated.approx || expected.approx) {
    return {
      verdict: 'uncheckable',
      expected: display,
      difference,
      reason: 'approximate figure: consistent within its range',
    };
  }
  return {
    verdict: 'match',
    expected: display,
    difference,
    reason: 'consistent within the rounding of the figures',
  };
}

/**
 * A range stated as the sum (or multiple) of ranges: `总计5800-12000元` over `1200-2400元` … . Each
 * end is judged against its own recomputation; a wrong high end is reported with the high end as
 * the stated figure, and when both are wrong the high end's result rides along in `high`.
 */
function checkSpan(stated: Quantity, places: number, expected: Quantity): CheckResult {
  const low = judge(stated.lo, places, expected.lo);
  const high = judge(stated.hi, places, expected.hi);
  if (low.verdict === 'match' && high.verdict === 'match')
    return {
      verdict: 'match',
      expected: displayExpected(expected.lo, places),
      difference: stated.lo.minus(expected.lo),
      reason: 'both ends of the range agree',
    };
  const highResult = {
    stated: stated.hi,
    expected: displayExpected(expected.hi, places),
    difference: stated.hi.minus(displayExpected(expected.hi, places)),
  };
  if (low.verdict === 'match')
    return {
      verdict: 'mismatch',
      expected: highResult.expected,
      difference: highResult.difference,
      reason: 'the high end of the range is off; the low end agrees',
      end: 'high',
    };
  const lowExpected = displayExpected(expected.lo, places);
  return {
    verdict: 'mismatch',
    expected: lowExpected,
    difference: stated.lo.minus(lowExpected),
    reason:
      high.verdict === 'match'
        ? 'the low end of the range is off; the high end agrees'
        : 'both ends of the range are off',
    ...(high.verdict === 'match' ? {} : { high: highResult }),
  };
}

function displayExpected(v: Dec, places: number): Dec {
  if (v.decimalPlaces() <= 12) return v;
  return v.toDecimalPlaces(Math.max(places, 0), Dec.ROUND_HALF_UP);
}
