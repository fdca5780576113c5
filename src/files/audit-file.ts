import type { Finding, FindingLocation, FindingOperand } from '../audit/finding.js';
import { auditText } from '../text/audit-text.js';
import { placeAt } from './lines.js';
import { readFileText } from './read.js';
import { type FileFormat, type FilePlace, type FileText, placeText } from './types.js';

/** The audit of one file: its findings, each placed in the file's own terms as well as by line. */
export interface FileAuditResult {
  format: FileFormat;
  findings: Finding[];
  /** The file as huiwu read it, with the places of its lines. */
  read: FileText;
}

/**
 * Audits a file of any supported format (`.txt`, `.xlsx`, `.docx`, `.html`, `.pdf`): it is read as
 * text with native places (tables as rows of cells), every text rule runs on it unchanged, and each
 * finding and operand gets `where`, the place a person opening the file finds it at: `预算!D12`,
 * `table 2, row 5, column 3`, `page 3, line 12`. Remarks about the file (a float artifact in a cell)
 * are info findings.
 *
 * @example
 * ```ts
 * const r = await auditFile(readFileSync('budget.xlsx'), 'budget.xlsx');
 * r.findings[0]?.at; // { line: 7, column: 16, where: '预算!D7', excerpt: '…' }
 * ```
 */
export async function auditFile(bytes: Uint8Array, file = 'file'): Promise<FileAuditResult> {
  const read = await readFileText(bytes, file);
  const findings = auditText(read.text).findings.map((f) => placed(f, read));
  findings.push(...noteFindings(read));
  return { format: read.format, findings, read };
}

/**
 * The remarks a reader made about a file (`xlsx.float`: a cached value that is a float artifact) as
 * info findings, placed in the file.
 *
 * @example
 * ```ts
 * noteFindings(readXlsx(bytes)); // [{ rule: 'xlsx.float', severity: 'info', at: { where: '费用!B2', … } }]
 * ```
 */
export function noteFindings(read: FileText): Finding[] {
  return read.notes.map((n) => ({
    rule: n.rule,
    severity: n.mismatch ? 'error' : 'info',
    verdict: n.mismatch ? 'mismatch' : 'match',
    ...(n.mismatch ?? {}),
    at: { line: lineOf(read, n.place), column: 1, excerpt: n.message, where: placeText(n.place) },
    message: n.message,
    messages: {
      en: n.message,
      zh: n.message.replace(
        /stores (.+), a float artifact of the spreadsheet; read as (.+)$/,
        '存储为 $1（电子表格的浮点误差），按 $2 读取',
      ),
    },
  }));
}

function lineOf(read: FileText, place: FilePlace): number {
  const k = read.lines.findIndex((l) => l.place === place || l.cells?.some((c) => c.place === place));
  return k >= 0 ? k + 1 : 1;
}

function where(read: FileText, line: number, column: number): string | undefined {
  if (read.format === 'txt') return undefined;
  const p = placeAt(read.lines, line, column);
  return p ? placeText(p) : undefined;
}

function placed(f: Finding, read: FileText): Finding {
  if ('path' in f.at) return f;
  const w = where(read, f.at.line, f.at.column);
  const at: FindingLocation = w ? { ...f.at, where: w } : f.at;
  const operands = f.operands?.map((o): FindingOperand => {
    const ow = where(read, o.line, o.column);
    return ow ? { ...o, where: ow } : o;
  });
  return { ...f, at, ...(operands ? { operands } : {}) };
}
