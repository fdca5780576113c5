import Decimal from 'decimal.js';

/**
 * huiwu's own Decimal constructor: a clone of decimal.js configured for money, so the user's global
 * `Decimal` settings are never read or changed. 60 significant digits hold 10^18 yuan down to 10^-8
 * with room for products of three factors; rounding defaults to half up (四舍五入).
 *
 * @example
 * ```ts
 * import { Dec } from 'huiwu';
 * new Dec('0.1').plus('0.2').toString(); // '0.3'
 * ```
 */
export const Dec: typeof Decimal = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 60,
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

/** True when `x` is a decimal.js Decimal from any clone (clones do not share a prototype). */
export function isDecimal(x: unknown): x is Decimal {
  return Decimal.isDecimal(x);
}

/** The canonical string of a decimal: plain notation, no exponent, `-0` written as `0`. */
export function toPlain(x: Decimal): string {
  return x.isZero() ? '0' : x.toFixed();
}
