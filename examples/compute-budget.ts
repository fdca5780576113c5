/**
 * Computes a conference budget with sections in two units (a 万元 section inside a 元 budget), per-person
 * and per-day figures, and renders it as text and Markdown. Run: npx tsx examples/compute-budget.ts
 */
import { auditBudget, renderBudgetMarkdown, renderBudgetText } from '../src/index.js';

const audit = auditBudget({
  title: '2026年度学术年会经费预算',
  headCount: 240,
  days: 2,
  sections: [
    {
      name: '会务',
      items: [
        { name: '会场租金', unitPrice: '12000', quantity: [{ value: '2', unit: '天' }] },
        { name: '代表证', unitPrice: '4.5', quantity: '240', unit: '个' },
        { name: '会议资料', unitPrice: '28.80', quantity: '240', unit: '套' },
      ],
      subtotal: '31,992.00',
    },
    {
      name: '食宿',
      items: [
        {
          name: '自助餐',
          unitPrice: '85',
          quantity: [
            { value: '240', unit: '人' },
            { value: '2', unit: '天' },
            { value: '2', unit: '餐' },
          ],
        },
        { name: '欢迎宴', unitPrice: '1880', quantity: '24', unit: '桌' },
      ],
    },
    {
      name: '专家劳务（万元）',
      unit: '万元',
      items: [{ name: '特邀报告', unitPrice: '0.5', quantity: '6', unit: '人' }],
      subtotal: '3',
    },
  ],
  total: '188712',
});
console.log(renderBudgetText(audit));
console.log(`\n${renderBudgetMarkdown(audit, { locale: 'en' })}`);
