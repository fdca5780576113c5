import { closeSync, openSync, readSync } from 'node:fs';
import { auditBudget, type BudgetAudit } from '../budget/audit.js';
import { budgetToJson } from '../budget/json.js';
import type { BudgetInput } from '../budget/schema.js';
import { HuiwuError } from '../errors.js';
import { auditFile } from '../files/audit-file.js';
import { detectFormat } from '../files/detect.js';
import { renderBudgetMarkdown, renderBudgetText } from '../report/budget-report.js';
import { htmlFileSection } from '../report/html/document.js';
import { auditText, createTextAuditor } from '../text/audit-text.js';
import { draftFromText } from '../text/draft.js';
import type { Command, CommandOptions } from './commands.js';
import { decode, type Encoding, looksBinary, parseJson, readBytes, streamText } from './input.js';
import { type FileReport, rawJson } from './output.js';
import { planFile } from './plan.js';

function readText(file: string, encoding: Encoding): string {
  const bytes = readBytes(file);
  if (looksBinary(bytes)) throw new HuiwuError('TEXT_INPUT', `${file} looks like a binary file, not text`);
  return decode(bytes, encoding, file).text;
}

/** True when a file's first bytes say Word, Excel, PDF or HTML rather than plain text. */
function isBinary(file: string): boolean {
  try {
    return detectFormat(headOf(file), file) !== 'txt';
  } catch {
    return false; // reading it reports the error in its words
  }
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

/**
 * Runs one command on one file; a bad file throws a HuiwuError the caller reports in place. With
 * `--format html` the report also carries the file's section of the page, rendered here (in the
 * worker) because budgets hold Decimals that do not cross threads.
 */
export async function oneFile(
  command: Command,
  file: string,
  opts: CommandOptions,
  index = 0,
): Promise<FileReport> {
  const r = await checkOne(command, file, opts);
  if (opts.format !== 'html') return r;
  const { text, budgets, ...report } = r as FileReport & { text?: string; budgets?: BudgetAudit[] };
  const html = htmlFileSection({ name: file, text, budgets, findings: report.findings }, index, opts.lang);
  return { ...report, html };
}

async function checkOne(
  command: Command,
  file: string,
  opts: CommandOptions,
): Promise<FileReport & { text?: string; budgets?: BudgetAudit[] }> {
  const html = opts.format === 'html';
  if (command === 'audit') {
    if (file === '-' || (html && !isBinary(file))) {
      // The HTML report shows the whole text, so it is read whole rather than streamed.
      const text = readText(file, opts.encoding);
      return { file, findings: auditText(text).findings, ...(html ? { text } : {}) };
    }
    // Word, Excel, PDF and HTML files are read with their places (预算!D12, page 3, line 12).
    let head: Uint8Array | undefined;
    try {
      head = headOf(file);
    } catch {
      head = undefined; // readBytes below reports the error in its words
    }
    if (head && detectFormat(head, file) !== 'txt') {
      const r = await auditFile(readBytes(file), file);
      return { file, findings: r.findings, ...(html ? { text: r.read.text } : {}) };
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
    // Parsed JSON, checked by auditBudget at run time: every problem is a SCHEMA error with its path.
    const audit = auditBudget(input as BudgetInput);
    const body =
      opts.format === 'text'
        ? renderBudgetText(audit, { locale: opts.lang })
        : opts.format === 'markdown'
          ? renderBudgetMarkdown(audit, { locale: opts.lang })
          : undefined;
    const data = opts.format === 'json' ? { budget: rawJson(budgetToJson(audit.budget)) } : undefined;
    return {
      file,
      findings: audit.findings,
      ...(body ? { body } : {}),
      ...(data ? { data } : {}),
      ...(html ? { budgets: [audit] } : {}),
    };
  }
  return planFile(input, file, opts);
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

/**
 * {@link oneFile}, with a file that cannot be read or parsed reported in its place instead of thrown:
 * a run over many files goes on past it.
 */
export async function reportOf(
  command: Command,
  file: string,
  opts: CommandOptions,
  index = 0,
): Promise<FileReport> {
  try {
    const r = await oneFile(command, file, opts, index);
    if (opts.mismatchesOnly) r.findings = r.findings.filter((f) => f.verdict === 'mismatch');
    return r;
  } catch (e) {
    if (e instanceof HuiwuError) return { file, findings: [], error: { code: e.code, message: e.message } };
    const message = `internal error while reading ${file}: ${(e as Error).message ?? String(e)} (run with --debug and report it)`;
    return { file, findings: [], error: { code: 'INTERNAL', message } };
  }
}
