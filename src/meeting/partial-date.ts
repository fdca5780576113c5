import { HuiwuError } from '../errors.js';

/**
 * A date whose parts may still be blank, as in `2011年4月 日上午9:00`: each part is a number or
 * `null` when the document left it open.
 */
export interface PartialDate {
  year: number | null;
  month: number | null;
  day: number | null;
  /** Minutes after midnight, or `null` when no time was given. */
  minutes: number | null;
}

const PLACEHOLDER = '[?？xX×*＊]';
const PART = (n: number) => `((?:\\d|${PLACEHOLDER}){${n}})`;
/**
 * `YYYY-MM`, `YYYY-MM-DD`, each part digits or placeholders, optionally ` HH:MM`.
 *
 * @example
 * ```ts
 * new RegExp(PARTIAL_DATE_PATTERN).test('2011-04-?? 09:00'); // true
 * ```
 */
export const PARTIAL_DATE_PATTERN = `^${PART(4)}-${PART(2)}(?:-${PART(2)})?(?:[ T](\\d{1,2}):(\\d{2}))?$`;
const RE = new RegExp(PARTIAL_DATE_PATTERN);
/**
 * `HH:MM` on a 24-hour clock.
 *
 * @example
 * ```ts
 * new RegExp(TIME_PATTERN).test('09:00'); // true
 * ```
 */
export const TIME_PATTERN = '^([01]?\\d|2[0-3]):([0-5]\\d)$';

function part(s: string | undefined): number | null {
  if (s === undefined || !/^\d+$/.test(s)) return null;
  return Number.parseInt(s, 10);
}

function daysInMonth(year: number | null, month: number): number {
  if (month === 2) {
    // A year-less February could be a leap one; allow the 29th rather than reject a real date.
    if (year === null) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Reads a partial date: `2011-04-?? 09:00`, `2011-04` (day blank), `????-05-10`, `2011-04-13`.
 * Returns why it is invalid instead of throwing, so schema checks can report every problem at once.
 *
 * @example
 * ```ts
 * readPartialDate('2011-04-?? 09:00'); // { ok: true, date: { year: 2011, month: 4, day: null, minutes: 540 } }
 * readPartialDate('2011-02-30').ok;    // false
 * ```
 */
export function readPartialDate(s: string): { ok: true; date: PartialDate } | { ok: false; message: string } {
  const m = RE.exec(s.trim());
  if (!m) return { ok: false, message: `"${s}" is not a date like 2011-04-13, 2011-04-?? 09:00 or 2011-04` };
  const year = part(m[1]);
  const month = part(m[2]);
  const day = part(m[3]);
  if (month !== null && (month < 1 || month > 12))
    return { ok: false, message: `month ${month} is not 1–12` };
  if (day !== null) {
    if (day < 1) return { ok: false, message: `day ${day} is not a day of the month` };
    if (month !== null && day > daysInMonth(year, month)) {
      return { ok: false, message: `${s}: month ${month} has no day ${day}` };
    }
  }
  let minutes: number | null = null;
  if (m[4] !== undefined && m[5] !== undefined) {
    const h = Number.parseInt(m[4], 10);
    const min = Number.parseInt(m[5], 10);
    if (h > 23 || min > 59) return { ok: false, message: `${m[4]}:${m[5]} is not a time of day` };
    minutes = h * 60 + min;
  }
  return { ok: true, date: { year, month, day, minutes } };
}

/**
 * Like {@link readPartialDate} but throws a `SCHEMA` {@link HuiwuError} for an invalid date.
 *
 * @example
 * ```ts
 * parsePartialDate('2011-04-13').day; // 13
 * ```
 */
export function parsePartialDate(s: string, path: (string | number)[] = []): PartialDate {
  const r = readPartialDate(s);
  if (!r.ok)
    throw new HuiwuError('SCHEMA', r.message, { path }, [{ code: 'date', path, message: r.message }]);
  return r.date;
}

/**
 * True when every calendar part (year, month, day) is known.
 *
 * @example
 * ```ts
 * isCompleteDate('2011-04-??'); // false
 * ```
 */
export function isCompleteDate(d: PartialDate): boolean {
  return d.year !== null && d.month !== null && d.day !== null;
}

/**
 * Writes a partial date back in the input format, blanks as `??`.
 *
 * @example
 * ```ts
 * formatPartialDate({ year: 2011, month: 4, day: null, minutes: 540 }); // '2011-04-?? 09:00'
 * ```
 */
export function formatPartialDate(d: PartialDate): string {
  const p = (n: number | null, w: number) => (n === null ? '?'.repeat(w) : String(n).padStart(w, '0'));
  const date = `${p(d.year, 4)}-${p(d.month, 2)}-${p(d.day, 2)}`;
  return d.minutes === null ? date : `${date} ${formatMinutes(d.minutes)}`;
}

/**
 * Writes minutes after midnight as `HH:MM`.
 *
 * @example
 * ```ts
 * formatMinutes(570); // '09:30'
 * ```
 */
export function formatMinutes(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * Reads `HH:MM` as minutes after midnight.
 *
 * @example
 * ```ts
 * parseTime('14:30'); // 870
 * ```
 */
export function parseTime(s: string): number {
  const m = new RegExp(TIME_PATTERN).exec(s);
  if (!m) throw new HuiwuError('SCHEMA', `"${s}" is not a time like 09:00`);
  return Number.parseInt(m[1]!, 10) * 60 + Number.parseInt(m[2]!, 10);
}

/**
 * Compares two partial dates on the calendar: `-1`/`0`/`1` when the known parts decide it, `null`
 * when a blank part leaves the order open (2011-04-?? against 2011-04-11).
 *
 * @example
 * ```ts
 * comparePartialDates(parsePartialDate('2011-04-11'), parsePartialDate('2011-04-13')); // -1
 * comparePartialDates(parsePartialDate('2011-04-11'), parsePartialDate('2011-04-??')); // null
 * ```
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): -1 | 0 | 1 | null {
  // Two blank years are read as the same (unknown) year: one plan's dates share it.
  if ((a.year === null) !== (b.year === null)) return null;
  if (a.year !== null && b.year !== null && a.year !== b.year) return a.year < b.year ? -1 : 1;
  for (const [x, y] of [
    [a.month, b.month],
    [a.day, b.day],
  ] as const) {
    if (x === null || y === null) return null;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Days from `a` to `b` (both with known month and day; a blank year is read as the same year).
 * Uses UTC calendar arithmetic so time zones and daylight saving cannot shift a day.
 *
 * @example
 * ```ts
 * calendarDaysBetween(parsePartialDate('????-05-10'), parsePartialDate('????-05-15')); // 5
 * ```
 */
export function calendarDaysBetween(a: PartialDate, b: PartialDate): number | null {
  if (a.month === null || a.day === null || b.month === null || b.day === null) return null;
  if ((a.year === null) !== (b.year === null)) return null;
  // A common year stands in for an unknown one; ranges across February differ by at most one day.
  const ya = a.year ?? 2001;
  const yb = b.year ?? 2001;
  const ms = Date.UTC(yb, b.month - 1, b.day) - Date.UTC(ya, a.month - 1, a.day);
  return ms / 86_400_000;
}

/**
 * Shifts a date with known year, month and day by whole days.
 *
 * @example
 * ```ts
 * formatPartialDate(addCalendarDays(parsePartialDate('2011-05-01'), -2)); // '2011-04-29'
 * ```
 */
export function addCalendarDays(d: PartialDate, days: number): PartialDate | null {
  if (d.month === null || d.day === null) return null;
  const t = new Date(Date.UTC(d.year ?? 2001, d.month - 1, d.day + days));
  return {
    year: d.year === null ? null : t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    minutes: null,
  };
}
