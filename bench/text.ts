/** Scenario 4: audit plan text at growing sizes; throughput and time per MB. */
import { readdirSync, readFileSync } from 'node:fs';
import { auditText, createTextAuditor } from '../src/index.js';
import { quick, type ScenarioResult } from './harness.js';

const seedDir = new URL('../test/fixtures/text/seeds/', import.meta.url);

/** The seed documents concatenated until the text is `mb` megabytes (UTF-8). */
export function corpus(mb: number): string {
  const seeds = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(new URL(f, seedDir), 'utf8'));
  const target = mb * 1024 * 1024;
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < target; i++) {
    const s = seeds[i % seeds.length]!;
    parts.push(s);
    bytes += Buffer.byteLength(s);
  }
  return parts.join('\n');
}

export async function textScenarios(sizes: number[]): Promise<ScenarioResult> {
  const rows = [];
  let base = 0;
  for (const mb of sizes) {
    const text = corpus(mb);
    const bytes = Buffer.byteLength(text);
    auditText(text.slice(0, 100_000)); // warm up the JIT
    const times: number[] = [];
    let findings = 0;
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      const t = performance.now();
      findings = auditText(text, { claims: false }).findings.length;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const perMb = median / (bytes / 1048576);
    if (!base) base = perMb;
    rows.push({
      name: `huiwu auditText ${mb} MB`,
      medianMs: median,
      spreadMs: times[times.length - 1]! - times[0]!,
      opsPerSec: bytes / 1048576 / (median / 1000),
      ratio: perMb / base,
      samples: times.length,
      note: `${(bytes / 1048576 / (median / 1000)).toFixed(2)} MB/s, ${perMb.toFixed(0)} ms/MB, ${findings} findings`,
    });
  }
  return {
    scenario:
      '4. audit text (seeds concatenated): ops/s column is MB/s; ratio is time per MB ÷ time per MB at the smallest size',
    rows,
  };
}

/** Streams `mb` megabytes through the incremental auditor in 64 KiB chunks; returns peak heap growth. */
export function streamPeakHeap(mb: number): number {
  const text = corpus(mb);
  globalThis.gc?.();
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const a = createTextAuditor({ claims: false });
  for (let i = 0; i < text.length; i += 65536) {
    a.push(text.slice(i, i + 65536));
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  a.end();
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return peak - before;
}

/**
 * Streams `mb` megabytes through the incremental auditor in 64 KiB chunks, a megabyte of seed text
 * at a time (so the input is never held whole), and returns the peak growth of the process's
 * resident set: what a user sizing a batch task should budget per worker.
 */
export function streamPeakRss(mb: number): { rss: number; ms: number } {
  const piece = corpus(Math.min(1, mb));
  const pieces = Math.max(1, Math.round(mb / Math.min(1, mb)));
  globalThis.gc?.();
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const t = performance.now();
  const a = createTextAuditor({ claims: false, matches: false });
  for (let p = 0; p < pieces; p++) {
    for (let i = 0; i < piece.length; i += 65536) a.push(piece.slice(i, i + 65536));
    a.push('\n');
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  a.end();
  peak = Math.max(peak, process.memoryUsage().rss);
  return { rss: peak - before, ms: performance.now() - t };
}
