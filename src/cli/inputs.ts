import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { HuiwuError } from '../errors.js';
import type { Command } from './commands.js';

/** What each command reads when it finds files in a directory (`--include` replaces this). */
const DEFAULT_INCLUDE: Record<Exclude<Command, 'uppercase'>, string[]> = {
  audit: ['**/*.{txt,text,md,docx,xlsx,xlsm,pdf,ofd,html,htm}'],
  budget: ['**/*.json'],
  plan: ['**/*.{json,txt,text,md}'],
  draft: ['**/*.{txt,text,md}'],
};

/** An input that names no file: a path that does not exist or a list that cannot be read. */
export interface InputProblem {
  file: string;
  error: { code: string; message: string };
}

/** The files a run reads, in a deterministic order, and the inputs that could not be expanded. */
export interface ExpandedInputs {
  files: string[];
  problems: InputProblem[];
}

/**
 * Expands the command line's inputs: a directory is walked (sorted, so every run lists the same order)
 * and its files filtered by `include` and `exclude` globs, matched against the path below that
 * directory; a file named directly is taken as it is; `filesFrom` adds one path per line.
 *
 * @example
 * ```ts
 * expandInputs('audit', ['plans/'], { include: [], exclude: ['**\/draft-*'] }).files;
 * ```
 */
export function expandInputs(
  command: Exclude<Command, 'uppercase'>,
  args: string[],
  opts: { include: string[]; exclude: string[]; filesFrom?: string | undefined },
): ExpandedInputs {
  const inputs = [...args];
  if (opts.filesFrom !== undefined) inputs.push(...readList(opts.filesFrom));
  const include = picomatch(opts.include.length ? opts.include : DEFAULT_INCLUDE[command], { dot: false });
  const exclude = opts.exclude.length ? picomatch(opts.exclude, { dot: true }) : () => false;
  const files: string[] = [];
  const problems: InputProblem[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push(input);
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      files.push(input); // reading it reports the error in its words, in its place
      continue;
    }
    if (!isDir) {
      files.push(input);
      continue;
    }
    for (const f of walk(input, problems)) {
      const rel = relative(input, f).split(sep).join('/');
      if (include(rel) && !exclude(rel)) files.push(f);
    }
  }
  return { files, problems };
}

/**
 * Every file below `dir`: a directory's own files (names sorted by code point), then each
 * subdirectory's in the same order. An unreadable directory is reported, and the walk goes on.
 */
function walk(dir: string, problems: InputProblem[], out: string[] = []): string[] {
  let entries: { name: string; isDirectory(): boolean; isFile(): boolean }[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    problems.push({ file: dir, error: { code: 'IO', message: `cannot read the directory ${dir}: ${why}` } });
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) if (e.isFile()) out.push(join(dir, e.name));
  for (const e of entries) if (e.isDirectory()) walk(join(dir, e.name), problems, out);
  return out;
}

/** The paths of a list file (or stdin for `-`): one per line, blank lines skipped, CR dropped. */
function readList(list: string): string[] {
  let text: string;
  try {
    text = readFileSync(list === '-' ? 0 : list, 'utf8');
  } catch (e) {
    throw new HuiwuError('IO', `cannot read the list ${list}: ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  return text
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '');
}
