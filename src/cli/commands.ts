import { toChineseUppercase } from '../decimal/uppercase.js';
import type { Encoding } from './input.js';
import { runFiles, type Sink } from './run-files.js';

/** The CLI's commands. */
export type Command = 'audit' | 'budget' | 'plan' | 'draft' | 'uppercase';

/** Output formats; `jsonl` writes one finding per line, each with its file; `html` one self-contained page. */
export type Format = 'text' | 'markdown' | 'json' | 'jsonl' | 'html';

/** Options every command takes. */
export interface CommandOptions {
  format: Format;
  mismatchesOnly: boolean;
  encoding: Encoding;
  lang: 'zh' | 'en';
}

/** Options of a run over many files. */
export interface RunOptions extends CommandOptions {
  /** Globs a file found in a directory must match (default: the formats the command reads). */
  include: string[];
  /** Globs that drop a file found in a directory. */
  exclude: string[];
  /** A file listing inputs, one per line (`-` for stdin). */
  filesFrom?: string | undefined;
  /** Files audited at once, each in a worker thread; 1 audits in this thread. */
  jobs: number;
  /** No progress bar and no summary on stderr. */
  quiet: boolean;
}

/**
 * Runs a command over its inputs and returns the exit code: 0 no mismatch, 1 a mismatch, 2 a file
 * that could not be read (the others are still checked and reported).
 */
export async function runCommand(
  command: Command,
  args: string[],
  opts: RunOptions,
  sink: Sink,
): Promise<number> {
  if (command === 'uppercase') {
    sink.out(args.map((a) => toChineseUppercase(a)).join('\n'));
    return 0;
  }
  return runFiles(command, args, opts, sink);
}
