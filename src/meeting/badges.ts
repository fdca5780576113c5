import { Dec } from '../decimal/dec.js';
import { type GroupCount, sumGroups } from './headcount.js';
import type { Meeting } from './schema.js';
import { CountRange, type Tally } from './tally.js';

/** Badges, rostrum seats and name cards. */
export interface BadgePlan {
  /** Count per badge name (代表证/工作证/记者证 by default). */
  badges: Record<string, Tally>;
  /** 主席台 seats: the stated number, or the groups marked `rostrum`. */
  rostrumSeats: Tally;
  /** 座签: one per rostrum seat, or per seated person when `nameCards` is `'all'`. */
  nameCards: Tally;
}

/**
 * Counts badges by name, rostrum seats and name cards from the groups.
 *
 * @example
 * ```ts
 * badgePlan(meeting, groupCounts(meeting)).badges['记者证']?.value; // '10'
 * ```
 */
export function badgePlan(m: Meeting, gs: readonly GroupCount[]): BadgePlan {
  const byName = new Map<string, CountRange>();
  for (const g of gs) {
    if (g.group.badge === false) continue;
    byName.set(g.group.badge, (byName.get(g.group.badge) ?? CountRange.zero()).plus(g.range));
  }
  const rule = m.logistics?.rostrum;
  const rostrum =
    rule?.seats !== undefined ? CountRange.of(new Dec(rule.seats)) : sumGroups(gs, (g) => g.rostrum);
  const nameCards =
    rule?.nameCards === 'all' ? rostrum.plus(sumGroups(gs, (g) => g.seated && !g.rostrum)) : rostrum;
  return {
    badges: Object.fromEntries([...byName].map(([k, v]) => [k, v.toTally()])),
    rostrumSeats: rostrum.toTally(),
    nameCards: nameCards.toTally(),
  };
}
