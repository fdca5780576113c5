import type { Figure } from '../figures.js';
import type { Cell, Row, Table } from '../tree/types.js';

/**
 * The one figure a cell holds, when the cell is a number (`2400`, `12.4`, `2,800.00元`); undefined
 * for text, an empty cell, or a cell holding several figures.
 *
 * @example
 * ```ts
 * cellNumber({ text: '2400', start: 0, end: 4, figures: [f] }); // f
 * ```
 */
export function cellNumber(c: Cell | undefined): Figure | undefined {
  if (c?.figures.length !== 1) return undefined;
  const f = c.figures[0]!;
  if (f.placeholder || !f.value || f.unit === '%' || f.per || f.approx) return undefined;
  const rest = c.text.replace(f.text, '').replace(/[¥￥元\s]/g, '');
  return rest.length <= 1 ? f : undefined;
}

const TOTAL =
  /^\s*(?:[一二三四五六七八九十\d]+[、.．]\s*)?(?:合\s*计|总\s*计|小\s*计|共\s*计|总\s*额|合计金额|总计金额|费用合计|经费合计|支出总计|收入总计|总\s*合\s*计)/;

const REGION_TOTAL = /^\s*全\s*(?:县|市|省|区|镇|乡|国|州|旗|盟|村)\s*$/;

/**
 * The label of a row: its first cell that is not a number.
 *
 * @example
 * ```ts
 * rowLabel(row); // '场租费'
 * ```
 */
export function rowLabel(r: Row): string {
  for (const c of r.cells) if (c.text !== '' && !cellNumber(c)) return c.text;
  return '';
}

/**
 * The kind of a row: `total` (合计, 总计 …), `subtotal` (小计), `child` (其中, (1), ①), or `item`.
 *
 * @example
 * ```ts
 * rowKind(row); // 'total'
 * ```
 */
export function rowKind(r: Row): 'total' | 'subtotal' | 'child' | 'item' {
  // Several rules ask of every row, some for every row above another: once per row.
  let k = kinds.get(r);
  if (!k) {
    k = kindOf(r);
    kinds.set(r, k);
  }
  return k;
}

const kinds = new WeakMap<Row, 'total' | 'subtotal' | 'child' | 'item'>();

function kindOf(r: Row): 'total' | 'subtotal' | 'child' | 'item' {
  const label = r.cells.find((c) => c.text !== '')?.text ?? '';
  const l = rowLabel(r);
  // 收入合计, 支出总计: a label that ends in a total word closes its section too.
  const endsTotal = /^[\u4e00-\u9fff]{1,6}(?:合\s*计|总\s*计|小\s*计)$/.test(l.trim());
  // 全 县, 全市: the row of the whole region, above or below its parts.
  if (REGION_TOTAL.test(label) || REGION_TOTAL.test(l)) return 'total';
  if (TOTAL.test(label) || TOTAL.test(l) || endsTotal)
    return /小\s*计/.test(label + l) ? 'subtotal' : 'total';
  if (/^\s*(?:其中|[(（]\d{1,2}[)）]|[①-⑳]|\d{1,2}\.\d)/.test(l)) return 'child';
  return 'item';
}

/**
 * The rows of a table after its header.
 *
 * @example
 * ```ts
 * bodyRows(table).length; // rows below the header
 * ```
 */
export function bodyRows(t: Table): Row[] {
  return t.rows.slice(t.header === undefined ? 0 : t.header + 1);
}

/** The column a cell stands in: by position, or aligned from the right when a row has fewer cells. */
export function cellAt(r: Row, col: number, width: number): Cell | undefined {
  if (r.cells.length === width) return r.cells[col];
  // A row short of cells (a total row without its label cells) aligns its numbers to the right.
  const k = col - (width - r.cells.length);
  return k >= 0 ? r.cells[k] : undefined;
}
