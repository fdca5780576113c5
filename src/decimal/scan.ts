import type { AmountInput } from './dec.js';

/**
 * Largest scale (decimal places) the integer fast path keeps; products may reach twice this.
 *
 * @example
 * ```ts
 * MAX_FAST_SCALE; // 8
 * ```
 */
export const MAX_FAST_SCALE = 8;

/**
 * Result of the last successful {@link scanFixed} / {@link scanAny}: mantissa `m` and scale `s`, the
 * value being `m × 10^-s`. A shared scratch object, so the hot loop allocates nothing per value.
 *
 * @example
 * ```ts
 * scanFixed('19.99'); scanned; // { m: 1999, s: 2 }
 * ```
 */
export const scanned = { m: 0, s: 0 };

/**
 * Reads a plain decimal string of at most 15 digits (`-12345.67`) into {@link scanned} without
 * allocating. Returns false for anything else (grouping, units, exponents, long values), which then
 * takes the exact Decimal path.
 *
 * @example
 * ```ts
 * scanFixed('-12.50') && [scanned.m, scanned.s]; // [-1250, 2]
 * ```
 */
export function scanFixed(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 17) return false;
  let i = 0;
  let neg = false;
  if (s.charCodeAt(0) === 45) {
    neg = true;
    i = 1;
    if (n === 1) return false;
  }
  let m = 0;
  let scale = -1;
  let digits = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      if (scale >= 0) scale++;
    } else if (c === 46 && scale < 0) {
      scale = 0;
    } else return false;
  }
  if (digits === 0 || digits > 15 || scale === 0) return false;
  scanned.m = neg && m !== 0 ? -m : m;
  scanned.s = Math.max(scale, 0);
  return scanned.s <= MAX_FAST_SCALE;
}

/**
 * {@link scanFixed} for any amount input: strings and safe integers below 10^15.
 *
 * @example
 * ```ts
 * scanAny(42) && scanned.m; // 42
 * ```
 */
export function scanAny(x: AmountInput): boolean {
  if (typeof x === 'string') return scanFixed(x);
  if (typeof x === 'number' && Number.isSafeInteger(x) && Math.abs(x) < 1e15) {
    scanned.m = x === 0 ? 0 : x;
    scanned.s = 0;
    return true;
  }
  return false;
}
