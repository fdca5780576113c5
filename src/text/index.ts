/**
 * Reading real documents: normalization with positions, Chinese numerals, figures, claim extraction
 * and the text audit. Importable on its own as `huiwu/text`.
 * @module
 */

export type { FindingOperand, TextFinding, TextPlace } from '../audit/finding.js';
export type { AuditTextOptions, Repeat, TextAuditor, TextAuditResult } from './audit-text.js';
export { auditChunks, auditText, createTextAuditor, MAX_SEGMENT, segmentEnd } from './audit-text.js';
export type { Claim, ClaimKind, Operand, TextLocation } from './claim.js';
export type { DraftCount, TextDraft } from './draft.js';
export { draftFromText } from './draft.js';
export { extractBreakdowns } from './extract-breakdowns.js';
export { extractDates } from './extract-dates.js';
export { extractListCount } from './extract-lists.js';
export { extractRateChanges } from './extract-rates.js';
export type { Approx, Figure } from './figures.js';
export { isMoney, scanFigures } from './figures.js';
export { blankFinding, findingOf, internalFinding, typoFinding } from './findings.js';
export type { CheckResult, Quantity } from './interval.js';
export { addQ, checkQuantity, exact, mulQ, quantityOf, shareQ } from './interval.js';
export type { LineRecord, LineWindow, Marker, MarkerStyle } from './lines.js';
export { labelBefore, lineRecord, locate, markers, operandOf } from './lines.js';
export type { NormalizedLine, NormalizedText, PositionMap, TextPoint, Typo } from './normalize.js';
export { isCjk, normalize, normalizeLine, splitLines } from './normalize.js';
export { formatChineseNumber, isChineseNumeralChar, parseChineseNumber } from './numerals.js';
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
export type { RepeatDetector } from './repeats.js';
export { createRepeatDetector, REPEAT_GAP, REPEAT_MAX_LINES, REPEAT_MIN_LINES } from './repeats.js';
export { RULES } from './rules/registry.js';
export type { ExpectedFinding, RuleContext, RuleExample, TextRule } from './rules/types.js';
export type { Block, Cell, ColumnRole, Paragraph, Row, Segment, Table } from './tree/types.js';
