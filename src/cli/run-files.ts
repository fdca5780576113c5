import { availableParallelism } from 'node:os';
import { SingleBar } from 'cli-progress';
import { Tinypool } from 'tinypool';
import { HuiwuError } from '../errors.js';
import { htmlDocument, htmlFileSection } from '../report/html/document.js';
import { REPORT_STRINGS } from '../report/html/strings.js';
import type { Command, RunOptions } from './commands.js';
import { expandInputs } from './inputs.js';
import { reportOf } from './one-file.js';
import {
  addToSummary,
  emptySummary,
  type FileReport,
  renderJson,
  renderJsonLines,
  renderMarkdownFile,
  renderTextFile,
  type Summary,
  summaryLine,
  summaryTable,
} from './output.js';
import type { Task } from './worker.js';

/** Where a run writes: results to `out`, progress and the jsonl summary to `err`. */
export interface Sink {
  out(s: string): void;
  err(s: string): void;
  /** True when `err` is a terminal, where a progress bar may be drawn. */
  errIsTTY: boolean;
}

/** The number of cores this process may use: the default of `--jobs`. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Runs a command over every file its inputs name. Files are checked in worker threads when there are
 * several (`--jobs`), and reported in the order they were named however they finish. A file that
 * cannot be read is reported and the rest go on. Returns the exit code: 2 if a file could not be
 * read, else 1 if a mismatch was found, else 0.
 */
export async function runFiles(
  command: Exclude<Command, 'uppercase'>,
  args: string[],
  opts: RunOptions,
  sink: Sink,
): Promise<number> {
  const { files, problems } = expandInputs(command, args, opts);
  if (!files.length && !problems.length)
    throw new HuiwuError('USAGE', `no file to read in ${args.join(', ') || opts.filesFrom} (see --include)`);
  const many = files.length + problems.length > 1;
  const summary = emptySummary();
  const emit = emitter(opts, sink, summary, many);
  for (const p of problems) emit({ file: p.file, findings: [], error: p.error });

  const bar =
    many && sink.errIsTTY && !opts.quiet
      ? new SingleBar({
          format: 'huiwu {bar} {value}/{total} files  {file}',
          hideCursor: true,
          clearOnComplete: true,
        })
      : undefined;
  bar?.start(files.length, 0, { file: '' });
  const done = (r: FileReport) => {
    bar?.increment({ file: r.file.length > 40 ? `…${r.file.slice(-39)}` : r.file });
  };
  try {
    if (files.length > 1 && opts.jobs > 1) await inPool(command, files, opts, emit, done);
    else
      for (const [i, file] of files.entries()) {
        const r = await reportOf(command, file, opts, i);
        done(r);
        emit(r);
      }
  } finally {
    bar?.stop();
  }
  emit.end();
  // A single unreadable file is an input error, said on stderr by the caller.
  if (!many && emit.lastError) throw new HuiwuError(emit.lastError.code as never, emit.lastError.message);
  return summary.errors ? 2 : summary.mismatches ? 1 : 0;
}

type Emit = ((r: FileReport) => void) & { end(): void; lastError?: { code: string; message: string } };

/** Writes each report as it arrives, in the output format; totals go into `summary`. */
function emitter(opts: RunOptions, sink: Sink, summary: Summary, many: boolean): Emit {
  const kept: FileReport[] = [];
  const sections: string[] = [];
  let firstFile = '';
  let unreadable = 0;
  const lang = opts.lang;
  const emit = ((r: FileReport) => {
    addToSummary(summary, r);
    firstFile ||= r.file;
    if (r.error) emit.lastError = r.error;
    if (!many && r.error) return; // said once, as the run's error
    if (opts.format === 'json') kept.push(r);
    else if (opts.format === 'html')
      // An unreadable file's section has no ids to clash with a checked file's: it is numbered apart.
      sections.push(
        r.html ??
          htmlFileSection({ name: r.file, findings: [], error: r.error?.message }, -1 - unreadable++, lang),
      );
    else if (opts.format === 'jsonl') {
      const lines = renderJsonLines(r, lang);
      if (lines.length) sink.out(lines.join('\n'));
    } else if (opts.format === 'markdown') sink.out(renderMarkdownFile(r, lang));
    else {
      const block = renderTextFile(r, lang);
      if (block) sink.out(block);
    }
  }) as Emit;
  emit.end = () => {
    if (opts.format === 'json') {
      if (many || !summary.errors) sink.out(renderJson(kept, lang, summary));
    } else if (opts.format === 'html') {
      if (many || !summary.errors) {
        const totals = {
          files: summary.files,
          mismatches: summary.mismatches,
          uncheckable: summary.uncheckable,
          unreadable: summary.errors,
        };
        const title = many ? undefined : `${REPORT_STRINGS[lang].reportTitle}：${firstFile}`;
        sink.out(htmlDocument(sections, totals, { locale: lang, title }));
      }
    } else if (opts.format === 'jsonl') {
      if (many && !opts.quiet) sink.err(summaryTable(summary, lang));
    } else if (opts.format === 'markdown') {
      if (many) sink.out(summaryTable(summary, lang, true));
    } else if (!(!many && summary.errors)) {
      sink.out(
        many ? `${summaryTable(summary, lang)}\n${summaryLine(summary, lang)}` : summaryLine(summary, lang),
      );
    }
  };
  return emit;
}

/** The worker's module: the built file beside dist/cli.js, or under tsx a loader for the TypeScript one. */
function workerUrl(): string {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './worker-dev.mjs' : './cli-worker.js', here).href;
}

/**
 * Checks files in a tinypool worker pool, in batches (a message per file would cost as much as a
 * small file's audit), a few batches ahead of the output so memory stays bounded, and emits the
 * reports in the order of `files`.
 */
async function inPool(
  command: Exclude<Command, 'uppercase'>,
  files: string[],
  opts: RunOptions,
  emit: (r: FileReport) => void,
  done: (r: FileReport) => void,
): Promise<void> {
  const threads = Math.min(opts.jobs, files.length);
  const pool = new Tinypool({ filename: workerUrl(), minThreads: threads, maxThreads: threads });
  const { jobs: _j, include: _i, exclude: _e, filesFrom: _f, quiet: _q, ...taskOpts } = opts;
  const size = Math.max(1, Math.min(16, Math.ceil(files.length / (threads * 4))));
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += size) batches.push(files.slice(i, i + size));
  const ahead = threads * 4;
  const results = new Map<number, FileReport[]>();
  let next = 0; // the next batch to emit
  let started = 0;
  try {
    await new Promise<void>((resolve) => {
      const settle = (b: number, reports: FileReport[]) => {
        for (const r of reports) done(r);
        results.set(b, reports);
        for (let rs = results.get(next); rs; rs = results.get(next)) {
          results.delete(next++);
          for (const r of rs) emit(r);
        }
        if (next === batches.length) resolve();
        else start();
      };
      const start = () => {
        while (started < batches.length && started - next < ahead) {
          const b = started++;
          const task: Task = { command, files: batches[b]!, first: b * size, opts: taskOpts };
          (pool.run(task) as Promise<FileReport[]>).then(
            (rs) => settle(b, rs),
            // A worker that dies (out of memory, say) loses only its batch, each file said unreadable.
            (e: unknown) =>
              settle(
                b,
                task.files.map((file) => ({
                  file,
                  findings: [],
                  error: {
                    code: 'INTERNAL',
                    message: `${file}: the worker failed: ${(e as Error).message ?? e}`,
                  },
                })),
              ),
          );
        }
      };
      start();
    });
  } finally {
    await pool.destroy();
  }
}
