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

const LABELS = {
  en: {
    start: 'start',
    notSet: '(not set)',
    days: (n: string) => `${n} day(s)`,
    headCount: '## Head count',
    attendees: 'attendees',
    everyone: 'everyone',
    rooms: '## Rooms',
    room: (single: string, twin: string, sharers: string, spare: string, nights: string) =>
      `single ${single}, twin ${twin} (sharers ${sharers}, spare beds ${spare}), ${nights} night(s)`,
    meals: '## Meals',
    meal: (diners: string, perDay: string, days: string, tables: string) =>
      `${diners} diners × ${perDay}/day × ${days} day(s)${tables}`,
    tables: (n: string, size: string) => `, ${n} tables of ${size}`,
    vehicles: '## Vehicles',
    vehicle: (count: string, riders: string, seats: string) =>
      `${count} for ${riders} riders (${seats} seats each)`,
    badges: '## Badges and seats',
    seats: (rostrum: string, cards: string) => `rostrum seats ${rostrum}, name cards ${cards}`,
    souvenirs: 'souvenirs',
    venue: (name: string, cap: string, seated: string) => `venue ${name}: capacity ${cap}, seated ${seated}`,
    area: (min: string, max: string) => `, area needed ${min}–${max} m²`,
    agenda: '## Agenda',
    day: 'day',
    deadlines: '## Deadlines',
    before: (n: string) => `${n} day(s) before the meeting`,
    noOwner: '(no owner)',
    findings: (n: number) => `## Findings (${n})`,
    budget: '## Derived budget',
    provisional: ' (provisional)',
    total: (t: string, c: string, pp: string, n: string) =>
      `total ${t} (computeBudget: ${c}), per person ${pp} for ${n} attendees`,
    unpriced: 'no price given for',
  },
  zh: {
    start: '开始',
    notSet: '（未定）',
    days: (n: string) => `${n} 天`,
    headCount: '## 人数',
    attendees: '参会人员',
    everyone: '全部人员',
    rooms: '## 住宿',
    room: (single: string, twin: string, sharers: string, spare: string, nights: string) =>
      `单间 ${single}，标间 ${twin}（合住 ${sharers} 人，空床 ${spare}），${nights} 晚`,
    meals: '## 用餐',
    meal: (diners: string, perDay: string, days: string, tables: string) =>
      `${diners} 人 × 每天 ${perDay} 餐 × ${days} 天${tables}`,
    tables: (n: string, size: string) => `，${n} 桌（每桌 ${size} 人）`,
    vehicles: '## 车辆',
    vehicle: (count: string, riders: string, seats: string) =>
      `${count} 辆，乘车 ${riders} 人（每辆 ${seats} 座）`,
    badges: '## 证件与座位',
    seats: (rostrum: string, cards: string) => `主席台座位 ${rostrum}，桌签 ${cards}`,
    souvenirs: '纪念品',
    venue: (name: string, cap: string, seated: string) => `会场 ${name}：容纳 ${cap}，就座 ${seated}`,
    area: (min: string, max: string) => `，需面积 ${min}–${max} 平方米`,
    agenda: '## 议程',
    day: '第',
    deadlines: '## 时间节点',
    before: (n: string) => `会前 ${n} 天`,
    noOwner: '（未定负责人）',
    findings: (n: number) => `## 发现（${n}）`,
    budget: '## 推算预算',
    provisional: '（暂定）',
    total: (t: string, c: string, pp: string, n: string) =>
      `合计 ${t}（computeBudget：${c}），人均 ${pp}（${n} 人）`,
    unpriced: '未给单价',
  },
} as const;

export function renderPlanText(plan: MeetingPlan, lang: 'en' | 'zh' = 'en'): string {
  const L = LABELS[lang];
  const zh = lang === 'zh';
  const out: string[] = [];
  out.push(`# ${plan.title}`, `${L.start} ${plan.start ?? L.notSet}, ${L.days(String(plan.duration.days))}`);
  out.push('', L.headCount);
  for (const g of plan.headCount.groups) out.push(`  ${g.name} [${g.kind}]: ${formatTally(g.count)}`);
  out.push(
    `  ${L.attendees}: ${formatTally(plan.headCount.attendees)}; ${L.everyone}: ${formatTally(plan.headCount.all)}`,
  );
  if (plan.lodging) {
    const l = plan.lodging;
    out.push(
      '',
      L.rooms,
      `  ${L.room(formatTally(l.single), formatTally(l.twin), formatTally(l.twinPeople), formatTally(l.spareBeds), String(l.nights))}`,
    );
  }
  if (plan.meals.length) out.push('', L.meals);
  for (const m of plan.meals) {
    const tables = m.tables ? L.tables(formatTally(m.tables), String(m.tableSize)) : '';
    out.push(
      `  ${m.name} (${m.style}): ${L.meal(formatTally(m.diners), String(m.perDay), String(m.days), tables)}`,
    );
  }
  for (const v of plan.vehicles)
    out.push(
      '',
      L.vehicles,
      `  ${v.name}: ${L.vehicle(formatTally(v.count), formatTally(v.riders), String(v.seatsForRiders))}`,
    );
  out.push('', L.badges);
  for (const [name, t] of Object.entries(plan.badges)) out.push(`  ${name}: ${formatTally(t)}`);
  out.push(`  ${L.seats(formatTally(plan.rostrumSeats), formatTally(plan.nameCards))}`);
  if (plan.souvenirs) out.push(`  ${L.souvenirs} ${formatTally(plan.souvenirs)}`);
  if (plan.venue) {
    const a = plan.venue.areaNeededM2;
    out.push(
      `  ${L.venue(plan.venue.name, String(plan.venue.capacity ?? '?'), formatTally(plan.venue.seated))}${a ? L.area(String(a.min), String(a.max ?? '?')) : ''}`,
    );
  }
  out.push('', L.agenda);
  for (const t of plan.timeline)
    out.push(
      `  ${zh ? `第 ${t.day} 天` : `day ${t.day}`} ${t.session} ${t.start ?? '--:--'}–${t.end ?? '--:--'} ${t.title}${t.presenter ? ` (${t.presenter})` : ''}`,
    );
  if (plan.deadlines.length) out.push('', L.deadlines);
  for (const d of plan.deadlines)
    out.push(
      `  ${d.date ?? L.before(String(d.daysBeforeMeeting))} ${d.task} — ${d.owners.join('、') || L.noOwner}`,
    );
  out.push('', L.findings(plan.findings.length));
  for (const f of plan.findings)
    out.push(
      `  [${f.severity}/${f.verdict}] ${f.rule}: ${(zh ? f.messages?.zh : f.messages?.en) ?? f.message}`,
    );
  const budget = meetingBudget(plan);
  out.push('', L.budget);
  for (const s of budget.sections ?? []) {
    out.push(`  ${s.name}: ${s.subtotal}`);
    for (const it of s.items ?? []) {
      const q = Array.isArray(it.quantity)
        ? it.quantity.map((f) => `${f.value}${f.unit ?? ''}`).join(' × ')
        : String(it.quantity);
      out.push(`    ${it.name}: ${it.unitPrice} × ${q} = ${it.amount}${it.provisional ? L.provisional : ''}`);
    }
  }
  const computed = computeBudget(budget);
  out.push(
    `  ${L.total(String(budget.total), computed.total?.toFixed() ?? '?', String(perPersonCost(budget) ?? '?'), String(budget.headCount))}`,
  );
  const unpriced = unpricedFigures(plan);
  if (unpriced.length) out.push(`  ${L.unpriced}: ${unpriced.join(', ')}`);
  return out.join('\n');
}
