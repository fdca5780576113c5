import { Decimal } from 'decimal.js';
import { HuiwuError } from '../errors.js';

/**
 * huiwu's own Decimal constructor: a clone of decimal.js configured for money, so the user's global
 * `Decimal` settings are never read or changed. 120 significant digits hold any product of two accepted
 * figures (30 integer and 20 decimal digits each) exactly; {@link exactTimes} refuses, rather than rounds,
 * a product that would not fit. Rounding defaults to half up (四舍五入).
 *
 * @example
 * ```ts
 * import { Dec } from 'huiwu';
 * new Dec('0.1').plus('0.2').toString(); // '0.3'
 * ```
 */
export const Dec: typeof Decimal = Decimal.clone({
  precision: 120,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 1000,
  minE: -9e15,
  maxE: 9e15,
});

/** An exact decimal value as huiwu returns it (a decimal.js `Decimal` from the {@link Dec} clone). */
export type Dec = Decimal;

/**
 * Anything huiwu accepts where an amount or quantity is expected: a decimal string (optionally with
 * grouping, full-width digits or a unit such as 万元), a `Decimal`, a `bigint`, or a safe-integer `number`.
 */
export type AmountInput = string | Decimal | bigint | number;

/**
 * True when `x` is a decimal.js Decimal from any clone (clones do not share a prototype).
 *
 * @example
 * ```ts
 * isDecimal(new Dec(1)); // true
 * ```
 */
export function isDecimal(x: unknown): x is Decimal {
  return Decimal.isDecimal(x);
}

/**
 * The canonical string of a decimal: plain notation, no exponent, `-0` written as `0`.
 *
 * @example
 * ```ts
 * toPlain(new Dec('1e21')); // '1000000000000000000000'
 * ```
 */
export function toPlain(x: Decimal): string {
  return x.isZero() ? '0' : x.toFixed();
}

/**
 * a × b, exactly: a product whose digits would not fit the precision is an `AMOUNT_RANGE` error naming
 * `path`, never a silently rounded figure.
 *
 * @example
 * ```ts
 * exactTimes(new Dec('19.99'), new Dec('3')).toString(); // '59.97'
 * ```
 */
export function exactTimes(a: Decimal, b: Decimal, path?: readonly (string | number)[]): Decimal {
  if (a.sd() + b.sd() > Dec.precision) {
    throw new HuiwuError(
      'AMOUNT_RANGE',
      `the product ${a.toSignificantDigits(6).toString()} × ${b.toSignificantDigits(6).toString()} has more than ${Dec.precision} significant digits and cannot be held exactly`,
      path ? { path } : {},
    );
  }
  return a.times(b);
}
