import type { Finding, FindingLocation, Messages, Severity } from '../audit/finding.js';
import type { Claim } from './claim.js';

const NAMES: Readonly<Record<string, { en: string; zh: string }>> = {
  'product.line': { en: 'Line amount', zh: '单项金额' },
  'sum.total': { en: 'Stated total', zh: '合计' },
  'sum.parts': { en: 'Stated whole', zh: '总数' },
  'sum.missing-total': { en: 'Total', zh: '合计' },
  'count.attendees': { en: 'Stated head count', zh: '参会总人数' },
  'count.restated': { en: 'Count', zh: '数量' },
  'count.list': { en: 'Announced count', zh: '所述项数' },
  'percent.share': { en: 'Stated share', zh: '所占比例' },
  'percent.total': { en: 'Shares', zh: '各项比例之和' },
  'duration.days': { en: 'Stated duration', zh: '所述天数' },
};

// Money and head counts in a plan are hard errors; counts read from prose are worth a look.
const SEVERE = new Set(['product.line', 'sum.total', 'count.attendees', 'duration.days', 'percent.share']);

function messages(c: Claim): Messages {
  const n = NAMES[c.rule] ?? { en: c.rule, zh: c.rule };
  const s = c.stated?.text ?? '';
  const e = c.expected ?? '?';
  const why = c.reason ? ` (${c.reason})` : '';
  switch (c.verdict) {
    case 'mismatch':
      return {
        en: `${n.en} ${s} should be ${e} (off by ${c.difference ?? '?'})${why}.`,
        zh: `${n.zh}写作 ${s}，按各项计算应为 ${e}，相差 ${c.difference ?? '?'}。`,
      };
    case 'uncheckable':
      return {
        en: `${n.en} ${s} cannot be checked${why}.`,
        zh: `${n.zh}${s ? ` ${s}` : ''}无法核对${c.reason ? `（${c.reason}）` : ''}。`,
      };
    default:
      return { en: `${n.en} ${s} agrees with its parts${why}.`, zh: `${n.zh} ${s} 与各项相符。` };
  }
}

/**
 * The finding for a checked claim (claims without a verdict, such as dates, give none).
 *
 * @example
 * ```ts
 * findingOf(claim)?.rule; // 'sum.total'
 * ```
 */
export function findingOf(c: Claim): Finding | undefined {
  if (!c.verdict || !c.rule) return undefined;
  const severity: Severity = c.verdict === 'mismatch' ? (SEVERE.has(c.rule) ? 'error' : 'warning') : 'info';
  const m = messages(c);
  const f: Finding = {
    rule: c.rule,
    severity,
    verdict: c.verdict,
    at: { line: c.at.line, column: c.at.column, excerpt: c.at.excerpt },
    message: m.en,
    messages: m,
  };
  if (c.stated?.value != null) f.stated = c.stated.value;
  if (c.expected !== undefined) f.expected = c.expected;
  if (c.difference !== undefined && c.verdict !== 'uncheckable') f.difference = c.difference;
  if (c.reason) f.reason = c.reason;
  if (c.causedBy) f.causedBy = c.causedBy;
  return f;
}

/**
 * An info finding for a number typo fixed while reading (`2o00` read as `2000`, rule `text.typo`).
 *
 * @example
 * ```ts
 * typoFinding({ line: 3, column: 9, excerpt: '补助2o00―5000元' }, 'o', '0').rule; // 'text.typo'
 * ```
 */
export function typoFinding(
  at: FindingLocation & { excerpt: string },
  found: string,
  replacement: string,
): Finding {
  const m = {
    en: `The letter "${found}" inside a number was read as the digit ${replacement}.`,
    zh: `数字中的字母“${found}”按数字 ${replacement} 处理。`,
  };
  return {
    rule: 'text.typo',
    severity: 'info',
    verdict: 'match',
    at,
    stated: found,
    expected: replacement,
    message: m.en,
    messages: m,
    reason: 'typo in a number',
  };
}
