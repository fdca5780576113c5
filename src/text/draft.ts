import type { BudgetInput, CostItemInput } from '../budget/schema.js';
import { HuiwuError } from '../errors.js';
import { auditText } from './audit-text.js';
import type { Claim, Operand } from './claim.js';
import { normalizeLine, splitLines } from './normalize.js';

/** A meeting and its budgets as far as they can be read from a plan's text, to be completed by a person. */
export interface TextDraft {
  /** Input for `planMeeting` (the meeting model): title, start, attendee groups and their stated total. */
  meeting: {
    title: string;
    start?: string;
    groups: { name: string; count: number | string; note?: string }[];
    statedTotal?: string;
    budget?: BudgetInput;
    note: string;
  };
  /** Every budget the text states (a run of amounts closed by 共计/合计/总计), as `auditBudget` input. */
  budgets: BudgetInput[];
}

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
  const start = startOf(claims);
  const meeting: TextDraft['meeting'] = {
    title,
    ...(start ? { start } : {}),
    groups,
    ...(attendees?.stated?.value && /^\d+$/.test(attendees.stated.value)
      ? { statedTotal: attendees.stated.value }
      : {}),
    ...(budgets[0] ? { budget: budgets[0] } : {}),
    note: 'Drafted from the text by huiwu draftFromText: check every figure and fill in what the text does not say.',
  };
  return { meeting, budgets };
}
