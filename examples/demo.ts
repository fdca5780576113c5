/**
 * The quick-start demo: audits the budget of a real city work-meeting plan (bundled in
 * examples/budgets/), prints the computed table with the stated total beside it, and shows the
 * decimal core at work. Run with `npm run demo`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  auditBudget,
  CENTRAL_2016,
  checkPolicy,
  renderBudgetText,
  sum,
  toChineseUppercase,
} from '../src/index.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const budget = JSON.parse(readFileSync(here('./budgets/city-work-meeting.json'), 'utf8'));

console.log('== 1. Audit a budget from a real plan ==\n');
const audit = auditBudget(budget);
console.log(renderBudgetText(audit));

console.log('\n== 2. Exact arithmetic ==\n');
console.log(`0.1 + 0.2 in JS floats: ${0.1 + 0.2}`);
console.log(`0.1 + 0.2 in huiwu:     ${sum(['0.1', '0.2']).toString()}`);
console.log(`1005.20 in 大写:         ${toChineseUppercase('1005.20')}`);

console.log(
  '\n== 3. Policy: a 三类 meeting of 36 attendees and 3 staff for 1 day under the 2016 central quotas ==\n',
);
for (const f of checkPolicy(
  audit.budget,
  { category: '三类', attendees: 36, staff: 3, days: 1 },
  CENTRAL_2016,
)) {
  console.log(`[${f.severity}] ${f.rule}: ${f.messages.zh}`);
}
