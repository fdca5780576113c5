import { HuiwuError } from '../errors.js';
import { T2S_TABLE } from './t2s-chars.js';

/**
 * A number typo fixed during normalization: a latin letter that stands where a digit must be
 * (`2o00` → `2000`, `8月2o日` → `8月20日`).
 */
export interface Typo {
  /** 0-based offset of the letter in the normalized line. */
  offset: number;
  /** 0-based UTF-16 column of the letter in the original line. */
  originalColumn: number;
  /** The letter as written. */
  found: string;
  /** The digit it was read as. */
  replacement: string;
}

/**
 * One line after normalization. `origin[i]` is the 0-based UTF-16 column in the original line of
 * the character that produced normalized code unit `i`; `origin[text.length]` is the original
 * line's length, so half-open spans map back too.
 */
export interface NormalizedLine {
  text: string;
  origin: Int32Array;
  typos: Typo[];
}

// Latin letters that may appear in a pinyin gloss: a–z plus tone-marked vowels and ü.
const PINYIN_EXTRA = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
const MAX_GLOSS = 8;

function isPinyinChar(c: string): boolean {
  const k = c.charCodeAt(0);
  return (k >= 97 && k <= 122) || PINYIN_EXTRA.includes(c);
}

function hasToneMark(s: string): boolean {
  for (const c of s) if (PINYIN_EXTRA.includes(c)) return true;
  return false;
}

/**
 * True for a CJK ideograph (BMP unified, extension A, compatibility) or 〇.
 *
 * @example
 * ```ts
 * isCjk('会'.codePointAt(0)!); // true
 * ```
 */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3007
  );
}

let table: Map<number, number> | undefined;

/** The digits that end a number in {@link T2S_TABLE}'s code, in value order. */
const LAST = 'abcdefghijklmnopqrstuvwxyz!#$%&*';

/**
 * The Traditional → Simplified character table as a map of code points, decoded from
 * {@link T2S_TABLE} (generated from OpenCC by scripts/gen-t2s.ts).
 *
 * @example
 * ```ts
 * t2sTable().get(0x6703); // 0x4f1a (會 → 会)
 * ```
 */
export function t2sTable(): Map<number, number> {
  const numbers: number[] = [];
  let n = 0;
  for (let i = 0; i < T2S_TABLE.length; i++) {
    const c = T2S_TABLE.charCodeAt(i);
    const more = c <= 0x39 ? c - 0x30 : c <= 0x56 && c >= 0x41 ? c - 0x37 : -1;
    if (more >= 0) {
      n = n * 32 + more;
      continue;
    }
    numbers.push(n * 32 + LAST.indexOf(T2S_TABLE[i]!));
    n = 0;
  }
  const half = numbers.length / 2;
  const m = new Map<number, number>();
  let from = 0;
  let to = 0;
  for (let i = 0; i < half; i++) {
    from += numbers[i]!;
    const z = numbers[half + i]!;
    to += z % 2 ? -(z + 1) / 2 : z / 2;
    m.set(from, to);
  }
  return m;
}

/** The Simplified form of one UTF-16 code unit, or the unit itself. */
function t2sCode(k: number): number {
  if (!table) {
    table = t2sTable();
  }
  return table.get(k) ?? k;
}

/**
 * Folds one full-width ASCII form (U+FF01–FF5E) or the ideographic space to its half-width form.
 * Brackets and quotes that carry meaning in Chinese (《》“”、。) are kept.
 */
function foldChar(k: number): number {
  if (k >= 0xff01 && k <= 0xff5e) return k - 0xfee0;
  if (k === 0x3000) return 32;
  // ︰ and ﹕ (vertical and small forms) are a colon: 9︰00.
  if (k === 0xfe30 || k === 0xfe55) return 58;
  return k;
}

const isDigitCode = (k: number): boolean => k >= 48 && k <= 57;

/** Characters with no glyph that text copied from the web or a PDF may carry. */
function isInvisible(k: number): boolean {
  return (
    k === 0 ||
    k === 0xad ||
    (k >= 0x200b && k <= 0x200f) ||
    (k >= 0x2060 && k <= 0x2064) ||
    k === 0xfeff ||
    (k >= 0x0300 && k <= 0x036f) ||
    (k >= 0xfe00 && k <= 0xfe0f)
  );
}

/**
 * Normalizes one line of text (no line breaks) for claim extraction, keeping a map back to the
 * original columns. Steps, in one pass each: drop pinyin glosses written after a CJK character
 * (`會(huì)議` → `會議`), fold full-width forms to half-width (`１２０：` → `120:`), convert
 * Traditional to Simplified Chinese character by character (OpenCC's character table, so positions
 * stay exact and no phrase tables are shipped), and read a letter `o`/`O`/`l` between digits as a digit (`2o00`).
 * Linear in the line's length.
 *
 * @example
 * ```ts
 * const n = normalizeLine('會(huì)議費(fèi)：２o00元');
 * n.text;        // '会议费:2000元'
 * n.origin[4];   // 14  (the '２' sits at column 14 of the original, 0-based)
 * n.typos[0];    // { offset: 5, originalColumn: 15, found: 'o', replacement: '0' }
 * ```
 */
export function normalizeLine(line: string): NormalizedLine {
  const n = line.length;
  const codes: number[] = [];
  const origin: number[] = [];
  let i = 0;
  while (i < n) {
    const k = line.charCodeAt(i);
    // Invisible characters (zero-width spaces and joiners, a BOM, a soft hyphen, NUL, combining marks)
    // would cut a number in two (1\u200b5000元 read as 5000): they are dropped, positions kept.
    if (isInvisible(k)) {
      i++;
      continue;
    }
    // A gloss is '(' letters ')' right after a CJK char, with at least one tone mark or all lower case.
    if ((k === 40 || k === 0xff08) && codes.length > 0 && isCjk(codes[codes.length - 1]!)) {
      const close = k === 40 ? ')' : '）';
      let j = i + 1;
      while (j < n && j - i - 1 <= MAX_GLOSS && isPinyinChar(line[j]!)) j++;
      const body = line.slice(i + 1, j);
      if (j < n && line[j] === close && body.length >= 1 && body.length <= MAX_GLOSS) {
        // A bare latin word in brackets after Chinese, e.g. 公司(ltd), is kept unless it has a tone mark
        // or is short enough to be a syllable.
        if (hasToneMark(body) || body.length <= 6) {
          i = j + 1;
          continue;
        }
      }
    }
    if (k >= 0xd800 && k <= 0xdbff && i + 1 < n) {
      codes.push(k, line.charCodeAt(i + 1));
      origin.push(i, i);
      i += 2;
      continue;
    }
    // Traditional → Simplified, character by character: figures and names need characters, not
    // OpenCC's phrase tables (a conversion that would change a line's length is not in the table).
    const f = foldChar(k);
    codes.push(f >= 0x2e80 ? t2sCode(f) : f);
    origin.push(i);
    i++;
  }
  let text = fromCodes(codes);
  const typos: Typo[] = [];
  text = fixDigitTypos(text, origin, typos);
  const map = new Int32Array(origin.length + 1);
  for (let p = 0; p < origin.length; p++) map[p] = origin[p]!;
  map[origin.length] = n;
  return { text, origin: map, typos };
}

/** `String.fromCharCode(...codes)` overflows the stack on long lines; this builds in slices. */
function fromCodes(codes: number[]): string {
  let s = '';
  for (let i = 0; i < codes.length; i += 4096) s += String.fromCharCode(...codes.slice(i, i + 4096));
  return s;
}

const TYPO_LETTERS: Readonly<Record<string, string>> = { o: '0', O: '0', l: '1' };

function fixDigitTypos(text: string, origin: number[], typos: Typo[]): string {
  let out: string[] | undefined;
  for (let p = 1; p < text.length; p++) {
    const k = text.charCodeAt(p);
    // o, O, l only (checked by code first: this loop sees every character).
    if (k !== 111 && k !== 79 && k !== 108) continue;
    if (!isDigitCode(text.charCodeAt(p - 1))) continue;
    const c = text[p]!;
    const rep = TYPO_LETTERS[c]!;
    // The digit run before must not belong to a latin word (H2O, mp3l).
    let q = p - 1;
    while (q > 0 && isDigitCode(text.charCodeAt(q - 1))) q--;
    const before = q > 0 ? text.charCodeAt(q - 1) : 32;
    if ((before >= 65 && before <= 90) || (before >= 97 && before <= 122)) continue;
    const next = p + 1 < text.length ? text.charCodeAt(p + 1) : 32;
    // Followed by a digit (2o00) or by a CJK unit char (2o日): a digit is meant.
    if (!(isDigitCode(next) || isCjk(next))) continue;
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) continue;
    out ??= text.split('');
    out[p] = rep;
    typos.push({ offset: p, originalColumn: origin[p]!, found: c, replacement: rep });
  }
  return out ? out.join('') : text;
}

/** A 1-based line and column in the original text; columns count UTF-16 code units. */
export interface TextPoint {
  line: number;
  column: number;
}

/** Maps offsets in a normalized document back to the original. */
export interface PositionMap {
  /** Original 1-based line and column (UTF-16 code units) of normalized offset `offset`. */
  locate(offset: number): TextPoint;
}

/** A whole document after {@link normalize}: lines joined with `\n`. */
export interface NormalizedText {
  text: string;
  map: PositionMap;
  typos: (Typo & TextPoint)[];
}

/**
 * Splits text into lines the way editors number them: at `\n`, with a `\r` before it dropped.
 *
 * @example
 * ```ts
 * splitLines('a\r\nb\nc'); // ['a', 'b', 'c']
 * ```
 */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.endsWith('\r')) lines[i] = l.slice(0, -1);
  }
  return lines;
}

/**
 * Normalizes a whole document (see {@link normalizeLine}) and returns a map from every normalized
 * offset to the original 1-based line and column. Columns count UTF-16 code units, as editors and
 * JavaScript string indices do. Line breaks are kept, so normalized line N is original line N.
 *
 * @example
 * ```ts
 * const { text, map } = normalize('標題\n獎牌(jiǎng)：６０元');
 * text;            // '标题\n奖牌:60元'
 * map.locate(6);   // { line: 2, column: 11 }  (the '6' of ６０)
 * ```
 */
export function normalize(text: string): NormalizedText {
  if (typeof text !== 'string')
    throw new HuiwuError('TEXT_INPUT', `expected text (a string), got ${typeof text}`);
  const lines = splitLines(text);
  const starts: number[] = [];
  const origins: Int32Array[] = [];
  const parts: string[] = [];
  const typos: (Typo & TextPoint)[] = [];
  let pos = 0;
  for (let li = 0; li < lines.length; li++) {
    const nl = normalizeLine(lines[li]!);
    starts.push(pos);
    origins.push(nl.origin);
    parts.push(nl.text);
    for (const t of nl.typos) typos.push({ ...t, line: li + 1, column: t.originalColumn + 1 });
    pos += nl.text.length + 1;
  }
  const map: PositionMap = {
    locate(offset: number): TextPoint {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      const o = origins[lo]!;
      const rel = Math.max(0, Math.min(offset - starts[lo]!, o.length - 1));
      return { line: lo + 1, column: o[rel]! + 1 };
    },
  };
  return { text: parts.join('\n'), map, typos };
}
