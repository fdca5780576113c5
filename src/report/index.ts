/**
 * Renderers: text tables aligned for Chinese, Markdown and JSON.
 * @module
 */

export type { ReportOptions } from './budget-report.js';
export { budgetAuditToJSON, renderBudgetMarkdown, renderBudgetText } from './budget-report.js';
export { renderPlanText } from './plan-report.js';
export { displayWidth, pad, table } from './width.js';
