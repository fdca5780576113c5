import { Decimal } from 'decimal.js';
import { HuiwuError } from '../errors.js';
import { Dec } from './dec.js';

/**
 * Rounding modes by name. `half-up` is 四舍五入, the rule the documents use and huiwu's default;
 * `half-even` is banker's rounding; `down` truncates toward zero; `up` rounds away from zero;
 * `ceil`/`floor` round toward ±∞.
 */
export type RoundingMode = 'half-up' | 'half-even' | 'half-down' | 'down' | 'up' | 'ceil' | 'floor';

const MODES: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-down': Decimal.ROUND_HALF_DOWN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/**
 * Named precisions for amounts in 元: `分` (0.01), `角` (0.1), `元` (1), `万元2` (0.01 万元 = 100 元),
 * `万元4` (0.0001 万元 = 1 元). A number means that many decimal places of 元 (negative: tens, hundreds…).
 */
export type Precision = '分' | '角' | '元' | '万元2' | '万元4' | number;

/**
 * Decimal places (of 元) for a named precision.
 *
 * @example
 * ```ts
 * precisionPlaces('分'); // 2
 * precisionPlaces('万元2'); // -2
 * ```
 */
export function precisionPlaces(p: Precision): number {
  switch (p) {
    case '分':
      return 2;
    case '角':
      return 1;
    case '元':
      return 0;
    case '万元2':
      return -2;
    case '万元4':
      return 0;
    default:
      if (Number.isSafeInteger(p) && p >= -30 && p <= 30) return p;
      throw new HuiwuError(
        'ROUNDING_MODE',
        `precision ${String(p)} is not a whole number of decimal places between -30 and 30`,
      );
  }
}

/**
 * Maps a mode name to decimal.js' rounding constant; unknown names are an error, not a default.
 *
 * @example
 * ```ts
 * roundingConstant('half-up') === Decimal.ROUND_HALF_UP; // true
 * ```
 */
export function roundingConstant(mode: RoundingMode): Decimal.Rounding {
  // `constructor` or `toString` must not be found on the prototype.
  const r = typeof mode === 'string' && Object.hasOwn(MODES, mode) ? MODES[mode] : undefined;
  if (r === undefined)
    throw new HuiwuError(
      'ROUNDING_MODE',
      `unknown rounding mode "${String(mode)}"; use one of ${Object.keys(MODES).join(', ')}`,
    );
  return r;
}

/**
 * Rounds an amount in 元 to a named precision with a named mode (default 分, 四舍五入 half up).
 *
 * @example
 * ```ts
 * round('2.345').toString();            // '2.35'
 * round('2.345', '角', 'down').toString(); // '2.3'
 * round('12345', '万元2').toString();    // '12300'
 * ```
 */
export function round(value: Dec | string, precision: Precision = '分', mode: RoundingMode = 'half-up'): Dec {
  const places = precisionPlaces(precision);
  const rm = roundingConstant(mode);
  const v = roundInput(value);
  // Shifting the decimal point by the exponent is exact, however many digits (no division to round twice).
  const r =
    places >= 0
      ? v.toDecimalPlaces(places, rm)
      : new Dec(`${new Dec(`${v.toFixed()}e${places}`).toDecimalPlaces(0, rm).toFixed()}e${-places}`);
  // -0.001 rounds to 0, not to a -0 that JSON would carry.
  return r.isZero() ? new Dec(0) : r;
}

const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The value to round: a Dec, a plain decimal string, or a safe integer; anything else is a typed error. */
function roundInput(value: unknown): Dec {
  if (value instanceof Dec) {
    if (!value.isFinite())
      throw new HuiwuError('AMOUNT_NOT_FINITE', `round: ${value.toString()} is not a finite number`);
    return value;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new HuiwuError('AMOUNT_NOT_FINITE', `round: ${value} is not a finite number`);
    if (!Number.isSafeInteger(value))
      throw new HuiwuError(
        'AMOUNT_UNSAFE_NUMBER',
        `round: the number ${value} is not exact as a JS number; pass it as a decimal string`,
      );
    return new Dec(value);
  }
  if (typeof value !== 'string')
    throw new HuiwuError(
      'AMOUNT_TYPE',
      `round: expected a Dec or a decimal string, got ${value === null ? 'null' : typeof value}`,
    );
  const t = value.trim();
  if (/^[+-]?(?:NaN|Infinity)$/i.test(t))
    throw new HuiwuError('AMOUNT_NOT_FINITE', `round: "${t}" is not a finite number`);
  if (!PLAIN.test(t))
    throw new HuiwuError(
      'AMOUNT_SYNTAX',
      `round: "${t.slice(0, 40)}" is not a plain decimal number (use parseAmount for 1,234.56 or 1.5万元)`,
    );
  return new Dec(t);
}

/**
 * Number of decimal places a figure was written with (`"1.00"` → 2, `"45000"` → 0, `"1.2e3"` → 0).
 * Used to judge stated figures at the precision they were written to.
 *
 * @example
 * ```ts
 * writtenPlaces('40048.00'); // 2
 * ```
 */
export function writtenPlaces(text: string): number {
  const m = /^[^.eE]*(?:\.(\d*))?(?:[eE]([+-]?\d+))?/.exec(text.trim());
  const frac = m?.[1]?.length ?? 0;
  const exp = m?.[2] ? Number.parseInt(m[2], 10) : 0;
  return Math.max(0, frac - exp);
}
