import { HuiwuError } from '../errors.js';
import { type AmountInput, Dec } from './dec.js';
import { parseAmount } from './parse.js';

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const IN_GROUP = ['', '拾', '佰', '仟'] as const;
const GROUPS = ['', '万', '亿', '万亿'] as const;
/** 大写 amounts are written up to 9999万亿 (10^16 元); beyond that no accounting form has a place for them. */
const LIMIT = new Dec('1e16');

/**
 * Writes an amount in Chinese uppercase (大写金额) by the rules of the People's Bank of China for
 * filling in payment instruments (《支付结算办法》附件一《正确填写票据和结算凭证的基本规定》):
 * 整 after 元 when there are no 角/分; no 整 after 角 or 分; one 零 for a run of zeros inside the
 * number; 零 after 元 when 角 is zero and 分 is not; 壹拾 rather than 拾. Where the rules allow
 * either form (a zero in the 万 or 元 place before a non-zero 千 or 角), huiwu writes the shorter one,
 * and {@link parseChineseUppercase} reads both.
 *
 * Amounts must be whole 分; a value with more places is an error unless it is rounded first.
 *
 * @example
 * ```ts
 * toChineseUppercase('45000');   // '肆万伍仟元整'
 * toChineseUppercase('1005.20'); // '壹仟零伍元贰角'
 * toChineseUppercase('16409.02'); // '壹万陆仟肆佰零玖元零贰分'
 * toChineseUppercase('-3700');   // '负叁仟柒佰元整'
 * ```
 */
export function toChineseUppercase(value: AmountInput): string {
  const d = parseAmount(value);
  if (!d.times(100).isInteger()) {
    throw new HuiwuError(
      'AMOUNT_PRECISION',
      `${d.toString()} has more than two decimal places; round it to 分 first`,
    );
  }
  if (d.abs().gte(LIMIT))
    throw new HuiwuError(
      'AMOUNT_RANGE',
      `${d.toFixed()} is too large for an uppercase amount (limit 9999万亿)`,
    );
  // Work on the digit string of whole 分: exact, and no float anywhere.
  const fenDigits = d.abs().times(100).toFixed(0).padStart(3, '0');
  const yuanDigits = fenDigits.slice(0, -2).replace(/^0+/, '');
  const jiao = fenDigits.charCodeAt(fenDigits.length - 2) - 48;
  const f = fenDigits.charCodeAt(fenDigits.length - 1) - 48;
  let out = d.isNegative() ? '负' : '';
  if (yuanDigits) out += `${integerUpper(yuanDigits)}元`;
  if (jiao === 0 && f === 0) return yuanDigits ? `${out}整` : '零元整';
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuanDigits) out += '零';
  if (f > 0) out += `${DIGITS[f]}分`;
  return out;
}

function integerUpper(digits: string): string {
  const groups: number[] = [];
  for (let end = digits.length; end > 0; end -= 4) {
    let v = 0;
    for (let i = Math.max(0, end - 4); i < end; i++) v = v * 10 + (digits.charCodeAt(i) - 48);
    groups.push(v);
  }
  let out = '';
  let pendingZero = false;
  for (let g = groups.length - 1; g >= 0; g--) {
    const v = groups[g]!;
    if (v === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (out !== '' && (pendingZero || v < 1000)) out += '零';
    pendingZero = false;
    out += groupUpper(v) + GROUPS[g]!;
  }
  return out;
}

function groupUpper(v: number): string {
  let out = '';
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const digit = Math.floor(v / 10 ** p) % 10;
    if (digit === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[digit]! + IN_GROUP[p]!;
  }
  return out;
}

const DIGIT_VALUE: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  壹: 1,
  贰: 2,
  貳: 2,
  叁: 3,
  參: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  陸: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const SMALL_UNIT: Readonly<Record<string, bigint>> = { 拾: 10n, 佰: 100n, 仟: 1000n };

/**
 * Reads a Chinese uppercase amount back into an exact decimal (元). Accepts both forms the rules
 * allow, Traditional characters (圓, 萬, 億, 貳, 參, 陸), a 人民币 prefix, 正 for 整, and 负 for negatives.
 * Anything that is not a well-formed uppercase amount is a {@link HuiwuError} `UPPERCASE_SYNTAX`.
 *
 * @example
 * ```ts
 * parseChineseUppercase('肆万伍仟元整').toString();  // '45000'
 * parseChineseUppercase('壹仟零伍元贰角').toString(); // '1005.2'
 * ```
 */
export function parseChineseUppercase(text: string): Dec {
  return readUppercase(text, false);
}

/**
 * Reads an uppercase amount the way a reader would who ignores its faults of form (a missing or extra
 * 零, 零角, a repeated 万): for telling what a malformed 大写 was meant to say, never for accepting it.
 *
 * @example
 * ```ts
 * readUppercaseLoosely('柒仟玖佰捌拾贰元零角叁分').toString(); // '7982.03'
 * ```
 */
export function readUppercaseLoosely(text: string): Dec {
  return readUppercase(text, true);
}

/**
 * Every way a reader might take a malformed uppercase amount: as {@link readUppercaseLoosely}, and,
 * when 万 is repeated, with the earlier 万 nested in the later one (壹拾贰万叁仟肆佰伍拾陆万柒仟捌佰玖拾 as
 * 123456万 + 7890), the way 万万 means 亿.
 *
 * @example
 * ```ts
 * readingsOfUppercase('伍万叁万元').map(String); // ['80000', '500030000']
 * ```
 */
export function readingsOfUppercase(text: string): Dec[] {
  const out = [readUppercase(text, true)];
  try {
    const nested = readUppercase(text, true, true);
    if (!nested.eq(out[0]!)) out.push(nested);
  } catch {
    // The nested reading fails where the plain one holds: one reading only.
  }
  return out;
}

function readUppercase(text: string, loose: boolean, nestWan = false): Dec {
  let at = 0;
  function bad(why: string): never {
    throw new UppercaseSyntaxError(
      `${typeof text === 'string' ? JSON.stringify(text.slice(0, 40)) : `a ${typeof text}`} is not an uppercase amount: ${why}`,
      why,
      at,
    );
  }
  if (typeof text !== 'string') bad('not a string');
  const lead = text.length - text.trimStart().length;
  let s = text.trim().replace(/圓|圆/g, '元').replace(/萬/g, '万').replace(/億/g, '亿');
  let base = lead;
  const prefix = /^(人民币|人民幣)/.exec(s);
  if (prefix) {
    s = s.slice(prefix[0].length);
    base += prefix[0].length;
  }
  let neg = false;
  if (s.startsWith('负') || s.startsWith('負')) {
    neg = true;
    s = s.slice(1);
    base += 1;
  }
  if (s === '') bad('empty');
  let total = 0n; // whole 元 already closed by 亿
  let yiGroups = 0;
  let section = 0n; // below 亿, closed by 万
  let group = 0n; // below 万
  let digit: bigint | null = null;
  let lastSmall = 10000n;
  let fen = 0n;
  let state: 'int' | 'jiao' | 'fen' | 'end' = 'int';
  let sawYuan = false;
  let sawAny = false;
  // Where 零 is due: after 万 or 亿 when the next group does not start at 仟, between two places that
  // skip one, and between 元 and 分 without 角 (the PBoC rules). A missing or doubled 零 is a fault.
  let zero = false; // a 零 since the last unit
  let prevZero = false;
  let afterBig = false; // right after a 万 or 亿 with a number above it
  let seenWan = false; // a 万 in the current 亿 section
  const above = () => total + section + group > 0n;
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    at = base + i;
    if (state === 'end' && loose && (ch === '整' || ch === '正')) continue;
    if (state === 'end') bad(`unexpected "${ch}" after 整`);
    const dv = DIGIT_VALUE[ch];
    if (dv !== undefined) {
      if (digit !== null && dv !== 0) bad(`two digits in a row before "${ch}"`);
      if (dv === 0) {
        if (prevZero && !loose) bad('零 twice in a row');
        zero = true;
        prevZero = true;
      } else prevZero = false;
      digit = dv === 0 ? (digit ?? null) : BigInt(dv);
      sawAny = true;
      continue;
    }
    const wasZero = prevZero;
    prevZero = false;
    const small = SMALL_UNIT[ch];
    if (small !== undefined && state === 'int') {
      if (small >= lastSmall) bad(`"${ch}" out of order`);
      // 拾 alone is read as 壹拾 (common in handwriting); other places need their digit.
      if (digit === null && small !== 10n) bad(`"${ch}" needs a digit before it`);
      if (wasZero && !loose) bad(`零 right before "${ch}"`);
      if (!loose && afterBig && small !== 1000n && !zero)
        bad(`零 missing before "${ch}" (a place after 万 or 亿 is empty)`);
      if (!loose && lastSmall < 10000n && small * 10n < lastSmall && !zero)
        bad(`零 missing before "${ch}" (a place is empty)`);
      group += (digit ?? 1n) * small;
      sawAny = true;
      digit = null;
      lastSmall = small;
      zero = false;
      afterBig = false;
      continue;
    }
    const closesGroup = (ch === '万' || ch === '亿' || ch === '元') && state === 'int';
    // Checked after each unit's own order rules, so an out-of-order unit is named as such.
    const zeroFault = (): void => {
      if (!closesGroup || loose) return;
      if (wasZero && above()) bad(`零 right before "${ch}"`);
      if (digit !== null && digit !== 0n && !zero && (afterBig || (lastSmall < 10000n && lastSmall > 10n)))
        bad(`零 missing before the last digit of "${ch}" (a place is empty)`);
    };
    if (ch === '万' && state === 'int') {
      if (seenWan && !loose) bad('万 out of order');
      zeroFault();
      group += digit ?? 0n;
      digit = null;
      if (group === 0n && !(nestWan && seenWan)) bad('万 without a number');
      section = nestWan && seenWan ? (section + group) * 10000n : section + group * 10000n;
      group = 0n;
      lastSmall = 10000n;
      seenWan = true;
      afterBig = true;
      zero = false;
      continue;
    }
    if (ch === '亿' && state === 'int') {
      group += digit ?? 0n;
      digit = null;
      const part = section + group;
      if (part === 0n) bad('亿 without a number');
      // A second 亿 may only follow a whole number of 万亿 and add fewer than 一万 亿 below it:
      // 壹万亿肆仟亿 = 1.4e12, but 壹亿壹亿 or 伍仟亿壹亿 are not amounts.
      if (yiGroups === 1 && (total % 1000000000000n !== 0n || part >= 10000n)) bad('亿 out of order');
      if (yiGroups >= 2) bad('亿 out of order');
      zeroFault();
      yiGroups++;
      total += part * 100000000n;
      section = 0n;
      group = 0n;
      lastSmall = 10000n;
      seenWan = false;
      afterBig = true;
      zero = false;
      continue;
    }
    if (ch === '元' && state === 'int') {
      zeroFault();
      group += digit ?? 0n;
      digit = null;
      sawYuan = true;
      state = 'jiao';
      zero = false;
      afterBig = false;
      continue;
    }
    if (loose && (ch === '角' || ch === '分') && wasZero && digit === null) {
      state = ch === '角' ? 'fen' : 'end';
      continue;
    }
    if (ch === '角' && state !== 'fen') {
      if (state === 'int' && (group || section || total)) bad('角 before 元');
      if (digit === null || digit === 0n) bad('角 needs a non-zero digit');
      fen += digit * 10n;
      digit = null;
      state = 'fen';
      continue;
    }
    if (ch === '分') {
      if (state === 'int' && (group || section || total)) bad('分 before 元');
      if (digit === null || digit === 0n) bad('分 needs a non-zero digit');
      if (!loose && state === 'jiao' && sawYuan && above() && !zero) bad('零 missing between 元 and 分');
      fen += digit;
      digit = null;
      state = 'end';
      continue;
    }
    if ((ch === '整' || ch === '正') && digit === null && (sawYuan || fen > 0n)) {
      if (wasZero && !loose) bad('零 right before 整');
      state = 'end';
      continue;
    }
    bad(`unexpected "${ch}"`);
  }
  at = base + chars.length;
  if (prevZero && chars.length > 1 && !loose) bad('零 at the end');
  if (digit !== null && digit !== 0n) bad('a digit with no unit after it');
  if (!sawAny) bad('no digits');
  if (!sawYuan && fen === 0n) bad('no 元, 角 or 分');
  const yuan = total + section + group;
  const v = new Dec(`${(yuan * 100n + fen).toString()}e-2`);
  return neg && !v.isZero() ? v.negated() : v;
}

/** The error {@link parseChineseUppercase} throws, with where in the text the fault is. */
export class UppercaseSyntaxError extends HuiwuError {
  /** 0-based offset (UTF-16 code units) in the text given of the character at fault. */
  readonly offset: number;
  /** What is wrong there, in a few words. */
  readonly fault: string;
  constructor(message: string, fault: string, offset: number) {
    super('UPPERCASE_SYNTAX', message);
    this.fault = fault;
    this.offset = offset;
  }
}

/**
 * Where an uppercase amount is malformed, or undefined when it is well formed: the offset of the
 * character at fault and what is wrong there (`伍万叁万元` → offset 3, '万 out of order').
 *
 * @example
 * ```ts
 * uppercaseFault('伍万叁万元'); // { offset: 3, fault: '万 out of order' }
 * uppercaseFault('肆万伍仟元整'); // undefined
 * ```
 */
export function uppercaseFault(text: string): { offset: number; fault: string } | undefined {
  try {
    parseChineseUppercase(text);
    return undefined;
  } catch (e) {
    if (e instanceof UppercaseSyntaxError) return { offset: e.offset, fault: e.fault };
    throw e;
  }
}
