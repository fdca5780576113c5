import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { HuiwuError } from '../errors.js';
import { type Command, type Format, runCommand } from './commands.js';
import type { Encoding } from './input.js';
import { defaultJobs } from './run-files.js';

const HELP = `huiwu ${pkg.version} — 会务: compute and audit meeting budgets and plans

Usage:
  huiwu audit FILE|DIR...   check every figure in documents (.txt UTF-8 or GB18030, .docx, .xlsx,
                            .pdf, .ofd, .html; - for stdin)
  huiwu budget FILE|DIR...  compute and audit a budget (.json)
  huiwu plan FILE|DIR...    plan a meeting and audit it (.json, or plan text read into a draft)
  huiwu draft FILE|DIR...   read plan text into draft meeting and budget JSON, to complete by hand
  huiwu uppercase AMOUNT    write an amount in Chinese uppercase (大写)

Options:
  --format text|markdown|json|jsonl|html  output format (default text); jsonl: one finding per
                               line; html: one self-contained page, the document annotated
  --mismatches-only            show only mismatches
  --include GLOB               files to read in a directory (repeatable; default: the command's formats)
  --exclude GLOB               files to skip in a directory (repeatable)
  --files-from LIST            read the paths to check from LIST, one per line (- for stdin)
  --jobs N                     files checked at once, in worker threads (default: the cores, ${defaultJobs()})
  --quiet                      no progress bar, no summary on stderr
  --encoding auto|utf-8|gb18030  input encoding (default auto)
  --lang zh|en                 message language (default: zh when the locale is Chinese)
  --debug                      show stack traces
  -h, --help                   this help
  -v, --version                the version

Exit codes: 0 no mismatch, 1 a mismatch was found, 2 usage error or a file that could not be read.`;

function defaultLang(): 'zh' | 'en' {
  const l = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return /^zh/i.test(l) ? 'zh' : 'en';
}

function write(s: string): void {
  process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    // A negative amount (`huiwu uppercase -3700`) is an argument, not an option: hide it from parseArgs.
    const NEG = '\u0000neg:';
    const { values, positionals: raw } = parseArgs({
      args: argv.map((a) => (/^-\d/.test(a) ? `${NEG}${a}` : a)),
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'text' },
        include: { type: 'string', multiple: true, default: [] },
        exclude: { type: 'string', multiple: true, default: [] },
        'files-from': { type: 'string' },
        jobs: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        'mismatches-only': { type: 'boolean', default: false },
        encoding: { type: 'string', default: 'auto' },
        lang: { type: 'string' },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
    debug = values.debug;
    const positionals = raw.map((a) => (a.startsWith(NEG) ? a.slice(NEG.length) : a));
    if (values.help) {
      write(HELP);
      return 0;
    }
    if (values.version) {
      write(pkg.version);
      return 0;
    }
    const [command, ...files] = positionals;
    if (!command) {
      write(HELP);
      return 2;
    }
    if (!['audit', 'budget', 'plan', 'draft', 'uppercase'].includes(command))
      throw new HuiwuError('USAGE', `unknown command "${command}" (try huiwu --help)`);
    if (!['text', 'markdown', 'json', 'jsonl', 'html'].includes(values.format))
      throw new HuiwuError(
        'USAGE',
        `--format must be text, markdown, json, jsonl or html, not "${values.format}"`,
      );
    const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
    if (!Number.isSafeInteger(jobs) || jobs < 1 || !/^\d+$/.test(values.jobs ?? '1'))
      throw new HuiwuError('USAGE', `--jobs must be a whole number of at least 1, not "${values.jobs}"`);
    if (!['auto', 'utf-8', 'utf8', 'gb18030', 'gbk'].includes(values.encoding)) {
      throw new HuiwuError('USAGE', `--encoding must be auto, utf-8 or gb18030, not "${values.encoding}"`);
    }
    const lang = values.lang ?? defaultLang();
    if (lang !== 'zh' && lang !== 'en')
      throw new HuiwuError('USAGE', `--lang must be zh or en, not "${lang}"`);
    if (!files.length && !(command !== 'uppercase' && values['files-from'] !== undefined))
      throw new HuiwuError(
        'USAGE',
        `${command} needs at least one ${command === 'uppercase' ? 'amount' : 'file'}`,
      );
    return await runCommand(
      command as Command,
      files,
      {
        format: values.format as Format,
        mismatchesOnly: values['mismatches-only'],
        encoding: (values.encoding === 'utf8' ? 'utf-8' : values.encoding) as Encoding,
        lang,
        include: values.include,
        exclude: values.exclude,
        filesFrom: values['files-from'],
        jobs,
        quiet: values.quiet,
      },
      {
        out: write,
        err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
        errIsTTY: process.stderr.isTTY === true,
      },
    );
  } catch (e) {
    if (debug) process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    if (e instanceof HuiwuError) {
      process.stderr.write(`huiwu: ${e.message}\n`);
      return 2;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`huiwu: ${(e as Error).message.split('\n')[0]} (try huiwu --help)\n`);
      return 2;
    }
    process.stderr.write(
      `huiwu: internal error: ${(e as Error).message ?? String(e)} (run with --debug and report it)\n`,
    );
    return 3;
  }
}

// A reader that closes early (`huiwu audit big.txt | head`) is normal, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
