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
  // Work in whole units and whole weights (scaled by their decimal places), in BigInt: each share's
  // floor and remainder are exact, so equal remainders compare equal and ties go to the earlier weight.
  const scale = Math.max(0, ...w.map((d) => d.decimalPlaces()));
  const W = w.map((d) => BigInt(d.times(new Dec(10).pow(scale)).toFixed(0)));
  const D = W.reduce((a, b) => a + b, 0n);
  const U = BigInt(units.toFixed(0));
  const floors = W.map((wi) => (U * wi) / D);
  const rems = W.map((wi) => (U * wi) % D);
  let left = U - floors.reduce((a, b) => a + b, 0n); // fewer than weights.length units
  const order = rems.map((r, i) => ({ i, r })).sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  const parts = floors.map((f) => new Dec(f.toString()));
  for (let k = 0; left > 0n; k++, left -= 1n) {
    const idx = order[k]!.i;
    parts[idx] = parts[idx]!.plus(1);
  }
  const sign = t.isNegative() ? -1 : 1;
  return parts.map((p) => {
    const v = p.times(unit).times(sign);
    return v.isZero() ? new Dec(0) : v;
  });
}
