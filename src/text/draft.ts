import type { BudgetInput, CostItemInput } from '../budget/schema.js';
import { HuiwuError } from '../errors.js';
import { auditText } from './audit-text.js';
import type { Claim, Operand } from './claim.js';
import { normalizeLine, splitLines } from './normalize.js';
import { readPlans } from './plan/read.js';
import type { AgendaReading, PlanReading, TaskReading } from './plan/types.js';

/** A meeting and its budgets as far as they can be read from a plan's text, to be completed by a person. */
export interface TextDraft {
  /** Input for `planMeeting` (the meeting model): title, start, attendee groups and their stated total. */
  meeting: {
    title: string;
    organiser?: string;
    start?: string;
    duration?: 'half-day' | { days: string };
    venue?: { name: string };
    host?: { name: string };
    groups: { name: string; count: DraftCount; note?: string }[];
    statedTotal?: string;
    agenda?: {
      title: string;
      kind: 'report' | 'speech' | 'commendation' | 'award' | 'discussion' | 'other';
      presenter?: string;
      start?: string;
    }[];
    tasks?: {
      task: string;
      owners?: { unit: string; role?: '负责' | '牵头' | '配合' | '落实' }[];
      deadline?: string | { daysBeforeMeeting: string };
      note?: string;
    }[];
    budget?: BudgetInput;
    note: string;
  };
  /** Every budget the text states (a run of amounts closed by 共计/合计/总计), as `auditBudget` input. */
  budgets: BudgetInput[];
  /** The plan as read, every field with its place (`readPlans`); one per meeting the text plans. */
  plans: PlanReading[];
}

/** A draft group's count: digits, `pending` for a blank, or an approximate count. */
export type DraftCount =
  | string
  | 'pending'
  | { value: string; qualifier: '约' | '余' | '多' | '左右' | '近' }
  | { value: string; min: string; max: string };

const TITLE = /(会议|大会|方案|计划|活动)/u;

function firstTitle(text: string): string {
  for (const line of splitLines(text)) {
    const t = normalizeLine(line).text.trim();
    if (t && TITLE.test(t)) return t.length > 60 ? `${t.slice(0, 60)}…` : t;
  }
  return '（未命名方案）';
}

const pad2 = (s: string | undefined) => (s && /^\d+$/.test(s) ? s.padStart(2, '0') : '??');

function startOf(claims: Claim[]): string | undefined {
  const date = claims.find((c) => c.kind === 'date' && c.fact?.month);
  if (!date?.fact) return undefined;
  const y = date.fact.year && /^\d{4}$/.test(date.fact.year) ? date.fact.year : '????';
  let s = `${y}-${pad2(date.fact.month)}-${pad2(date.fact.day)}`;
  const time = claims.find((c) => c.kind === 'time' && c.at.line === date.at.line && c.fact?.time);
  if (time?.fact?.time) s += ` ${time.fact.time}`;
  return s;
}

function moneyItem(o: Operand, product: Claim | undefined, k: number): CostItemInput {
  const name = o.label ?? product?.operands[0]?.label ?? `第${o.line}行第${k + 1}项`;
  if (product && product.operands.length >= 2 && product.operands.every((p) => p.value !== null)) {
    const [price, ...qty] = product.operands;
    return {
      name,
      unitPrice: price!.value!,
      quantity: qty.map((q) => ({ value: q.value!, ...(q.unit ? { unit: q.unit } : {}) })),
      amount: o.value ?? null,
      note: `原文第 ${o.line} 行第 ${o.column} 列`,
    };
  }
  return { name, amount: o.value ?? null, note: `原文第 ${o.line} 行第 ${o.column} 列` };
}

/**
 * Reads a plan's text into drafts of the structured models: the meeting (title, start date and time —
 * blanks kept as `??` —, attendee groups with their counts and the stated total) and every budget the
 * text states, with lines that are written as products (`60元/个*40=2400元`) kept as unit price ×
 * quantity. A group the text numbers but does not give (lost in scraping) becomes a `pending` group,
 * so planning reports the total as uncheckable rather than wrong. The draft is a starting point: the
 * reader fills in what the text does not say.
 *
 * @example
 * ```ts
 * const { meeting, budgets } = draftFromText(planText);
 * auditBudget(budgets[0]).findings;  // the 共计 check, as structured findings with paths
 * planMeeting(meeting).headCount;     // the head count, with pending groups listed
 * ```
 */
export function draftFromText(text: string): TextDraft {
  if (typeof text !== 'string')
    throw new HuiwuError('TEXT_INPUT', `expected text (a string), got ${typeof text}`);
  const { claims } = auditText(text);
  const title = firstTitle(text);
  const products = claims.filter((c) => c.kind === 'product' && c.stated);
  const budgets: BudgetInput[] = [];
  for (const c of claims) {
    if (
      c.kind !== 'sum' ||
      c.rule !== 'sum.total' ||
      !c.operands.every((o) => o.unit === '元' || o.value === null)
    )
      continue;
    const items = c.operands.map((o, k) =>
      moneyItem(
        o,
        products.find((p) => p.stated!.line === o.line && p.stated!.column === o.column),
        k,
      ),
    );
    budgets.push({
      title: `${title}（第 ${c.at.line} 行预算）`,
      items,
      ...(c.stated ? { total: c.stated.value ?? null } : {}),
    });
  }
  const attendees = claims.find((c) => c.kind === 'attendees');
  const groups: TextDraft['meeting']['groups'] = (attendees?.operands ?? []).map((o, k) => ({
    name: o.label ?? `第${k + 1}组`,
    count: o.value !== null && /^\d+$/.test(o.value) ? o.value : 'pending',
  }));
  if (attendees?.verdict === 'uncheckable' && attendees.reason && /missing|no count/.test(attendees.reason)) {
    groups.push({ name: '（原文缺失的分组）', count: 'pending', note: attendees.reason });
  }
  const plans = readPlans(text);
  const plan = plans[0]!;
  const start = plan.date ? `${plan.date.value}${plan.time ? ` ${plan.time.value}` : ''}` : startOf(claims);
  if (groups.length === 0)
    groups.push(...plan.groups.map((g) => ({ name: g.name, count: draftCount(g.count) })));
  const stated =
    attendees?.stated?.value && /^\d+$/.test(attendees.stated.value)
      ? attendees.stated.value
      : plan.total && /^\d+$/.test(plan.total.value)
        ? plan.total.value
        : undefined;
  const duration = plan.duration ? durationOf(plan.duration.value) : undefined;
  const agenda = plan.agenda.map(agendaItem);
  const tasks = plan.tasks.map((t) => taskOf(t, plan.date?.value.slice(0, 4)));
  const meeting: TextDraft['meeting'] = {
    title: plan.title?.value ?? title,
    ...(plan.organiser ? { organiser: plan.organiser.value } : {}),
    ...(start ? { start } : {}),
    ...(duration ? { duration } : {}),
    ...(plan.venue ? { venue: { name: plan.venue.value } } : {}),
    ...(plan.host ? { host: { name: plan.host.value } } : {}),
    groups,
    ...(stated ? { statedTotal: stated } : {}),
    ...(agenda.length ? { agenda } : {}),
    ...(tasks.length ? { tasks } : {}),
    ...(budgets[0] ? { budget: budgets[0] } : {}),
    note: 'Drafted from the text by huiwu draftFromText: check every figure and fill in what the text does not say.',
  };
  return { meeting, budgets, plans };
}

function draftCount(count: string): DraftCount {
  if (/^\d+$/.test(count)) return count;
  // 30至40: a range; the plan counts from its lower end.
  const r = /^(\d+)至(\d+)$/.exec(count);
  if (r) return Number(r[1]) <= Number(r[2]) ? { value: r[1]!, min: r[1]!, max: r[2]! } : 'pending';
  const m = /^(约|近)?(\d+)(余|多)?(左右)?$/.exec(count);
  if (!m) return 'pending';
  const qualifier = (m[1] ?? m[3] ?? m[4]) as '约' | '余' | '多' | '左右' | '近' | undefined;
  return qualifier ? { value: m[2]!, qualifier } : m[2]!;
}

function durationOf(days: string): TextDraft['meeting']['duration'] {
  if (days === '0.5') return 'half-day';
  return /^\d+$/.test(days) ? { days } : undefined;
}

const KINDS: [RegExp, NonNullable<TextDraft['meeting']['agenda']>[number]['kind']][] = [
  [/表彰|通报表扬/, 'commendation'],
  [/颁奖|颁发/, 'award'],
  [/报告/, 'report'],
  [/讲话|致辞|发言/, 'speech'],
  [/讨论|审议|座谈/, 'discussion'],
];

function agendaItem(a: AgendaReading): NonNullable<TextDraft['meeting']['agenda']>[number] {
  const kind = KINDS.find(([re]) => re.test(a.item))?.[1] ?? 'other';
  return {
    title: a.item,
    kind,
    ...(a.presenter ? { presenter: a.presenter } : {}),
    ...(a.time ? { start: a.time } : {}),
  };
}

function taskOf(
  t: TaskReading,
  year: string | undefined,
): NonNullable<TextDraft['meeting']['tasks']>[number] {
  // The meeting model's roles: 协助 is its 配合 (a supporting unit); 承办 has no counterpart there.
  const role = t.role === '承办' ? undefined : t.role === '协助' ? '配合' : t.role;
  const owners = t.owner ? [{ unit: t.owner, ...(role ? { role } : {}) }] : undefined;
  let deadline: string | { daysBeforeMeeting: string } | undefined;
  const d = t.deadline ? /(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(t.deadline) : null;
  const before = t.deadline ? /会前\s*(\d+)\s*天|提前\s*(\d+)\s*天/.exec(t.deadline) : null;
  if (d)
    deadline = `${year && /^\d{4}$/.test(year) ? year : '????'}-${d[1]!.padStart(2, '0')}-${d[2]!.padStart(2, '0')}`;
  else if (before) deadline = { daysBeforeMeeting: before[1] ?? before[2]! };
  else if (t.deadline === '前一天') deadline = { daysBeforeMeeting: '1' };
  return {
    task: t.task,
    ...(owners ? { owners } : {}),
    ...(deadline ? { deadline } : {}),
    ...(t.deadline && !deadline ? { note: `期限：${t.deadline}` } : {}),
  };
}
