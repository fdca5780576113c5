import type { Finding, Messages, Severity } from '../audit/finding.js';
import { type ComputedBudget, type ComputedItem, computeBudget, walkBudget } from '../budget/compute.js';
import type { BudgetInput } from '../budget/schema.js';
import { parseWith } from '../budget/validate.js';
import { Dec, toPlain } from '../decimal/dec.js';
import { parseAmount, parseDecimal } from '../decimal/parse.js';
import { round } from '../decimal/round.js';
import { toYuan } from '../decimal/units.js';
import { HuiwuError } from '../errors.js';
import { type Policy, PolicySchema } from './schema.js';

/** What a policy check needs to know about the meeting. */
export interface MeetingFacts {
  /** Category key in the policy, e.g. `'二类'`. */
  category: string;
  /** Attendees (参会人员), not counting staff. */
  attendees: number | string;
  /** Staff (工作人员). Default 0. */
  staff?: number | string;
  /** Meeting days (会期). */
  days: number | string;
}

/** The quota split a budget item counts towards. */
export type QuotaPart = 'lodging' | 'meals' | 'other' | 'excluded';

const PART_ALIASES: Readonly<Record<string, QuotaPart>> = {
  lodging: 'lodging',
  住宿: 'lodging',
  住宿费: 'lodging',
  meals: 'meals',
  伙食: 'meals',
  伙食费: 'meals',
  餐费: 'meals',
  other: 'other',
  其他: 'other',
  其他费用: 'other',
  excluded: 'excluded',
  不计入: 'excluded',
};

/**
 * Which quota part an item counts towards, from its `category` (lodging/住宿费, meals/伙食费/餐费,
 * other, excluded/不计入). Items without a category count as `other`, so nothing is left out of the cap.
 *
 * @example
 * ```ts
 * quotaPartOf(item); // 'lodging' for an item with category '住宿费'
 * ```
 */
export function quotaPartOf(item: ComputedItem): QuotaPart {
  return item.category === undefined ? 'other' : (PART_ALIASES[item.category] ?? 'other');
}

function finding(
  rule: string,
  severity: Severity,
  messages: Messages,
  figures: { stated: Dec; expected: Dec },
  path: (string | number)[],
): Finding {
  const difference = figures.stated.minus(figures.expected);
  return {
    rule,
    severity,
    verdict: 'mismatch',
    at: { path },
    stated: toPlain(figures.stated),
    expected: toPlain(figures.expected),
    difference: toPlain(difference),
    message: messages.en,
    messages,
  };
}

/**
 * Checks a budget and a meeting against a meeting-fee policy: days, attendees and staff share within
 * the category's limits, and spending within the comprehensive quota (quota × people × days) and its
 * lodging / meals / other split. Each finding says which cap is exceeded and by how much, in total and
 * per person (`difference` is spending − cap).
 *
 * @example
 * ```ts
 * const findings = checkPolicy(budgetInput, { category: '二类', attendees: 120, staff: 10, days: 2 }, CENTRAL_2016);
 * findings.map((f) => f.rule); // e.g. ['policy.quota']
 * ```
 */
export function checkPolicy(
  budget: ComputedBudget | BudgetInput,
  meeting: MeetingFacts,
  policy: Policy,
): Finding[] {
  const p = parseWith(PolicySchema, policy, 'policy').value;
  const b: ComputedBudget = isComputed(budget) ? budget : computeBudget(budget);
  if (!meeting || typeof meeting !== 'object')
    throw new HuiwuError(
      'POLICY',
      `meeting facts must be an object with category, days and attendees, not ${meeting === null ? 'null' : typeof meeting}`,
      {
        path: ['meeting'],
      },
    );
  // toString or __proto__ must not be found on the prototype of the category table.
  const rule =
    typeof meeting.category === 'string' && Object.hasOwn(p.categories, meeting.category)
      ? p.categories[meeting.category]
      : undefined;
  if (!rule) {
    throw new HuiwuError(
      'POLICY',
      `category "${meeting.category}" is not in policy ${p.id} (it has ${Object.keys(p.categories).join(', ')})`,
      {
        path: ['meeting', 'category'],
      },
    );
  }
  const attendees = parseDecimal(meeting.attendees, { path: ['meeting', 'attendees'] });
  const staff = parseDecimal(meeting.staff ?? 0, { path: ['meeting', 'staff'] });
  const days = parseDecimal(meeting.days, { path: ['meeting', 'days'] });
  for (const [name, v] of [
    ['attendees', attendees],
    ['staff', staff],
    ['days', days],
  ] as const) {
    // A negative head count or length would give a negative quota, which no budget can exceed.
    if (v.isNegative())
      throw new HuiwuError('POLICY', `meeting.${name} is ${toPlain(v)}: it cannot be negative`, {
        path: ['meeting', name],
      });
  }
  const out: Finding[] = [];
  const cat = rule.name ?? meeting.category;
  if (rule.maxDays != null && days.gt(rule.maxDays)) {
    out.push(
      finding(
        'policy.days',
        'error',
        {
          en: `${cat}: the meeting lasts ${toPlain(days)} days; the limit is ${rule.maxDays}.`,
          zh: `${cat}会期 ${toPlain(days)} 天，超过上限 ${rule.maxDays} 天。`,
        },
        { stated: days, expected: new Dec(rule.maxDays) },
        ['meeting', 'days'],
      ),
    );
  }
  if (rule.maxAttendees != null && attendees.gt(rule.maxAttendees)) {
    out.push(
      finding(
        'policy.attendees',
        'error',
        {
          en: `${cat}: ${toPlain(attendees)} attendees; the limit is ${rule.maxAttendees}.`,
          zh: `${cat}参会人员 ${toPlain(attendees)} 人，超过上限 ${rule.maxAttendees} 人。`,
        },
        { stated: attendees, expected: new Dec(rule.maxAttendees) },
        ['meeting', 'attendees'],
      ),
    );
  }
  if (rule.maxStaffShare != null && attendees.gt(0)) {
    const share = parseDecimal(rule.maxStaffShare, {
      path: ['policy', 'categories', meeting.category, 'maxStaffShare'],
    });
    const allowed = attendees.times(share).floor();
    if (staff.gt(allowed)) {
      out.push(
        finding(
          'policy.staff-share',
          'error',
          {
            en: `${cat}: ${toPlain(staff)} staff for ${toPlain(attendees)} attendees; at most ${toPlain(share.times(100))}% (${toPlain(allowed)}) are allowed.`,
            zh: `${cat}工作人员 ${toPlain(staff)} 人，超过参会人员的 ${toPlain(share.times(100))}%（${toPlain(allowed)} 人）。`,
          },
          { stated: staff, expected: allowed },
          ['meeting', 'staff'],
        ),
      );
    }
  }
  if (b.totalYuan === null) return out;
  const people = attendees.plus(staff);
  const nights = p.lodgingNights === 'days-minus-one' ? Dec.max(days.minus(1), 0) : days;
  const spent = { lodging: new Dec(0), meals: new Dec(0), other: new Dec(0) };
  for (const n of walkBudget(b)) {
    if (n.kind !== 'item' || n.amount === null) continue;
    const part = quotaPartOf(n);
    if (part === 'excluded') continue;
    spent[part] = spent[part].plus(toYuan(n.amount, n.moneyUnit));
  }
  const q = {
    lodging: parseAmount(rule.quota.lodging),
    meals: parseAmount(rule.quota.meals),
    other: parseAmount(rule.quota.other),
  };
  const capTotal = q.lodging
    .times(people)
    .times(nights)
    .plus(q.meals.plus(q.other).times(people).times(days));
  const total = spent.lodging.plus(spent.meals).plus(spent.other);
  if (total.gt(capTotal)) {
    const excess = total.minus(capTotal);
    const per = people.gt(0) ? toPlain(round(excess.dividedBy(people))) : '—';
    out.push(
      finding(
        'policy.quota',
        'error',
        {
          en: `${cat}: meeting costs ${toPlain(total)} 元 exceed the comprehensive quota ${toPlain(capTotal)} 元 (${toPlain(people)} people × ${toPlain(days)} days) by ${toPlain(excess)} 元, ${per} 元 per person.`,
          zh: `${cat}会议费 ${toPlain(total)} 元，超过综合定额 ${toPlain(capTotal)} 元（${toPlain(people)} 人 × ${toPlain(days)} 天）${toPlain(excess)} 元，人均超出 ${per} 元。`,
        },
        { stated: total, expected: capTotal },
        ['total'],
      ),
    );
  }
  const names = {
    lodging: ['lodging', '住宿费'],
    meals: ['meals', '伙食费'],
    other: ['other costs', '其他费用'],
  } as const;
  for (const part of ['lodging', 'meals', 'other'] as const) {
    const cap = q[part].times(people).times(part === 'lodging' ? nights : days);
    if (!spent[part].gt(cap)) continue;
    const excess = spent[part].minus(cap);
    const per = people.gt(0) ? toPlain(round(excess.dividedBy(people))) : '—';
    // Where the rules let the parts be traded against each other, only the total binds; a part over its share is a warning.
    out.push(
      finding(
        `policy.quota.${part}`,
        p.splitsInterchangeable ? 'warning' : 'error',
        {
          en: `${cat}: ${names[part][0]} ${toPlain(spent[part])} 元 exceed their share of the quota ${toPlain(cap)} 元 by ${toPlain(excess)} 元, ${per} 元 per person.`,
          zh: `${cat}${names[part][1]} ${toPlain(spent[part])} 元，超过定额 ${toPlain(cap)} 元 ${toPlain(excess)} 元，人均超出 ${per} 元。`,
        },
        { stated: spent[part], expected: cap },
        ['total'],
      ),
    );
  }
  return out;
}

function isComputed(x: unknown): x is ComputedBudget {
  return typeof x === 'object' && x !== null && 'children' in x && 'moneyUnit' in x && 'unknownFields' in x;
}
