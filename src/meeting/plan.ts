import type { Finding } from '../audit/finding.js';
import { SEVERITY_RANK } from '../audit/finding.js';
import { Dec } from '../decimal/dec.js';
import { agendaTimeline, type TimelineEntry } from './agenda.js';
import { checkAttendees } from './attendee-check.js';
import { type BadgePlan, badgePlan } from './badges.js';
import { checkBudgetAgainstPlan } from './budget-check.js';
import { cateringPlan, type MealPlan } from './catering.js';
import { type DeadlineEntry, deadlinePlan } from './deadlines.js';
import { type MeetingDays, meetingDays } from './duration.js';
import type { PlanFigures } from './figures.js';
import { meetingFinding } from './finding.js';
import { groupCounts, type HeadCount, headCount, sumGroups } from './headcount.js';
import { type LodgingPlan, lodgingPlan } from './lodging.js';
import { parseMeeting } from './parse.js';
import { formatPartialDate, type PartialDate, readPartialDate } from './partial-date.js';
import type { Meeting, MeetingInput } from './schema.js';
import type { CountRange, Tally } from './tally.js';
import { transportPlan, type VehiclePlan } from './transport.js';
import { type VenuePlan, venuePlan } from './venue.js';

/** Everything {@link planMeeting} derives from a meeting. Plain data: JSON.stringify-able. */
export interface MeetingPlan {
  /** The validated input the plan was made from. */
  meeting: Meeting;
  title: string;
  /** The start as written back (`2011-04-?? 09:00`), blanks kept. */
  start: string | null;
  duration: MeetingDays;
  headCount: HeadCount;
  lodging: LodgingPlan | null;
  meals: MealPlan[];
  vehicles: VehiclePlan[];
  badges: BadgePlan['badges'];
  rostrumSeats: Tally;
  nameCards: Tally;
  /** Souvenirs (纪念品) per room or per person; null without a souvenir rule. */
  souvenirs: Tally | null;
  venue: VenuePlan | null;
  timeline: TimelineEntry[];
  deadlines: DeadlineEntry[];
  /** Every derived figure by name, for budget lines' `source`. */
  figures: PlanFigures;
  /** Findings, errors first. */
  findings: Finding[];
}

function souvenirCount(
  m: Meeting,
  lodging: LodgingPlan | null,
  attendees: CountRange,
): { tally: Tally | null; findings: Finding[] } {
  const rule = m.logistics?.souvenirs;
  if (!rule) return { tally: null, findings: [] };
  const q = new Dec(rule.quantity ?? 1);
  if (rule.per === 'person') return { tally: attendees.times(q).toTally(), findings: [] };
  if (!lodging) {
    const finding = meetingFinding({
      rule: 'souvenirs.no-rooms',
      severity: 'warning',
      verdict: 'uncheckable',
      path: ['logistics', 'souvenirs', 'per'],
      en: 'Souvenirs are set per room but the meeting has no lodging rule, so there are no rooms to count.',
      zh: '纪念品按房间摆放，但未设住宿安排，无法计算房间数。',
    });
    return { tally: null, findings: [finding] };
  }
  const rooms = new Dec(lodging.rooms.value);
  const t = lodging.rooms;
  return {
    tally: {
      value: rooms.times(q).toFixed(),
      min: new Dec(t.min).times(q).toFixed(),
      max: t.max === null ? null : new Dec(t.max).times(q).toFixed(),
      exact: t.exact,
      pending: t.pending,
    },
    findings: [],
  };
}

function collectFigures(p: Omit<MeetingPlan, 'figures' | 'findings' | 'meeting'>): PlanFigures {
  const f: PlanFigures = {};
  const one = (v: string): Tally => ({ value: v, min: v, max: v, exact: true, pending: [] });
  f['headCount.attendees'] = p.headCount.attendees;
  f['headCount.all'] = p.headCount.all;
  f.days = one(p.duration.days);
  f.calendarDays = one(String(p.duration.calendarDays));
  if (p.lodging) {
    f['lodging.single'] = p.lodging.single;
    f['lodging.twin'] = p.lodging.twin;
    f['lodging.rooms'] = p.lodging.rooms;
    f['lodging.nights'] = one(p.lodging.nights);
  }
  for (const meal of p.meals) {
    f[`meals.${meal.key}.diners`] = meal.diners;
    f[`meals.${meal.key}.perDay`] = one(meal.perDay);
    f[`meals.${meal.key}.days`] = one(meal.days);
    if (meal.tables) f[`meals.${meal.key}.tables`] = meal.tables;
  }
  for (const v of p.vehicles) {
    f[`vehicles.${v.key}.count`] = v.count;
    f[`vehicles.${v.key}.days`] = one(v.days);
  }
  for (const [name, t] of Object.entries(p.badges)) f[`badges.${name}`] = t;
  f.rostrumSeats = p.rostrumSeats;
  f.nameCards = p.nameCards;
  if (p.souvenirs) f.souvenirs = p.souvenirs;
  return f;
}

function dateFindings(m: Meeting, start: PartialDate | null): Finding[] {
  if (!m.start || !start || (start.year !== null && start.month !== null && start.day !== null)) return [];
  const blank = [
    start.year === null ? 'year' : null,
    start.month === null ? 'month' : null,
    start.day === null ? 'day' : null,
  ]
    .filter((x): x is string => x !== null)
    .join(', ');
  const blankZh = blank.replace('year', '年').replace('month', '月').replace('day', '日');
  return [
    meetingFinding({
      rule: 'date.partial',
      severity: 'info',
      verdict: 'uncheckable',
      path: ['start'],
      stated: m.start,
      reason: `blank: ${blank}`,
      en: `The meeting date ${m.start} is partial (${blank} not set); checks against it are uncheckable until it is.`,
      zh: `会议日期 ${m.start} 不完整（${blankZh}未定），与之相关的核对暂无法进行。`,
    }),
  ];
}

function pendingFindings(m: Meeting): Finding[] {
  if (m.statedTotal !== undefined) return []; // count.attendees already names them
  return m.groups.flatMap((g, i) =>
    g.count === 'pending' || g.count === '待定'
      ? [
          meetingFinding({
            rule: 'count.pending',
            severity: 'info',
            verdict: 'uncheckable',
            path: ['groups', i, 'count'],
            reason: 'pending group',
            en: `Group "${g.name}" has no count yet; every figure that includes it is a lower bound.`,
            zh: `“${g.name}”人数待定；包含该组的各项数字均为下限。`,
          }),
        ]
      : [],
  );
}

/**
 * Plans a meeting: validates it ({@link parseMeeting}), derives head counts, rooms, meals and tables,
 * vehicles, badges, name cards, souvenirs, venue area, the agenda timeline and ordered deadlines, and
 * audits them. Rule ids: `date.partial`, `count.attendees`, `count.pending`, `venue.capacity`,
 * `venue.area`, `agenda.overrun`, `agenda.overlap`, `deadline.after-meeting`, `deadline.order`,
 * `task.no-owner`, `souvenirs.no-rooms`, `budget.headcount`.
 *
 * @example
 * ```ts
 * const plan = planMeeting({
 *   title: '工作会议', start: '2011-04-20 09:00', duration: 'half-day',
 *   groups: [{ name: '处级干部', count: 12, rank: '处级' }, { name: '其他', count: 41, rank: '科级' }],
 *   ranks: ['处级', '科级'], logistics: { lodging: { nights: 1, singleFromRank: '处级' } },
 * });
 * plan.lodging?.single.value; // '12'
 * plan.lodging?.twin.value;   // '21'
 * ```
 */
export function planMeeting(input: MeetingInput): MeetingPlan {
  const m = parseMeeting(input);
  const started = m.start === undefined ? null : readPartialDate(m.start);
  const start = started?.ok ? started.date : null;
  const duration = meetingDays(m.duration);
  const gs = groupCounts(m);
  const hc = headCount(m);
  const lodging = lodgingPlan(m, gs);
  const meals = cateringPlan(m, gs, duration.calendarDays);
  const vehicles = transportPlan(m, gs, duration.calendarDays);
  const badges = badgePlan(m, gs);
  const attendees = sumGroups(gs, (g) => g.inTotal);
  const souvenirs = souvenirCount(m, lodging, attendees);
  const venue = venuePlan(
    m,
    sumGroups(gs, (g) => g.seated),
  );
  const agenda = agendaTimeline(m, start?.minutes ?? null);
  const dates = deadlinePlan(m, start);
  const base = {
    title: m.title,
    start: start ? formatPartialDate(start) : null,
    duration,
    headCount: hc,
    lodging,
    meals,
    vehicles,
    badges: badges.badges,
    rostrumSeats: badges.rostrumSeats,
    nameCards: badges.nameCards,
    souvenirs: souvenirs.tally,
    venue: venue.plan,
    timeline: agenda.timeline,
    deadlines: dates.deadlines,
  };
  const figures = collectFigures(base);
  const findings = [
    ...dateFindings(m, start),
    ...checkAttendees(m, attendees),
    ...pendingFindings(m),
    ...venue.findings,
    ...agenda.findings,
    ...dates.findings,
    ...souvenirs.findings,
    ...(m.budget ? checkBudgetAgainstPlan(figures, m.budget) : []),
  ].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return { meeting: m, ...base, figures, findings };
}
