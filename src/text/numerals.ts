import { Dec } from '../decimal/dec.js';
import { HuiwuError } from '../errors.js';

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNITS: Readonly<Record<string, bigint>> = {
  十: 10n,
  拾: 10n,
  百: 100n,
  佰: 100n,
  千: 1000n,
  仟: 1000n,
};

/**
 * True when `c` can be part of a Chinese numeral (digits 零〇一二两…九, their financial forms, 十百千万亿).
 *
 * @example
 * ```ts
 * isChineseNumeralChar('万'); // true
 * isChineseNumeralChar('元'); // false
 * ```
 */
export function isChineseNumeralChar(c: string): boolean {
  return c.length === 1 && NUMERAL_CODES.has(c.charCodeAt(0));
}

// A Set of char codes: this test runs on every character of a document.
const NUMERAL_CODES: ReadonlySet<number> = new Set(
  [...Object.keys(DIGITS), ...Object.keys(SMALL_UNITS), '万', '亿', '萬', '億'].map((c) => c.charCodeAt(0)),
);

function parseInteger(s: string): bigint | undefined {
  if (s === '') return undefined;
  let hasUnit = false;
  for (const c of s) if (!(c in DIGITS)) hasUnit = true;
  if (!hasUnit) {
    // Digit by digit: 二〇一一 → 2011, 五 → 5.
    let v = 0n;
    for (const c of s) v = v * 10n + BigInt(DIGITS[c]!);
    return s.length > 1 && (s.startsWith('零') || s.includes('两')) ? undefined : v;
  }
  let high = 0n; // accumulated up to the last 亿
  let mid = 0n; // the 万 group inside the current 亿 group
  let midSet = false;
  let section = 0n; // below 万
  let digit: bigint | undefined;
  let lastSmall = 10000n; // units inside a section must fall: 千 > 百 > 十
  let lastUnit = 0n; // the unit just passed, for 一万五 / 三千五 (an elided trailing unit)
  let zeroSinceUnit = false;
  for (const c of s) {
    if (c in DIGITS) {
      const d = BigInt(DIGITS[c]!);
      if (d === 0n) {
        if (digit !== undefined) return undefined;
        zeroSinceUnit = true;
        lastUnit = 0n;
        continue;
      }
      if (digit !== undefined) return undefined;
      digit = d;
      continue;
    }
    const u = SMALL_UNITS[c];
    if (u !== undefined) {
      if (u >= lastSmall) return undefined;
      let d = digit;
      if (d === undefined) {
        // 十五 = 15 and 一百一十 = 110: a bare 十 means one ten; other bare units are malformed.
        if (u === 10n) d = 1n;
        else return undefined;
      }
      section += d * u;
      digit = undefined;
      lastSmall = u;
      lastUnit = u;
      zeroSinceUnit = false;
      continue;
    }
    if (c === '万' || c === '萬') {
      if (midSet) return undefined;
      const g = section + (digit ?? 0n);
      if (g === 0n && high === 0n) return undefined;
      mid = g * 10000n;
      midSet = true;
      section = 0n;
      digit = undefined;
      lastSmall = 10000n;
      lastUnit = 10000n;
      zeroSinceUnit = false;
      continue;
    }
    if (c === '亿' || c === '億') {
      const g = high + mid + section + (digit ?? 0n);
      if (g === 0n) return undefined;
      high = g * 100000000n;
      mid = 0n;
      midSet = false;
      section = 0n;
      digit = undefined;
      lastSmall = 10000n;
      lastUnit = 100000000n;
      zeroSinceUnit = false;
      continue;
    }
    return undefined;
  }
  let tail = digit ?? 0n;
  // 一万五 = 15000, 三千五 = 3500: a last digit right after a unit (no 零) counts one place lower.
  if (digit !== undefined && lastUnit >= 100n && !zeroSinceUnit) tail = digit * (lastUnit / 10n);
  return high + mid + section + tail;
}

/**
 * Parses a Chinese numeral — 一百二十二, 两万, 三千五百万, 〇/零, 十五, 二〇一一, financial forms 壹贰叁,
 * colloquial 一万五 — or a mixed form with Arabic digits (1.5万, 12亿, ３千). Also reads 一点五 (1.5).
 * Returns `undefined` when the text is not a well-formed numeral; throws only for non-string input.
 *
 * @example
 * ```ts
 * parseChineseNumber('三千五百万')?.toString(); // '35000000'
 * parseChineseNumber('一百二十二')?.toString(); // '122'
 * parseChineseNumber('1.5万')?.toString();      // '15000'
 * parseChineseNumber('元');                     // undefined
 * ```
 */
export function parseChineseNumber(text: string): Dec | undefined {
  if (typeof text !== 'string') throw new HuiwuError('TEXT_INPUT', `expected a string, got ${typeof text}`);
  const s = text.trim();
  if (s === '' || s.length > 64) return undefined;
  // Mixed: Arabic digits with a 十/百/千/万/亿 multiplier (1.5万, 12亿, 3千万).
  const mixed = /^(\d+(?:\.\d+)?)([十百千万亿萬億]{1,3})$/.exec(s);
  if (mixed) {
    let v = new Dec(mixed[1]!);
    for (const c of mixed[2]!) {
      const u = SMALL_UNITS[c];
      v = v.times(u !== undefined ? u.toString() : c === '万' || c === '萬' ? 10000 : 100000000);
    }
    return v;
  }
  if (/^\d+(?:\.\d+)?$/.test(s)) return new Dec(s);
  const point = s.indexOf('点');
  if (point >= 0) {
    const int = parseInteger(s.slice(0, point));
    const frac = s.slice(point + 1);
    if (int === undefined || frac === '') return undefined;
    let digits = '';
    for (const c of frac) {
      const d = DIGITS[c];
      if (d === undefined || c === '两') return undefined;
      digits += String(d);
    }
    return new Dec(`${int.toString()}.${digits}`);
  }
  const v = parseInteger(s);
  return v === undefined ? undefined : new Dec(v.toString());
}

const FMT_DIGITS = '零一二三四五六七八九';
const FMT_UNITS = ['', '十', '百', '千'];

function formatSection(n: number): string {
  // n < 10000
  let out = '';
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const d = Math.trunc(n / 10 ** p) % 10;
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += FMT_DIGITS[d]! + FMT_UNITS[p]!;
  }
  return out;
}

function formatBig(v: bigint): string {
  if (v < 10000n) return formatSection(Number.parseInt(v.toString(), 10));
  const [base, name] = v < 100000000n ? [10000n, '万'] : [100000000n, '亿'];
  const hi = v / base;
  const lo = v % base;
  if (lo === 0n) return formatBig(hi) + name;
  return formatBig(hi) + name + (lo * 10n < base ? '零' : '') + formatBig(lo);
}

/**
 * Writes a non-negative integer in standard Chinese numerals (the inverse of
 * {@link parseChineseNumber}): 122 → 一百二十二, 35000000 → 三千五百万, 10 → 十, 0 → 零.
 *
 * @example
 * ```ts
 * formatChineseNumber(35000000n); // '三千五百万'
 * formatChineseNumber('1005');    // '一千零五'
 * ```
 */
export function formatChineseNumber(value: bigint | string | Dec): string {
  const v = typeof value === 'bigint' ? value : BigInt(new Dec(value).toFixed(0));
  if (v < 0n || new Dec(v.toString()).toFixed(0) !== v.toString()) {
    throw new HuiwuError(
      'TEXT_INPUT',
      `formatChineseNumber needs a non-negative integer, got ${String(value)}`,
    );
  }
  if (v === 0n) return '零';
  const out = formatBig(v);
  return out.startsWith('一十') ? out.slice(1) : out;
}
