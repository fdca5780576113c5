import type { Finding } from '../audit/finding.js';
import { Dec } from '../decimal/dec.js';
import { meetingFinding } from './finding.js';
import { formatMinutes, parseTime } from './partial-date.js';
import type { AgendaItem, Meeting, SessionName } from './schema.js';

/**
 * Default session windows; a meeting's `sessions` replaces any of them.
 *
 * @example
 * ```ts
 * DEFAULT_SESSIONS['上午']; // the morning window
 * ```
 */
export const DEFAULT_SESSIONS: Readonly<Record<SessionName, { start: string; end: string }>> = {
  上午: { start: '08:00', end: '12:00' },
  下午: { start: '14:00', end: '18:00' },
  晚上: { start: '19:00', end: '22:00' },
};

/** One agenda item placed in time. Times are `HH:MM`; `null` where the input leaves them open. */
export interface TimelineEntry {
  index: number;
  title: string;
  kind: AgendaItem['kind'];
  presenter: string | null;
  day: number;
  session: SessionName;
  start: string | null;
  end: string | null;
  minutes: number | null;
}

function sessionOf(minutes: number): SessionName {
  if (minutes < 12 * 60) return '上午';
  return minutes < 18 * 60 ? '下午' : '晚上';
}

/**
 * Places the agenda in time: items follow one another within a session, starting at the meeting's
 * start time (day 1) or the session's start; an item with its own `start` begins there. Reports
 * `agenda.overrun` (an item ending after its session) and `agenda.overlap` (an item starting before
 * the previous one ends).
 *
 * @example
 * ```ts
 * agendaTimeline({ title: 't', groups: [], start: '2011-04-?? 09:00',
 *   agenda: [{ title: '工作报告', kind: 'report', minutes: 40 }] }).timeline[0]; // { start: '09:00', end: '09:40', … }
 * ```
 */
export function agendaTimeline(
  m: Meeting,
  meetingStart: number | null,
): { timeline: TimelineEntry[]; findings: Finding[] } {
  const timeline: TimelineEntry[] = [];
  const findings: Finding[] = [];
  // Per day: where the next item starts (null when an earlier item has no length), and the session.
  const cursor = new Map<
    number,
    { at: number | null; session: SessionName; lastEnd: number | null; lastIndex: number }
  >();
  (m.agenda ?? []).forEach((item, index) => {
    const day = item.day === undefined ? 1 : Number.parseInt(new Dec(item.day).toFixed(0), 10);
    const explicit = item.start === undefined ? null : parseTime(item.start);
    const prev = cursor.get(day);
    const firstStart = day === 1 && meetingStart !== null ? meetingStart : null;
    const session: SessionName =
      item.session ??
      (explicit !== null
        ? sessionOf(explicit)
        : (prev?.session ?? (firstStart !== null ? sessionOf(firstStart) : '上午')));
    const window = m.sessions?.[session] ?? DEFAULT_SESSIONS[session];
    let start: number | null;
    if (explicit !== null) start = explicit;
    else if (prev && prev.session === session) start = prev.at;
    else if (!prev && firstStart !== null && sessionOf(firstStart) === session) start = firstStart;
    else start = parseTime(window.start);
    const minutes = item.minutes === undefined ? null : Number.parseInt(new Dec(item.minutes).toFixed(0), 10);
    const end = start !== null && minutes !== null ? start + minutes : null;
    if (explicit !== null && prev?.lastEnd != null && explicit < prev.lastEnd) {
      findings.push(
        meetingFinding({
          rule: 'agenda.overlap',
          severity: 'error',
          verdict: 'mismatch',
          path: ['agenda', index, 'start'],
          stated: item.start!,
          expected: formatMinutes(prev.lastEnd),
          en: `"${item.title}" starts at ${item.start}, before item ${prev.lastIndex + 1} ends at ${formatMinutes(prev.lastEnd)}.`,
          zh: `“${item.title}”${item.start}开始，早于第${prev.lastIndex + 1}项的结束时间${formatMinutes(prev.lastEnd)}。`,
        }),
      );
    }
    const limit = parseTime(window.end);
    if (end !== null && end > limit) {
      findings.push(
        meetingFinding({
          rule: 'agenda.overrun',
          severity: 'warning',
          verdict: 'mismatch',
          path: ['agenda', index],
          stated: formatMinutes(end),
          expected: window.end,
          en: `"${item.title}" ends at ${formatMinutes(end)}, after the ${session} session ends at ${window.end}.`,
          zh: `“${item.title}”${formatMinutes(end)}结束，超出${session}会议时段（${window.end}止）。`,
        }),
      );
    }
    timeline.push({
      index,
      title: item.title,
      kind: item.kind,
      presenter: item.presenter ?? null,
      day,
      session,
      start: start === null ? null : formatMinutes(start),
      end: end === null ? null : formatMinutes(end),
      minutes,
    });
    cursor.set(day, {
      at: end,
      session,
      lastEnd: end ?? prev?.lastEnd ?? null,
      lastIndex: end === null ? (prev?.lastIndex ?? index) : index,
    });
  });
  return { timeline, findings };
}
