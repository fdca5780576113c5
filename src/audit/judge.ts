import { Dec } from '../decimal/dec.js';
import { round } from '../decimal/round.js';
import type { Verdict } from './finding.js';

/** How a stated figure compares with its exact recomputation. */
export interface Judgement {
  verdict: Verdict;
  /** True when the figure matches only after rounding the exact value to the places it was written with. */
  rounded: boolean;
  /** `stated − expected`, exact. */
  difference: Dec;
}

/** Options for {@link judge}. */
export interface JudgeOptions {
  /** The figure is marked approximate (约, 左右): it matches within `tolerance`, and never mismatches without one. */
  approximate?: boolean;
  /** Allowed absolute difference for an approximate figure. */
  tolerance?: Dec;
}

/**
 * Judges a stated figure against its exact value at the precision the figure was written to: a figure
 * written with `places` decimals matches when the exact value, rounded half up to `places`, equals it.
 * The tolerance is never wider than that unless the figure is approximate.
 *
 * @example
 * ```ts
 * judge(new Dec('1.00'), 2, new Dec('0.999')); // { verdict: 'match', rounded: true, difference: 0.001 }
 * judge(new Dec('45000'), 0, new Dec('48700')).difference.toString(); // '-3700'
 * ```
 */
export function judge(stated: Dec, places: number, expected: Dec, opts: JudgeOptions = {}): Judgement {
  const difference = stated.minus(expected);
  if (difference.isZero()) return { verdict: 'match', rounded: false, difference: new Dec(0) };
  if (round(expected, places, 'half-up').eq(stated)) return { verdict: 'match', rounded: true, difference };
  if (opts.approximate) {
    if (opts.tolerance && difference.abs().lte(opts.tolerance))
      return { verdict: 'match', rounded: true, difference };
    return { verdict: opts.tolerance ? 'mismatch' : 'uncheckable', rounded: false, difference };
  }
  return { verdict: 'mismatch', rounded: false, difference };
}
