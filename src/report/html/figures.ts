import { type Finding, SEVERITY_RANK, type Severity } from '../../audit/finding.js';
import { Dec } from '../../decimal/dec.js';
import { formatAmount } from '../../decimal/format.js';

/**
 * An exact decimal for display: grouped, with the places it has (at least `min`). A string that is
 * not a decimal is shown as it is.
 *
 * @example
 * ```ts
 * displayAmount('48700', 2); // '48,700.00'
 * ```
 */
export function displayAmount(value: string | Dec, min = 0): string {
  try {
    const d = typeof value === 'string' ? new Dec(value) : value;
    return formatAmount(d, { places: Math.max(min, d.decimalPlaces()) });
  } catch {
    return String(value);
  }
}

/**
 * The most severe severity among findings (`info` for none).
 *
 * @example
 * ```ts
 * worstSeverity([]); // 'info'
 * ```
 */
export function worstSeverity(findings: readonly Finding[]): Severity {
  let s: Severity = 'info';
  for (const f of findings) if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[s]) s = f.severity;
  return s;
}

/**
 * The verdict a mark shows when several findings cover it: a mismatch outweighs an uncheckable
 * figure, which outweighs a match.
 *
 * @example
 * ```ts
 * worstVerdict([]); // 'match'
 * ```
 */
export function worstVerdict(findings: readonly Finding[]): Finding['verdict'] {
  if (findings.some((f) => f.verdict === 'mismatch')) return 'mismatch';
  if (findings.some((f) => f.verdict === 'uncheckable')) return 'uncheckable';
  return 'match';
}
