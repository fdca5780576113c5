import { type AmountInput, Dec } from './dec.js';
import { parseAmount } from './parse.js';
import { type RoundingMode, roundingConstant } from './round.js';

/** Options for {@link formatAmount}. */
export interface FormatOptions {
  /** Decimal places to show. Default 2 (分). Values with more places are rounded with `mode`. */
  places?: number;
  /** Rounding mode used when the value has more places than shown. Default `'half-up'`. */
  mode?: RoundingMode;
  /** Group thousands with `,`. Default true. */
  grouping?: boolean;
}

/**
 * Formats an amount with thousands grouping and a fixed number of places, exactly (no float).
 *
 * @example
 * ```ts
 * formatAmount('48700');                     // '48,700.00'
 * formatAmount('-3700', { places: 0 });      // '-3,700'
 * formatAmount('1234.5', { grouping: false }); // '1234.50'
 * ```
 */
export function formatAmount(value: AmountInput, opts: FormatOptions = {}): string {
  const places = opts.places ?? 2;
  const d = parseAmount(value).toDecimalPlaces(places, roundingConstant(opts.mode ?? 'half-up'));
  const fixed = (d.isZero() ? new Dec(0) : d).toFixed(places);
  if (opts.grouping === false) return fixed;
  const neg = fixed.startsWith('-');
  const body = neg ? fixed.slice(1) : fixed;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot);
  return `${neg ? '-' : ''}${groupDigits(int)}${frac}`;
}

/**
 * Inserts `,` every three digits from the right: `'48700'` → `'48,700'`.
 *
 * @example
 * ```ts
 * groupDigits('48700'); // '48,700'
 * ```
 */
export function groupDigits(int: string): string {
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ',';
    out += int[i];
  }
  return out;
}

/**
 * Formats an amount as currency with `Intl.NumberFormat` (default zh-CN, CNY: `¥48,700.00`). The value
 * is handed to Intl as a decimal string, which modern engines format exactly; no float conversion.
 *
 * @example
 * ```ts
 * formatCurrency('48700'); // '¥48,700.00'
 * formatCurrency('1234.5', { locale: 'en-US', currency: 'USD' }); // '$1,234.50'
 * ```
 */
export function formatCurrency(
  value: AmountInput,
  opts: { locale?: string; currency?: string; places?: number } = {},
): string {
  const places = opts.places ?? 2;
  const d = parseAmount(value).toDecimalPlaces(places, roundingConstant('half-up'));
  const nf = new Intl.NumberFormat(opts.locale ?? 'zh-CN', {
    style: 'currency',
    currency: opts.currency ?? 'CNY',
    minimumFractionDigits: places,
    maximumFractionDigits: places,
  });
  // Intl.NumberFormat v3 formats decimal strings exactly; the cast only satisfies older lib typings.
  return nf.format(d.toFixed(places) as unknown as number);
}
