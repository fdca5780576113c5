import type { FileLine, FilePlace } from './types.js';

/** Builds a file's text a line at a time, keeping each line's places. */
export class TextBuilder {
  readonly parts: string[] = [];
  readonly lines: FileLine[] = [];

  /** Adds a line of prose. */
  line(text: string, place: FilePlace): void {
    this.parts.push(text.replace(/[\r\n]+/g, ' '));
    this.lines.push({ place });
  }

  /** Adds a table row: its cells joined by ` | `, each cell's columns mapped to its place. */
  row(cells: { text: string; place: FilePlace }[], rowPlace: FilePlace): void {
    let col = 1;
    let text = '';
    const out: NonNullable<FileLine['cells']> = [];
    cells.forEach((c, i) => {
      if (i > 0) {
        text += ' | ';
        col += 3;
      }
      const t = c.text.replace(/[\r\n|]+/g, ' ').trim();
      out.push({ start: col, end: col + t.length, place: c.place });
      text += t;
      col += t.length;
    });
    this.parts.push(text);
    this.lines.push({ place: rowPlace, cells: out });
  }

  /** A blank line: it ends a table or a paragraph. */
  blank(place: FilePlace): void {
    this.parts.push('');
    this.lines.push({ place });
  }

  get text(): string {
    return this.parts.join('\n');
  }
}

/**
 * The place in the file of line `line`, column `column` (1-based) of the text a reader built.
 *
 * @example
 * ```ts
 * placeAt(fileText.lines, 3, 12); // { format: 'xlsx', sheet: '预算', cell: 'D3' }
 * ```
 */
export function placeAt(lines: readonly FileLine[], line: number, column: number): FilePlace | undefined {
  const l = lines[line - 1];
  if (!l) return undefined;
  if (l.cells) {
    for (const c of l.cells) if (column >= c.start && column <= Math.max(c.start, c.end)) return c.place;
    // A column in a separator belongs to the cell after it.
    const next = l.cells.find((c) => c.start > column);
    if (next) return next.place;
  }
  return l.place;
}
