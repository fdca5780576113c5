import { HuiwuError } from '../errors.js';
import { detectFormat } from './detect.js';
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import { TextBuilder } from './lines.js';
import { readOfd } from './ofd.js';
import { readPdf } from './pdf.js';
import type { FileText } from './types.js';
import { readXlsx } from './xlsx.js';

/**
 * Reads a file of any supported format as text with native places: `.txt`, `.xlsx`, `.docx`,
 * `.html` and `.pdf`, recognised by content. A file huiwu cannot read (corrupt, encrypted, a zip
 * bomb, an old binary `.doc`, a scan without text) is a `FILE_FORMAT` error that says why.
 *
 * @example
 * ```ts
 * const t = await readFileText(readFileSync('budget.xlsx'), 'budget.xlsx');
 * t.format; // 'xlsx'
 * ```
 */
export async function readFileText(bytes: Uint8Array, file = 'file'): Promise<FileText> {
  const format = detectFormat(bytes, file);
  switch (format) {
    case 'xlsx':
      return readXlsx(bytes, file);
    case 'docx':
      return readDocx(bytes, file);
    case 'pdf':
      return readPdf(bytes, file);
    case 'ofd':
      return readOfd(bytes, file);
    case 'html':
      return readHtml(new TextDecoder('utf-8').decode(bytes));
    case 'ole':
      throw new HuiwuError(
        'FILE_FORMAT',
        `${file} is an OLE container: an old binary Office file (.doc/.xls) or an encrypted one. Save it as .docx or .xlsx (without a password) and audit that`,
      );
    case 'zip':
      throw new HuiwuError(
        'FILE_FORMAT',
        `${file} is a zip archive that is neither a docx nor an xlsx (nor an OFD)`,
      );
    default: {
      const text = new TextDecoder('utf-8').decode(bytes);
      const b = new TextBuilder();
      text.split(/\r\n|\r|\n/).forEach((l, i) => {
        b.line(l, { format: 'txt', line: i + 1, column: 1 });
      });
      return { format: 'txt', text, lines: b.lines, notes: [] };
    }
  }
}
