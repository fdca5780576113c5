import { differenceInCalendarDays, isValid } from 'date-fns';
import type { Claim } from './claim.js';
import { type LineRecord, locate } from './lines.js';
import { parseChineseNumber } from './numerals.js';

const RANGE_RE =
  /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日[^至到\-—―~～,，。]{0,4}(?:至|到|-|—|―|~|～)(?:(\d{1,2})月)?(\d{1,2})日/g;
const SPAN_RE = /^[^。;；]{0,12}?(为期|历时|会期|共)(\d{1,3}|[一二三四五六七八九十两]{1,3})天/;
const DATE_RE =
  /(?:(\d{4}|\d{2}\*{1,2}|\d{2}[xX]{1,2})年)?(\d{1,2}|\s{1,3})月(\d{1,2}|\s{1,3}|[xX]{1,2}|\*{1,2})日/g;
const TIME_RE = /(上午|下午|晚上|早上|中午|凌晨)?(\d{1,2})[:：](\d{2})(?!\d)/g;
const YEAR_RE = /(\d{4})年/g;

function lastYearBefore(text: string, at: number): number | undefined {
  let y: number | undefined;
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m && m.index < at; m = YEAR_RE.exec(text)) y = Number.parseInt(m[1]!, 10);
  return y;
}

function makeDate(y: number, m: number, d: number): Date | undefined {
  const dt = new Date(y, m - 1, d);
  return isValid(dt) && dt.getMonth() === m - 1 && dt.getDate() === d ? dt : undefined;
}

/**
 * Dates (`2011年4月 日`, blank day kept as a placeholder), times (`上午9:00`) and date ranges in a line,
 * as fact claims for a meeting model; and durations `从3月18日开始至28日结束,为期10天`, checked as
 * inclusive day counts (rule `duration.days`: 18 to 28 is 11 days).
 *
 * @example
 * ```ts
 * extractDates(lineRecord(1, '从3月18日开始至28日结束,为期10天')).find((c) => c.rule)?.verdict; // 'mismatch'
 * ```
 */
export function extractDates(rec: LineRecord): Claim[] {
  const t = rec.text;
  const claims: Claim[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(t); m; m = DATE_RE.exec(t)) {
    const fact: Record<string, string> = {
      month: m[2]!.trim() || '?',
      day: /^\d+$/.test(m[3]!) ? m[3]! : '?',
    };
    if (m[1]) fact.year = /^\d{4}$/.test(m[1]) ? m[1] : '?';
    claims.push({
      kind: 'date',
      rule: '',
      at: locate(rec, m.index, m.index + m[0].length),
      operands: [],
      fact,
    });
  }
  TIME_RE.lastIndex = 0;
  for (let m = TIME_RE.exec(t); m; m = TIME_RE.exec(t)) {
    let h = Number.parseInt(m[2]!, 10);
    const min = Number.parseInt(m[3]!, 10);
    if (h > 24 || min > 59) continue;
    if ((m[1] === '下午' || m[1] === '晚上') && h < 12) h += 12;
    const fact = { time: `${String(h).padStart(2, '0')}:${m[3]}` };
    claims.push({
      kind: 'time',
      rule: '',
      at: locate(rec, m.index, m.index + m[0].length),
      operands: [],
      fact,
    });
  }
  RANGE_RE.lastIndex = 0;
  for (let m = RANGE_RE.exec(t); m; m = RANGE_RE.exec(t)) {
    const m1 = Number.parseInt(m[2]!, 10);
    const d1 = Number.parseInt(m[3]!, 10);
    const m2 = m[4] ? Number.parseInt(m[4], 10) : m1;
    const d2 = Number.parseInt(m[5]!, 10);
    const year = m[1] ? Number.parseInt(m[1], 10) : lastYearBefore(t, m.index);
    // Without a year, a range over the end of February could have either length.
    const y = year ?? 2001;
    const crossesFeb = year === undefined && ((m1 <= 2 && m2 >= 3) || m2 < m1);
    const a = makeDate(y, m1, d1);
    const b = makeDate(m2 < m1 ? y + 1 : y, m2, d2);
    if (!a || !b) continue;
    const days = differenceInCalendarDays(b, a) + 1;
    const end = m.index + m[0].length;
    claims.push({
      kind: 'date-range',
      rule: '',
      at: locate(rec, m.index, end),
      operands: [],
      fact: { from: `${m1}-${d1}`, to: `${m2}-${d2}`, days: String(days) },
    });
    const span = SPAN_RE.exec(t.slice(end));
    if (!span) continue;
    const stated = parseChineseNumber(span[2]!);
    if (!stated) continue;
    const sStart = end + span.index + span[0].length - span[2]!.length - 1;
    const claim: Claim = {
      kind: 'duration',
      rule: 'duration.days',
      at: locate(rec, m.index, end + span[0].length),
      operands: [
        {
          text: `${m1}月${d1}日`,
          value: null,
          unit: '日',
          line: rec.line,
          column: rec.norm.origin[m.index]! + 1,
        },
        {
          text: `${m2}月${d2}日`,
          value: null,
          unit: '日',
          line: rec.line,
          column: rec.norm.origin[end - 1]! + 1,
        },
      ],
      stated: {
        text: `${span[2]}天`,
        value: stated.toFixed(),
        unit: '天',
        line: rec.line,
        column: rec.norm.origin[Math.max(0, sStart)]! + 1,
      },
      expected: String(days),
      fact: { inclusiveDays: String(days) },
    };
    const diff = stated.minus(days);
    if (crossesFeb) {
      claim.verdict = 'uncheckable';
      claim.reason = 'no year given and the range spans the end of February';
    } else if (diff.isZero()) claim.verdict = 'match';
    else {
      claim.verdict = 'mismatch';
      claim.reason = `counting both the first and the last day gives ${days} days`;
    }
    claim.difference = diff.toFixed();
    claims.push(claim);
  }
  return claims;
}
