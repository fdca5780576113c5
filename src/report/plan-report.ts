import { computeBudget } from '../budget/compute.js';
import {
  formatTally,
  type MeetingPlan,
  meetingBudget,
  perPersonCost,
  unpricedFigures,
} from '../meeting/index.js';

/**
 * Renders a meeting plan for a terminal: head counts, rooms, meals, vehicles, badges, venue, agenda,
 * deadlines, findings, and the budget derived from it.
 *
 * @example
 * ```ts
 * console.log(renderPlanText(planMeeting(input)));
 * ```
 */
export function renderPlanText(plan: MeetingPlan): string {
  const out: string[] = [];
  out.push(`# ${plan.title}`, `start ${plan.start ?? '(not set)'}, ${plan.duration.days} day(s)`);
  out.push('', '## Head count');
  for (const g of plan.headCount.groups) out.push(`  ${g.name} [${g.kind}]: ${formatTally(g.count)}`);
  out.push(
    `  attendees: ${formatTally(plan.headCount.attendees)}; everyone: ${formatTally(plan.headCount.all)}`,
  );
  if (plan.lodging) {
    const l = plan.lodging;
    out.push(
      '',
      '## Rooms',
      `  single ${formatTally(l.single)}, twin ${formatTally(l.twin)} (sharers ${formatTally(l.twinPeople)}, spare beds ${formatTally(l.spareBeds)}), ${l.nights} night(s)`,
    );
  }
  if (plan.meals.length) out.push('', '## Meals');
  for (const m of plan.meals) {
    const tables = m.tables ? `, ${formatTally(m.tables)} tables of ${m.tableSize}` : '';
    out.push(
      `  ${m.name} (${m.style}): ${formatTally(m.diners)} diners × ${m.perDay}/day × ${m.days} day(s)${tables}`,
    );
  }
  for (const v of plan.vehicles)
    out.push(
      '',
      '## Vehicles',
      `  ${v.name}: ${formatTally(v.count)} for ${formatTally(v.riders)} riders (${v.seatsForRiders} seats each)`,
    );
  out.push('', '## Badges and seats');
  for (const [name, t] of Object.entries(plan.badges)) out.push(`  ${name}: ${formatTally(t)}`);
  out.push(`  rostrum seats ${formatTally(plan.rostrumSeats)}, name cards ${formatTally(plan.nameCards)}`);
  if (plan.souvenirs) out.push(`  souvenirs ${formatTally(plan.souvenirs)}`);
  if (plan.venue) {
    const a = plan.venue.areaNeededM2;
    out.push(
      `  venue ${plan.venue.name}: capacity ${plan.venue.capacity ?? '?'}, seated ${formatTally(plan.venue.seated)}${a ? `, area needed ${a.min}–${a.max ?? '?'} m²` : ''}`,
    );
  }
  out.push('', '## Agenda');
  for (const t of plan.timeline)
    out.push(
      `  day ${t.day} ${t.session} ${t.start ?? '--:--'}–${t.end ?? '--:--'} ${t.title}${t.presenter ? ` (${t.presenter})` : ''}`,
    );
  if (plan.deadlines.length) out.push('', '## Deadlines');
  for (const d of plan.deadlines)
    out.push(
      `  ${d.date ?? `${d.daysBeforeMeeting} day(s) before the meeting`} ${d.task} — ${d.owners.join('、') || '(no owner)'}`,
    );
  out.push('', `## Findings (${plan.findings.length})`);
  for (const f of plan.findings) out.push(`  [${f.severity}/${f.verdict}] ${f.rule}: ${f.message}`);
  const budget = meetingBudget(plan);
  out.push('', '## Derived budget');
  for (const s of budget.sections ?? []) {
    out.push(`  ${s.name}: ${s.subtotal}`);
    for (const it of s.items ?? []) {
      const q = Array.isArray(it.quantity)
        ? it.quantity.map((f) => `${f.value}${f.unit ?? ''}`).join(' × ')
        : String(it.quantity);
      out.push(
        `    ${it.name}: ${it.unitPrice} × ${q} = ${it.amount}${it.provisional ? ' (provisional)' : ''}`,
      );
    }
  }
  const computed = computeBudget(budget);
  out.push(
    `  total ${budget.total} (computeBudget: ${computed.total?.toFixed() ?? '?'}), per person ${perPersonCost(budget) ?? '?'} for ${budget.headCount} attendees`,
  );
  const unpriced = unpricedFigures(plan);
  if (unpriced.length) out.push(`  no price given for: ${unpriced.join(', ')}`);
  return out.join('\n');
}
