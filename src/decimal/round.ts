import Decimal from 'decimal.js';
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
  const r = MODES[mode];
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
  const v = new Dec(value);
  if (places >= 0) return v.toDecimalPlaces(places, rm);
  const step = new Dec(10).pow(-places);
  return v.dividedBy(step).toDecimalPlaces(0, rm).times(step);
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
