import { Dec, toPlain } from '../decimal/dec.js';
import type { ResolvedGroup } from './group-defaults.js';
import { type GroupCount, sumGroups } from './headcount.js';
import type { Meeting } from './schema.js';
import type { Tally } from './tally.js';

/** Rooms the lodging rule implies. */
export interface LodgingPlan {
  nights: string;
  /** People in single rooms (单人单间): groups of the single-room ranks. */
  singlePeople: Tally;
  /** People sharing twin rooms (双人标准间): everyone else who needs a room. */
  twinPeople: Tally;
  single: Tally;
  twin: Tally;
  rooms: Tally;
  /** Empty beds: at most one, in the last twin room when the twin sharers are odd. */
  spareBeds: Tally;
  roomNights: { single: Tally; twin: Tally };
}

/**
 * Whether a group's rank earns single rooms: listed in `singleRanks`, or at or above `singleFromRank`
 * in the meeting's `ranks` (highest first).
 *
 * @example
 * ```ts
 * takesSingle({ rank: '厅级' } as ResolvedGroup, ['厅级', '处级', '科级'], { singleFromRank: '处级' }); // true
 * ```
 */
export function takesSingle(
  g: Pick<ResolvedGroup, 'rank'>,
  ranks: readonly string[] | undefined,
  rule: { singleFromRank?: string | undefined; singleRanks?: readonly string[] | undefined },
): boolean {
  if (g.rank === undefined) return false;
  if (rule.singleRanks?.includes(g.rank)) return true;
  if (rule.singleFromRank === undefined || !ranks) return false;
  const at = ranks.indexOf(g.rank);
  const limit = ranks.indexOf(rule.singleFromRank);
  return at >= 0 && limit >= 0 && at <= limit;
}

/**
 * Rooms: one single room per person of a single-room rank, `ceil(others / 2)` twin rooms, so
 * everybody has a bed and no category has more than one spare bed. `null` without a lodging rule.
 *
 * @example
 * ```ts
 * lodgingPlan(meeting, groupCounts(meeting))?.twin.value; // '45' for 89 people sharing
 * ```
 */
export function lodgingPlan(m: Meeting, gs: readonly GroupCount[]): LodgingPlan | null {
  const rule = m.logistics?.lodging;
  if (!rule) return null;
  const single = (g: ResolvedGroup) => g.needsRoom && takesSingle(g, m.ranks, rule);
  const singlePeople = sumGroups(gs, single);
  const twinPeople = sumGroups(gs, (g) => g.needsRoom && !single(g));
  const twin = twinPeople.ceilDiv(2);
  const nights = new Dec(rule.nights);
  // With an exact count the spare bed is 2·twins − sharers (0 or 1); with a range it is one of those.
  const spareBeds: Tally = twinPeople.exact
    ? {
        value: toPlain(twin.nominal.times(2).minus(twinPeople.nominal)),
        min: '',
        max: null,
        exact: true,
        pending: [],
      }
    : {
        value: toPlain(twin.nominal.times(2).minus(twinPeople.nominal)),
        min: '0',
        max: '1',
        exact: false,
        pending: [...twinPeople.pendingLabels],
      };
  if (spareBeds.exact) {
    spareBeds.min = spareBeds.value;
    spareBeds.max = spareBeds.value;
  }
  return {
    nights: toPlain(nights),
    singlePeople: singlePeople.toTally(),
    twinPeople: twinPeople.toTally(),
    single: singlePeople.toTally(),
    twin: twin.toTally(),
    rooms: singlePeople.plus(twin).toTally(),
    spareBeds,
    roomNights: { single: singlePeople.times(nights).toTally(), twin: twin.times(nights).toTally() },
  };
}
