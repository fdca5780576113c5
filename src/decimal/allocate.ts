import { HuiwuError } from '../errors.js';
import { type AmountInput, Dec } from './dec.js';
import { parseAmount, parseDecimal } from './parse.js';
import { type Precision, precisionPlaces } from './round.js';

/** Options for {@link allocate}. */
export interface AllocateOptions {
  /** The smallest unit a part may hold. Default `'分'`. */
  precision?: Precision;
}

/**
 * Splits `total` by `weights` (ratios or head counts) with the largest-remainder method, so the parts
 * always add back exactly to the total. Each part differs from its exact share by less than one unit
 * of `precision`. Ties go to the earlier weight, so the result is deterministic. A negative total is
 * split as the negation of splitting its absolute value.
 *
 * @example
 * ```ts
 * allocate('100', [1, 1, 1]).map(String); // ['33.34', '33.33', '33.33']
 * allocate('48700', [38, 22, 62], { precision: '元' }).map(String); // ['15169', '8782', '24749']
 * ```
 */
export function allocate(
  total: AmountInput,
  weights: readonly AmountInput[],
  opts: AllocateOptions = {},
): Dec[] {
  const t = parseAmount(total, { path: ['total'] });
  if (weights.length === 0) throw new HuiwuError('ALLOCATE_WEIGHTS', 'allocate needs at least one weight');
  const w = weights.map((x, i) => {
    const d = parseDecimal(x, { path: ['weights', i] });
    if (d.isNegative())
      throw new HuiwuError('ALLOCATE_WEIGHTS', `weight ${d.toString()} is negative`, {
        path: ['weights', i],
      });
    return d;
  });
  const sumW = w.reduce((a, b) => a.plus(b), new Dec(0));
  if (sumW.isZero())
    throw new HuiwuError('ALLOCATE_WEIGHTS', 'weights add up to zero, so there is nothing to split by');
  const places = precisionPlaces(opts.precision ?? '分');
  const unit = new Dec(10).pow(-places);
  const units = t.abs().dividedBy(unit);
  if (!units.isInteger()) {
    throw new HuiwuError(
      'AMOUNT_PRECISION',
      `total ${t.toString()} is not a whole number of the precision unit ${unit.toString()}`,
    );
  }
  // Work in whole units so the remainder bookkeeping is integer arithmetic.
  const shares = w.map((wi) => units.times(wi).dividedBy(sumW));
  const floors = shares.map((s) => s.floor());
  let left = units.minus(floors.reduce((a, b) => a.plus(b), new Dec(0))); // fewer than weights.length units
  const order = shares
    .map((s, i) => ({ i, r: s.minus(floors[i]!) }))
    .sort((a, b) => b.r.comparedTo(a.r) || a.i - b.i);
  const parts = floors.slice();
  for (let k = 0; left.gt(0); k++, left = left.minus(1)) {
    const idx = order[k]!.i;
    parts[idx] = parts[idx]!.plus(1);
  }
  const sign = t.isNegative() ? -1 : 1;
  return parts.map((p) => {
    const v = p.times(unit).times(sign);
    return v.isZero() ? new Dec(0) : v;
  });
}
