/**
 * The budget functions as JSON reaches them, typed `unknown`: the tests that feed bad data (wrong
 * types, unknown fields, missing names) check the runtime validation, which the typed signatures
 * would otherwise refuse at compile time.
 */
import * as huiwu from '../../src/index.js';

export function auditBudget(input: unknown, opts?: huiwu.AuditOptions): huiwu.BudgetAudit {
  return huiwu.auditBudget(input as huiwu.BudgetInput, opts);
}

export function computeBudget(input: unknown, opts?: huiwu.ComputeOptions): huiwu.ComputedBudget {
  return huiwu.computeBudget(input as huiwu.BudgetInput, opts);
}

export function planMeeting(input: unknown): huiwu.MeetingPlan {
  return huiwu.planMeeting(input as huiwu.MeetingInput);
}
