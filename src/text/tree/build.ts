import { joinRecords, type LineRecord, markers } from '../lines.js';
import { cellsOf, splitCells } from './cells.js';
import { headerRoles } from './header.js';
import { looseHeader, looseRow } from './loose-table.js';
import { segmentsOf } from './segments.js';
import type { Block, ColumnRole, Row, Table } from './types.js';
import { createWrapWidth, ENDS_SENTENCE } from './wrap.js';

/** Most lines joined into one paragraph. */
export const MAX_JOINED_LINES = 6;
/** Most lines of a hard-wrapped document joined into one paragraph: a page's worth. */
export const MAX_WRAPPED_LINES = 40;

const ENDS_MIDWAY = /[的占为达比和及与在对较是共计约从至到、,，]\s*$/;
// 的 (not 的确) and 万元 never start a sentence: the line before broke off.
const STARTS_MIDWAY = /^\s*(?:[,，、%)）。；;]|\d+(?:\.\d+)?\s*%|的(?!确)|[万亿]元)/;

/**
 * True when `next` continues the sentence `prev` broke off (a PDF or an editor wrapped it):
 * `…占基本支出预算` + `18.76%,同比减少…`. A list item, a heading or a finished sentence never continues.
 *
 * @example
 * ```ts
 * continues('占一般公共预算支出的', '96.74%,同比减少'); // true
 * continues('场租费:2800元', '餐费:15000元');          // false
 * ```
 */
export function continues(prev: string, next: string): boolean {
  if (prev.trim() === '' || next.trim() === '' || ENDS_SENTENCE.test(prev)) return false;
  const lead = next.length - next.trimStart().length;
  const m = markers(next)[0];
  if (m && m.start <= lead) return false;
  return ENDS_MIDWAY.test(prev) || STARTS_MIDWAY.test(next);
}

/** True when a line opens a paragraph, a list item or a heading: it never goes on with the line before. */
function startsItem(next: string): boolean {
  const lead = next.length - next.trimStart().length;
  // An indented line opens a paragraph; a line of its own states a total.
  if (lead > 0 || /^(?:共计|合计|总计|小计|总额|累计)/.test(next)) return true;
  const m = markers(next)[0];
  return m !== undefined && m.start <= lead;
}

/** Most lines of one cell each joined into one row. */
export const MAX_ROW_LINES = 24;

/** `181286 |`: one cell, closed by a bar, not opened by one. */
function oneCell(text: string, cells: readonly { text: string }[]): boolean {
  return (
    cells.length === 2 &&
    cells[0]!.text !== '' &&
    cells[1]!.text === '' &&
    !/^\s*[|│┃]/.test(text) &&
    /[|│┃]\s*$/.test(text) &&
    (text.match(/[|│┃]/g)?.length ?? 0) === 1
  );
}

/** A row of at most three cells, one of them sentences of prose (60 characters or more). */
function proseRow(cells: readonly { text: string }[]): boolean {
  const full = cells.filter((c) => c.text !== '');
  return (
    full.length <= 3 &&
    full.some(
      (c) => c.text.length >= 60 && (/[。；;]/.test(c.text) || (c.text.match(/[，,]/g)?.length ?? 0) >= 3),
    )
  );
}

/** Longest table kept as one block; a longer run of rows continues in a new block. */
export const MAX_TABLE_ROWS = 2000;

/** Builds the document tree a line at a time, handing each finished block to `emit`. */
export interface TreeBuilder {
  push(rec: LineRecord): void;
  end(): void;
}

/**
 * Creates a streaming builder of the document tree: each line becomes a paragraph (split into
 * segments at list markers and stated totals), and runs of lines that split into cells become a
 * table, with its header row and column roles when one is recognised. Blank lines end a table but
 * make no block. Memory holds one pending table at most.
 *
 * @example
 * ```ts
 * const blocks: Block[] = [];
 * const b = createTreeBuilder((x) => blocks.push(x));
 * b.push(lineRecord(1, '项目 | 单价 | 数量 | 金额'));
 * b.push(lineRecord(2, '奖牌 | 60 | 40 | 2400'));
 * b.end();
 * blocks[0]?.kind; // 'table'
 * ```
 */
export function createTreeBuilder(emit: (b: Block) => void): TreeBuilder {
  let index = 0;
  let pending: { rec: LineRecord; cells: ReturnType<typeof cellsOf>; separator: string }[] = [];
  // A table written with single spaces: its header's roles, while its rows go on.
  let loose: ColumnRole[] | undefined;
  // Lines of a paragraph still open: the next line may continue it.
  let open: LineRecord[] = [];
  // The width a hard-wrapped document breaks its lines at.
  const wrap = createWrapWidth();
  // Lines of one cell each (`全 县 |`, `181286 |`, …): a web table copied a cell a line; together
  // they are one row, until a line of bars alone or a row of several cells.
  let single: LineRecord[] = [];

  function endSingle(): void {
    if (single.length === 0) return;
    const recs = single;
    single = [];
    const rec = recs.length === 1 ? recs[0]! : joinRecords(recs);
    const split = splitCells(rec.text, true);
    if (!split || split.cells.length === 0) return;
    pending.push({ rec, cells: cellsOf(rec, split.cells), separator: split.separator });
    if (pending.length >= MAX_TABLE_ROWS) flush();
  }

  function closeParagraph(): void {
    if (open.length === 0) return;
    const rec = open.length === 1 ? open[0]! : joinRecords(open);
    open = [];
    const i = index++;
    emit({ kind: 'paragraph', index: i, line: rec, segments: segmentsOf(rec, i) });
  }

  function paragraph(rec: LineRecord): void {
    const last = open[open.length - 1];
    if (
      last &&
      ((open.length < MAX_JOINED_LINES && continues(last.text, rec.text)) ||
        (open.length < MAX_WRAPPED_LINES && wrap.brokeOff(last.text) && !startsItem(rec.text)))
    ) {
      open.push(rec);
      return;
    }
    closeParagraph();
    open.push(rec);
  }

  function flush(): void {
    endSingle();
    const roles = loose;
    loose = undefined;
    if (pending.length === 0) return;
    closeParagraph();
    const rows = pending;
    pending = [];
    // A lone row of aligned spaces is prose; a lone barred row is still a row of cells.
    if (rows.length === 1 && rows[0]!.separator === 'spaces') {
      paragraph(rows[0]!.rec);
      return;
    }
    const table: Table = { kind: 'table', index: index++, rows: [], roles: [] };
    if (roles) {
      table.header = 0;
      table.roles = roles;
      for (const r of rows) table.rows.push({ line: r.rec, cells: r.cells });
      emit(table);
      return;
    }
    for (const r of rows) {
      const row: Row = { line: r.rec, cells: r.cells };
      if (table.header === undefined && table.rows.length < 4) {
        const roles = headerRoles(r.cells);
        if (roles) {
          table.header = table.rows.length;
          table.roles = roles;
        }
      }
      table.rows.push(row);
    }
    emit(table);
  }

  return {
    push(rec: LineRecord): void {
      if (rec.text.trim() === '') {
        flush();
        closeParagraph();
        return;
      }
      if (loose) {
        const cells = looseRow(rec, loose);
        if (cells) {
          pending.push({ rec, cells, separator: 'space' });
          if (pending.length >= MAX_TABLE_ROWS) flush();
          return;
        }
        flush();
      }
      // A line of bars alone (`|`, `||||`) ends a row of one-cell lines; the table goes on.
      if ((single.length > 0 || pending.length > 0) && /^[\s|│┃]+$/.test(rec.text)) {
        endSingle();
        return;
      }
      let split = splitCells(rec.text, pending.length > 0);
      // 释义 | 茶盘乡位于…。全乡辖11个村…: a cell of prose is a paragraph, whatever frames it.
      if (split && split.separator === 'bar' && proseRow(split.cells)) split = undefined;
      if (split && split.separator === 'bar' && oneCell(rec.text, split.cells)) {
        closeParagraph();
        single.push(rec);
        if (single.length >= MAX_ROW_LINES) endSingle();
        return;
      }
      endSingle();
      if (split) {
        closeParagraph();
        if (split.cells.length === 0) return; // a markdown rule line
        pending.push({ rec, cells: cellsOf(rec, split.cells), separator: split.separator });
        if (pending.length >= MAX_TABLE_ROWS) flush();
        return;
      }
      flush();
      const header = looseHeader(rec);
      if (header) {
        closeParagraph();
        loose = header.roles;
        pending.push({ rec, cells: header.cells, separator: 'space' });
        return;
      }
      paragraph(rec);
      wrap.see(rec.text, startsItem(rec.text));
    },
    end(): void {
      flush();
      closeParagraph();
    },
  };
}

/**
 * The block kind and, for tables, the number of rows (for debugging and reports).
 *
 * @example
 * ```ts
 * describeBlock(block); // 'table of 12 rows' or 'paragraph'
 * ```
 */
export function describeBlock(b: Block): string {
  return b.kind === 'table' ? `table of ${b.rows.length} rows` : 'paragraph';
}
