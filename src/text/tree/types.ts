import type { Figure } from '../figures.js';
import type { LineRecord, Marker } from '../lines.js';

/**
 * A stretch of one line that the tree treats as a unit: a list item (from its marker to the next
 * marker), a stated total split off the item before it, or the text of a paragraph with no marker.
 * Offsets are in the line's normalized text, half open.
 */
export interface Segment {
  line: LineRecord;
  start: number;
  end: number;
  /** The enumeration marker that opens it (`一、`, `(二)`, `3.`), when there is one. */
  marker?: Marker;
  /** The figures inside `[start, end)`. */
  figures: Figure[];
  /** Index of the block (paragraph) it belongs to, in document order. */
  block: number;
  /** Its position among its paragraph's segments. */
  index: number;
}

/** A line of prose, split into segments at its list markers and stated totals. */
export interface Paragraph {
  kind: 'paragraph';
  index: number;
  line: LineRecord;
  segments: Segment[];
}

/** One cell of a table row. */
export interface Cell {
  /** Offsets in the row's normalized line. */
  start: number;
  end: number;
  text: string;
  figures: Figure[];
}

/** A row of a table: one line split into cells. */
export interface Row {
  line: LineRecord;
  cells: Cell[];
}

/** What a column holds, recognised from the header row. */
export type ColumnRole =
  | 'label'
  | 'price'
  | 'quantity'
  | 'amount'
  | 'prior'
  | 'current'
  | 'change'
  | 'percent'
  | 'other';

/** Consecutive lines read as rows of cells (separated by `|`, `│`, tabs or aligned spaces). */
export interface Table {
  kind: 'table';
  index: number;
  rows: Row[];
  /** Index of the header row in `rows`, when one was recognised. */
  header?: number;
  /** One role per column of the header (empty without a header). */
  roles: ColumnRole[];
}

/** A block of the document tree. */
export type Block = Paragraph | Table;
