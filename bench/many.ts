/**
 * Scenario: `huiwu audit DIR` over 1,000 small plans (real documents of the corpus, copied round-robin),
 * with the worker pool on every core against a single-process loop (`--jobs 1`), in the same run. Both
 * run the built CLI (dist/cli.js) as a user does, Node's start-up included.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScenario, type ScenarioResult } from './harness.js';

const root = new URL('..', import.meta.url).pathname;

function corpusFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) corpusFiles(p, out);
    else if (e.name.endsWith('.txt')) out.push(p);
  }
  return out.sort();
}

export async function manyFilesScenario(n: number): Promise<ScenarioResult[]> {
  const cli = join(root, 'dist/cli.js');
  if (!existsSync(cli)) {
    console.error('skipping the many-files scenario: run `npm run build` first');
    return [];
  }
  const sources = corpusFiles(join(root, 'test/fixtures/corpus'));
  const dir = mkdtempSync(join(tmpdir(), 'huiwu-bench-many-'));
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const src = sources[i % sources.length]!;
    copyFileSync(src, join(dir, `plan-${String(i).padStart(4, '0')}.txt`));
    bytes += statSync(src).size;
  }
  const run = (jobs: number) => () => {
    const r = spawnSync(
      process.execPath,
      [cli, 'audit', dir, '--jobs', String(jobs), '--format', 'jsonl', '--quiet'],
      {
        maxBuffer: 1 << 28,
      },
    );
    if (r.status !== 0 && r.status !== 1) throw new Error(`huiwu exited ${r.status}: ${r.stderr}`);
    return r.stdout.toString().split('\n').length - 1;
  };
  const cores = availableParallelism();
  const findings = (r: unknown) => `${r} findings from ${n} files (${(bytes / 2 ** 20).toFixed(1)} MiB)`;
  try {
    const result = await runScenario(
      `7. audit ${n.toLocaleString('en')} small plans in a directory (${cores} cores)`,
      [
        { name: `huiwu audit DIR --jobs ${cores} (worker pool)`, fn: run(cores), check: findings },
        { name: 'huiwu audit DIR --jobs 1 (single-process loop)', fn: run(1), check: findings },
      ],
      { iterations: 3 },
    );
    for (const row of result.rows) row.note += `; ${(n / (row.medianMs / 1000)).toFixed(0)} files/s`;
    return [result];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
