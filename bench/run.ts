/**
 * `npm run bench`: every scenario, contenders measured in the same run, ratios to huiwu.
 * `npm run bench -- --quick` runs small sizes (CI keeps the suite working, not timing it);
 * `npm run bench -- --json` prints the results as JSON.
 */
import os from 'node:os';
import { budgetScenario, serializeScenario } from './budget.js';
import { fileScenarios } from './files.js';
import { asJson, printScenario, quick, type ScenarioResult } from './harness.js';
import { manyFilesScenario } from './many.js';
import { meetingScenario } from './meeting.js';
import { parseScenario, uppercaseScenario } from './parse-format.js';
import { memoryReport, sizeReport } from './size-memory.js';
import { sumProductsScenario } from './sum-products.js';
import { textScenarios } from './text.js';

const results: ScenarioResult[] = [];
async function run(p: Promise<ScenarioResult | ScenarioResult[]>) {
  const r = await p;
  for (const s of Array.isArray(r) ? r : [r]) {
    results.push(s);
    printScenario(s);
  }
}

const machine = `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
if (!asJson) console.log(`huiwu benchmarks${quick ? ' (quick)' : ''} — ${machine}`);

await run(sumProductsScenario(quick ? 10_000 : 1_000_000));
await run(budgetScenario(quick ? 1_000 : 100_000));
await run(serializeScenario(quick ? 1_000 : 100_000));
await run(meetingScenario(quick ? 20 : 500));
await run(textScenarios(quick ? [0.05, 0.1] : [1, 2, 4, 8]));
await run(fileScenarios(quick ? 200 : 10_000, quick ? 50 : 1_000));
await run(manyFilesScenario(quick ? 40 : 1_000));
await run(parseScenario(quick ? 10_000 : 1_000_000));
await run(uppercaseScenario(quick ? 1_000 : 100_000));
await run(memoryReport(quick));
await run(sizeReport());

if (asJson) console.log(JSON.stringify({ machine, quick, results }, null, 2));
