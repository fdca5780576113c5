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

const DATE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]|(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/g;

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
  const out: WrittenDate[] = [];
  const t = rec.text;
  let lastYear: number | undefined;
  DATE.lastIndex = 0;
  for (let m = DATE.exec(t); m; m = DATE.exec(t)) {
    const y = m[1] ?? m[4];
    const year = y ? Number.parseInt(y, 10) : undefined;
    const month = Number.parseInt(m[2] ?? m[5]!, 10);
    const day = Number.parseInt(m[3] ?? m[6]!, 10);
    if (year !== undefined) lastYear = year;
    else {
      const yw = /(\d{4})\s*年/g;
      for (let k = yw.exec(t.slice(0, m.index)); k; k = yw.exec(t.slice(0, m.index))) lastYear = Number.parseInt(k[1]!, 10);
    }
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      year: year ?? lastYear,
      yearInferred: year === undefined,
      month,
      day,
    });
  }
  return out;
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
  return isValid(d) && d.getFullYear() === year && d.getMonth() === month - 1 && d.getDate() === day ? d : undefined;
}
