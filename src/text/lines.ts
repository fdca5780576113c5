import type { Operand, TextLocation } from './claim.js';
import { type Figure, scanFigures } from './figures.js';
import { type NormalizedLine, normalizeLine } from './normalize.js';

/** One line of a document, normalized, with its figures. */
export interface LineRecord {
  /**
   * Position in the sequence of records the auditor examines (the key of the window). Equal to `line`
   * except after a very long line, which is examined in several segments.
   */
  no: number;
  /** 1-based line number in the original text, for reporting. */
  line: number;
  norm: NormalizedLine;
  /** `norm.text`, for brevity. */
  text: string;
  figures: Figure[];
  /**
   * For a paragraph joined from wrapped lines: the original line of each normalized offset (`line`
   * is then the first of them).
   */
  lines?: Int32Array;
}

/**
 * The original 1-based line and column of normalized offset `offset` of a record.
 *
 * @example
 * ```ts
 * pointAt(lineRecord(3, '共計：45000元'), 3); // { line: 3, column: 4 }
 * ```
 */
export function pointAt(rec: LineRecord, offset: number): { line: number; column: number } {
  const k = Math.max(0, Math.min(offset, rec.norm.origin.length - 1));
  return { line: rec.lines ? rec.lines[k]! : rec.line, column: rec.norm.origin[k]! + 1 };
}

/**
 * Joins wrapped lines into one record (a paragraph a PDF or an editor broke mid-sentence), keeping
 * each offset's original line and column.
 *
 * @example
 * ```ts
 * const r = joinRecords([lineRecord(1, '占基本支出预算'), lineRecord(2, '18.76%')]);
 * r.text; pointAt(r, 7); // '占基本支出预算18.76%', { line: 2, column: 1 }
 * ```
 */
export function joinRecords(parts: readonly LineRecord[]): LineRecord {
  const first = parts[0]!;
  const text = parts.map((p) => p.text).join('');
  const origin = new Int32Array(text.length + 1);
  const lines = new Int32Array(text.length + 1);
  let at = 0;
  for (const p of parts) {
    for (let i = 0; i < p.text.length; i++) {
      origin[at + i] = p.norm.origin[i]!;
      lines[at + i] = p.lines ? p.lines[i]! : p.line;
    }
    at += p.text.length;
  }
  const last = parts[parts.length - 1]!;
  origin[text.length] = last.norm.origin[last.text.length]!;
  lines[text.length] = last.line;
  const typos = parts.flatMap((p) => p.norm.typos);
  return {
    no: last.no,
    line: first.line,
    norm: { text, origin, typos },
    text,
    figures: scanFigures(text),
    lines,
  };
}

/**
 * Builds the record of one line.
 *
 * @example
 * ```ts
 * lineRecord(3, '共計：45000元').figures[0]?.value?.toString(); // '45000'
 * ```
 */
export function lineRecord(no: number, raw: string, line = no, columnOffset = 0): LineRecord {
  const norm = normalizeLine(raw);
  // A segment of a long line reports columns of the whole line.
  if (columnOffset) for (let i = 0; i < norm.origin.length; i++) norm.origin[i]! += columnOffset;
  if (columnOffset) for (const t of norm.typos) t.originalColumn += columnOffset;
  return { no, line, norm, text: norm.text, figures: scanFigures(norm.text) };
}

/** Lines around the one being examined; extractors look back and ahead only through this. */
export interface LineWindow {
  /** The record of line `no`, when it is inside the window. */
  get(no: number): LineRecord | undefined;
}

const EXCERPT = 80;

/**
 * The location of normalized offsets `[start, end)` of a line, with an excerpt of the line around them.
 *
 * @example
 * ```ts
 * locate(lineRecord(1, '  共計：45000元'), 2, 10); // { line: 1, column: 3, excerpt: '共计:45000元' }
 * ```
 */
export function locate(rec: LineRecord, start: number, end: number): TextLocation {
  const t = rec.text;
  let a = start;
  let b = Math.max(end, start);
  // Widen to the surrounding clause, within a budget on each side.
  while (a > 0 && start - a < EXCERPT / 2 && !isClauseBreak(t[a - 1]!)) a--;
  while (b < t.length && b - a < EXCERPT && !isClauseBreak(t[b]!)) b++;
  const excerpt = t.slice(a, b).trim();
  return { ...pointAt(rec, start), excerpt };
}

function isClauseBreak(c: string): boolean {
  return c === '。' || c === ';' || c === '；' || c === '!' || c === '?' || c === '！' || c === '？';
}

/**
 * An {@link Operand} from a figure.
 *
 * @example
 * ```ts
 * const r = lineRecord(1, '奖牌:60元');
 * operandOf(r, r.figures[0]!, '奖牌').value; // '60'
 * ```
 */
export function operandOf(rec: LineRecord, f: Figure, label?: string): Operand {
  const op: Operand = {
    text: f.text,
    value: f.value && !f.placeholder ? f.value.toFixed() : null,
    unit: f.unit,
    ...pointAt(rec, f.start),
  };
  if (label) op.label = label;
  if (f.approx) op.approx = f.approx;
  return op;
}

const LABEL_STOP = new Set([
  ',',
  '，',
  '、',
  ':',
  '：',
  ';',
  '；',
  '。',
  '(',
  ')',
  '（',
  '）',
  ' ',
  '"',
  '“',
  '”',
  '=',
  '*',
  '×',
]);

/**
 * The words right before offset `start` that name a figure: back to the previous clause mark, with
 * connective words such as 其中 dropped.
 *
 * @example
 * ```ts
 * labelBefore('其中已开工建设的项目8个', 10); // '已开工建设的项目'
 * ```
 */
export function labelBefore(text: string, start: number): string {
  // 奖牌:60元 — the label stands before the colon.
  let end = start;
  while (
    end > 0 &&
    start - end < 3 &&
    (text[end - 1] === ':' || text[end - 1] === '：' || text[end - 1] === ' ')
  )
    end--;
  let a = end;
  while (a > 0 && end - a < 24 && !LABEL_STOP.has(text[a - 1]!)) a--;
  let label = text.slice(a, end).trim();
  for (const w of ['其中', '共计', '合计', '总计', '小计', '共有', '共', '为', '达', '约', '有']) {
    // 有效问卷, 有关单位: 有 that begins a word is part of the name.
    if (w === '有' && /^有[效关限序机偿线色益意]/.test(label)) continue;
    if (label.startsWith(w) && label.length > w.length) label = label.slice(w.length);
  }
  return label.replace(/^[\d一二三四五六七八九十]+[、.]/, '');
}

/** Marker styles of enumerations: (一) (1) 一、 1、 */
export type MarkerStyle = 'paren-cn' | 'paren-num' | 'cn' | 'num' | 'circled';

/** An enumeration marker found in a line. */
export interface Marker {
  style: MarkerStyle;
  ordinal: number;
  start: number;
  end: number;
}

const CN_ORD = '一二三四五六七八九十';

function cnOrdinal(s: string): number {
  if (s.length === 1) return CN_ORD.indexOf(s) + 1;
  if (s.length === 2 && s[0] === '十') return 10 + CN_ORD.indexOf(s[1]!) + 1;
  if (s.length === 2 && s[1] === '十') return (CN_ORD.indexOf(s[0]!) + 1) * 10;
  return 0;
}

/**
 * Enumeration markers in a line: `(一)`, `（1）`, and `一、` / `1、` at the line start or after a
 * clause mark.
 *
 * @example
 * ```ts
 * markers('(四)局机关(38人); (五)代表(30人)').map((m) => m.ordinal); // [4, 5]
 * ```
 */
export function markers(text: string): Marker[] {
  const out: Marker[] = [];
  const re =
    /[(（]([一二三四五六七八九十]{1,2}|\d{1,2})[)）]|([一二三四五六七八九十]{1,2}|\d{1,2})[、.．](?!\d)|([①-⑳])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = m.index > 0 ? text[m.index - 1]! : ' ';
    if (m[3] !== undefined) {
      out.push({
        style: 'circled',
        ordinal: m[3].charCodeAt(0) - 0x2460 + 1,
        start: m.index,
        end: m.index + 1,
      });
      continue;
    }
    // 具体费用包括1、…: a list may open right after 包括, 如下 or 有.
    const opener = /(?:包括|如下|包含|分别是|分别为)$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    if (m[1] !== undefined) {
      const n = /\d/.test(m[1]) ? Number.parseInt(m[1], 10) : cnOrdinal(m[1]);
      if (n > 0)
        out.push({
          style: /\d/.test(m[1]) ? 'paren-num' : 'paren-cn',
          ordinal: n,
          start: m.index,
          end: m.index + m[0].length,
        });
    } else if (
      m[2] !== undefined &&
      (before === ' ' || before === '\t' || opener || /[。;；,，:：)）]/.test(before))
    ) {
      const n = /\d/.test(m[2]) ? Number.parseInt(m[2], 10) : cnOrdinal(m[2]);
      if (n > 0)
        out.push({
          style: /\d/.test(m[2]) ? 'num' : 'cn',
          ordinal: n,
          start: m.index,
          end: m.index + m[0].length,
        });
    }
  }
  return out;
}
