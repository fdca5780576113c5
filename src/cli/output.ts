import type { Finding } from '../audit/finding.js';
import { displayWidth } from '../report/width.js';

/**
 * JSON text already written (a large computed budget, by budgetToJson): placed in the output as it
 * is, without parsing it back into objects to stringify them again.
 */
export interface RawJson {
  rawJson: string;
}

/** Wraps JSON text for {@link renderJson}; a plain object, so it crosses a worker thread intact. */
export function rawJson(text: string): RawJson {
  return { rawJson: text };
}

function isRawJson(v: unknown): v is RawJson {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as RawJson).rawJson === 'string' &&
    Object.keys(v).length === 1
  );
}

/** One file's findings as the CLI prints them. */
export interface FileReport {
  file: string;
  findings: Finding[];
  error?: { code: string; message: string };
  /** Extra rendered text (a budget table, a plan) shown above the findings in text output. */
  body?: string;
  /** The file's section of an HTML report (`--format html`), rendered where the file was checked. */
  html?: string;
  /** Computed data for JSON output (the computed budget), already JSON-safe: figures are decimal strings. */
  data?: Record<string, unknown>;
}

/** A finding flattened for JSON output, positions or paths at the top level. */
export function flatFinding(f: Finding, locale: 'zh' | 'en'): Record<string, unknown> {
  const where =
    'path' in f.at
      ? { path: f.at.path }
      : {
          line: f.at.line,
          column: f.at.column,
          ...('where' in f.at && f.at.where ? { where: f.at.where } : {}),
          excerpt: f.at.excerpt,
        };
  return {
    rule: f.rule,
    verdict: f.verdict,
    severity: f.severity,
    ...where,
    ...(f.stated !== undefined ? { stated: f.stated } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.difference !== undefined ? { difference: f.difference } : {}),
    message: f.messages[locale],
    ...(f.causedBy ? { causedBy: f.causedBy } : {}),
    ...(f.alsoAt ? { alsoAt: f.alsoAt } : {}),
    ...(f.reason ? { reason: f.reason } : {}),
    ...(f.operands ? { operands: f.operands } : {}),
  };
}

/** The operands of a finding, each as written with its place: `60元/个 @3:7 × 40 @3:13`. */
export function operandList(f: Finding): string {
  return (f.operands ?? [])
    .map((o) => `${o.label ? `${o.label} ` : ''}${o.text} @${o.where ?? `${o.line}:${o.column}`}`)
    .join('; ');
}

/** Totals over the files of a run. */
export interface Summary {
  files: number;
  /** Files that could not be read. */
  errors: number;
  findings: number;
  mismatches: number;
  uncheckable: number;
  matches: number;
  filesWithMismatch: number;
}

/** An empty {@link Summary}, to {@link addToSummary} reports as they arrive. */
export function emptySummary(): Summary {
  return {
    files: 0,
    errors: 0,
    findings: 0,
    mismatches: 0,
    uncheckable: 0,
    matches: 0,
    filesWithMismatch: 0,
  };
}

/** Counts one file's report into `s`. */
export function addToSummary(s: Summary, r: FileReport): Summary {
  s.files++;
  if (r.error) s.errors++;
  let m = 0;
  for (const f of r.findings) {
    s.findings++;
    if (f.verdict === 'mismatch') m++;
    else if (f.verdict === 'uncheckable') s.uncheckable++;
    else s.matches++;
  }
  s.mismatches += m;
  if (m) s.filesWithMismatch++;
  return s;
}

/** Totals over all files. */
export function summarize(reports: FileReport[]): Summary {
  const s = emptySummary();
  for (const r of reports) addToSummary(s, r);
  return s;
}

function where(file: string, f: Finding): string {
  if ('path' in f.at)
    return `${file}:${f.at.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
      .join('')
      .replace(/^\./, '')}`;
  if ('where' in f.at && f.at.where) return `${file}:${f.at.where}`;
  return `${file}:${f.at.line}:${f.at.column}`;
}

const MARK = { mismatch: '✗', uncheckable: '?', match: '✓' } as const;

type Labels = { stated: string; expected: string; diff: string };

function labels(locale: 'zh' | 'en'): Labels {
  return locale === 'zh'
    ? { stated: '写明', expected: '应为', diff: '相差' }
    : { stated: 'stated', expected: 'expected', diff: 'difference' };
}

/** One file's block of terminal output (empty when it has nothing to say). */
export function renderTextFile(r: FileReport, locale: 'zh' | 'en'): string {
  const out: string[] = [];
  const L = labels(locale);
  if (r.error) return `${r.file}: ${r.error.message}`;
  if (r.body) out.push(r.body, '');
  for (const f of r.findings) {
    out.push(`${where(r.file, f)}  ${MARK[f.verdict]} ${f.rule} [${f.severity}]`);
    if (!('path' in f.at) && f.at.excerpt) out.push(`    ${f.at.excerpt}`);
    if (f.stated !== undefined || f.expected !== undefined) {
      const cells = [
        f.stated !== undefined ? `${L.stated} ${f.stated}` : '',
        f.expected !== undefined ? `${L.expected} ${f.expected}` : '',
        f.difference !== undefined && f.verdict === 'mismatch' ? `${L.diff} ${f.difference}` : '',
      ].filter(Boolean);
      const w = Math.max(...cells.map(displayWidth));
      out.push(
        `    ${cells
          .map((c) => c + ' '.repeat(Math.max(0, w - displayWidth(c))))
          .join('  ')
          .trimEnd()}`,
      );
    }
    out.push(`    ${f.messages[locale]}`);
    if (f.operands?.length && f.verdict !== 'match')
      out.push(`    ${locale === 'zh' ? '依据' : 'from'} ${operandList(f)}`);
    if (f.alsoAt?.length) {
      const places = f.alsoAt
        .map((a) => ('line' in a ? `${a.line}:${a.column}` : a.path.join('.')))
        .join(', ');
      out.push(`    ${locale === 'zh' ? '重复出现于' : 'also at'} ${places}`);
    }
  }
  return out.join('\n');
}

/** The closing sentence of terminal output. */
export function summaryLine(s: Summary, locale: 'zh' | 'en'): string {
  return locale === 'zh'
    ? `共 ${s.files} 个文件：${s.mismatches} 处不符，${s.uncheckable} 处无法核对${s.errors ? `，${s.errors} 个文件无法读取` : ''}。`
    : `${s.files} file(s): ${s.mismatches} mismatch(es), ${s.uncheckable} uncheckable${s.errors ? `, ${s.errors} unreadable` : ''}.`;
}

/**
 * The totals of a run over many files as a table: files, files with a mismatch, mismatches,
 * uncheckable figures, unreadable files.
 */
export function summaryTable(s: Summary, locale: 'zh' | 'en', markdown = false): string {
  const head =
    locale === 'zh'
      ? ['文件', '有不符的文件', '不符', '无法核对', '无法读取']
      : ['files', 'files with a mismatch', 'mismatches', 'uncheckable', 'unreadable'];
  const row = [s.files, s.filesWithMismatch, s.mismatches, s.uncheckable, s.errors].map(String);
  if (markdown)
    return `| ${head.join(' | ')} |\n|${head.map(() => '--:').join('|')}|\n| ${row.join(' | ')} |`;
  const w = head.map((h, i) => Math.max(displayWidth(h), row[i]!.length));
  const pad = (c: string, i: number) => ' '.repeat(w[i]! - displayWidth(c)) + c;
  return `${head.map(pad).join('  ')}\n${row.map(pad).join('  ')}`;
}

/** Renders reports for a terminal: per finding its place, excerpt, stated vs expected and difference. */
export function renderText(reports: FileReport[], locale: 'zh' | 'en'): string {
  const blocks = reports.map((r) => renderTextFile(r, locale)).filter((b) => b !== '');
  return [...blocks, summaryLine(summarize(reports), locale)].join('\n');
}

/** One file's Markdown section. */
export function renderMarkdownFile(r: FileReport, locale: 'zh' | 'en'): string {
  const out: string[] = [];
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  out.push(`## ${esc(r.file)}`, '');
  if (r.error) {
    out.push(`**${esc(r.error.message)}**`, '');
    return out.join('\n');
  }
  if (r.body) out.push(r.body, '');
  if (!r.findings.length) {
    out.push(locale === 'zh' ? '无发现。' : 'No findings.', '');
    return out.join('\n');
  }
  out.push(
    '| where | rule | verdict | stated | expected | difference | message | operands |',
    '|---|---|---|--:|--:|--:|---|---|',
  );
  for (const f of r.findings) {
    const at = 'path' in f.at ? f.at.path.join('.') : (f.at.where ?? `${f.at.line}:${f.at.column}`);
    out.push(
      `| ${esc(at)} | ${f.rule} | ${f.verdict} | ${f.stated ?? ''} | ${f.expected ?? ''} | ${f.verdict === 'mismatch' ? `**${f.difference ?? ''}**` : ''} | ${esc(f.messages[locale])} | ${esc(operandList(f))} |`,
    );
  }
  out.push('');
  return out.join('\n');
}

/** Renders reports as Markdown. */
export function renderMarkdown(reports: FileReport[], locale: 'zh' | 'en'): string {
  return reports.map((r) => renderMarkdownFile(r, locale)).join('\n');
}

/** One JSON line per finding, each with its file; an unreadable file is one line with its error. */
export function renderJsonLines(r: FileReport, locale: 'zh' | 'en'): string[] {
  if (r.error) return [JSON.stringify({ file: r.file, error: r.error })];
  return r.findings.map((f) => JSON.stringify({ file: r.file, ...flatFinding(f, locale) }));
}

/** Renders reports as JSON; every figure is already a decimal string, so no float can creep in. */
export function renderJson(reports: FileReport[], locale: 'zh' | 'en', summary?: Summary): string {
  const raw: string[] = [];
  // A NUL cannot occur unescaped in JSON text, so the placeholder cannot collide with real content.
  const json = JSON.stringify(
    {
      files: reports.map((r) => ({
        file: r.file,
        ...(r.error ? { error: r.error } : {}),
        ...(r.data ?? {}),
        findings: r.findings.map((f) => flatFinding(f, locale)),
      })),
      summary: summary ?? summarize(reports),
    },
    (_k, v) => (isRawJson(v) ? `\u0000raw${raw.push(v.rawJson) - 1}` : v),
    2,
  );
  return raw.length ? json.replace(/"\\u0000raw(\d+)"/g, (_m, i: string) => raw[Number(i)]!) : json;
}
