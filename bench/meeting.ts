/** Scenario 3: plan a meeting of 10,000 attendees in 500 groups and derive its budget. */
import { readFileSync } from 'node:fs';
import { computeBudget, meetingBudget, planMeeting } from '../src/index.js';
import { type Contender, runScenario } from './harness.js';

export function bigMeeting(groups: number) {
  const base = JSON.parse(
    readFileSync(new URL('../examples/meetings/county-conference.json', import.meta.url), 'utf8'),
  );
  const ranks: string[] = base.ranks;
  base.groups = Array.from({ length: groups }, (_, i) => ({
    id: `g${i}`,
    name: `第${i + 1}组`,
    count: 20,
    rank: ranks[i % ranks.length],
  }));
  base.venue = { ...base.venue, capacity: groups * 20 + 1000 };
  delete base.statedTotal;
  return base;
}

export async function meetingScenario(groups: number) {
  const input = bigMeeting(groups);
  const contenders: Contender[] = [
    {
      name: 'huiwu planMeeting + meetingBudget + computeBudget',
      fn: () => {
        const plan = planMeeting(input);
        return computeBudget(meetingBudget(plan)).total?.toFixed();
      },
      check: (r) => `total ${r} 元`,
    },
  ];
  return runScenario(
    `3. plan a meeting of ${(groups * 20).toLocaleString('en')} attendees in ${groups} groups and derive its budget`,
    contenders,
    { iterations: 10 },
  );
}
