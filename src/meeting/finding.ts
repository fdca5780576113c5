import type { Finding, Severity, Verdict } from '../audit/finding.js';

/** The parts of a meeting {@link Finding} that vary from rule to rule. */
export interface FindingSpec {
  rule: string;
  severity: Severity;
  verdict: Verdict;
  path: (string | number)[];
  en: string;
  zh: string;
  stated?: string;
  expected?: string;
  difference?: string;
  reason?: string;
}

/**
 * Builds a {@link Finding} whose `message` is the English text, so every meeting rule fills both
 * languages the same way.
 *
 * @example
 * ```ts
 * meetingFinding({ rule: 'task.no-owner', severity: 'warning', verdict: 'mismatch', path: ['tasks', 0, 'owners'],
 *   en: 'Task "banner" has no owner.', zh: '任务“会标”没有责任人。' }).message; // 'Task "banner" has no owner.'
 * ```
 */
export function meetingFinding(spec: FindingSpec): Finding {
  const f: Finding = {
    rule: spec.rule,
    severity: spec.severity,
    verdict: spec.verdict,
    at: { path: spec.path },
    message: spec.en,
    messages: { en: spec.en, zh: spec.zh },
  };
  if (spec.stated !== undefined) f.stated = spec.stated;
  if (spec.expected !== undefined) f.expected = spec.expected;
  if (spec.difference !== undefined) f.difference = spec.difference;
  if (spec.reason !== undefined) f.reason = spec.reason;
  return f;
}

/**
 * True when a name is only a placeholder the document left blank (`**`, `××`, `xx`, `？？`).
 *
 * @example
 * ```ts
 * isPlaceholder('**');     // true
 * isPlaceholder('崔晓峰'); // false
 * ```
 */
export function isPlaceholder(s: string): boolean {
  return /^[\s*＊×xX?？#＃]*$/.test(s);
}
