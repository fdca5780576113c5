import { Dec, toPlain } from '../decimal/dec.js';
import { countRange } from './count.js';
import { type GroupCount, sumGroups } from './headcount.js';
import type { Meeting } from './schema.js';
import type { Tally } from './tally.js';

/** Vehicles of one kind as the plan sizes them. */
export interface VehiclePlan {
  key: string;
  name: string;
  seats: string;
  /** Seats left for riders after guides and staff (随车讲解员). */
  seatsForRiders: string;
  riders: Tally;
  count: Tally;
  days: string;
  /** count × days: the quantity a per-vehicle-day price multiplies. */
  vehicleDays: Tally;
}

/**
 * Vehicles: `ceil(riders / (seats − reservedSeats))` of each kind, riders defaulting to the attendees.
 *
 * @example
 * ```ts
 * transportPlan(meeting, groupCounts(meeting), 1)[0]?.count.value; // '4' for 150 riders on 45-seat buses with a guide
 * ```
 */
export function transportPlan(m: Meeting, gs: readonly GroupCount[], calendarDays: number): VehiclePlan[] {
  const attendees = sumGroups(gs, (g) => g.inTotal);
  return (m.logistics?.transport?.vehicles ?? []).map((v) => {
    const key = v.id ?? v.name;
    const riders = v.riders === undefined ? attendees : countRange(v.riders, `${key}.riders`);
    const free = new Dec(v.seats).minus(new Dec(v.reservedSeats ?? 0));
    const count = riders.ceilDiv(free);
    const days = new Dec(v.days ?? calendarDays);
    return {
      key,
      name: v.name,
      seats: toPlain(new Dec(v.seats)),
      seatsForRiders: toPlain(free),
      riders: riders.toTally(),
      count: count.toTally(),
      days: toPlain(days),
      vehicleDays: count.times(days).toTally(),
    };
  });
}
