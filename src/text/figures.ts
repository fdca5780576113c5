import { Dec } from '../decimal/dec.js';
import { isCjk } from './normalize.js';
import { isChineseNumeralChar, parseChineseNumber } from './numerals.js';

/**
 * How a figure is qualified: `about` 约/左右/上下, `over` 余/多 (a little more than), `at-least`
 * 以上/超过/逾/不少于, `nearly` 近/将近, `under` 不到/不足/以下/不超过, `range` 2000―5000.
 */
export type Approx = 'about' | 'over' | 'at-least' | 'nearly' | 'under' | 'range';

/** A figure found in a normalized line: a number with its unit, qualifiers and position. */
export interface Figure {
  /** Offsets in the normalized line, half open. */
  start: number;
  end: number;
  /** The figure as written (normalized text). */
  text: string;
  /** Nominal value in the base unit (`1.5万` → 15000); the low end of a range; undefined for a placeholder. */
  value: Dec | undefined;
  /** The high end of a range (`2000―5000元`). */
  high: Dec | undefined;
  /** Base unit: `元`, `人`, `个`, `%`, `平方米` …, or `''` when none is written. */
  unit: string;
  /** The unit after a slash (`60元/个` → `个`): the figure is a rate, not an amount. */
  per: string;
  /**
   * Every unit the figure is per, in order: `260元/间/天` and `260元/间·天` → `['间', '天']`,
   * `35元每人每餐` → `['人', '餐']`. `per` is the first of them.
   */
  pers?: string[];
  /** Power of ten of a 十/百/千/万/亿 multiplier written with the number (`1.5万` → 4). */
  scale: number;
  /** Decimal places as written, before the multiplier (`49.3万` → 1). */
  places: number;
  /** One unit of the last written digit in the base unit (`49.3万` → 1000, `45000` → 1). */
  ulp: Dec;
  approx: Approx | undefined;
  /** A placeholder stands for the number (`××`, `xx`, `**`, `___`, `待定`, a blank before a unit). */
  placeholder: boolean;
  /** Written in Chinese numerals. */
  chinese: boolean;
  /** Preceded by 每/各/均/平均: a per-unit figure rather than an amount. */
  every: boolean;
  /** A unit with no number before it (`就餐人员 人`): the number was left blank. Implies `placeholder`. */
  blank?: boolean;
}

// Longest first: the scanner takes the first that matches.
const UNITS = [
  '个百分点',
  '平方公里',
  '平方千米',
  '平方米',
  '立方米',
  '百分点',
  '人民币',
  '人次',
  '小时',
  '分钟',
  '公里',
  '公斤',
  '公升',
  '千克',
  '千米',
  '课时',
  '学时',
  '美元',
  '平米',
  '周岁',
  '亩',
  '米',
  '吨',
  '斤',
  '升',
  '克',
  '元',
  '块',
  '人',
  '名',
  '个',
  '项',
  '条',
  '家',
  '户',
  '天',
  '日',
  '月',
  '年',
  '周',
  '次',
  '件',
  '份',
  '张',
  '支',
  '辆',
  '间',
  '桌',
  '套',
  '位',
  '所',
  '起',
  '笔',
  '岁',
  '期',
  '场',
  '批',
  '组',
  '篇',
  '台',
  '部',
  '本',
  '头',
  '只',
  '株',
  '棵',
  '座',
  '处',
  '栋',
  '种',
  '类',
  '届',
  '床',
  '册',
  '盒',
  '袋',
  '瓶',
  '箱',
  '页',
  '晚',
  '夜',
  '餐',
  '顿',
  '双',
  '节',
  '枚',
  '幅',
  '把',
  '盆',
  '束',
  '面',
  '分',
  '倍',
  '%',
  '‰',
] as const;

// 块 is a measure word (12块 signboards), never money: a document that means 元 writes 元.
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  平米: '平方米',
  个百分点: '百分点',
  人民币: '元',
};

const SCALES: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

const PLACEHOLDER_CHARS = new Set(['×', 'x', 'X', '*', '_', '＿', '某']);
const DASHES = new Set(['-', '―', '—', '–', '~', '～', '〜', '至', '到']);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLatin = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

// Units a number may be parted from by one space: counted or measured things, never 年 or 月 (2023 年
// is a year, and a row of cells 10 80 960 has no unit to take).
const SPACED_UNIT =
  /^(?:元|人|名|%|亩|户|公顷|平方公里|平方千米|平方米|公里|千米|吨|个|份|间|套|辆|台|件|册)/;

function unitAt(s: string, i: number): string | undefined {
  for (const u of UNITS) if (s.startsWith(u, i)) return u;
  return undefined;
}

function startsAny(s: string, i: number, words: readonly string[]): string | undefined {
  for (const w of words) if (s.startsWith(w, i)) return w;
  return undefined;
}

const AFTER_APPROX: readonly [string, Approx][] = [
  ['左右', 'about'],
  ['上下', 'about'],
  ['以上', 'at-least'],
  ['之多', 'at-least'],
  ['多', 'over'],
  ['余', 'over'],
  ['以下', 'under'],
  ['以内', 'under'],
];
const BEFORE_APPROX: readonly [string, Approx][] = [
  ['不少于', 'at-least'],
  ['不低于', 'at-least'],
  ['不超过', 'under'],
  ['不高于', 'under'],
  ['将近', 'nearly'],
  ['接近', 'nearly'],
  ['大约', 'about'],
  ['大概', 'about'],
  ['超过', 'at-least'],
  ['不到', 'under'],
  ['不足', 'under'],
  ['约', 'about'],
  ['近', 'nearly'],
  ['逾', 'at-least'],
];

interface NumberRead {
  end: number;
  value: Dec | undefined;
  places: number;
  chinese: boolean;
  placeholder: boolean;
}

/** Reads Arabic digits with optional grouping and decimals at `i`; `undefined` when none. */
function readArabic(s: string, i: number): NumberRead | undefined {
  let j = i;
  let int = '';
  while (j < s.length && isDigit(s[j])) int += s[j++];
  if (int === '') return undefined;
  // 45 000 / 3 240: a number grouped with one space (PDF text), when a whole group of three follows.
  // Only right before a unit (45 000元): in a row of numbers (10 80 960) the space separates cells.
  if (
    int.length <= 3 &&
    s[j] === ' ' &&
    isDigit(s[j + 1]) &&
    isDigit(s[j + 2]) &&
    isDigit(s[j + 3]) &&
    s[j + 4] !== undefined &&
    /[元人万亿]/.test(s[j + 4]!) &&
    !(i >= 2 && s[i - 1] === ' ' && isDigit(s[i - 2]))
  ) {
    int += s.slice(j + 1, j + 4);
    j += 4;
  }
  // Grouping only in whole groups of three: 48,700 yes; 1,2 no (that is a list).
  while (s[j] === ',' && isDigit(s[j + 1]) && isDigit(s[j + 2]) && isDigit(s[j + 3]) && !isDigit(s[j + 4])) {
    int += s.slice(j + 1, j + 4);
    j += 4;
  }
  let frac = '';
  if (s[j] === '.' && isDigit(s[j + 1])) {
    j++;
    while (j < s.length && isDigit(s[j])) frac += s[j++];
  }
  if (int.length > 30 || frac.length > 20)
    return { end: j, value: undefined, places: 0, chinese: false, placeholder: true };
  // Placeholder digits: 20**年, 20xx年, 2015年2月xx日.
  if (!frac && (s[j] === '*' || s[j] === 'x' || s[j] === 'X' || s[j] === '×') && s[j + 1] === s[j]) {
    let k = j;
    while (k < s.length && s[k] === s[j]) k++;
    return { end: k, value: undefined, places: 0, chinese: false, placeholder: true };
  }
  return {
    end: j,
    value: new Dec(frac ? `${int}.${frac}` : int),
    places: frac.length,
    chinese: false,
    placeholder: false,
  };
}

function readChinese(s: string, i: number): NumberRead | undefined {
  let j = i;
  while (j < s.length && j - i < 24 && isChineseNumeralChar(s[j]!)) j++;
  if (j === i) return undefined;
  // 两 alone is a numeral only before a measure word; the caller checks for a unit.
  const v = parseChineseNumber(s.slice(i, j));
  if (v === undefined) return undefined;
  return { end: j, value: v, places: 0, chinese: true, placeholder: false };
}

function readPlaceholder(s: string, i: number): NumberRead | undefined {
  if (s.startsWith('待定', i))
    return { end: i + 2, value: undefined, places: 0, chinese: false, placeholder: true };
  if (s.startsWith('若干', i))
    return { end: i + 2, value: undefined, places: 0, chinese: false, placeholder: true };
  const c = s[i]!;
  if (!PLACEHOLDER_CHARS.has(c)) return undefined;
  let j = i;
  while (j < s.length && j - i < 12 && PLACEHOLDER_CHARS.has(s[j]!)) j++;
  return { end: j, value: undefined, places: 0, chinese: false, placeholder: true };
}

// Characters other than ASCII digits that may start a figure: Chinese numerals, placeholders (××, 待定,
// 若干) and the gap of a blank (就餐人员 人).
const STARTERS: ReadonlySet<number> = new Set(
  [
    ...'零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿萬億',
    ...PLACEHOLDER_CHARS,
    '待',
    '若',
    ' ',
    '\t',
  ].map((c) => c.charCodeAt(0)),
);

/**
 * Finds the figures in one normalized line: Arabic (`2400`, `48,700`, `1.5万`), Chinese (`三千五百万`,
 * `两人`), with units (`元/个`, `万元`, `人`, `%`, `平方米` …), qualifiers (`约`, `余`, `左右`, `以上`, `近`),
 * ranges (`2000―5000元`, `2~3平方米`) and placeholders (`××名`, `xx人`, `___元`, `待定`). A Chinese
 * numeral counts only when a unit follows it, so words like 一是 or 十一五 are not figures. One pass,
 * linear in the line's length.
 *
 * @example
 * ```ts
 * const [f] = scanFigures('奖牌:60元/个*40=2400元');
 * f.value?.toString(); // '60'
 * f.unit;              // '元'
 * f.per;               // '个'
 * scanFigures('共计260人左右')[0]?.approx; // 'about'
 * ```
 */
export function scanFigures(s: string): Figure[] {
  const out: Figure[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    // Most characters cannot start a figure: skip them without a closer look.
    if (!(c >= 48 && c <= 57) && !STARTERS.has(c)) {
      i++;
      continue;
    }
    const f = c === 32 || c === 9 ? blankAt(s, i) : figureAt(s, i);
    if (f) {
      out.push(f);
      i = f.end;
    } else i++;
  }
  return out;
}

// Units that, written alone after a gap, stand for a count or amount left blank (就餐人员 人, 笔 支).
const BLANK_UNITS = new Set([
  '人',
  '名',
  '元',
  '个',
  '间',
  '桌',
  '辆',
  '份',
  '张',
  '套',
  '户',
  '位',
  '支',
  '台',
  '天',
  '次',
  '人次',
  '件',
  '本',
  '册',
  '床',
  '块',
]);
const BLANK_AFTER = new Set([',', '，', '。', ';', '；', ':', '：', ')', '）', '、', ' ', '\t', '/']);

/**
 * A blank before a unit: spaces after a word (not a number) and then a unit that ends its phrase,
 * `就餐人员 人。`, `(  人)`, `费用: 元`.
 */
function blankAt(s: string, i: number): Figure | undefined {
  if (i === 0) return undefined;
  const prev = s.charCodeAt(i - 1);
  const p = s[i - 1]!;
  const afterWord =
    (isCjk(prev) && !isChineseNumeralChar(p) && !(p in SCALES)) ||
    p === '(' ||
    p === '（' ||
    p === ':' ||
    p === '：';
  if (!afterWord) return undefined;
  let j = i;
  while (j < s.length && j - i < 12 && (s[j] === ' ' || s[j] === '\t')) j++;
  const u = unitAt(s, j);
  if (u === undefined || !BLANK_UNITS.has(u)) return undefined;
  const end = j + u.length;
  if (end < s.length && !BLANK_AFTER.has(s[end]!)) return undefined;
  const unit = UNIT_ALIASES[u] ?? u;
  return {
    start: i,
    end,
    text: s.slice(i, end),
    value: undefined,
    high: undefined,
    unit,
    per: '',
    scale: 0,
    places: 0,
    ulp: new Dec(1),
    approx: undefined,
    placeholder: true,
    chinese: false,
    every: false,
    blank: true,
  };
}

function figureAt(s: string, i: number): Figure | undefined {
  const c = s[i]!;
  const prev = i > 0 ? s[i - 1] : undefined;
  let read: NumberRead | undefined;
  if (c === '百' && s.startsWith('百分之', i)) return percentInWords(s, i);
  if (isDigit(c)) {
    // A digit after a latin letter belongs to a code (H2O, mp3), except after x used as a times sign (3元x4).
    const timesX = (prev === 'x' || prev === 'X') && i >= 2 && !isLatin(s[i - 2]);
    // A digit after one point is a fraction's (.5); after a leader of points (车费.......45元) it starts a number.
    const leader = prev === '.' && i >= 2 && s[i - 2] === '.';
    if ((isLatin(prev) && !timesX) || isDigit(prev) || (prev === '.' && !leader)) return undefined;
    read = readArabic(s, i);
  } else if (isChineseNumeralChar(c)) {
    if (prev === '第' || (prev !== undefined && isChineseNumeralChar(prev))) return undefined;
    read = readChinese(s, i);
  } else {
    if (PLACEHOLDER_CHARS.has(c) && prev !== undefined && PLACEHOLDER_CHARS.has(prev)) return undefined;
    read = readPlaceholder(s, i);
    // A placeholder counts only before a unit (××名, ___元) or alone in brackets ((待定)).
    if (read && !unitAfter(s, read.end) && !(s[read.end] === ')' && (prev === '(' || prev === '（')))
      return undefined;
  }
  if (!read) return undefined;
  return finishFigure(s, i, read);
}

/** `百分之十二点五` → 12.5%, written to one place; `百分之百` → 100%. */
function percentInWords(s: string, i: number): Figure | undefined {
  const from = i + 3;
  let j = from;
  while (j < s.length && j - from < 16 && (isChineseNumeralChar(s[j]!) || s[j] === '点')) j++;
  const words = s.slice(from, j);
  const value = parseChineseNumber(words);
  if (!value || words.endsWith('点')) return undefined;
  const point = words.indexOf('点');
  const places = point < 0 ? 0 : words.length - point - 1;
  return {
    start: i,
    end: j,
    text: s.slice(i, j),
    value,
    high: undefined,
    unit: '%',
    per: '',
    scale: 0,
    places,
    ulp: new Dec(10).pow(-places),
    approx: undefined,
    placeholder: false,
    chinese: true,
    every: false,
  };
}

function unitAfter(s: string, j: number): boolean {
  if (s[j] === '余' || s[j] === '多') j++;
  return (
    unitAt(s, j) !== undefined || (s[j] !== undefined && s[j]! in SCALES && unitAt(s, j + 1) !== undefined)
  );
}

function finishFigure(s: string, start: number, read: NumberRead): Figure | undefined {
  let j = read.end;
  let value = read.value;
  let scale = 0;
  let approx: Approx | undefined;
  if ((s[j] === '余' || s[j] === '多') && (s[j + 1]! in SCALES || unitAt(s, j + 1))) {
    approx = 'over';
    j++;
  }
  // PDF text often puts a space before the unit: 500 万元.
  if (s[j] === ' ' && !read.chinese && (s.startsWith('万元', j + 1) || s.startsWith('亿元', j + 1))) j++;
  if (!read.chinese) {
    // Arabic digits with a multiplier: 1.5万, 12亿, 3千万, 5百万.
    let k = j;
    let sc = 0;
    while (k < s.length && k - j < 2 && s[k]! in SCALES) {
      sc += SCALES[s[k]!]!;
      k++;
    }
    if (k > j && (sc === 4 || sc === 8 || sc === 12 || sc === 7 || sc === 6 || sc === 3)) {
      // Only when something sensible follows: a unit, a qualifier, punctuation or the end (not 十一五).
      const next = s[k];
      if (next === undefined || !isChineseNumeralChar(next)) {
        scale = sc;
        j = k;
      }
    }
  }
  if (
    (s[j] === '余' || s[j] === '多') &&
    approx === undefined &&
    (unitAt(s, j + 1) || read.chinese === false)
  ) {
    // 9万余笔, 70余起; a bare 多/余 after digits also qualifies (20多).
    if (unitAt(s, j + 1) || !isCjk(s.charCodeAt(j + 1))) {
      approx = 'over';
      j++;
    }
  }
  // PDF and web text often put a space before the unit: 20 元, 30 人, 6.00 %, 0.52 亩.
  if (s[j] === ' ' && !read.chinese && SPACED_UNIT.test(s.slice(j + 1, j + 5))) j++;
  let unit = unitAt(s, j) ?? '';
  // 分 after a number is points or minutes, never part of a figure like 5分钟 (already matched longer).
  if (read.chinese && unit === '' && scale === 0) return undefined;
  // A Chinese numeral before 年/月/日/周 is a name or ordinal (十一月, 二〇一一年) more often than a count.
  if (read.chinese && (unit === '月' || unit === '周') && !s.startsWith('个', read.end)) return undefined;
  if (read.placeholder && !read.value && unit === '' && s[j] !== ')') return undefined;
  j += unit.length;
  unit = UNIT_ALIASES[unit] ?? unit;
  if (scale > 0 && value) value = value.times(new Dec(10).pow(scale));
  const pers: string[] = [];
  if (unit !== '') {
    // Compound per-units: 元/间/天, 元/人·天, 元/人/餐, 元每人每天 (at most three).
    while (pers.length < 3) {
      const sep = s[j];
      // 0.2元一份: 一 before a measure word right after 元 is per one of it.
      const perOne = sep === '一' && pers.length === 0 && unit === '元';
      const step =
        sep === '/' || sep === '每' || perOne || ((sep === '·' || sep === '・') && pers.length > 0) ? 1 : 0;
      if (step === 0) break;
      const pu = unitAt(s, j + 1);
      if (!pu || pu === '%') break;
      pers.push(UNIT_ALIASES[pu] ?? pu);
      j += 1 + pu.length;
    }
  }
  let per = pers[0] ?? '';
  const tail = startsAny(
    s,
    j,
    AFTER_APPROX.map(([w]) => w),
  );
  if (tail && approx === undefined && (tail !== '多' || !isCjk(s.charCodeAt(j + 1)))) {
    if (tail !== '余' && tail !== '多') {
      approx = AFTER_APPROX.find(([w]) => w === tail)![1];
      j += tail.length;
    }
  }
  let realStart = start;
  for (const [w, a] of BEFORE_APPROX) {
    if (start >= w.length && s.startsWith(w, start - w.length)) {
      approx ??= a;
      break;
    }
  }
  const ulp = new Dec(10).pow(scale - read.places);
  let every = false;
  for (const w of ['每', '各', '均', '平均', '人均', '户均']) {
    if (start >= w.length && s.startsWith(w, start - w.length)) every = true;
  }
  // 每晚300元, 每人每天80元, 每桌:1000元: a per-unit figure too.
  if (
    !every &&
    /每[\u4e00-\u9fff]{1,2}(?:每[\u4e00-\u9fff]{1,2})?[:：]?$/.test(s.slice(Math.max(0, start - 7), start))
  )
    every = true;
  let high: Dec | undefined;
  // A range: 2000―5000元, 2~3平方米, 2.5-3亿元, 1万-3万元.
  if (DASHES.has(s[j] ?? '') && value && (isDigit(s[j + 1]) || isChineseNumeralChar(s[j + 1] ?? ''))) {
    const second = figureAt(s, j + 1);
    if (
      second?.value &&
      !second.placeholder &&
      (unit === '' || second.unit === '' || second.unit === unit) &&
      !(unit === '' && second.unit === '' && s[j] === '-')
    ) {
      let lo = value;
      if (scale === 0 && second.scale > 0 && unit === '') lo = lo.times(new Dec(10).pow(second.scale));
      if (second.value.gte(lo)) {
        value = lo;
        high = second.value;
        unit = unit || second.unit;
        per = per || second.per;
        if (pers.length === 0 && second.pers) pers.push(...second.pers);
        approx = 'range';
        j = second.end;
      }
    }
  }
  if (s[realStart] === undefined) realStart = start;
  return {
    start: realStart,
    end: j,
    text: s.slice(realStart, j),
    value: read.placeholder ? undefined : value,
    high,
    unit,
    per,
    scale,
    places: read.places,
    ulp,
    approx,
    placeholder: read.placeholder,
    chinese: read.chinese,
    every,
    ...(pers.length > 0 ? { pers } : {}),
  };
}

/**
 * True for units of money (元, 万元, 亿元 after scaling; 美元 is a different currency, and measure
 * words such as 块, 个, 台, 间 are never money).
 *
 * @example
 * ```ts
 * isMoney(scanFigures('3万元')[0]!); // true
 * isMoney(scanFigures('12块')[0]!);  // false
 * ```
 */
export function isMoney(f: Pick<Figure, 'unit'>): boolean {
  return f.unit === '元';
}
