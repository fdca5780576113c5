import { XMLParser } from 'fast-xml-parser';
import { HuiwuError } from '../errors.js';
import { TextBuilder } from './lines.js';
import type { FilePlace, FileText } from './types.js';
import { entryText, unzipEntries } from './zip.js';

type Node = Record<string, unknown>;

const ARRAYS = new Set(['DocBody', 'Page', 'Layer', 'TextObject', 'TextCode', 'PageBlock']);
// OFD (GB/T 33190) writes every element in the ofd: namespace; the names are read without it.
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ARRAYS.has(name),
});

const asArray = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v ? [v as Node] : []);
/** Most pages read: a bounded cost per file. */
const MAX_PAGES = 2000;

/** A piece of text on a page, at its position in millimetres (y grows downward). */
interface Piece {
  x: number;
  y: number;
  size: number;
  width: number;
  text: string;
}

// Positions are layout only (which piece stands left of which): no figure is read from them.
const mm = (s: unknown): number => {
  const t = String(s ?? '').trim();
  return /^-?\d+(?:\.\d+)?$/.test(t) ? +t : 0;
};

function textOf(code: Node): string {
  const t = code['#text'];
  return typeof t === 'string' ? t : '';
}

/** The text pieces of one page's content: each TextCode placed by its TextObject's boundary. */
function piecesOf(content: Node | undefined): Piece[] {
  const out: Piece[] = [];
  const page = asArray(content?.Page)[0];
  const layers = asArray((page?.Content as Node | undefined)?.Layer);
  const visit = (n: Node) => {
    for (const obj of asArray(n.TextObject)) {
      const [bx, by] = String(obj.Boundary ?? '0 0 0 0')
        .trim()
        .split(/\s+/)
        .map(mm);
      const size = mm(obj.Size) || 3.5;
      for (const code of asArray(obj.TextCode)) {
        const text = textOf(code);
        if (text.trim() === '') continue;
        const deltas = String(code.DeltaX ?? '')
          .trim()
          .split(/\s+/)
          .filter(Boolean);
        // DeltaX gives each glyph's advance (`g 3 4.2` repeats one); without it, a glyph a size wide.
        let width = 0;
        for (let i = 0; i < deltas.length; i++) {
          if (deltas[i] === 'g') {
            width += mm(deltas[i + 1]) * mm(deltas[i + 2]);
            i += 2;
          } else width += mm(deltas[i]);
        }
        if (width === 0) width = size * [...text].length;
        else width += size;
        out.push({ x: (bx ?? 0) + mm(code.X), y: (by ?? 0) + mm(code.Y), size, width, text });
      }
    }
    for (const block of asArray(n.PageBlock)) visit(block);
  };
  for (const layer of layers) visit(layer);
  return out;
}

/**
 * Reads an `.ofd` document (GB/T 33190, the format of many Chinese government documents) as text:
 * the text of each page placed by its coordinates, grouped into lines and ordered left to right, a
 * wide gap becoming a cell boundary (` | `), as for a PDF; places are `page p, line l`. A file that
 * is not an OFD package, or holds no text, is refused with the reason.
 *
 * @example
 * ```ts
 * const t = readOfd(bytes, 'notice.ofd');
 * t.lines[0]?.place; // { format: 'ofd', page: 1, line: 1 }
 * ```
 */
export function readOfd(bytes: Uint8Array, file = 'document.ofd'): FileText {
  const files = unzipEntries(bytes, (n) => /\.xml$/i.test(n), file);
  const root = xml.parse(entryText(files, 'OFD.xml') ?? '') as Node;
  const body = asArray((root.OFD as Node | undefined)?.DocBody)[0];
  const docRoot = String(body?.DocRoot ?? '').replace(/^\//, '');
  const docText = docRoot ? entryText(files, docRoot) : undefined;
  if (!docText)
    throw new HuiwuError('FILE_FORMAT', `${file} has no OFD.xml document root: not an OFD package`);
  const base = docRoot.includes('/') ? docRoot.slice(0, docRoot.lastIndexOf('/') + 1) : '';
  const doc = xml.parse(docText) as Node;
  const pages = asArray(((doc.Document as Node | undefined)?.Pages as Node | undefined)?.Page).slice(
    0,
    MAX_PAGES,
  );
  const out = new TextBuilder();
  let chars = 0;
  pages.forEach((page, p) => {
    const loc = String(page.BaseLoc ?? '').replace(/^\//, '');
    const path = loc.startsWith(base) ? loc : `${base}${loc}`;
    const content = entryText(files, path);
    const pieces = piecesOf(content ? (xml.parse(content) as Node) : undefined);
    // Lines: pieces whose baselines are within half a glyph of each other, top to bottom.
    pieces.sort((a, b) => a.y - b.y || a.x - b.x);
    const lines: Piece[][] = [];
    for (const it of pieces) {
      const last = lines[lines.length - 1];
      if (last && Math.abs(last[0]!.y - it.y) <= it.size / 2) last.push(it);
      else lines.push([it]);
    }
    lines.forEach((line, k) => {
      line.sort((a, b) => a.x - b.x);
      const place: FilePlace = { format: 'ofd', page: p + 1, line: k + 1 };
      const cells: { text: string; place: FilePlace }[] = [{ text: '', place }];
      let end: number | undefined;
      for (const it of line) {
        if (end !== undefined) {
          const gap = it.x - end;
          if (gap > it.size * 1.5) cells.push({ text: '', place });
          else if (gap > it.size * 0.25) cells[cells.length - 1]!.text += ' ';
        }
        cells[cells.length - 1]!.text += it.text;
        end = it.x + it.width;
        chars += it.text.length;
      }
      if (cells.length === 1) out.line(cells[0]!.text, place);
      else out.row(cells, place);
    });
    out.blank({ format: 'ofd', page: p + 1, line: lines.length + 1 });
  });
  if (chars === 0)
    throw new HuiwuError(
      'FILE_FORMAT',
      `${file} has no text in its pages: it may be scanned images and need OCR`,
    );
  return { format: 'ofd', text: out.text, lines: out.lines, notes: [] };
}
