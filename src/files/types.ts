/** The formats `huiwu/files` reads. */
export type FileFormat = 'txt' | 'xlsx' | 'docx' | 'html' | 'pdf' | 'ofd';

/**
 * A place in a file, native to its format, so a person opening the file finds it at once:
 * `预算!D12`, `table 2, row 5, column 3`, `paragraph 4`, `page 3, line 12`.
 */
export type FilePlace =
  | { format: 'txt'; line: number; column: number }
  | { format: 'xlsx'; sheet: string; cell: string }
  | { format: 'docx' | 'html'; table: number; row: number; column: number }
  | { format: 'docx' | 'html'; paragraph: number }
  | { format: 'pdf' | 'ofd'; page: number; line: number };

/** One line of a file's text as huiwu reads it, and where its parts are in the file. */
export interface FileLine {
  /** The line's place when no cell holds the column asked for. */
  place: FilePlace;
  /** Cells of a table row: `[start, end)` columns (1-based, end exclusive) of the line. */
  cells?: { start: number; end: number; place: FilePlace }[];
}

/**
 * A file read as text: tables become rows of cells joined by ` | `, so the same document tree and
 * rules read every format, and each line keeps its places in the file.
 */
export interface FileText {
  format: FileFormat;
  text: string;
  lines: FileLine[];
  /** Things worth saying about the file that are not arithmetic (a float artifact in a cell). */
  notes: FileNote[];
}

/** A remark about a file's content: `xlsx.float` for a cached value like 0.30000000000000004. */
export interface FileNote {
  rule: string;
  place: FilePlace;
  message: string;
  /** A check the file fails (a formula whose cached value is not what it computes): a mismatch. */
  mismatch?: { stated: string; expected: string; difference: string };
}

/**
 * Renders a place the way a person says it.
 *
 * @example
 * ```ts
 * placeText({ format: 'xlsx', sheet: '预算', cell: 'D12' }); // '预算!D12'
 * ```
 */
export function placeText(p: FilePlace): string {
  switch (p.format) {
    case 'txt':
      return `line ${p.line}, column ${p.column}`;
    case 'xlsx':
      return `${p.sheet}!${p.cell}`;
    case 'pdf':
    case 'ofd':
      return `page ${p.page}, line ${p.line}`;
    default:
      return 'paragraph' in p
        ? `paragraph ${p.paragraph}`
        : `table ${p.table}, row ${p.row}, column ${p.column}`;
  }
}
