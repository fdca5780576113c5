/** How serious a finding is: `error` a stated figure is wrong, `warning` worth a look, `info` a note. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * The outcome of one check: `match` the stated figure agrees (possibly after rounding), `mismatch` it does
 * not, `uncheckable` it cannot be decided (a placeholder, an approximate figure, a missing part).
 */
export type Verdict = 'match' | 'mismatch' | 'uncheckable';

/** Where a finding points: a path into structured input, or a position in the original text. */
export type FindingLocation =
  | { path: (string | number)[] }
  | { line: number; column: number; excerpt: string; endLine?: number; endColumn?: number; where?: string };

/** Where a text finding points: always a line and column of the original text. */
export interface TextPlace {
  line: number;
  column: number;
  /** The passage, normalized (Simplified, glosses dropped), at most about 80 characters. */
  excerpt: string;
  endLine?: number;
  endColumn?: number;
  /** In a file that is not plain text, the place in the file's own terms: `预算!D12`, `page 3, line 12`. */
  where?: string;
}

/** A finding's message in each language huiwu ships. */
export interface Messages {
  en: string;
  zh: string;
}

/**
 * One result of an audit. The same shape serves budgets, meetings and raw text; figures are exact
 * decimal strings, `difference` is `stated − expected`.
 *
 * @example
 * ```ts
 * const f: Finding = {
 *   rule: 'sum.total', severity: 'error', verdict: 'mismatch', at: { path: ['total'] },
 *   stated: '45000', expected: '48700', difference: '-3700',
 *   message: 'Stated total 45000 should be 48700 (off by -3700).',
 *   messages: { en: 'Stated total 45000 should be 48700 (off by -3700).', zh: '共计应为 48700，写作 45000，相差 -3700。' },
 * };
 * ```
 */
export interface Finding {
  /** Stable rule id, e.g. `sum.total`, `product.line`; see the rule catalogue in docs/rules.md. */
  rule: string;
  severity: Severity;
  verdict: Verdict;
  at: FindingLocation;
  /** The figure as the input states it (a decimal string), when there is one. */
  stated?: string;
  /** The figure recomputed exactly from its parts. */
  expected?: string;
  /** `stated − expected`, exact. */
  difference?: string;
  /** The English message (same as `messages.en`). */
  message: string;
  messages: Messages;
  /**
   * Set when this finding follows from other findings (a total that is off because a line above it
   * is off): the paths or ids of those root causes. Root causes are listed before their consequences.
   */
  causedBy?: string[];
  /** Other places where the same passage or figure appears (repeats in a document). */
  alsoAt?: FindingLocation[];
  /** Why a check was uncheckable, or other detail worth a machine's attention. */
  reason?: string;
  /**
   * The figures the check was computed from, each with its place, so a person can verify the finding
   * without reading code (text audits).
   */
  operands?: FindingOperand[];
  /** The stated figure as written, with its place (text audits). */
  statedAt?: FindingOperand;
}

/**
 * A finding of the text auditor: its place is always a line and column, so `f.at.line` needs no
 * narrowing.
 *
 * @example
 * ```ts
 * const [f] = auditText('场租费:2800元\n餐费:15000元\n共计:18000元').findings;
 * f.at.line; // 3
 * ```
 */
export interface TextFinding extends Finding {
  at: TextPlace;
  alsoAt?: TextPlace[];
}

/** A figure a finding was computed from: as written, its exact value, and where it stands. */
export interface FindingOperand {
  /** The figure as written (normalized: `1.5万元`, `60元/个`). */
  text: string;
  /** Its exact value in the base unit (`15000`), or null for a placeholder. */
  value: string | null;
  /** Base unit (`元`, `人`, `%` …) or `''`. */
  unit: string;
  /** The words naming it, when found. */
  label?: string;
  line: number;
  column: number;
  /** In a file that is not plain text, the place in the file's own terms: `预算!B4`. */
  where?: string;
}

/**
 * Chooses a finding's message in one language.
 *
 * @example
 * ```ts
 * localize(finding, 'zh'); // '共计应为 48700，写作 45000，相差 -3700。'
 * ```
 */
export function localize(finding: Finding, locale: 'en' | 'zh'): string {
  return finding.messages[locale];
}

/**
 * Severity order for sorting: errors first.
 *
 * @example
 * ```ts
 * findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
 * ```
 */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
