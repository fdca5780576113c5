import { differenceInCalendarDays } from 'date-fns';
import type { LineRecord } from '../lines.js';
import { toDate } from '../rules/dates.js';
import { type PlanDoc, placeOf } from './doc.js';
import { clock, countOf, isoDate, yearOf } from './numbers.js';
import type { Sourced } from './types.js';

const NUM = '\\d{1,4}|[〇零一二三四五六七八九十两]{1,4}';
// 2023年5月14日, 五月十四日, 5月14日; the year and the day may be missing (4月 日 is a blank).
// 110年3月, 民國99年: a year of the Republic of China calendar (Taiwan), 1911 years behind.
// 10月4-6日: a range of days in one month, read as its first and last dates.
const DATE = new RegExp(
  `(?:(\\d{4}|[〇零一二三四五六七八九]{4}|(?:民国|民國)\\s*\\d{1,3}|1[0-4]\\d(?=\\s*年\\s*\\d{1,2}\\s*月))\\s*年\\s*)?(${NUM})\\s*月\\s*(?:(${NUM})\\s*(?:[-—–~～至到]\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*)?[日号])?`,
  'g',
);
const ISO = /(\d{4})[-./](\d{1,2})[-./](\d{1,2})/g;
const TIME = new RegExp(
  `(上午|下午|晚上|早上|中午|晚|傍晚)?\\s*(${NUM})\\s*(?:[:：点時时])\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3}|半)?\\s*分?`,
  'g',
);
// 会议时间, 时间及地点, 培训时间安排: a label that gives the time (a bare 时间 may be a page's own).
const TIME_LABEL = /时间|日期|会期/;
const QUALIFIED_TIME = /^(?:会议|活动|培训|开班|举办|举行|开幕|比赛|大会|论坛|研讨|典礼|仪式|庆典|会期)/;
const WHEN_WORDS = /(?:定于|拟于|拟定于|计划于|将于|兹定于|于)\s*$/;
const HAPPENS = /召开|举行|举办|开幕|开班|进行|开展|启动/;
const NOT_START = /报到|报名|截止|前报|之前|以前|前将|签到/;
const PAGE_DATE = /发布|更新|发表|录入|上传|修改|浏览|阅读|点击|打印/;
// 2020-11-05 18:48:41: a machine timestamp (a web page's), not a meeting's time.
const TIMESTAMP = /\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}:\d{2}/;

interface DateHit {
  iso: string;
  start: number;
  end: number;
  month: number;
  day?: number;
  year?: string;
}

/** The dates written in `[from, to)` of a record. */
export function datesIn(rec: LineRecord, from = 0, to = rec.text.length): DateHit[] {
  const out: DateHit[] = [];
  const t = rec.text.slice(0, to);
  DATE.lastIndex = from;
  for (let m = DATE.exec(t); m; m = DATE.exec(t)) {
    const y = m[1] ? yearOf(m[1]) : undefined;
    const mo = countOf(m[2]!);
    const d = m[3] ? countOf(m[3]) : undefined;
    // Month and day are small whole numbers (countOf gives digit strings), never amounts.
    const month = mo ? Number.parseInt(mo, 10) : 0;
    const day = d ? Number.parseInt(d, 10) : undefined;
    if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) continue;
    // 3个月, 每月: a month count, not a date; 6月下旬, 6月初: a date known to its month.
    const after = t.slice(m.index + m[0].length);
    if (
      !m[3] &&
      !/^\s*[日号]/.test(after) &&
      !/\s月\s*$/.test(m[0]) &&
      !m[1] &&
      !/^\s*(?:上旬|中旬|下旬|中下旬|上中旬|初|底|中旬)/.test(after)
    )
      continue;
    const last = m[4] ? countOf(m[4]) : undefined;
    const lastDay = last ? Number.parseInt(last, 10) : undefined;
    const ranged = day !== undefined && lastDay !== undefined && lastDay > day && lastDay <= 31;
    const upTo = ranged ? m.index + m[0].search(/[-—–~～至到]/) : m.index + m[0].length;
    out.push({
      iso: isoDate(y, mo, d),
      start: m.index,
      end: upTo,
      month,
      ...(day !== undefined ? { day } : {}),
      ...(y ? { year: y } : {}),
    });
    if (ranged)
      out.push({
        iso: isoDate(y, mo, last),
        start: upTo,
        end: m.index + m[0].length,
        month,
        day: lastDay,
        ...(y ? { year: y } : {}),
      });
  }
  ISO.lastIndex = from;
  for (let m = ISO.exec(t); m; m = ISO.exec(t)) {
    out.push({
      iso: isoDate(m[1], m[2], m[3]),
      start: m.index,
      end: m.index + m[0].length,
      month: Number.parseInt(m[2]!, 10),
      day: Number.parseInt(m[3]!, 10),
      year: m[1]!,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The first clock time in `[from, to)`, `HH:MM`. */
export function timeIn(
  rec: LineRecord,
  from: number,
  to: number,
): { value: string; start: number; end: number } | undefined {
  const t = rec.text.slice(0, to);
  TIME.lastIndex = from;
  for (let m = TIME.exec(t); m; m = TIME.exec(t)) {
    // 2023.5: a date, not a time.
    if (m[0].includes('.')) continue;
    if (!/[:：]/.test(m[0]) && !/[点時时]/.test(m[0])) continue;
    const v = clock(m[2]!, m[3], m[1]);
    // 16:00分组讨论: after a colon the minutes are digits alone; 分 goes with 点 (9点30分).
    const len = /[:：]/.test(m[0]) && m[0].endsWith('分') ? m[0].length - 1 : m[0].length;
    if (v) return { value: v, start: m.index, end: m.index + len };
  }
  return undefined;
}

interface When {
  date?: Sourced;
  time?: Sourced;
  duration?: Sourced;
}

/**
 * The meeting's first day, start time and duration: from a `会议时间：` line, else from the sentence
 * that says when it is held (`定于5月14日上午9:00在…召开`). Registration (报到) and deadlines are not the
 * start. A duration is read from 为期N天, 会期半天, or a date range.
 */
export function readWhen(doc: PlanDoc): When {
  const out: When = {};
  const spots: { rec: LineRecord; from: number; to: number }[] = [];
  const plain: typeof spots = [];
  for (const l of doc.labelled) {
    // 报到时间 and 报名截止日期 are not the start; 会议及报到日期 holds it (its 报到 date is skipped
    // below). 发布时间 and 更新日期 date the web page, not the meeting.
    if (
      !TIME_LABEL.test(l.label) ||
      /^(?:报到|报名|截止|签到)/.test(l.label) ||
      PAGE_DATE.test(l.label) ||
      l.label.length > 10
    )
      continue;
    const spot = { rec: l.rec, from: l.valueStart, to: l.rec.text.length };
    (QUALIFIED_TIME.test(l.label) ? spots : plain).push(spot);
  }
  const qualifiedSpots = spots.length;
  for (const rec of doc.recs) {
    const t = rec.text;
    if (!HAPPENS.test(t)) continue;
    for (const d of datesIn(rec)) {
      const before = t.slice(Math.max(0, d.start - 6), d.start);
      const after = t.slice(d.end, d.end + 40);
      if (WHEN_WORDS.test(before) || /^[^。;；]{0,30}(召开|举行|举办|开幕|开班)/.test(after)) {
        spots.push({ rec, from: d.start, to: Math.min(t.length, d.end + 40) });
        break;
      }
    }
  }
  // A plain 时间： field and a sentence that says when: the one the text gives first.
  const said = spots.splice(qualifiedSpots, spots.length);
  spots.push(...[...said, ...plain].sort((a, b) => a.rec.line - b.rec.line || a.from - b.from));
  for (const s of spots) {
    const text = s.rec.text.slice(s.from, s.to);
    // 报到时间：… opens with registration; 6月28日报到，6月29日培训 only has a 报到 date first.
    const lead = text.slice(0, Math.max(0, text.search(/\d/)));
    if (NOT_START.test(lead.slice(0, 8)) || TIMESTAMP.test(text)) continue;
    const dates = datesIn(s.rec, s.from, s.to).filter(
      (d) => !NOT_START.test(s.rec.text.slice(d.end, d.end + 4)),
    );
    const d = dates[0];
    if (d && !out.date) out.date = { value: d.iso, at: placeOf(s.rec, d.start, d.end) };
    if (!out.time) {
      // 8:45报到，9:00正式开会: the first time that is not the registration's.
      let from = d ? d.end : s.from;
      const to = Math.min(s.to, from + 40);
      for (let tm = timeIn(s.rec, from, to); tm; tm = timeIn(s.rec, from, to)) {
        if (!NOT_START.test(s.rec.text.slice(tm.end, tm.end + 4))) {
          out.time = { value: tm.value, at: placeOf(s.rec, tm.start, tm.end) };
          break;
        }
        from = tm.end;
      }
    }
    if (!out.duration && d && dates[1]) {
      const e = dates[1];
      const gap = s.rec.text.slice(d.end, e.start);
      if (/^\s*(?:[-—–~～至到]|—)\s*$/.test(gap)) {
        const days = spanDays(d, e);
        if (days) out.duration = { value: days, at: placeOf(s.rec, d.start, e.end) };
      }
    }
    if (!out.duration && d) {
      // 5月10日至12日: the second day without its month.
      const m = /^\s*[-—–~～至到]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]/.exec(
        s.rec.text.slice(d.end),
      );
      if (m && d.day) {
        const end = Number.parseInt(countOf(m[1]!) ?? '', 10);
        if (end >= d.day)
          out.duration = { value: String(end - d.day + 1), at: placeOf(s.rec, d.start, d.end + m[0].length) };
      }
    }
    if (out.date && out.time) break;
  }
  if (!out.duration) {
    const d = durationWords(doc);
    if (d) out.duration = d;
  }
  // 会议时间 ⏎ 12月29日上午… and earlier 定于2009年12月29日召开: the same day, its year (or its
  // day, for 09月日 left blank) written in full elsewhere.
  if (out.date?.value.includes('??')) {
    const full = fuller(doc, out.date.value);
    if (full) out.date = full;
  }
  return out;
}

/** The first place the text writes the date `iso` (`????-12-29`, `2011-09-??`) with more of its parts. */
function fuller(doc: PlanDoc, iso: string): Sourced | undefined {
  const want = iso.split('-');
  const known = (x: string) => !x.includes('?');
  for (const rec of doc.recs.slice(0, 120)) {
    for (const d of datesIn(rec)) {
      const got = d.iso.split('-');
      const agrees = want.every((w, i) => !known(w) || w === got[i]);
      const more = got.filter(known).length > want.filter(known).length;
      if (agrees && more && !NOT_START.test(rec.text.slice(d.end, d.end + 4)))
        return { value: d.iso, at: placeOf(rec, d.start, d.end) };
    }
  }
  return undefined;
}

function spanDays(a: DateHit, b: DateHit): string | undefined {
  if (!a.day || !b.day) return undefined;
  const y = Number.parseInt(a.year ?? b.year ?? '2001', 10);
  const from = toDate(y, a.month, a.day);
  const to = toDate(b.year ? Number.parseInt(b.year, 10) : y, b.month, b.day);
  if (!from || !to) return undefined;
  const n = differenceInCalendarDays(to, from) + 1;
  return n >= 1 && n <= 60 ? String(n) : undefined;
}

const DAYS =
  /(为期|会期|共|历时|时间为|会议时间为)\s*(\d{1,2}|[一二三四五六七八九十两]{1,3}|半)\s*(个)?(天|日)(半)?/;
const HALF = /(会期|为期|时间为?|历时)\s*半天/;

function durationWords(doc: PlanDoc): Sourced | undefined {
  for (const rec of doc.recs) {
    const h = HALF.exec(rec.text);
    if (h) return { value: '0.5', at: placeOf(rec, h.index, h.index + h[0].length) };
    const m = DAYS.exec(rec.text);
    if (!m) continue;
    if (m[1] === '共' && !/会|培训|活动/.test(rec.text.slice(Math.max(0, m.index - 10), m.index))) continue;
    if (m[2] === '半') return { value: '0.5', at: placeOf(rec, m.index, m.index + m[0].length) };
    const n = countOf(m[2]!);
    if (!n) continue;
    return { value: m[5] ? `${n}.5` : n, at: placeOf(rec, m.index, m.index + m[0].length) };
  }
  return undefined;
}
