import type { MeetingPlan } from '../src/meeting/index.js';
import { renderPlanText } from '../src/report/plan-report.js';

/** Prints a plan and its derived budget as the example scripts show them. */
export function printPlan(plan: MeetingPlan): void {
  console.log(renderPlanText(plan));
}
