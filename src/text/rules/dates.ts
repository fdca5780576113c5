import { isValid } from 'date-fns';
import type { LineRecord } from '../lines.js';

/** A calendar date written in a line, with the year it names or the one it was read with. */
export interface WrittenDate {
  start: number;
  end: number;
  year: number | undefined;
  /** True when the year is not written with the date but taken from earlier in the line. */
  yearInferred: boolean;
  month: number;
  day: number;
}

const cache = new WeakMap<LineRecord, WrittenDate[]>();

const DATE =
  /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]|(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)|(?<=[、和及与,，])(\d{1,2})\s*[日号]/g;

/**
 * The dates written in a line (`2023年5月14日`, `5月14日`, `2023-05-14`, `2023.5.14`), each with its
 * year: written, or the last year written before it in the line (marked inferred).
 *
 * @example
 * ```ts
 * datesIn(lineRecord(1, '2023年5月10日至14日'))[0]; // { year: 2023, month: 5, day: 10, … }
 * ```
 */
export function datesIn(rec: LineRecord): WrittenDate[] {
  const cached = cache.get(rec);
  if (cached) return cached.map((d) => ({ ...d }));
  const out: WrittenDate[] = [];
  const t = rec.text;
  cache.set(rec, out);
  if (!t.includes('月') && !/\d{4}[-./]\d/.test(t)) return [];
  let lastYear: number | undefined;
  const years: { index: number; year: number }[] = [];
  for (const y of t.matchAll(/((?:19|20)\d{2})\s*(?=年|春节|元旦|国庆|中秋|寒假|暑假)/g))
    years.push({ index: y.index!, year: Number.parseInt(y[1]!, 10) });
  let yi = 0;
  DATE.lastIndex = 0;
  for (let m = DATE.exec(t); m; m = DATE.exec(t)) {
    const y = m[1] ?? m[4];
    const year = y ? Number.parseInt(y, 10) : undefined;
    // 30日(星期六)、31日(星期日): a day alone takes the month of the date right before it.
    const prev = out[out.length - 1];
    if (m[7] !== undefined && (!prev || m.index - prev.end > 12)) continue;
    const month = m[7] !== undefined ? prev!.month : Number.parseInt(m[2] ?? m[5]!, 10);
    const day = Number.parseInt(m[3] ?? m[6] ?? m[7]!, 10);
    let near = false;
    if (year !== undefined) lastYear = year;
    else {
      // The last year written before the date, from the years found once per line.
      let at = -1;
      while (yi < years.length && years[yi]!.index < m.index) {
        lastYear = years[yi]!.year;
        at = years[yi]!.index;
        yi++;
      }
      if (at < 0 && yi > 0) at = years[yi - 1]!.index;
      // A year written a few words earlier in the same sentence is this date's year too.
      near = at >= 0 && m.index - at <= 24 && !/[。;；]/.test(t.slice(at, m.index));
    }
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      year: year ?? lastYear,
      yearInferred: year === undefined && !near,
      month,
      day,
    });
  }
  return out.map((d) => ({ ...d }));
}

/**
 * The date, when it exists in that year (no 2月30日).
 *
 * @example
 * ```ts
 * toDate(2023, 2, 30); // undefined
 * ```
 */
export function toDate(year: number, month: number, day: number): Date | undefined {
  const d = new Date(year, month - 1, day);
  return isValid(d) && d.getFullYear() === year && d.getMonth() === month - 1 && d.getDate() === day
    ? d
    : undefined;
}
