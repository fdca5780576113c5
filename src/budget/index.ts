/**
 * Budgets: the model (zod), exact computation, and the audit of stated figures.
 * @module
 */

export type { AuditOptions, BudgetAudit } from './audit.js';
export { auditBudget } from './audit.js';
export type {
  ComputedBudget,
  ComputedFactor,
  ComputedItem,
  ComputedNode,
  ComputedSection,
  ComputeOptions,
  Path,
} from './compute.js';
export { computeBudget, parseBudget } from './compute.js';
export { budgetToJson } from './json.js';
export type { BudgetRule, MessageArgs } from './messages.js';
export { BUDGET_MESSAGES } from './messages.js';
export type { BudgetInput, CostItemInput, SectionInput } from './schema.js';
export {
  AmountSchema,
  BudgetSchema,
  BudgetUnitSchema,
  budgetJsonSchema,
  CostItemSchema,
  FactorSchema,
  SectionSchema,
  StatedSchema,
} from './schema.js';
export type { StatedFigure } from './stated.js';
export type { ParseInputOptions, UnknownField } from './validate.js';
