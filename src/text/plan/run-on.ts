// A page run together on one line (`一、活动主题…二、活动目的1.庆祝…2.展示…三、活动时间…`) has lost
// its line breaks but kept its numbering. The numbering is read as a sequence: a marker is a cut only
// where it is the next number of its series, so a 一、 inside a phrase or a 3. inside a figure does
// not cut the line.

const CN_DIGITS = '一二三四五六七八九';

/** 一 → 1, 十二 → 12, 二十 → 20; undefined past 99 or for anything else. */
function cnOrdinal(s: string): number | undefined {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return undefined;
  const [, a, ten, b] = m;
  if (!ten) return a && !b ? CN_DIGITS.indexOf(a) + 1 : undefined;
  return (a ? CN_DIGITS.indexOf(a) + 1 : 1) * 10 + (b ? CN_DIGITS.indexOf(b) + 1 : 0);
}

// 二、 not after 第, 星期, 周 or another numeral (十二、 is read whole by the regex).
const CN_MARK = /(?<![第期周一二三四五六七八九十])([一二三四五六七八九十]{1,3})、/g;
const PAREN_CN = /[（(]([一二三四五六七八九十]{1,3})[)）]/g;
// 1. 1、 1．before a character: not inside a figure (2023.6, 8:30), a date or a decimal.
const NUM_MARK = /(?<![\d.．:：\-—~～/])(\d{1,2})[.．、](?=\s?[\u4e00-\u9fff])/g;
const PAREN_NUM = /[（(](\d{1,2})[)）](?=\s?[\u4e00-\u9fff])/g;

/** The outline's levels, outer first, each with how its numbers read. */
const LEVELS: [RegExp, (s: string) => number | undefined][] = [
  [CN_MARK, cnOrdinal],
  [PAREN_CN, cnOrdinal],
  [NUM_MARK, Number],
  [PAREN_NUM, Number],
];

/**
 * Where a line that runs a page together is cut: before each 一、二、三、 of its outline and, within
 * each part, before each （一）（二）, then each 1. 2., then each (1) (2) of its lists. A line with fewer
 * than two outline numbers in sequence is not a run-together page and is not cut.
 *
 * @example
 * ```ts
 * runOnCuts('一、活动主题欢乐童年二、活动目的1.庆祝节日2.展示才艺三、活动时间6月1日'); // [0, 10, 16, 22, 28]
 * ```
 */
export function runOnCuts(raw: string): number[] {
  const top = chain(raw, 0, raw.length, 0, true);
  if (top.length < 2) return [];
  const cuts: number[] = [];
  cutLevel(raw, 0, raw.length, 0, cuts);
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/** The marks of one level in [from, to) that number on from the first (from 1 unless `anyStart`). */
function chain(raw: string, from: number, to: number, level: number, anyStart: boolean): number[] {
  const [re, read] = LEVELS[level]!;
  const part = raw.slice(from, to);
  const out: number[] = [];
  let want: number | undefined = anyStart ? undefined : 1;
  for (const m of part.matchAll(re)) {
    const v = read(m[1]!);
    if (v === undefined || (want !== undefined && v !== want)) continue;
    out.push(from + m.index);
    want = v + 1;
  }
  return out;
}

function cutLevel(raw: string, from: number, to: number, level: number, cuts: number[]): void {
  if (level >= LEVELS.length || to - from < 4) return;
  const marks = chain(raw, from, to, level, level === 0);
  // 七、会议准备1. 准备会议场地 ⏎ 2. …: a list that opens right after its heading and goes on below.
  const opensList = level > 0 && marks.length === 1 && marks[0]! - from <= 16 && to === raw.length;
  if (marks.length < 2 && !opensList) {
    cutLevel(raw, from, to, level + 1, cuts);
    return;
  }
  cuts.push(...marks);
  const bounds = [from, ...marks, to];
  for (let k = 0; k + 1 < bounds.length; k++) cutLevel(raw, bounds[k]!, bounds[k + 1]!, level + 1, cuts);
}
