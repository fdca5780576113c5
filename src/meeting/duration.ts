import { Dec, toPlain } from '../decimal/dec.js';
import { calendarDaysBetween, readPartialDate } from './partial-date.js';
import type { Duration } from './schema.js';

/** How long a meeting lasts. */
export interface MeetingDays {
  /** Meeting days for per-day figures: `0.5` for 会期半天. */
  days: string;
  /** Calendar days it occupies (a half day is one), the default for meals and vehicles. */
  calendarDays: number;
  /** False when the input gave no duration and one day was assumed. */
  stated: boolean;
}

/**
 * Reads a duration: `'half-day'` (会期半天), `{ days: 2 }`, or an inclusive range —
 * 5月10日至15日 is `{ from: '????-05-10', to: '????-05-15' }`, six days.
 *
 * @example
 * ```ts
 * meetingDays({ from: '????-05-10', to: '????-05-15' }).days; // '6'
 * meetingDays('half-day');                                   // { days: '0.5', calendarDays: 1, stated: true }
 * ```
 */
export function meetingDays(d: Duration | undefined): MeetingDays {
  if (d === undefined) return { days: '1', calendarDays: 1, stated: false };
  if (d === 'half-day') return { days: '0.5', calendarDays: 1, stated: true };
  if ('days' in d) {
    const n = new Dec(d.days);
    return { days: toPlain(n), calendarDays: Number.parseInt(toPlain(n), 10), stated: true };
  }
  const a = readPartialDate(d.from);
  const b = readPartialDate(d.to);
  const between = a.ok && b.ok ? calendarDaysBetween(a.date, b.date) : null;
  // parseMeeting rejects ranges it cannot measure, so null here means an unvalidated input.
  const n = between === null ? 1 : between + 1;
  return { days: String(n), calendarDays: n, stated: between !== null };
}
