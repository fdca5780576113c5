/** Memory (peak heap) and bundle size (minified + gzipped) reports. */

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { auditBudget } from '../src/index.js';
import { generateBudget } from './budget.js';
import type { ScenarioResult } from './harness.js';
import { streamPeakHeap } from './text.js';

function mb(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

export async function memoryReport(quick: boolean): Promise<ScenarioResult> {
  const input = generateBudget(quick ? 1_000 : 100_000);
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const audit = auditBudget(input);
  const after = process.memoryUsage().heapUsed;
  const sizes = quick ? [0.1, 0.2] : [1, 4, 8];
  const stream = sizes.map((s) => `${s} MB → ${mb(streamPeakHeap(s))}`);
  // Resident memory over long streams, the input fed a megabyte at a time (issue: 1, 10 and 50 MB).
  // Each size in a fresh process: a resident set does not shrink, so one run would hide the next.
  const child = fileURLToPath(new URL('./rss-child.ts', import.meta.url));
  const rss = (quick ? [0.1, 0.5] : [1, 10, 50]).map((s) => {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', child, String(s)], {
      encoding: 'utf8',
    });
    const r = JSON.parse(out) as { rss: number; ms: number };
    return `${s} MB → ${mb(r.rss)} in ${(r.ms / 1000).toFixed(1)} s`;
  });
  return {
    scenario: 'memory',
    rows: [],
    extra: {
      [`heap growth auditing the ${quick ? '1,000' : '100,000'}-line budget (result kept alive)`]: `${mb(after - before)} (${audit.summary.mismatches} mismatch)`,
      'peak heap growth streaming text through createTextAuditor (input text itself excluded)':
        stream.join(', '),
      'peak resident-set growth streaming text, fed a megabyte at a time': rss.join(', '),
    },
  };
}

/** What a browser app pays: bundle `import { computeBudget, auditBudget } from 'huiwu'`, minify, gzip. */
export async function bundleSize(code: string): Promise<{ min: number; gzip: number }> {
  const r = await build({
    stdin: { contents: code, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    treeShaking: true,
    logLevel: 'silent',
  });
  const out = r.outputFiles[0]!.contents;
  return { min: out.length, gzip: gzipSync(out).length };
}

export const SIZE_CASES = {
  'computeBudget + auditBudget': "export { computeBudget, auditBudget } from './src/index.ts';",
  'decimal core only (parseAmount, sum, toChineseUppercase)':
    "export { parseAmount, sum, toChineseUppercase } from './src/decimal/index.ts';",
  auditText: "export { auditText } from './src/text/index.ts';",
};

export async function sizeReport(): Promise<ScenarioResult> {
  const extra: Record<string, string> = {};
  for (const [name, code] of Object.entries(SIZE_CASES)) {
    const s = await bundleSize(code);
    extra[`bundle: ${name}`] = `${(s.min / 1024).toFixed(1)} KiB min, ${(s.gzip / 1024).toFixed(1)} KiB gzip`;
  }
  return { scenario: 'bundle size (esbuild, minified, gzip)', rows: [], extra };
}
