/** The playground's own words, in the two languages huiwu's messages come in. */

import { REPORT_STRINGS } from '../src/report/html/strings.js';

export type Locale = 'zh' | 'en';

// The words shared with the HTML report come from it, so both say the same.
export const UI = {
  zh: {
    ...REPORT_STRINGS.zh,
    title: '会务核算 · 在线试用',
    subtitle: '粘贴会议方案文本或预算 JSON，逐项核对写明的金额与合计（精确十进制运算）。',
    tabText: '方案文本',
    tabBudget: '预算 JSON',
    textPlaceholder: '在此粘贴会议方案全文，例如：\n场租费：2800元\n餐费：15000元\n共计：45000元',
    budgetPlaceholder: '在此粘贴预算 JSON：{ "title": "…", "items": [ … ], "total": "…" }',
    loadTextExample: '载入示例（市工作会议方案）',
    loadBudgetExample: '载入示例预算',
    loadSectionsExample: '载入分项示例',
    openFile: '打开文件…',
    audit: '核对',
    clear: '清空',
    showMatches: '显示相符项',
    chart: '预算图',
    byTop: '按分项',
    byItem: '按项目',
    plainReport: '纯文本报告',
    noInput: '尚无输入。粘贴文本或点击“载入示例”。',
    noBudget: '文本中没有可汇总的合计，因此没有预算表。',
    derivedTitle: (line: number) => `文中预算（第 ${line} 行合计）`,
    derivedFrom: (line: number, excerpt: string) => `由原文第 ${line} 行“${excerpt}”及其上各项推得`,
    totalStated: '共计（写明）',
    totalComputed: '共计（计算）',
    jsonError: (m: string) => `JSON 格式有误：${m}`,
    budgetError: (m: string) => `预算无法计算：${m}`,
    footer: '全部计算在浏览器中完成，不上传任何内容。',
  },
  en: {
    ...REPORT_STRINGS.en,
    title: 'huiwu playground',
    subtitle:
      "Paste a meeting plan's text or a budget JSON: every stated amount and total is checked with exact decimal arithmetic.",
    tabText: 'Plan text',
    tabBudget: 'Budget JSON',
    textPlaceholder: "Paste a plan's text here, e.g.\n场租费：2800元\n餐费：15000元\n共计：45000元",
    budgetPlaceholder: 'Paste a budget JSON here: { "title": "…", "items": [ … ], "total": "…" }',
    loadTextExample: 'Load example (city work meeting)',
    loadBudgetExample: 'Load example budget',
    loadSectionsExample: 'Load example with sections',
    openFile: 'Open file…',
    audit: 'Audit',
    clear: 'Clear',
    showMatches: 'Show matches',
    chart: 'Chart',
    byTop: 'By section',
    byItem: 'By item',
    plainReport: 'Plain-text report',
    noInput: 'Nothing to audit yet. Paste some text or load the example.',
    noBudget: 'The text states no total to add up, so there is no budget table.',
    derivedTitle: (line: number) => `Budget stated in the text (total on line ${line})`,
    derivedFrom: (line: number, excerpt: string) =>
      `Derived from line ${line} “${excerpt}” and the items above it`,
    totalStated: 'Total (stated)',
    totalComputed: 'Total (computed)',
    jsonError: (m: string) => `Invalid JSON: ${m}`,
    budgetError: (m: string) => `Cannot compute the budget: ${m}`,
    footer: 'Everything runs in your browser; nothing is uploaded.',
  },
} as const;

export type Strings = (typeof UI)[Locale];
