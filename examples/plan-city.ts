// Plans the city work meeting (**市##工作会议) from examples/meetings, prints its plan and derived budget,
// then audits the budget the document itself states (共计 45000). Run: npx tsx examples/plan-city.ts
import { readFileSync } from 'node:fs';
import { auditBudget } from '../src/budget/index.js';
import { type MeetingInput, planMeeting } from '../src/meeting/index.js';
import { printPlan } from './print-plan.js';

const input: MeetingInput = JSON.parse(
  readFileSync(new URL('./meetings/city-work-meeting.json', import.meta.url), 'utf8'),
);
const plan = planMeeting(input);
printPlan(plan);
if (plan.meeting.budget) {
  const audit = auditBudget(plan.meeting.budget);
  console.log('\n## Stated budget audit');
  for (const f of audit.findings) console.log(`  [${f.severity}/${f.verdict}] ${f.rule}: ${f.message}`);
}
