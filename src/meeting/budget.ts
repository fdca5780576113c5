import type { BudgetInput, CostItemInput, SectionInput } from '../budget/schema.js';
import { parseWith } from '../budget/validate.js';
import { Dec, toPlain } from '../decimal/dec.js';
import { ExactSum } from '../decimal/exact-sum.js';
import { joinSource } from './figures.js';
import { type MeetingPlan, planMeeting } from './plan.js';
import { type MeetingInput, type Prices, PricesSchema } from './schema.js';
import type { Tally } from './tally.js';

interface Factor {
  value: string;
  unit: string;
  figure: string;
  tally?: Tally;
}

function line(
  name: string,
  unitPrice: string | undefined,
  factors: Factor[],
  id: string,
): CostItemInput | null {
  if (unitPrice === undefined) return null;
  let amount = new Dec(unitPrice);
  for (const f of factors) amount = amount.times(new Dec(f.value));
  const provisional = factors.some((f) => f.tally !== undefined && !f.tally.exact);
  const item: CostItemInput = {
    id,
    name,
    unitPrice,
    quantity: factors.map((f) => ({ value: f.value, unit: f.unit })),
    amount: toPlain(amount),
    source: joinSource(factors.map((f) => f.figure)),
  };
  if (provisional) {
    item.provisional = true;
    item.note = 'quantity from approximate or pending groups (nominal value)';
  }
  return item;
}

function fromTally(t: Tally, unit: string, figure: string): Factor {
  return { value: t.value, unit, figure, tally: t };
}

function fixed(value: string, unit: string, figure: string): Factor {
  return { value, unit, figure };
}

function section(id: string, name: string, items: (CostItemInput | null)[]): SectionInput | null {
  const kept = items.filter((x): x is CostItemInput => x !== null);
  if (!kept.length) return null;
  const s = new ExactSum();
  for (const it of kept) s.add(String(it.amount));
  return { id, name, items: kept, subtotal: toPlain(s.value()) };
}

function isPlan(x: unknown): x is MeetingPlan {
  return typeof x === 'object' && x !== null && 'figures' in x && 'meeting' in x && 'headCount' in x;
}

/**
 * Derives a budget (the input shape `computeBudget` and `auditBudget` consume) whose quantities come
 * from the plan: rooms × nights × price, diners × meals per day × days × price (or tables × … for a
 * per-table price), vehicles × days × price, badges, name cards and souvenirs × price, venue days ×
 * price. Every line carries its `source` figures; lines from approximate or pending counts are
 * `provisional`. A figure without a price gets no line (see {@link unpricedFigures}). Subtotals and
 * the total are the exact sums of the lines; `headCount` is the plan's attendees, for per-person cost.
 *
 * @example
 * ```ts
 * const b = meetingBudget(planMeeting(meeting), { twinRoomNight: '280' });
 * b.sections?.[0]?.items?.[0]?.source; // 'lodging.twin × lodging.nights'
 * ```
 */
export function meetingBudget(planOrInput: MeetingPlan | MeetingInput, prices?: Prices): BudgetInput {
  const plan = isPlan(planOrInput) ? planOrInput : planMeeting(planOrInput);
  const p: Prices =
    prices === undefined ? (plan.meeting.prices ?? {}) : parseWith(PricesSchema, prices, 'prices').value;
  const sections: (SectionInput | null)[] = [];
  const lg = plan.lodging;
  if (lg) {
    const nights = fixed(lg.nights, '晚', 'lodging.nights');
    sections.push(
      section('lodging', '住宿费', [
        line(
          '单人单间',
          p.singleRoomNight,
          [fromTally(lg.single, '间', 'lodging.single'), nights],
          'lodging.single',
        ),
        line(
          '双人标准间',
          p.twinRoomNight,
          [fromTally(lg.twin, '间', 'lodging.twin'), nights],
          'lodging.twin',
        ),
      ]),
    );
  }
  sections.push(
    section(
      'meals',
      '伙食费',
      plan.meals.map((meal) => {
        const price = p.meals?.[meal.key] ?? (meal.key !== meal.name ? p.meals?.[meal.name] : undefined);
        if (!price) return null;
        const perDay = fixed(meal.perDay, '餐/天', `meals.${meal.key}.perDay`);
        const days = fixed(meal.days, '天', `meals.${meal.key}.days`);
        if ('perTable' in price) {
          if (!meal.tables) return null;
          return line(
            meal.name,
            price.perTable,
            [fromTally(meal.tables, '桌', `meals.${meal.key}.tables`), perDay, days],
            `meals.${meal.key}`,
          );
        }
        return line(
          meal.name,
          price.perPerson,
          [fromTally(meal.diners, '人', `meals.${meal.key}.diners`), perDay, days],
          `meals.${meal.key}`,
        );
      }),
    ),
  );
  sections.push(
    section(
      'transport',
      '交通费',
      plan.vehicles.map((v) =>
        line(
          v.name,
          p.vehicles?.[v.key] ?? p.vehicles?.[v.name] ?? p.vehicleDay,
          [
            fromTally(v.count, '辆', `vehicles.${v.key}.count`),
            fixed(v.days, '天', `vehicles.${v.key}.days`),
          ],
          `vehicles.${v.key}`,
        ),
      ),
    ),
  );
  const other: (CostItemInput | null)[] = Object.entries(plan.badges).map(([name, t]) =>
    line(name, p.badges?.[name] ?? p.badge, [fromTally(t, '个', `badges.${name}`)], `badges.${name}`),
  );
  if (plan.nameCards.value !== '0')
    other.push(line('座签', p.nameCard, [fromTally(plan.nameCards, '个', 'nameCards')], 'nameCards'));
  if (plan.souvenirs)
    other.push(line('纪念品', p.souvenir, [fromTally(plan.souvenirs, '份', 'souvenirs')], 'souvenirs'));
  if (plan.venue)
    other.push(
      line(
        `场租（${plan.venue.name}）`,
        p.venueDay,
        [fixed(String(plan.duration.calendarDays), '天', 'calendarDays')],
        'venue',
      ),
    );
  sections.push(section('other', '会务费', other));
  const kept = sections.filter((s): s is SectionInput => s !== null);
  const total = new ExactSum();
  for (const s of kept) total.add(String(s.subtotal));
  return {
    title: `${plan.title}（预算，由会议计划推算）`,
    unit: '元',
    headCount: plan.headCount.attendees.value,
    days: plan.duration.days,
    sections: kept,
    total: toPlain(total.value()),
  };
}

/**
 * The plan figures {@link meetingBudget} could price but has no price for, so a caller can tell a
 * missing line from a zero one.
 *
 * @example
 * ```ts
 * unpricedFigures(plan, {}); // ['lodging.single', 'lodging.twin', 'badges.代表证', …]
 * ```
 */
export function unpricedFigures(plan: MeetingPlan, prices: Prices = plan.meeting.prices ?? {}): string[] {
  const out: string[] = [];
  if (plan.lodging) {
    if (prices.singleRoomNight === undefined && plan.lodging.single.value !== '0') out.push('lodging.single');
    if (prices.twinRoomNight === undefined && plan.lodging.twin.value !== '0') out.push('lodging.twin');
  }
  for (const m of plan.meals)
    if (!prices.meals?.[m.key] && !prices.meals?.[m.name]) out.push(`meals.${m.key}`);
  for (const v of plan.vehicles)
    if (!prices.vehicles?.[v.key] && !prices.vehicles?.[v.name] && !prices.vehicleDay)
      out.push(`vehicles.${v.key}.count`);
  for (const b of Object.keys(plan.badges)) if (!prices.badges?.[b] && !prices.badge) out.push(`badges.${b}`);
  if (plan.nameCards.value !== '0' && !prices.nameCard) out.push('nameCards');
  if (plan.souvenirs && !prices.souvenir) out.push('souvenirs');
  if (plan.venue && !prices.venueDay) out.push('venue');
  return out;
}

/**
 * Cost per attendee of a derived budget: total ÷ headCount, rounded half up to 分; null without a
 * head count.
 *
 * @example
 * ```ts
 * perPersonCost({ title: 'b', headCount: '3', total: '100' }); // '33.33'
 * ```
 */
export function perPersonCost(b: BudgetInput): string | null {
  if (b.headCount === undefined || b.total === undefined || b.total === null) return null;
  const n = new Dec(b.headCount);
  if (n.isZero()) return null;
  return new Dec(b.total).div(n).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2);
}
