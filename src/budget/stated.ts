import { Dec } from '../decimal/dec.js';
import { foldWidth, parseAmount } from '../decimal/parse.js';
import { writtenPlaces } from '../decimal/round.js';
import { type MoneyUnit, UNIT_EXPONENT } from '../decimal/units.js';
import { HuiwuError } from '../errors.js';

/** A figure a document states, read with everything needed to judge it fairly. */
export interface StatedFigure {
  /** Exactly what the input gave. */
  text: string;
  /** The value in 元; absent when the figure is a placeholder or blank. */
  value?: Dec;
  /** Decimal places of 元 the figure was written to (`"1.5万元"` → -3: a multiple of 1000 元). */
  places: number;
  /** Marked approximate: 约, 大约, 近, 左右, 余, 多, or the item's `approximate` flag. */
  approximate: boolean;
  /** A placeholder or blank (`××`, `xx`, `**`, `待定`, `""`, `null`): the figure is unknown. */
  placeholder: boolean;
}

const PLACEHOLDER = /^(?:[×xX＊*_＿?？/\-—–]+|待定|暂缺|不详|空白|)$/u;
/** A template blank inside a longer figure: `___元至___元`, `××万元`. */
const PLACEHOLDER_MARK = /_{2,}|＿{2,}|[×]|[xX]{2}|\*{2}|待定/u;
const APPROX_PREFIX = /^(?:大约|约|近|逾|超过)/u;
const APPROX_SUFFIX = /(?:左右|上下|以上|余|多)(?=[万亿]?元?$)/u;
const UNIT_SUFFIX = /(万元|萬元|亿元|億元|元|万|萬|亿|億|角|分)$/u;
const UNIT_OF: Readonly<Record<string, MoneyUnit>> = {
  万元: '万元',
  萬元: '万元',
  万: '万元',
  萬: '万元',
  亿元: '亿元',
  億元: '亿元',
  亿: '亿元',
  億: '亿元',
  元: '元',
  角: '角',
  分: '分',
};

/**
 * Reads a stated figure: a number in `unit` (or with its own unit), a placeholder, or an approximate
 * figure. Bad syntax is a {@link HuiwuError} naming `path`; a placeholder is not an error.
 *
 * @example
 * ```ts
 * readStated('约45000', '元', ['total']);  // { value: 45000, approximate: true, places: 0, … }
 * readStated('××', '元', ['total']);       // { placeholder: true, … }
 * readStated('4.87', '万元', ['total']).value?.toString(); // '48700'
 * ```
 */
export function readStated(
  raw: string | number | null | undefined,
  unit: MoneyUnit,
  path: (string | number)[],
  approximateFlag = false,
): StatedFigure | undefined {
  if (raw === undefined) return undefined;
  if (raw === null) return { text: '', places: 0, approximate: approximateFlag, placeholder: true };
  if (typeof raw === 'number') {
    const value = parseAmount(raw, { path, unit });
    return {
      text: String(raw),
      value,
      places: -UNIT_EXPONENT[unit],
      approximate: approximateFlag,
      placeholder: false,
    };
  }
  let s = foldWidth(raw);
  if (PLACEHOLDER.test(s) || (PLACEHOLDER_MARK.test(s) && !/\d/.test(s)))
    return { text: raw, places: 0, approximate: approximateFlag, placeholder: true };
  let approximate = approximateFlag;
  if (APPROX_PREFIX.test(s)) {
    approximate = true;
    s = s.replace(APPROX_PREFIX, '');
  }
  if (APPROX_SUFFIX.test(s)) {
    approximate = true;
    s = s.replace(APPROX_SUFFIX, '');
  }
  const m = UNIT_SUFFIX.exec(s);
  const u = m ? UNIT_OF[m[1]!]! : unit;
  const numeric = m ? s.slice(0, -m[1]!.length) : s;
  if (numeric === '')
    throw new HuiwuError('AMOUNT_SYNTAX', `${JSON.stringify(raw)} has a unit but no number`, { path });
  // 1.5万亿元, 5万分, 5元元: two units stacked are refused here as parseAmount refuses them.
  const second = UNIT_SUFFIX.exec(numeric);
  if (second)
    throw new HuiwuError(
      'AMOUNT_SYNTAX',
      `${JSON.stringify(raw)} has two units (${second[1]} and ${m![1]}); write the amount with one`,
      { path },
    );
  const value = parseAmount(numeric, { path, unit: u });
  return {
    text: raw,
    value,
    places: writtenPlaces(numeric) - UNIT_EXPONENT[u],
    approximate,
    placeholder: false,
  };
}

/**
 * Zero with no sign, for results.
 *
 * @example
 * ```ts
 * ZERO.toString(); // '0'
 * ```
 */
export const ZERO = new Dec(0);
