import { Dec, toPlain } from '../decimal/dec.js';
import { countRange } from './count.js';
import { type GroupCount, sumGroups } from './headcount.js';
import type { Meal, Meeting } from './schema.js';
import type { Tally } from './tally.js';

/** One kind of meal as the plan sizes it. */
export interface MealPlan {
  key: string;
  name: string;
  style: Meal['style'];
  diners: Tally;
  perDay: string;
  days: string;
  /** diners × perDay × days: the quantity a per-person meal price multiplies. */
  servings: Tally;
  tableSize: string | null;
  /** Tables per sitting (桌餐, 宴会), `ceil(diners / tableSize)`; null for a buffet. */
  tables: Tally | null;
  seats: Tally | null;
  /** tables × perDay × days: the quantity a per-table price multiplies. */
  tableServings: Tally | null;
}

/**
 * Sizes every meal: diners (default: every group that dines), servings, and for table meals and
 * banquets the tables of `tableSize` (default 10) and their seats.
 *
 * @example
 * ```ts
 * cateringPlan(meeting, groupCounts(meeting), 1)[0]?.tables?.value; // '13' for 122 diners at tables of 10
 * ```
 */
export function cateringPlan(m: Meeting, gs: readonly GroupCount[], calendarDays: number): MealPlan[] {
  const everyone = sumGroups(gs, (g) => g.dines);
  return (m.logistics?.catering?.meals ?? []).map((meal) => {
    const key = meal.id ?? meal.name;
    const diners = meal.diners === undefined ? everyone : countRange(meal.diners, `${key}.diners`);
    const perDay = new Dec(meal.perDay ?? 1);
    const days = new Dec(meal.days ?? calendarDays);
    const tabled = meal.style !== 'buffet';
    const size = new Dec(meal.tableSize ?? 10);
    const tables = tabled ? diners.ceilDiv(size) : null;
    return {
      key,
      name: meal.name,
      style: meal.style,
      diners: diners.toTally(),
      perDay: toPlain(perDay),
      days: toPlain(days),
      servings: diners.times(perDay).times(days).toTally(),
      tableSize: tabled ? toPlain(size) : null,
      tables: tables?.toTally() ?? null,
      seats: tables?.times(size).toTally() ?? null,
      tableServings: tables?.times(perDay).times(days).toTally() ?? null,
    };
  });
}
