export { annotatedHtml, type PanelOptions } from './annotated.js';
export { budgetExtrasHtml, budgetTableHtml } from './budget.js';
export {
  type HtmlReportFile,
  type HtmlReportInput,
  type HtmlReportTotals,
  htmlDocument,
  htmlFileSection,
  renderHtmlReport,
} from './document.js';
export { escapeHtml } from './escape.js';
export { displayAmount } from './figures.js';
export { findingsHtml } from './findings.js';
export { REPORT_STRINGS, type ReportLocale, type ReportStrings } from './strings.js';
