/**
 * huiwu (会务): plan, compute and audit meeting budgets and logistics with exact decimal arithmetic.
 *
 * @example
 * ```ts
 * import { auditBudget } from 'huiwu';
 * const { findings } = auditBudget({ title: '会议预算', items: [{ name: '场租费', amount: '2800' }], total: '2000' });
 * findings[0]?.difference; // '-800'
 * ```
 * @module
 */

export type {
  Finding,
  FindingLocation,
  FindingOperand,
  Messages,
  Severity,
  TextFinding,
  TextPlace,
  Verdict,
} from './audit/finding.js';
export { localize, SEVERITY_RANK } from './audit/finding.js';
export type { Judgement, JudgeOptions } from './audit/judge.js';
export { judge } from './audit/judge.js';
export * from './budget/index.js';
export * from './decimal/index.js';
export * from './meeting/index.js';
export * from './policy/index.js';
export * from './report/index.js';
export * from './text/index.js';
