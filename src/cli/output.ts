import type { Finding } from '../audit/finding.js';
import { displayWidth } from '../report/width.js';

/**
 * JSON text already written (a large computed budget, by budgetToJson): placed in the output as it
 * is, without parsing it back into objects to stringify them again.
 */
export class RawJson {
  constructor(readonly text: string) {}
}

/** One file's findings as the CLI prints them. */
export interface FileReport {
  file: string;
  findings: Finding[];
  error?: { code: string; message: string };
  /** Extra rendered text (a budget table, a plan) shown above the findings in text output. */
  body?: string;
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

/** Totals over all files. */
export function summarize(reports: FileReport[]) {
  const all = reports.flatMap((r) => r.findings);
  return {
    files: reports.length,
    errors: reports.filter((r) => r.error).length,
    findings: all.length,
    mismatches: all.filter((f) => f.verdict === 'mismatch').length,
    uncheckable: all.filter((f) => f.verdict === 'uncheckable').length,
    matches: all.filter((f) => f.verdict === 'match').length,
  };
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

/** Renders reports for a terminal: per finding its place, excerpt, stated vs expected and difference. */
export function renderText(reports: FileReport[], locale: 'zh' | 'en'): string {
  const out: string[] = [];
  const L =
    locale === 'zh'
      ? { stated: '写明', expected: '应为', diff: '相差' }
      : { stated: 'stated', expected: 'expected', diff: 'difference' };
  for (const r of reports) {
    if (r.error) {
      out.push(`${r.file}: ${r.error.message}`);
      continue;
    }
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
  }
  const s = summarize(reports);
  out.push(
    locale === 'zh'
      ? `共 ${s.files} 个文件：${s.mismatches} 处不符，${s.uncheckable} 处无法核对${s.errors ? `，${s.errors} 个文件无法读取` : ''}。`
      : `${s.files} file(s): ${s.mismatches} mismatch(es), ${s.uncheckable} uncheckable${s.errors ? `, ${s.errors} unreadable` : ''}.`,
  );
  return out.join('\n');
}

/** Renders reports as Markdown. */
export function renderMarkdown(reports: FileReport[], locale: 'zh' | 'en'): string {
  const out: string[] = [];
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  for (const r of reports) {
    out.push(`## ${esc(r.file)}`, '');
    if (r.error) {
      out.push(`**${esc(r.error.message)}**`, '');
      continue;
    }
    if (r.body) out.push(r.body, '');
    if (!r.findings.length) {
      out.push(locale === 'zh' ? '无发现。' : 'No findings.', '');
      continue;
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
  }
  return out.join('\n');
}

/** Renders reports as JSON; every figure is already a decimal string, so no float can creep in. */
export function renderJson(reports: FileReport[], locale: 'zh' | 'en'): string {
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
      summary: summarize(reports),
    },
    (_k, v) => (v instanceof RawJson ? `\u0000raw${raw.push(v.text) - 1}` : v),
    2,
  );
  return raw.length ? json.replace(/"\\u0000raw(\d+)"/g, (_m, i: string) => raw[Number(i)]!) : json;
}
