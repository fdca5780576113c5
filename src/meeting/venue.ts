import type { Finding } from '../audit/finding.js';
import { Dec, toPlain } from '../decimal/dec.js';
import { meetingFinding } from './finding.js';
import type { Meeting } from './schema.js';
import type { CountRange } from './tally.js';

/** The meeting room against the people it must seat. */
export interface VenuePlan {
  name: string;
  capacity: string | null;
  seated: ReturnType<CountRange['toTally']>;
  areaAvailableM2: string | null;
  /** seated × the per-person area rule (e.g. 2~3 m²); `max` null when a pending group leaves it open. */
  areaNeededM2: { min: string; max: string | null } | null;
}

/**
 * Sizes the venue and checks it: `venue.capacity` when the seated head count exceeds the capacity,
 * `venue.area` when the room is smaller than the per-person area rule needs. A count that only
 * might exceed (approximate or pending groups) is a warning marked uncheckable, never an error.
 *
 * @example
 * ```ts
 * const { plan, findings } = venuePlan(meeting, seatedRange);
 * plan?.areaNeededM2; // { min: '360', max: '540' } for 180 people at 2~3 m²
 * ```
 */
export function venuePlan(m: Meeting, seated: CountRange): { plan: VenuePlan | null; findings: Finding[] } {
  const v = m.venue;
  if (!v) return { plan: null, findings: [] };
  const findings: Finding[] = [];
  const t = seated.toTally();
  if (v.capacity !== undefined) {
    const cap = new Dec(v.capacity);
    const path = ['venue', 'capacity'];
    if (seated.min.gt(cap)) {
      const d = toPlain(cap.minus(seated.min));
      findings.push(
        meetingFinding({
          rule: 'venue.capacity',
          severity: 'error',
          verdict: 'mismatch',
          path,
          stated: toPlain(cap),
          expected: t.min,
          difference: d,
          en: `The venue seats ${toPlain(cap)} but at least ${t.min} people need seats.`,
          zh: `会场可容纳 ${toPlain(cap)} 人，但至少有 ${t.min} 人需要座位。`,
        }),
      );
    } else if (seated.max === null || seated.max.gt(cap)) {
      const upper = seated.max === null ? 'an unknown number (pending groups)' : t.max;
      findings.push(
        meetingFinding({
          rule: 'venue.capacity',
          severity: 'warning',
          verdict: 'uncheckable',
          path,
          stated: toPlain(cap),
          expected: t.value,
          reason: seated.max === null ? 'pending groups' : 'approximate groups',
          en: `The venue seats ${toPlain(cap)}; the people to seat may reach ${upper}.`,
          zh: `会场可容纳 ${toPlain(cap)} 人；需就座人数可能达到 ${seated.max === null ? '未定人数（有待定的组）' : t.max}。`,
        }),
      );
    }
  }
  const rule = m.logistics?.area?.perPersonM2;
  const needed = rule
    ? {
        min: seated.min.times(new Dec(rule.min)),
        max: seated.max === null ? null : seated.max.times(new Dec(rule.max)),
      }
    : null;
  if (rule && v.areaM2 !== undefined && needed) {
    const area = new Dec(v.areaM2);
    const path = ['venue', 'areaM2'];
    if (area.lt(needed.min)) {
      findings.push(
        meetingFinding({
          rule: 'venue.area',
          severity: 'error',
          verdict: 'mismatch',
          path,
          stated: toPlain(area),
          expected: toPlain(needed.min),
          difference: toPlain(area.minus(needed.min)),
          en: `The venue has ${toPlain(area)} m² but ${t.min} people at ${rule.min} m² each need at least ${toPlain(needed.min)} m².`,
          zh: `会场面积 ${toPlain(area)} 平方米，${t.min} 人按每人 ${rule.min} 平方米至少需要 ${toPlain(needed.min)} 平方米。`,
        }),
      );
    } else if (seated.max === null || area.lt(seated.max.times(new Dec(rule.min)))) {
      findings.push(
        meetingFinding({
          rule: 'venue.area',
          severity: 'warning',
          verdict: 'uncheckable',
          path,
          stated: toPlain(area),
          expected: toPlain(needed.min),
          reason: seated.max === null ? 'pending groups' : 'approximate groups',
          en: `The venue has ${toPlain(area)} m²; with approximate or pending groups it may be below ${rule.min} m² per person.`,
          zh: `会场面积 ${toPlain(area)} 平方米；因人数约数或待定，人均可能不足 ${rule.min} 平方米。`,
        }),
      );
    }
  }
  return {
    plan: {
      name: v.name,
      capacity: v.capacity === undefined ? null : toPlain(new Dec(v.capacity)),
      seated: t,
      areaAvailableM2: v.areaM2 === undefined ? null : toPlain(new Dec(v.areaM2)),
      areaNeededM2: needed
        ? { min: toPlain(needed.min), max: needed.max === null ? null : toPlain(needed.max) }
        : null,
    },
    findings,
  };
}
