import { getISODay } from 'date-fns';
import { Dec } from '../../decimal/dec.js';
import { locate, pointAt } from '../lines.js';
import { parseChineseNumber } from '../numerals.js';
import { datesIn, toDate } from './dates.js';
import type { RuleExamples, TextRule } from './types.js';

// (星期六), （周日）, 星期天, 礼拜三 right after a date.
const WEEKDAY = /^\s*[(（]?\s*(?:星期|周|礼拜)([一二三四五六日天七1-7])\s*[)）]?/;
const NAMES = ['', '一', '二', '三', '四', '五', '六', '日'];
// A year as notices write it: 2022年, or 2022春节 / 2023元旦 without 年.
const YEAR = /((?:19|20)\d{2})\s*(?=年|春节|元旦|国庆|中秋|寒假|暑假|清明|端午|劳动节|五一|十一)/g;

function isoOf(c: string): number {
  if (c === '日' || c === '天' || c === '七') return 7;
  if (/\d/.test(c)) return Number.parseInt(c, 10);
  return Number.parseInt(parseChineseNumber(c)?.toFixed() ?? '0', 10);
}

/**
 * `date.weekday`: a weekday written after a date (`2023年5月14日(星期六)`) against the calendar. The
 * year must be written with the date or earlier in its line; a year taken from earlier in the line
 * that gives the wrong weekday while the next or the previous year would fit is uncheckable (the
 * date may belong to a year the text does not write). Without a year nothing is checked.
 */
export const weekday: TextRule = {
  name: 'weekday',
  emits: ['date.weekday'],
  summary: 'A weekday written after a date is that date’s weekday.',
  check(ctx) {
    const b = ctx.block;
    const recs = b.kind === 'paragraph' ? [b.line] : b.rows.map((r) => r.line);
    let docYear: number | undefined | null = null;
    const yearAbove = (): number | undefined => {
      if (docYear !== null) return docYear;
      docYear = undefined;
      const first = b.kind === 'paragraph' ? b.segments[0] : undefined;
      if (!first) return undefined;
      let n = 0;
      for (const seg of ctx.segmentsBefore(first)) {
        if (++n > 40) break;
        const ys = [...seg.line.text.slice(seg.start, seg.end).matchAll(YEAR)];
        if (ys.length) {
          docYear = Number.parseInt(ys[ys.length - 1]![1]!, 10);
          break;
        }
      }
      return docYear;
    };
    for (const rec of recs) {
      if (!/星期|周|礼拜/.test(rec.text)) continue;
      for (const d of datesIn(rec)) {
        const m = WEEKDAY.exec(rec.text.slice(d.end, d.end + 8));
        if (!m) continue;
        // (星期三至星期日) after a range names both ends: not this date's weekday alone.
        if (
          /^\s*(?:至|到|[-—~～])\s*(?:星期|周|礼拜)/.test(
            rec.text.slice(d.end + m[0].length, d.end + m[0].length + 6),
          )
        )
          continue;
        // No year in the line: the last year written above (the notice's year), as an inferred one;
        // with none written at all, the year the weekdays before give.
        let byWeekdays: number | undefined;
        if (d.year === undefined) {
          const above = yearAbove();
          if (above === undefined) byWeekdays = yearOfWeekdays(ctx.memory, d.month, d.day);
          const y = above ?? byWeekdays;
          remember(ctx.memory, d.month, d.day, isoOf(m[1]!));
          if (y === undefined) continue;
          d.year = y;
          d.yearInferred = true;
        }
        const date = toDate(d.year, d.month, d.day);
        if (!date) continue;
        const stated = isoOf(m[1]!);
        const actual = getISODay(date);
        const wStart = d.end + m.index + m[0].indexOf(m[1]!) - 2;
        const claim = {
          kind: 'date' as const,
          rule: 'date.weekday',
          at: locate(rec, d.start, d.end + m[0].length),
          operands: [
            {
              text: rec.text.slice(d.start, d.end),
              value: null,
              unit: '日',
              ...pointAt(rec, d.start),
            },
          ],
          stated: {
            text: `星期${NAMES[stated]}`,
            value: String(stated),
            unit: '',
            ...pointAt(rec, Math.max(d.end, wStart)),
          },
          expected: String(actual),
          fact: { date: `${d.year}-${d.month}-${d.day}`, weekday: String(actual) },
          verdict: stated === actual ? ('match' as const) : ('mismatch' as const),
          difference: new Dec(stated - actual).toFixed(),
        } satisfies import('../claim.js').Claim;
        if (claim.verdict === 'mismatch' && byWeekdays !== undefined) {
          // 12月30日 in a notice of the next year's holidays, 1月2日 in one of this year's winter: a date
          // at the year's edge may be of the year next to it.
          const edge =
            (d.month >= 11 && fits(d.year - 1, d.month, d.day, stated)) ||
            (d.month <= 2 && fits(d.year + 1, d.month, d.day, stated));
          if (edge) {
            ctx.claim({
              ...claim,
              verdict: 'uncheckable',
              reason: 'the date may be of the year before or after',
            });
            continue;
          }
          ctx.claim({ ...claim, reason: `the year ${d.year} is the one the document's other weekdays give` });
          continue;
        }
        if (claim.verdict === 'mismatch' && d.yearInferred) {
          const other = [d.year - 1, d.year + 1].some((y) => {
            const dd = toDate(y, d.month, d.day);
            return dd !== undefined && getISODay(dd) === stated;
          });
          if (other) {
            ctx.claim({ ...claim, verdict: 'uncheckable', reason: 'the year is not written with the date' });
            continue;
          }
        }
        ctx.claim(claim);
      }
    }
  },
};

const PAIRS = 'weekday:yearless';
const MAX_PAIRS = 80;
// The years a notice without its year may be of.
const FIRST_YEAR = 1990;
const LAST_YEAR = 2040;
// Weekdays before a date that must agree on its year, and the share of them that must.
const MIN_PAIRS = 5;
const AGREE = 0.9;

interface Pair {
  month: number;
  day: number;
  iso: number;
}

function fits(year: number, month: number, day: number, iso: number): boolean {
  const dd = toDate(year, month, day);
  return dd !== undefined && getISODay(dd) === iso;
}

function remember(memory: Map<string, unknown>, month: number, day: number, iso: number): void {
  let pairs = memory.get(PAIRS) as Pair[] | undefined;
  if (!pairs) {
    pairs = [];
    memory.set(PAIRS, pairs);
  }
  if (pairs.length < MAX_PAIRS) pairs.push({ month, day, iso });
}

/**
 * The year of a notice that writes none (`1月1日(星期五)…2月7日(星期日)…`): the years whose calendar
 * gives at least 90% of the five or more weekdays written before this date; undefined unless they
 * all give this date the same weekday (calendars repeat, so several years may fit), and then the
 * first of them.
 */
function yearOfWeekdays(memory: Map<string, unknown>, month: number, day: number): number | undefined {
  const pairs = (memory.get(PAIRS) as Pair[] | undefined) ?? [];
  if (pairs.length < MIN_PAIRS) return undefined;
  const years: number[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const ok = pairs.filter((p) => fits(y, p.month, p.day, p.iso)).length;
    if (ok >= pairs.length * AGREE) years.push(y);
  }
  if (years.length === 0) return undefined;
  const iso = (y: number) => {
    const dd = toDate(y, month, day);
    return dd ? getISODay(dd) : 0;
  };
  return years.every((y) => iso(y) === iso(years[0]!) && iso(y) !== 0) ? years[0] : undefined;
}

/** What {@link weekday} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const weekdayExamples: RuleExamples = {
  ok: [
    // Weekdays of two years: no year gives nine in ten of them, so nothing is checked.
    {
      text: '1月1日(星期五)\n2月7日(星期日)\n4月4日(星期一)\n1月1日(星期日)\n1月28日(星期六)\n4月4日(星期二)\n6月11日(星期一)',
      findings: [],
    },
    {
      text: '会议定于2023年5月14日(星期日)召开',
      findings: [{ rule: 'date.weekday', verdict: 'match', stated: '7', expected: '7' }],
    },
  ],
  notOk: [
    // No year written: the weekdays before give 2016, when 6月11日 was a Saturday.
    {
      text: '1月1日(星期五)为法定节假日\n1月4日(星期一)照常上班。\n2月7日(星期日)为除夕\n2月8日(星期一)为春节\n4月4日(星期一)为清明\n5月1日(星期日)为劳动节\n6月9日(星期四)为端午\n6月11日(星期日)公休',
      findings: [{ rule: 'date.weekday', verdict: 'mismatch', stated: '7', expected: '6' }],
    },
    {
      text: '会议定于2023年5月14日(星期六)召开',
      findings: [{ rule: 'date.weekday', verdict: 'mismatch', stated: '6', expected: '7' }],
    },
  ],
};
