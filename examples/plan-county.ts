// Plans the county economy conference (全市县域经济工作会议) from examples/meetings and prints its counts,
// findings and derived budget. Run: npx tsx examples/plan-county.ts
import { readFileSync } from 'node:fs';
import { type MeetingInput, planMeeting } from '../src/meeting/index.js';
import { printPlan } from './print-plan.js';

const input: MeetingInput = JSON.parse(
  readFileSync(new URL('./meetings/county-conference.json', import.meta.url), 'utf8'),
);
printPlan(planMeeting(input));
