import mammoth from 'mammoth';
import { HuiwuError } from '../errors.js';
import { readHtml } from './html.js';
import type { FileText } from './types.js';
import { unzipEntries } from './zip.js';

/**
 * Reads a `.docx` document as text: its paragraphs and tables (rows, cells, merged cells) in
 * document order, through mammoth's HTML. Places are `paragraph n` and `table t, row r, column c`.
 *
 * @example
 * ```ts
 * const t = await readDocx(bytes, 'plan.docx');
 * t.lines[4]?.place; // { format: 'docx', table: 1, row: 2, column: 1 }
 * ```
 */
export async function readDocx(bytes: Uint8Array, file = 'document.docx'): Promise<FileText> {
  // Sizes first: mammoth would inflate a zip bomb whole.
  const parts = unzipEntries(bytes, (n) => n === 'word/document.xml', file);
  if (!parts['word/document.xml'])
    throw new HuiwuError('FILE_FORMAT', `${file} has no word/document.xml: not a docx document`);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (e) {
    throw new HuiwuError('FILE_FORMAT', `${file} cannot be read as a docx document: ${(e as Error).message}`);
  }
  return readHtml(html, 'docx');
}
