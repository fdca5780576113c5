/**
 * The worker thread of a run over many files (tinypool): audits a batch of files per task and returns
 * their reports, plain objects that cross back to the main thread.
 */
import type { Command, CommandOptions } from './commands.js';
import { reportOf } from './one-file.js';
import type { FileReport } from './output.js';

/** A batch of files to check: one message each way for many small files. */
export interface Task {
  command: Exclude<Command, 'uppercase'>;
  files: string[];
  /** The index of the batch's first file in the run, which numbers the ids of its HTML section. */
  first: number;
  opts: CommandOptions;
}

/** Checks the files of a batch, one after the other, and returns their reports in order. */
export default async function run(task: Task): Promise<FileReport[]> {
  const out: FileReport[] = [];
  for (const [k, file] of task.files.entries())
    out.push(await reportOf(task.command, file, task.opts, task.first + k));
  return out;
}
