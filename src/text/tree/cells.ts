import type { LineRecord } from '../lines.js';
import type { Cell } from './types.js';

/** How a line separates its cells. */
export type CellSeparator = 'bar' | 'tab' | 'spaces';

/**
 * Splits a normalized line into table cells, or returns undefined when it is not a row. Bars (`|`,
 * `│`, `┃`) and tabs always separate cells; runs of two or more spaces do only when they give three
 * or more short cells (two inside a table already begun), since prose indents and pads with spaces too.
 *
 * @example
 * ```ts
 * splitCells('会议费 | 12.4 | 0')?.cells.map((c) => c.text); // ['会议费', '12.4', '0']
 * splitCells('一、场租费:2800元');                             // undefined
 * ```
 */
export function splitCells(
  text: string,
  inTable = false,
): { separator: CellSeparator; cells: Omit<Cell, 'figures'>[] } | undefined {
  let separator: CellSeparator | undefined;
  if (/[|│┃]/.test(text)) separator = 'bar';
  else if (text.includes('\t')) separator = 'tab';
  else if (/\S {2,}\S/.test(text.trim())) separator = 'spaces';
  if (!separator) return undefined;
  const re = separator === 'bar' ? /[|│┃]/g : separator === 'tab' ? /\t+/g : / {2,}/g;
  const cells: Omit<Cell, 'figures'>[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    let s = a;
    let e = b;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    cells.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  // Bars at both ends of a row (| a | b |) leave empty cells outside them.
  if (separator === 'bar') {
    // | a | b |: bars at both ends frame the row; a row that only ends in a bar has an empty last cell.
    const framed = /^\s*[|│┃]/.test(text);
    if (cells.length && cells[0]!.text === '' && framed) cells.shift();
    if (cells.length && cells[cells.length - 1]!.text === '' && framed && /[|│┃]\s*$/.test(text)) cells.pop();
  } else {
    while (cells.length && cells[0]!.text === '') cells.shift();
    while (cells.length && cells[cells.length - 1]!.text === '') cells.pop();
  }
  if (cells.length < 2) return undefined;
  if (separator === 'spaces') {
    // Inside a table of aligned columns a row may be short (合计   17800).
    if (cells.length < (inTable ? 2 : 3)) return undefined;
    // Aligned columns hold short cells; a long one is prose with a double space in it.
    if (cells.some((c) => c.text.length > 24)) return undefined;
  }
  // A markdown rule (|---|:--:|) separates the header; it is not a row.
  if (cells.every((c) => /^:?-{2,}:?$/.test(c.text) || c.text === '')) return { separator, cells: [] };
  return { separator, cells };
}

/**
 * The cells of a row with their figures (the line's figures that lie inside each cell).
 *
 * @example
 * ```ts
 * const rec = lineRecord(1, '奖牌 | 60 | 40 | 2400');
 * cellsOf(rec, splitCells(rec.text)!.cells)[3]?.figures[0]?.value?.toString(); // '2400'
 * ```
 */
export function cellsOf(rec: LineRecord, cells: Omit<Cell, 'figures'>[]): Cell[] {
  return cells.map((c) => ({
    ...c,
    figures: rec.figures.filter((f) => f.start >= c.start && f.end <= c.end),
  }));
}
