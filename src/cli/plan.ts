import { auditBudget } from '../budget/audit.js';
import { planMeeting } from '../meeting/index.js';
import type { MeetingInput } from '../meeting/schema.js';
import { renderPlanText } from '../report/plan-report.js';
import type { CommandOptions } from './commands.js';
import type { FileReport } from './output.js';

/** `huiwu plan`: plans a meeting, audits the plan and the budget it states, if any. */
export function planFile(input: unknown, file: string, opts: CommandOptions): FileReport {
  // Parsed JSON (or a draft read from text), checked by planMeeting at run time.
  const plan = planMeeting(input as MeetingInput);
  const findings = [...plan.findings];
  if (plan.meeting.budget) {
    // The stated budget's paths are relative to it; prefix them so they point into the meeting file.
    for (const f of auditBudget(plan.meeting.budget).findings) {
      findings.push('path' in f.at ? { ...f, at: { path: ['budget', ...f.at.path] } } : f);
    }
  }
  return { file, findings, ...(opts.format === 'text' ? { body: renderPlanText(plan, opts.lang) } : {}) };
}
