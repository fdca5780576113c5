import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { HuiwuError } from '../errors.js';
import { TextBuilder } from './lines.js';
import type { FilePlace, FileText } from './types.js';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/**
 * pdfjs-dist 6 calls `Promise.withResolvers` (Node 22); on Node 20 the one-line equivalent is added,
 * as a standard method, only when missing.
 */
function withResolvers(): void {
  const P = Promise as unknown as { withResolvers?: unknown };
  if (typeof P.withResolvers === 'function') return;
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value<T>() {
      let resolve!: (v: T | PromiseLike<T>) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<T>((a, b) => {
        resolve = a;
        reject = b;
      });
      return { promise, resolve, reject };
    },
  });
}

/** Where pdfjs-dist keeps its character maps: CJK fonts often need them to give text at all. */
function cmapDir(): string {
  // In the CommonJS build import.meta is empty and require is at hand.
  const req = typeof require === 'function' ? require : createRequire(import.meta.url);
  return `${join(dirname(req.resolve('pdfjs-dist/package.json')), 'cmaps')}/`;
}

/**
 * Reads a `.pdf` as text: the text items of each page with their coordinates, grouped into lines by
 * their baseline and ordered left to right; a wide gap between items becomes a cell boundary
 * (` | `), so a budget table in a PDF is read as a table. Places are `page p, line l`. A file with no
 * text layer (a scan) is refused with a message that it needs OCR; a password-protected one is
 * refused as such.
 *
 * @example
 * ```ts
 * const t = await readPdf(bytes, 'budget.pdf');
 * t.lines[0]?.place; // { format: 'pdf', page: 1, line: 1 }
 * ```
 */
export async function readPdf(bytes: Uint8Array, file = 'document.pdf'): Promise<FileText> {
  withResolvers();
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: cmapDir(),
    cMapPacked: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException')
      throw new HuiwuError(
        'FILE_FORMAT',
        `${file} is password-protected: open it and save an unprotected copy`,
      );
    throw new HuiwuError(
      'FILE_FORMAT',
      `${file} is not a readable PDF (corrupt or truncated): ${(e as Error).message}`,
    );
  }
  const out = new TextBuilder();
  let chars = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const items = (await page.getTextContent()).items.filter(
      (i): i is TextItem & typeof i => 'str' in i && (i as TextItem).str.trim() !== '',
    ) as TextItem[];
    // Lines: items whose baselines are within half a glyph height of each other, top to bottom.
    const sorted = [...items].sort(
      (a, b) => b.transform[5]! - a.transform[5]! || a.transform[4]! - b.transform[4]!,
    );
    const lines: TextItem[][] = [];
    for (const it of sorted) {
      const y = it.transform[5]!;
      const last = lines[lines.length - 1];
      const h = Math.max(1, it.height || Math.abs(it.transform[3]!) || 10);
      if (last && Math.abs(last[0]!.transform[5]! - y) <= h / 2) last.push(it);
      else lines.push([it]);
    }
    lines.forEach((line, k) => {
      line.sort((a, b) => a.transform[4]! - b.transform[4]!);
      const place: FilePlace = { format: 'pdf', page: p, line: k + 1 };
      const cells: { text: string; place: FilePlace }[] = [{ text: '', place }];
      let end: number | undefined;
      for (const it of line) {
        const x = it.transform[4]!;
        const size = Math.max(1, Math.abs(it.transform[0]!) || it.height || 10);
        if (end !== undefined) {
          const gap = x - end;
          if (gap > size * 1.5) cells.push({ text: '', place });
          else if (gap > size * 0.25) cells[cells.length - 1]!.text += ' ';
        }
        cells[cells.length - 1]!.text += it.str;
        end = x + it.width;
        chars += it.str.length;
      }
      if (cells.length === 1) out.line(cells[0]!.text, place);
      else out.row(cells, place);
    });
    out.blank({ format: 'pdf', page: p, line: lines.length + 1 });
  }
  await task.destroy();
  if (chars === 0)
    throw new HuiwuError(
      'FILE_FORMAT',
      `${file} has no text layer (it is a scan): it needs OCR before huiwu can read it`,
    );
  return { format: 'pdf', text: out.text, lines: out.lines, notes: [] };
}
