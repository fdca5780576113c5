/**
 * Reading real documents: normalization with positions, Chinese numerals, figures, claim extraction
 * and the text audit. Importable on its own as `huiwu/text`.
 * @module
 */

export type { FindingOperand, TextFinding, TextPlace } from '../audit/finding.js';
// Messages come in English and Chinese; a page shows them in its reader's language.
export { localize } from '../audit/finding.js';
export type { AuditTextOptions, Repeat, TextAuditor, TextAuditResult } from './audit-text.js';
export { auditChunks, auditText, createTextAuditor } from './audit-text.js';
export type { Claim, ClaimKind, Operand, TextLocation } from './claim.js';
export type { DraftCount, TextDraft } from './draft.js';
export { draftFromText } from './draft.js';
export type { Approx, Figure } from './figures.js';
export { scanFigures } from './figures.js';
export type { NormalizedText, PositionMap, TextPoint, Typo } from './normalize.js';
export { normalize } from './normalize.js';
export { formatChineseNumber, parseChineseNumber } from './numerals.js';
export { readPlan, readPlans } from './plan/read.js';
export type {
  AgendaReading,
  BlankReading,
  BudgetLineReading,
  GroupReading,
  PlanReading,
  Sourced,
  TaskReading,
  TaskRole,
} from './plan/types.js';
