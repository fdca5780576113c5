import type { Finding } from '../audit/finding.js';
import { Dec } from '../decimal/dec.js';
import { isPlaceholder, meetingFinding } from './finding.js';
import {
  addCalendarDays,
  comparePartialDates,
  formatPartialDate,
  type PartialDate,
  readPartialDate,
} from './partial-date.js';
import type { Meeting, Owner, Task } from './schema.js';

/** One task's deadline on the calendar. */
export interface DeadlineEntry {
  taskIndex: number;
  id: string | null;
  task: string;
  owners: string[];
  /** The deadline as a (possibly partial) date, `null` when relative to a meeting date not yet known. */
  date: string | null;
  /** Days before the meeting, for deadlines stated that way. */
  daysBeforeMeeting: string | null;
}

/**
 * Writes an owner as `person（unit，role）`.
 *
 * @example
 * ```ts
 * formatOwner({ person: '崔晓峰', role: '负责' }); // '崔晓峰（负责）'
 * ```
 */
export function formatOwner(o: Owner): string {
  const extra = [o.unit, o.role].filter((x): x is string => !!x);
  const who = o.person ?? '';
  return extra.length ? `${who}（${extra.join('，')}）` : who;
}

function resolveDeadline(d: Task, meeting: PartialDate | null): PartialDate | null {
  if (d.deadline === undefined) return null;
  if (typeof d.deadline === 'string') {
    const r = readPartialDate(d.deadline);
    return r.ok ? r.date : null;
  }
  if (!meeting) return null;
  return addCalendarDays(meeting, -Number.parseInt(new Dec(d.deadline.daysBeforeMeeting).toFixed(0), 10));
}

function sortKey(d: PartialDate | null): [number, number, number] {
  // Unknown parts sort last so the dated, checkable deadlines lead the list.
  return [d?.year ?? 9999, d?.month ?? 99, d?.day ?? 99];
}

/**
 * Orders the tasks' deadlines by date and checks them: `deadline.after-meeting` (a deadline after
 * the meeting starts; uncheckable while the meeting's day is blank), `deadline.order` (a task due
 * before a task it must follow, e.g. a review before its drafts), and `task.no-owner` (a task or
 * site visit with no owner, or only placeholder names like `**`).
 *
 * @example
 * ```ts
 * deadlinePlan(meeting, parsePartialDate('2011-04-20')).deadlines.map((d) => d.date); // ['2011-04-11', '2011-04-13']
 * ```
 */
export function deadlinePlan(
  m: Meeting,
  meeting: PartialDate | null,
): { deadlines: DeadlineEntry[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const tasks = m.tasks ?? [];
  const resolved = tasks.map((t) => resolveDeadline(t, meeting));
  const byId = new Map<string, number>();
  tasks.forEach((t, i) => {
    if (t.id !== undefined) byId.set(t.id, i);
  });
  tasks.forEach((t, i) => {
    const due = resolved[i] ?? null;
    const path = ['tasks', i, 'deadline'];
    if (due && meeting) {
      const c = comparePartialDates(due, meeting);
      const when = formatPartialDate(meeting);
      if (c === 1) {
        findings.push(
          meetingFinding({
            rule: 'deadline.after-meeting',
            severity: 'error',
            verdict: 'mismatch',
            path,
            stated: formatPartialDate(due),
            expected: when,
            en: `"${t.task}" is due ${formatPartialDate(due)}, after the meeting (${when}).`,
            zh: `“${t.task}”的期限${formatPartialDate(due)}晚于会议时间（${when}）。`,
          }),
        );
      } else if (c === null) {
        findings.push(
          meetingFinding({
            rule: 'deadline.after-meeting',
            severity: 'info',
            verdict: 'uncheckable',
            path,
            stated: formatPartialDate(due),
            expected: when,
            reason: 'the meeting date is partial',
            en: `"${t.task}" is due ${formatPartialDate(due)}; whether that is before the meeting (${when}) cannot be told until its date is set.`,
            zh: `“${t.task}”的期限为${formatPartialDate(due)}；会议日期（${when}）未定，无法判断是否在会前。`,
          }),
        );
      }
    }
    t.after?.forEach((id, j) => {
      const k = byId.get(id);
      const before = k === undefined ? null : (resolved[k] ?? null);
      if (!due || !before || k === undefined) return;
      if (comparePartialDates(due, before) === -1) {
        const other = tasks[k]!.task;
        findings.push(
          meetingFinding({
            rule: 'deadline.order',
            severity: 'error',
            verdict: 'mismatch',
            path: ['tasks', i, 'after', j],
            stated: formatPartialDate(due),
            expected: formatPartialDate(before),
            en: `"${t.task}" is due ${formatPartialDate(due)}, before "${other}" (${formatPartialDate(before)}) that it must follow.`,
            zh: `“${t.task}”的期限${formatPartialDate(due)}早于其前置任务“${other}”（${formatPartialDate(before)}）。`,
          }),
        );
      }
    });
  });
  const ownerless = (
    owners: Owner[] | undefined,
    path: (string | number)[],
    what: string,
    whatZh: string,
  ) => {
    const named = (owners ?? []).filter(
      (o) => (o.person && !isPlaceholder(o.person)) || (o.unit && !isPlaceholder(o.unit)),
    );
    if (named.length) return;
    const blank = (owners ?? []).length > 0;
    findings.push(
      meetingFinding({
        rule: 'task.no-owner',
        severity: blank ? 'info' : 'warning',
        verdict: blank ? 'uncheckable' : 'mismatch',
        path,
        ...(blank ? { reason: 'owner name is a placeholder' } : {}),
        en: blank ? `${what} names its owner only as a placeholder.` : `${what} has no owner.`,
        zh: blank ? `${whatZh}的责任人姓名空缺（占位符）。` : `${whatZh}没有责任人。`,
      }),
    );
  };
  tasks.forEach((t, i) => {
    ownerless(t.owners, ['tasks', i, 'owners'], `Task "${t.task}"`, `任务“${t.task}”`);
  });
  (m.visits ?? []).forEach((v, i) => {
    ownerless(v.owners, ['visits', i, 'owners'], `Site visit "${v.name}"`, `参观点“${v.name}”`);
  });
  const deadlines = tasks
    .map((t, i): [DeadlineEntry, PartialDate | null] => [
      {
        taskIndex: i,
        id: t.id ?? null,
        task: t.task,
        owners: (t.owners ?? []).map(formatOwner),
        date: resolved[i] ? formatPartialDate(resolved[i]!) : null,
        daysBeforeMeeting:
          typeof t.deadline === 'object' ? new Dec(t.deadline.daysBeforeMeeting).toFixed(0) : null,
      },
      resolved[i] ?? null,
    ])
    .filter(([e]) => e.date !== null || e.daysBeforeMeeting !== null)
    .sort(([a, da], [b, db]) => {
      const ka = sortKey(da);
      const kb = sortKey(db);
      for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
      return a.taskIndex - b.taskIndex;
    })
    .map(([e]) => e);
  return { deadlines, findings };
}
