import { closeSync, openSync, readSync } from 'node:fs';
import type { Finding } from '../audit/finding.js';
import { auditBudget } from '../budget/audit.js';
import { budgetToJson } from '../budget/json.js';
import { toChineseUppercase } from '../decimal/uppercase.js';
import { HuiwuError } from '../errors.js';
import { auditFile } from '../files/audit-file.js';
import { detectFormat } from '../files/detect.js';
import { renderBudgetMarkdown, renderBudgetText } from '../report/budget-report.js';
import { auditText, createTextAuditor } from '../text/audit-text.js';
import { draftFromText } from '../text/draft.js';
import { decode, type Encoding, looksBinary, parseJson, readBytes, streamText } from './input.js';
import { type FileReport, RawJson, renderJson, renderMarkdown, renderText, summarize } from './output.js';
import { planFile } from './plan.js';

/** The CLI's commands. */
export type Command = 'audit' | 'budget' | 'plan' | 'draft' | 'uppercase';

/** Options every command takes. */
export interface CommandOptions {
  format: 'text' | 'markdown' | 'json';
  mismatchesOnly: boolean;
  encoding: Encoding;
  lang: 'zh' | 'en';
}

function readText(file: string, encoding: Encoding): string {
  const bytes = readBytes(file);
  if (looksBinary(bytes)) throw new HuiwuError('TEXT_INPUT', `${file} looks like a binary file, not text`);
  return decode(bytes, encoding, file).text;
}

/** The first bytes of a file, to tell its format without reading it all. */
function headOf(file: string): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const b = new Uint8Array(4096);
    return b.subarray(0, readSync(fd, b, 0, b.length, 0));
  } finally {
    closeSync(fd);
  }
}

async function oneFile(command: Command, file: string, opts: CommandOptions): Promise<FileReport> {
  if (command === 'audit') {
    if (file === '-') return { file, findings: auditText(readText(file, opts.encoding)).findings };
    // Word, Excel, PDF and HTML files are read with their places (预算!D12, page 3, line 12).
    let head: Uint8Array | undefined;
    try {
      head = headOf(file);
    } catch {
      head = undefined; // readBytes below reports the error in its words
    }
    if (head && detectFormat(head, file) !== 'txt') {
      return { file, findings: (await auditFile(readBytes(file), file)).findings };
    }
    // A file is streamed: memory stays flat however large the plan is.
    let auditor = createTextAuditor({ claims: false });
    streamText(file, opts.encoding, () => {
      auditor = createTextAuditor({ claims: false });
      return (chunk) => auditor.push(chunk);
    });
    return { file, findings: auditor.end().findings };
  }
  const text = readText(file, opts.encoding);
  // Plan text (not JSON) is read into a draft of the meeting model first.
  const isJson = /^\s*[{[]/.test(text);
  if (command === 'draft' || (command === 'plan' && !isJson)) {
    const draft = draftFromText(text);
    if (command === 'plan') return planFile(draft.meeting, file, opts);
    return {
      file,
      findings: [],
      data: { draft: draft as unknown as Record<string, unknown> },
      body: JSON.stringify(draft, null, 2),
    };
  }
  const input = parseJson(text, file);
  wrongKind(command, input, file);
  if (command === 'budget') {
    const audit = auditBudget(input);
    const body =
      opts.format === 'text'
        ? renderBudgetText(audit, { locale: opts.lang })
        : opts.format === 'markdown'
          ? renderBudgetMarkdown(audit, { locale: opts.lang })
          : undefined;
    const data = opts.format === 'json' ? { budget: new RawJson(budgetToJson(audit.budget)) } : undefined;
    return { file, findings: audit.findings, ...(body ? { body } : {}), ...(data ? { data } : {}) };
  }
  return planFile(input, file, opts);
}

/**
 * Runs a command over its files. A file that cannot be read or parsed is reported in place and makes
 * the exit code 2; the other files are still checked.
 */
export async function runCommand(
  command: Command,
  args: string[],
  opts: CommandOptions,
): Promise<{ output: string; code: number }> {
  if (command === 'uppercase') {
    return { output: args.map((a) => toChineseUppercase(a)).join('\n'), code: 0 };
  }
  const reports: FileReport[] = [];
  for (const file of args) {
    try {
      reports.push(await oneFile(command, file, opts));
    } catch (e) {
      if (!(e instanceof HuiwuError)) throw e;
      reports.push({ file, findings: [], error: { code: e.code, message: e.message } });
    }
  }
  if (opts.mismatchesOnly) {
    for (const r of reports) r.findings = r.findings.filter((f: Finding) => f.verdict === 'mismatch');
  }
  const output =
    opts.format === 'json'
      ? renderJson(reports, opts.lang)
      : opts.format === 'markdown'
        ? renderMarkdown(reports, opts.lang)
        : renderText(reports, opts.lang);
  const s = summarize(reports);
  // A single unreadable file is an input error; with several, the readable ones still get their say first.
  if (s.errors && reports.length === 1)
    throw new HuiwuError(reports[0]!.error!.code as never, reports[0]!.error!.message);
  return { output, code: s.errors ? 2 : s.mismatches ? 1 : 0 };
}

/**
 * A budget given to `plan`, or a meeting given to `budget`, fails with a hint to the right command
 * rather than a list of schema errors about fields the file was never meant to have.
 */
function wrongKind(command: Command, input: unknown, file: string): void {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return;
  const has = (k: string) => k in (input as Record<string, unknown>);
  if (command === 'plan' && !has('groups') && (has('items') || has('sections')))
    throw new HuiwuError(
      'USAGE',
      `${file} looks like a budget (it has items and no attendee groups): check it with \`huiwu budget ${file}\``,
    );
  if (command === 'budget' && has('groups') && !has('items') && !has('sections'))
    throw new HuiwuError(
      'USAGE',
      `${file} looks like a meeting (it has attendee groups and no items): plan it with \`huiwu plan ${file}\``,
    );
}
