import { HuiwuError } from '../errors.js';
import { type AmountInput, Dec, isDecimal } from './dec.js';
import { scanFixed, scanned } from './scan.js';
import { type MoneyUnit, UNIT_EXPONENT } from './units.js';

/** Options shared by {@link parseAmount} and {@link parseDecimal}. */
export interface ParseOptions {
  /** Where the value sits in the user's input; copied into any error. */
  path?: readonly (string | number)[];
  /**
   * Accept JS numbers that are not safe integers (e.g. `19.99`), read as their shortest
   * round-trip decimal (`String(n)`). Off by default: a float literal is usually a bug.
   */
  allowFloat?: boolean;
}

/** Options for {@link parseAmount}. */
export interface ParseAmountOptions extends ParseOptions {
  /** Unit of a value written without one. Default `'元'`. */
  unit?: MoneyUnit;
}

/** Longest string accepted, so a pasted novel fails fast instead of allocating. */
const MAX_LENGTH = 200;
/** Integer digits allowed: 10^30 yuan is far beyond any budget yet within {@link Dec}'s precision. */
const MAX_INT_DIGITS = 30;
const MAX_FRACTION_DIGITS = 20;

const SUFFIX_UNITS: Readonly<Record<string, MoneyUnit>> = {
  元: '元',
  块: '元',
  万元: '万元',
  万: '万元',
  萬元: '万元',
  萬: '万元',
  亿元: '亿元',
  亿: '亿元',
  億元: '亿元',
  億: '亿元',
  角: '角',
  分: '分',
};

// Linear-time pattern: no nested quantifiers over the same characters.
const NUMBER_RE = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?(?:[eE]([+-]?\d{1,6}))?$/;

/**
 * Folds full-width digits and signs to ASCII and removes spaces (thin, ideographic and no-break too).
 * Only characters that cannot change the value are touched.
 *
 * @example
 * ```ts
 * foldWidth('４５，０００．５０'); // '45,000.50'
 * ```
 */
export function foldWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
    else if (ch === '．') out += '.';
    else if (ch === '，') out += ',';
    else if (ch === '－' || ch === '−' || ch === '–') out += '-';
    else if (ch === '＋') out += '+';
    else if (ch === 'Ｅ' || ch === 'ｅ') out += 'e';
    else if (ch === ' ' || ch === '\u3000' || ch === '\u00a0' || ch === '\u2009' || ch === '\t') continue;
    else out += ch;
  }
  return out;
}

function fail(
  code: 'AMOUNT_SYNTAX' | 'AMOUNT_EMPTY' | 'AMOUNT_RANGE',
  msg: string,
  opts: ParseOptions,
): never {
  throw new HuiwuError(code, msg, opts.path ? { path: opts.path } : {});
}

function show(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}

function parseNumberString(raw: string, opts: ParseOptions): { value: Dec; unit: MoneyUnit | undefined } {
  // Plain decimals ("2400", "-3700.50") are most of what real input holds; they need no folding.
  if (scanFixed(raw)) return { value: new Dec(scanned.m === 0 ? 0 : raw), unit: undefined };
  if (raw.length > MAX_LENGTH)
    fail(
      'AMOUNT_RANGE',
      `amount text is ${raw.length} characters long; at most ${MAX_LENGTH} are accepted`,
      opts,
    );
  let s = foldWidth(raw);
  if (s === '') fail('AMOUNT_EMPTY', 'amount is empty; write 0 if the amount is zero', opts);
  // -¥3,700.00 is what formatCurrency writes for a negative amount: the sign goes before the ¥.
  const sign = /^[-−]\s*[¥￥]/.test(s) ? '-' : '';
  if (sign) s = s.replace(/^[-−]\s*/, '');
  if (s.startsWith('¥') || s.startsWith('￥')) s = sign + s.slice(1);
  else if (s.startsWith('人民币')) s = s.slice(3);
  let unit: MoneyUnit | undefined;
  for (const suffix of ['万元', '萬元', '亿元', '億元', '元', '块', '万', '萬', '亿', '億', '角', '分']) {
    if (s.endsWith(suffix)) {
      unit = SUFFIX_UNITS[suffix];
      s = s.slice(0, -suffix.length);
      break;
    }
  }
  const m = NUMBER_RE.exec(s);
  if (!m || (m[2] === undefined && m[3] === undefined)) {
    fail(
      'AMOUNT_SYNTAX',
      `${show(raw)} is not a number (expected digits like "2400", "-3700.50", "48,700" or "1.5万元")`,
      opts,
    );
  }
  const intDigits = (m[2] ?? '').replace(/,/g, '').replace(/^0+(?=\d)/, '');
  const frac = m[3] ?? '';
  const exp = m[4] ? Number.parseInt(m[4], 10) : 0;
  if (!/[1-9]/.test(intDigits) && !/[1-9]/.test(frac)) return { value: new Dec(0), unit };
  // Bound the magnitude before building the Decimal so "1e400" is a range error, not Infinity.
  const magnitude = (intDigits === '0' || intDigits === '' ? 0 : intDigits.length) + exp;
  if (magnitude > MAX_INT_DIGITS)
    fail('AMOUNT_RANGE', `${show(raw)} has more than ${MAX_INT_DIGITS} integer digits`, opts);
  if (frac.length - exp > MAX_FRACTION_DIGITS) {
    fail('AMOUNT_RANGE', `${show(raw)} has more than ${MAX_FRACTION_DIGITS} decimal places`, opts);
  }
  const text = `${m[1] === '-' ? '-' : ''}${intDigits || '0'}${frac ? `.${frac}` : ''}${exp ? `e${exp}` : ''}`;
  let value = new Dec(text);
  if (value.isZero()) value = new Dec(0); // no -0 leaks out
  return { value, unit };
}

function fromNonString(input: unknown, opts: ParseOptions): Dec {
  if (typeof input === 'bigint') {
    const s = input.toString();
    if (s.replace('-', '').length > MAX_INT_DIGITS)
      fail('AMOUNT_RANGE', `${s.slice(0, 40)}… has more than ${MAX_INT_DIGITS} digits`, opts);
    return new Dec(s);
  }
  if (typeof input === 'number') {
    const where = opts.path ? { path: opts.path } : {};
    if (!Number.isFinite(input))
      throw new HuiwuError('AMOUNT_NOT_FINITE', `${String(input)} is not a finite amount`, where);
    if (Number.isSafeInteger(input)) return new Dec(input === 0 ? 0 : input);
    if (!opts.allowFloat) {
      throw new HuiwuError(
        'AMOUNT_UNSAFE_NUMBER',
        `the JS number ${String(input)} may not be exact; pass it as a string ("${String(input)}") or set allowFloat`,
        where,
      );
    }
    return parseNumberString(String(input), opts).value;
  }
  if (isDecimal(input)) {
    if (!input.isFinite()) {
      throw new HuiwuError(
        'AMOUNT_NOT_FINITE',
        `${input.toString()} is not a finite amount`,
        opts.path ? { path: opts.path } : {},
      );
    }
    return input.isZero() ? new Dec(0) : new Dec(input);
  }
  const kind = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
  throw new HuiwuError(
    'AMOUNT_TYPE',
    `expected an amount (decimal string, Decimal, bigint or safe integer), got ${kind}`,
    opts.path ? { path: opts.path } : {},
  );
}

/**
 * Parses a money amount and returns it in 元, exactly.
 *
 * Accepts decimal strings (`"2400"`, `"-3700.50"`, `"1e3"`), grouping (`"48,700"`), full-width digits
 * (`"４５０００"`), a ¥ or 人民币 prefix, unit suffixes 元/万元/亿元/万/亿/角/分, a `Decimal`, a `bigint`,
 * and JS numbers when they are safe integers (others only with `allowFloat`). Anything else throws a
 * {@link HuiwuError} with code `AMOUNT_*` — never a silent 0.
 *
 * @example
 * ```ts
 * parseAmount('1.5万元').toString(); // '15000'
 * parseAmount('3亿').toString();     // '300000000'
 * parseAmount('48,700').toString();  // '48700'
 * parseAmount(19.99);                // throws HuiwuError AMOUNT_UNSAFE_NUMBER
 * ```
 */
export function parseAmount(input: AmountInput, opts: ParseAmountOptions = {}): Dec {
  if (typeof input !== 'string') {
    const v = fromNonString(input, opts);
    return opts.unit && opts.unit !== '元' ? v.times(new Dec(10).pow(UNIT_EXPONENT[opts.unit])) : v;
  }
  const { value, unit } = parseNumberString(input, opts);
  const u = unit ?? opts.unit ?? '元';
  const exp = UNIT_EXPONENT[u];
  return exp === 0 ? value : value.times(new Dec(10).pow(exp));
}

/**
 * Parses a plain decimal (a quantity, a count, a factor): like {@link parseAmount} but a money unit
 * suffix is an error, since a quantity of "5元" is almost certainly a mistake.
 *
 * @example
 * ```ts
 * parseDecimal('１２０').toString(); // '120'
 * parseDecimal('2.5').toString();   // '2.5'
 * ```
 */
export function parseDecimal(input: AmountInput, opts: ParseOptions = {}): Dec {
  if (typeof input !== 'string') return fromNonString(input, opts);
  const { value, unit } = parseNumberString(input, opts);
  if (unit !== undefined) {
    throw new HuiwuError(
      'AMOUNT_SYNTAX',
      `${show(input)} carries a money unit where a plain number is expected`,
      opts.path ? { path: opts.path } : {},
    );
  }
  return value;
}

/**
 * Like {@link parseAmount} but returns a result instead of throwing.
 *
 * @example
 * ```ts
 * const r = tryParseAmount('12abc');
 * if (!r.ok) console.log(r.error.code); // 'AMOUNT_SYNTAX'
 * ```
 */
export function tryParseAmount(
  input: AmountInput,
  opts: ParseAmountOptions = {},
): { ok: true; value: Dec } | { ok: false; error: HuiwuError } {
  try {
    return { ok: true, value: parseAmount(input, opts) };
  } catch (e) {
    if (e instanceof HuiwuError) return { ok: false, error: e };
    throw e;
  }
}
