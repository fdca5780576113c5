import { HuiwuError } from '../errors.js';
import { Dec } from './dec.js';

/** Money units the documents use. 元 is the base; 角 and 分 are tenths and hundredths. */
export type MoneyUnit = '元' | '万元' | '亿元' | '角' | '分';

/** Money units a budget or section may be stated in. */
export type BudgetUnit = '元' | '万元' | '亿元';

/**
 * Scale of each unit relative to 元, as a power of ten.
 *
 * @example
 * ```ts
 * UNIT_EXPONENT['万元']; // 4
 * ```
 */
export const UNIT_EXPONENT: Readonly<Record<MoneyUnit, number>> = Object.freeze({
  元: 0,
  万元: 4,
  亿元: 8,
  角: -1,
  分: -2,
});

/**
 * Converts a value stated in `unit` to 元, exactly (a shift of the decimal point, never a float).
 *
 * @example
 * ```ts
 * toYuan('1.5', '万元').toString(); // '15000'
 * ```
 */
export function toYuan(value: Dec | string, unit: MoneyUnit): Dec {
  if (!isMoneyUnit(unit)) throw new HuiwuError('UNIT_UNKNOWN', `unknown money unit "${String(unit)}"`);
  const exp = UNIT_EXPONENT[unit];
  return new Dec(value).times(new Dec(10).pow(exp));
}

/**
 * Converts a value in 元 to `unit`, exactly.
 *
 * @example
 * ```ts
 * fromYuan('48700', '万元').toString(); // '4.87'
 * ```
 */
export function fromYuan(value: Dec | string, unit: MoneyUnit): Dec {
  if (!isMoneyUnit(unit)) throw new HuiwuError('UNIT_UNKNOWN', `unknown money unit "${String(unit)}"`);
  const exp = UNIT_EXPONENT[unit];
  return new Dec(value).dividedBy(new Dec(10).pow(exp));
}

/**
 * True when `u` is one of the money units.
 *
 * @example
 * ```ts
 * isMoneyUnit('万元'); // true
 * isMoneyUnit('美元'); // false
 * ```
 */
export function isMoneyUnit(u: unknown): u is MoneyUnit {
  return typeof u === 'string' && Object.hasOwn(UNIT_EXPONENT, u);
}
