import { countRange } from './count.js';
import { type ResolvedGroup, resolveGroup } from './group-defaults.js';
import type { GroupKind, Meeting } from './schema.js';
import { type CountRange, sumRanges, type Tally } from './tally.js';

/** One group as the plan counts it. */
export interface GroupCount {
  group: ResolvedGroup;
  range: CountRange;
}

/** Head counts of a meeting. */
export interface HeadCount {
  /** Groups counted in the stated total (delegates and guests unless a group says otherwise). */
  attendees: Tally;
  /** Everyone: attendees, staff, press and service. */
  all: Tally;
  byKind: Record<GroupKind, Tally>;
  /** Labels of groups whose count is pending (待定 or lost from the source). */
  pending: string[];
  groups: { label: string; name: string; kind: GroupKind; count: Tally }[];
}

/**
 * Resolves every group's defaults and count range, in input order.
 *
 * @example
 * ```ts
 * groupCounts(meeting).map((g) => g.range.toTally().value); // ['2', '0', '35', '38', '30']
 * ```
 */
export function groupCounts(m: Meeting): GroupCount[] {
  const names = m.logistics?.badges?.names ?? {};
  return m.groups.map((g, i) => {
    const group = resolveGroup(g, i, names);
    return { group, range: countRange(g.count, group.label) };
  });
}

/**
 * Sums the groups a predicate selects. The sum is exact and the same in any order.
 *
 * @example
 * ```ts
 * sumGroups(groupCounts(meeting), (g) => g.needsRoom).toTally();
 * ```
 */
export function sumGroups(gs: readonly GroupCount[], pick: (g: ResolvedGroup) => boolean): CountRange {
  return sumRanges(gs.filter((g) => pick(g.group)).map((g) => g.range));
}

/**
 * Head counts: attendees (exact, or a range when some group is approximate, with pending groups
 * listed), everyone, and by kind.
 *
 * @example
 * ```ts
 * headCount({ title: 't', groups: [{ name: '代表', count: 120 }, { name: '服务员', count: 4, kind: 'service' }] }).all.value; // '124'
 * ```
 */
export function headCount(m: Meeting): HeadCount {
  const gs = groupCounts(m);
  const kinds: GroupKind[] = ['delegate', 'guest', 'staff', 'press', 'service'];
  const byKind = Object.fromEntries(
    kinds.map((k) => [k, sumGroups(gs, (g) => g.kind === k).toTally()]),
  ) as Record<GroupKind, Tally>;
  return {
    attendees: sumGroups(gs, (g) => g.inTotal).toTally(),
    all: sumGroups(gs, () => true).toTally(),
    byKind,
    pending: gs.filter((g) => g.range.pendingLabels.length).map((g) => g.group.label),
    groups: gs.map((g) => ({
      label: g.group.label,
      name: g.group.name,
      kind: g.group.kind,
      count: g.range.toTally(),
    })),
  };
}
