/**
 * A thin layer over tinybench: runs contenders of one scenario in the same process, one after the
 * other, and reports each one's median time and its ratio to huiwu measured in that same run.
 */
import { Bench } from 'tinybench';

export interface Contender {
  name: string;
  fn: () => unknown;
  /** Checks the contender's result (exactness); its message is shown next to the timing. */
  check?: (result: unknown) => string;
}

export interface Row {
  name: string;
  medianMs: number;
  spreadMs: number;
  opsPerSec: number;
  ratio: number;
  samples: number;
  note: string;
}

export interface ScenarioResult {
  scenario: string;
  rows: Row[];
  extra?: Record<string, unknown>;
}

export const quick = process.argv.includes('--quick');
export const asJson = process.argv.includes('--json');

export async function runScenario(
  scenario: string,
  contenders: Contender[],
  opts: { iterations?: number } = {},
): Promise<ScenarioResult> {
  const notes = new Map<string, string>();
  for (const c of contenders) {
    // One untimed run per contender: it warms the JIT and gives the result to check.
    const r = await c.fn();
    notes.set(c.name, c.check ? c.check(r) : '');
  }
  const bench = new Bench({
    iterations: opts.iterations ?? (quick ? 2 : 7),
    time: 0,
    warmupIterations: quick ? 0 : 1,
    warmupTime: 0,
  });
  for (const c of contenders) bench.add(c.name, c.fn);
  await bench.run();
  const rows: Row[] = bench.tasks.map((t) => {
    const r = t.result as unknown as {
      latency: { p50: number; mad: number; samplesCount?: number; samples?: number[] };
      throughput: { p50: number };
    };
    return {
      name: t.name,
      medianMs: r.latency.p50,
      spreadMs: r.latency.mad,
      opsPerSec: r.throughput.p50,
      ratio: 0,
      samples: r.latency.samplesCount ?? r.latency.samples?.length ?? 0,
      note: notes.get(t.name) ?? '',
    };
  });
  const base = rows.find((r) => r.name.startsWith('huiwu'))?.medianMs ?? rows[0]!.medianMs;
  for (const r of rows) r.ratio = r.medianMs / base;
  return { scenario, rows };
}

export function printScenario(s: ScenarioResult): void {
  if (asJson) return;
  console.log(`\n### ${s.scenario}\n`);
  console.log('| contender | median | ± (MAD) | ops/s | time ÷ huiwu | note |');
  console.log('|---|--:|--:|--:|--:|---|');
  for (const r of s.rows) {
    console.log(
      `| ${r.name} | ${fmtMs(r.medianMs)} | ${fmtMs(r.spreadMs)} | ${r.opsPerSec.toFixed(2)} | ${r.ratio.toFixed(2)}× | ${r.note} |`,
    );
  }
  if (s.extra)
    for (const [k, v] of Object.entries(s.extra))
      console.log(`\n${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
}

export function fmtMs(ms: number): string {
  return ms >= 1000
    ? `${(ms / 1000).toFixed(2)} s`
    : ms >= 1
      ? `${ms.toFixed(1)} ms`
      : `${(ms * 1000).toFixed(0)} µs`;
}
