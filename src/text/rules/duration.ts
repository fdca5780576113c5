import { differenceInCalendarDays } from 'date-fns';
import { Dec } from '../../decimal/dec.js';
import type { Claim } from '../claim.js';
import { locate, pointAt } from '../lines.js';
import { parseChineseNumber } from '../numerals.js';
import { datesIn, toDate } from './dates.js';
import type { RuleExamples, TextRule } from './types.js';

// What may join the two ends of a range: 至, 到, a dash, or 开始…结束.
const JOIN =
  /^\s*(?:[(（][^)）]{1,6}[)）])?\s*(?:开始|起)?\s*[,，]?\s*(?:至|到|[-—―~～－–]{1,3})?\s*(?:(\d{1,2})\s*[日号])?/;
// The stated length right after the range: ,为期10天 / 共37天 / (3天) / 会期四天.
const SPAN =
  /^\s*(?:结束|止)?[^。;；,，\d]{0,8}?[,，]?\s*[(（]?\s*(?:为期|历时|会期|共计|共|计|时长|总计)\s*([\d一二三四五六七八九十两]{1,4})(?:个)?\s*(天|日)(半)?/;

const SPAN_BEFORE =
  /(?:为期|历时|会期|时长)\s*([\d一二三四五六七八九十两]{1,4})(?:个)?\s*(天|日)(半)?\s*[(（]\s*(?:自|从)?\s*$/;

/**
 * `duration.days`: a date range and the number of days stated for it (`从3月18日开始至28日结束,为期10天`,
 * `2024年1月20日开始,2月26日结束,共37天`), counting both the first and the last day. Working days
 * (工作日) are not counted (they need a holiday calendar); a range without a year that spans the end
 * of February is uncheckable.
 */
export const duration: TextRule = {
  name: 'duration',
  emits: ['duration.days'],
  summary: 'The days stated for a date range count both its ends.',
  check(ctx) {
    const b = ctx.block;
    if (b.kind !== 'paragraph') return;
    const rec = b.line;
    const t = rec.text;
    if (!t.includes('天') && !t.includes('日')) return;
    const ds = datesIn(rec);
    for (let k = 0; k < ds.length; k++) {
      const a = ds[k]!;
      const j = JOIN.exec(t.slice(a.end, a.end + 24));
      let endDay: { year: number | undefined; month: number; day: number; end: number } | undefined;
      if (j?.[1])
        endDay = { year: a.year, month: a.month, day: Number.parseInt(j[1], 10), end: a.end + j[0].length };
      else if (ds[k + 1] && j && ds[k + 1]!.start === a.end + j[0].length) {
        const n = ds[k + 1]!;
        endDay = { year: n.yearInferred ? a.year : n.year, month: n.month, day: n.day, end: n.end };
      }
      if (!endDay || !j || j[0].trim() === '') continue;
      let span = SPAN.exec(t.slice(endDay.end, endDay.end + 20));
      let spanAt = endDay.end;
      if (!span) {
        // 会期3天（5月10日至13日）: the length stated first, its range in brackets after it.
        const from = Math.max(0, a.start - 16);
        span = SPAN_BEFORE.exec(t.slice(from, a.start));
        spanAt = from;
      }
      if (!span) continue;
      const n = parseChineseNumber(span[1]!);
      if (!n) continue;
      const stated = span[3] ? n.plus('0.5') : n;
      const year = a.year ?? 2001;
      const from = toDate(year, a.month, a.day);
      const to = toDate(endDay.month < a.month ? year + 1 : year, endDay.month, endDay.day);
      if (!from || !to || to < from) continue;
      const days = differenceInCalendarDays(to, from) + 1;
      const sAt = spanAt + span.index + span[0].indexOf(span[1]!);
      const claim: Claim = {
        kind: 'duration',
        rule: 'duration.days',
        at: locate(
          rec,
          Math.min(a.start, spanAt + span.index),
          Math.max(endDay.end, spanAt + span.index + span[0].length),
        ),
        operands: [
          { text: t.slice(a.start, a.end), value: null, unit: '日', ...pointAt(rec, a.start) },
          {
            text: `${endDay.month}月${endDay.day}日`,
            value: null,
            unit: '日',
            ...pointAt(rec, endDay.end - 1),
          },
        ],
        stated: {
          text: `${span[1]}${span[2]}${span[3] ?? ''}`,
          value: stated.toFixed(),
          unit: '天',
          ...pointAt(rec, sAt),
        },
        expected: String(days),
        fact: { inclusiveDays: String(days) },
      };
      const crossesFeb =
        a.year === undefined && ((a.month <= 2 && endDay.month >= 3) || endDay.month < a.month);
      const diff = stated.minus(new Dec(days));
      claim.difference = diff.toFixed();
      if (span[3]) {
        // 10天半: a half day at one end; consistent when it lies within a day of the count.
        claim.verdict = diff.abs().lte(1) ? 'match' : 'mismatch';
      } else if (diff.isZero()) claim.verdict = 'match';
      else if (crossesFeb) {
        claim.verdict = 'uncheckable';
        claim.reason = 'no year given and the range spans the end of February';
      } else {
        claim.verdict = 'mismatch';
        claim.reason = `counting both the first and the last day gives ${days} days`;
      }
      ctx.claim(claim);
    }
  },
};

/** What {@link duration} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const durationExamples: RuleExamples = {
  ok: [
    {
      text: '会议于5月10日至15日举行,为期6天',
      findings: [{ rule: 'duration.days', verdict: 'match', stated: '6', expected: '6' }],
    },
  ],
  notOk: [
    {
      text: '从3月18日开始至28日结束,为期10天',
      findings: [{ rule: 'duration.days', verdict: 'mismatch', stated: '10', expected: '11' }],
    },
    {
      text: '培训会期3天(2024年6月10日至13日)',
      findings: [{ rule: 'duration.days', verdict: 'mismatch', stated: '3', expected: '4' }],
    },
  ],
};
