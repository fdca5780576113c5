/**
 * huiwu (会务): plan, compute and audit meeting budgets and logistics with exact decimal arithmetic.
 * @module
 */
export * from './decimal/index.js';
export type { Finding, FindingLocation, Messages, Severity, Verdict } from './audit/finding.js';
export { SEVERITY_RANK, localize } from './audit/finding.js';
export { judge } from './audit/judge.js';
export type { JudgeOptions, Judgement } from './audit/judge.js';
