import type { Finding } from '../audit/finding.js';
import { toPlain } from '../decimal/dec.js';
import { countRange } from './count.js';
import { meetingFinding } from './finding.js';
import type { Meeting } from './schema.js';
import type { CountRange } from './tally.js';

/**
 * Rule `count.attendees`: the stated total (总计) against the sum of the groups counted in it.
 * A pending or lost group makes the check `uncheckable` (info) — unless the known groups alone
 * already exceed the total, which no missing group can repair. Approximate figures on either side
 * mismatch only when their ranges do not meet, and then as a warning.
 *
 * @example
 * ```ts
 * checkAttendees(meeting, attendees); // [{ rule: 'count.attendees', verdict: 'uncheckable', … }]
 * ```
 */
export function checkAttendees(m: Meeting, attendees: CountRange): Finding[] {
  if (m.groups.length === 0)
    // Head counts, rooms, meals and badges all come from the groups: with none, nothing is derived.
    return [
      meetingFinding({
        rule: 'count.no-groups',
        severity: 'warning',
        verdict: 'uncheckable',
        path: ['groups'],
        reason: 'no attendee groups',
        en: 'No attendee groups were given (or read from the text): head counts, rooms, meals and badges cannot be derived.',
        zh: '未给出（或未从原文读出）参会人员分组：无法推算人数、房间、用餐和证件。',
      }),
    ];
  if (m.statedTotal === undefined) return [];
  const stated = countRange(m.statedTotal, 'statedTotal');
  const path = ['statedTotal'];
  const s = stated.toTally();
  const sum = attendees.toTally();
  const statedMax = stated.max!; // a stated total is never pending (parseMeeting refuses it)
  const approx = !stated.exact || (attendees.max !== null && !attendees.min.eq(attendees.max));
  if (attendees.min.gt(statedMax)) {
    const diff = toPlain(stated.nominal.minus(attendees.min));
    return [
      meetingFinding({
        rule: 'count.attendees',
        severity: approx ? 'warning' : 'error',
        verdict: 'mismatch',
        path,
        stated: s.value,
        expected: sum.min,
        difference: diff,
        en: `Stated total ${s.value} is less than the ${sum.min} people the groups already count.`,
        zh: `总计写作 ${s.value} 人，但各组人数至少为 ${sum.min} 人。`,
      }),
    ];
  }
  if (attendees.pendingLabels.length) {
    const missing = toPlain(stated.nominal.minus(attendees.nominal));
    const groups = attendees.pendingLabels.join(', ');
    return [
      meetingFinding({
        rule: 'count.attendees',
        severity: 'info',
        verdict: 'uncheckable',
        path,
        stated: s.value,
        expected: sum.value,
        reason: `pending groups: ${groups}`,
        en: `Stated total ${s.value} cannot be checked: group(s) ${groups} have no count; the known groups make ${sum.value}, so the rest would be ${missing}.`,
        zh: `总计 ${s.value} 人无法核对：${groups} 人数待定；已知各组共 ${sum.value} 人，其余应为 ${missing} 人。`,
      }),
    ];
  }
  if (attendees.max?.lt(stated.min)) {
    const diff = toPlain(stated.nominal.minus(attendees.nominal));
    return [
      meetingFinding({
        rule: 'count.attendees',
        severity: approx ? 'warning' : 'error',
        verdict: 'mismatch',
        path,
        stated: s.value,
        expected: sum.value,
        difference: diff,
        en: `Stated total ${s.value} should be ${sum.exact ? sum.value : `${sum.min}–${sum.max}`} (the sum of the groups).`,
        zh: `总计应为 ${sum.exact ? sum.value : `${sum.min}–${sum.max}`} 人（各组之和），写作 ${s.value} 人。`,
      }),
    ];
  }
  return [];
}
