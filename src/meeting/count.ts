import { Dec } from '../decimal/dec.js';
import type { CountInput } from './schema.js';
import { CountRange } from './tally.js';

/**
 * The band an approximate count without explicit bounds gets: 10% of its value, whole people.
 *
 * @example
 * ```ts
 * APPROX_BAND; // the ± share given to 约/左右 counts without a range
 * ```
 */
export const APPROX_BAND = new Dec('0.1');

/**
 * Reads a count as a range: exact, approximate (左右/约/近 both sides or below, 余/多/以上 above, 10%
 * band unless `min`/`max` say otherwise) or pending (labelled so the plan can list it).
 *
 * @example
 * ```ts
 * countRange(35, 'a').toTally().value;                          // '35'
 * countRange({ value: 120, qualifier: '左右' }, 'b').toTally(); // { value: '120', min: '108', max: '132', … }
 * countRange('待定', '(二)').toTally().pending;                // ['(二)']
 * ```
 */
export function countRange(c: CountInput, label: string): CountRange {
  if (c === 'pending' || c === '待定') return CountRange.pending(label);
  if (typeof c !== 'object') return CountRange.of(new Dec(c));
  const v = new Dec(c.value);
  const band = v.times(APPROX_BAND);
  const below = c.qualifier === '余' || c.qualifier === '多' || c.qualifier === '以上';
  const above = c.qualifier === '近';
  const min = c.min !== undefined ? new Dec(c.min) : below ? v : v.minus(band).floor();
  const max = c.max !== undefined ? new Dec(c.max) : above ? v : v.plus(band).ceil();
  return CountRange.between(min, v, max);
}
