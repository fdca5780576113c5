/**
 * Renderers: text tables aligned for Chinese, Markdown, JSON, and a self-contained HTML report.
 * @module
 */

export type { ReportOptions } from './budget-report.js';
export { budgetAuditToJSON, renderBudgetMarkdown, renderBudgetText } from './budget-report.js';
export {
  type HtmlReportFile,
  type HtmlReportInput,
  type HtmlReportTotals,
  type PanelOptions,
  REPORT_STRINGS,
  type ReportLocale,
  type ReportStrings,
  renderHtmlReport,
} from './html/index.js';
export { renderPlanText } from './plan-report.js';
