import { Parser } from 'htmlparser2';
import { TextBuilder } from './lines.js';
import type { FileText } from './types.js';

const BLOCK = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'br',
  'tr',
  'table',
  'section',
  'article',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'title',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head']);

/**
 * Reads HTML (a web page, or the HTML mammoth makes of a `.docx`) as text: each paragraph a line,
 * each table row a line of its cells joined by ` | ` (a merged cell repeated over the columns it
 * spans), in document order. Places are `paragraph n` and `table t, row r, column c`.
 *
 * @example
 * ```ts
 * readHtml('<table><tr><td>奖牌</td><td>2400</td></tr></table>').text; // '奖牌 | 2400'
 * ```
 */
export function readHtml(html: string, format: 'html' | 'docx' = 'html'): FileText {
  const out = new TextBuilder();
  let paragraph = 0;
  let tableNo = 0;
  const tables: {
    no: number;
    row: number;
    cells:
      | { text: string; place: { format: typeof format; table: number; row: number; column: number } }[]
      | null;
  }[] = [];
  let cell: { text: string; span: number } | null = null;
  let text = '';
  let skip = 0;
  const flush = () => {
    const t = text.replace(/\s+/g, ' ').trim();
    text = '';
    if (!t) return;
    paragraph++;
    out.line(t, { format, paragraph });
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (SKIP.has(name)) skip++;
        if (skip) return;
        if (name === 'table') {
          flush();
          tables.push({ no: ++tableNo, row: 0, cells: null });
          return;
        }
        const tb = tables[tables.length - 1];
        if (name === 'tr' && tb) {
          tb.row++;
          tb.cells = [];
          return;
        }
        if ((name === 'td' || name === 'th') && tb?.cells) {
          cell = {
            text: '',
            span: Math.min(50, Math.max(1, Number.parseInt(attrs.colspan ?? '1', 10) || 1)),
          };
          return;
        }
        if (!cell && BLOCK.has(name)) flush();
      },
      ontext(t) {
        if (skip) return;
        if (cell) cell.text += t;
        else text += t;
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip) return;
        const tb = tables[tables.length - 1];
        if ((name === 'td' || name === 'th') && cell && tb?.cells) {
          const t = cell.text.replace(/\s+/g, ' ').trim();
          for (let k = 0; k < cell.span; k++)
            tb.cells.push({
              text: k === 0 ? t : t,
              place: { format, table: tb.no, row: tb.row, column: tb.cells.length + 1 },
            });
          cell = null;
          return;
        }
        if (name === 'tr' && tb?.cells) {
          const cells = tb.cells;
          tb.cells = null;
          if (cells.length === 0 || cells.every((c) => c.text === '')) return;
          if (cells.length === 1) out.line(cells[0]!.text, cells[0]!.place);
          else out.row(cells, { format, table: tb.no, row: tb.row, column: 1 });
          return;
        }
        if (name === 'table' && tb) {
          tables.pop();
          out.blank({ format, table: tb.no, row: tb.row, column: 1 });
          return;
        }
        if (!cell && BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { format, text: out.text, lines: out.lines, notes: [] };
}
