import { XMLParser } from 'fast-xml-parser';
import { Dec } from '../decimal/dec.js';
import { HuiwuError } from '../errors.js';
import { columnLetters, columnOf } from './columns.js';
import { evaluateFormula } from './formula.js';
import { TextBuilder } from './lines.js';
import type { FileNote, FilePlace, FileText } from './types.js';
import { entryText, unzipEntries } from './zip.js';

const ARRAYS = new Set(['sheet', 'row', 'c', 'si', 'r', 'Relationship', 'mergeCell']);
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ARRAYS.has(name),
});

type Node = Record<string, unknown>;
const asArray = (x: unknown): Node[] => (Array.isArray(x) ? (x as Node[]) : x ? [x as Node] : []);

/** The text of a shared string or an inline string: plain `<t>` or rich runs `<r><t>`. */
function stringOf(si: Node): string {
  const t = si.t;
  if (typeof t === 'string') return t;
  if (t && typeof t === 'object' && '#text' in (t as Node)) return String((t as Node)['#text']);
  return asArray(si.r)
    .map((r) => {
      const rt = r.t;
      return typeof rt === 'string'
        ? rt
        : rt && typeof rt === 'object'
          ? String((rt as Node)['#text'] ?? '')
          : '';
    })
    .join('');
}

/** A number as the sheet stores it, with a float artifact of the spreadsheet (0.30000000000000004) named. */
function numberText(v: string): { text: string; artifact: boolean } {
  // 15 significant digits is what a spreadsheet shows; a longer stored text is binary noise.
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(v);
  if (!m) return { text: v, artifact: false };
  const digits = (m[2] ?? '') + (m[3] ?? '');
  const significant = digits.replace(/^0+/, '').length;
  if (significant <= 15 || m[4]) return { text: v, artifact: false };
  // Rounded in decimals, never through a float: what the sheet shows is the stored text at 15 digits.
  const shown = new Dec(v).toSignificantDigits(15, Dec.ROUND_HALF_EVEN).toFixed();
  return { text: shown, artifact: shown !== v };
}

/**
 * Reads an `.xlsx` workbook as text: each sheet a table, each row a line of its cells' values joined
 * by ` | `, numbers exactly as the cell stores them (never through a float) and formulas by their
 * cached values. A cached value that is only a float artifact (`0.30000000000000004`) is read as the
 * number the sheet shows and noted. Places are `Sheet!D12`.
 *
 * @example
 * ```ts
 * const t = readXlsx(bytes, 'budget.xlsx');
 * t.text;                 // '项目 | 单价 | 数量 | 金额\n奖牌 | 60 | 40 | 2400\n…'
 * t.lines[1]?.cells?.[3]; // { start: 16, end: 20, place: { format: 'xlsx', sheet: '预算', cell: 'D2' } }
 * ```
 */
export function readXlsx(bytes: Uint8Array, file = 'workbook.xlsx'): FileText {
  const files = unzipEntries(bytes, (n) => n.startsWith('xl/') || n === '[Content_Types].xml', file);
  const wb = entryText(files, 'xl/workbook.xml');
  if (!wb) throw new HuiwuError('FILE_FORMAT', `${file} has no xl/workbook.xml: not an xlsx workbook`);
  // Each part is parsed once; a missing part reads as empty.
  const part = (name: string, root: string): Node | undefined =>
    (xml.parse(entryText(files, name) ?? '') as Node)[root] as Node | undefined;
  const rels = asArray(part('xl/_rels/workbook.xml.rels', 'Relationships')?.Relationship);
  const target = new Map(rels.map((r) => [String(r.Id), String(r.Target)]));
  const shared = asArray(part('xl/sharedStrings.xml', 'sst')?.si).map(stringOf);
  const sheets = asArray((part('xl/workbook.xml', 'workbook')?.sheets as Node | undefined)?.sheet);
  const out = new TextBuilder();
  const notes: FileNote[] = [];
  for (const sheet of sheets) {
    const name = String(sheet.name ?? 'Sheet');
    const rid = String(sheet['r:id'] ?? '');
    const path = `xl/${(target.get(rid) ?? '').replace(/^\/?xl\//, '')}`;
    const body = entryText(files, path);
    if (!body) continue;
    const ws = (xml.parse(body) as Node).worksheet as Node | undefined;
    const data = ws?.sheetData as Node | undefined;
    const rows = asArray(data?.row);
    checkFormulas(rows, name, notes);
    const merged = mergedLabels(ws, rows, shared);
    if (out.lines.length) out.blank({ format: 'xlsx', sheet: name, cell: 'A1' });
    for (const row of rows) {
      const r = String(row.r ?? '');
      const cells: { text: string; place: FilePlace }[] = [];
      let next = 1;
      for (const c of asArray(row.c)) {
        const ref = String(c.r ?? '');
        const col = columnOf(ref);
        // Empty cells between keep their columns, so a row's cells line up with its header's.
        for (; next < col; next++)
          cells.push({
            text: '',
            place: { format: 'xlsx', sheet: name, cell: `${columnLetters(next)}${r}` },
          });
        next = col + 1;
        const place: FilePlace = { format: 'xlsx', sheet: name, cell: ref };
        const t = String(c.t ?? 'n');
        const v =
          c.v === undefined
            ? ''
            : typeof c.v === 'object'
              ? String((c.v as Node)['#text'] ?? '')
              : String(c.v);
        let text: string;
        if (t === 's') text = shared[Number.parseInt(v, 10)] ?? '';
        else if (t === 'inlineStr') text = stringOf((c.is as Node) ?? {});
        else if (t === 'str' || t === 'e') text = v;
        else if (t === 'b') text = v === '1' ? 'TRUE' : 'FALSE';
        else {
          const n = numberText(v);
          text = n.text;
          if (n.artifact)
            notes.push({
              rule: 'xlsx.float',
              place,
              message: `${name}!${ref} stores ${v}, a float artifact of the spreadsheet; read as ${n.text}`,
            });
        }
        cells.push({ text, place });
      }
      // A label merged over several cells (会议费 down three rows, 金额 across two columns) stands in
      // each of them, placed at the cell that holds it; a merged number stays where it is written.
      const rowNo = Number.parseInt(r, 10);
      for (const m of merged) {
        if (rowNo < m.top || rowNo > m.bottom) continue;
        // A title merged across a row of its own is one line, not the title four times.
        if (m.top === m.bottom && !cells.some((c, k) => c.text !== '' && (k + 1 < m.left || k + 1 > m.right)))
          continue;
        for (let col = m.left; col <= m.right; col++) {
          if (rowNo === m.top && col === m.left) continue;
          while (cells.length < col)
            cells.push({
              text: '',
              place: { format: 'xlsx', sheet: name, cell: `${columnLetters(cells.length + 1)}${r}` },
            });
          if (cells[col - 1]!.text === '')
            cells[col - 1] = { text: m.text, place: { format: 'xlsx', sheet: name, cell: m.ref } };
        }
      }
      while (cells.length && cells[cells.length - 1]!.text === '') cells.pop();
      if (cells.length === 0) out.blank({ format: 'xlsx', sheet: name, cell: `A${r}` });
      else if (cells.length === 1) out.line(cells[0]!.text, cells[0]!.place);
      else out.row(cells, { format: 'xlsx', sheet: name, cell: `A${r}` });
    }
  }
  return { format: 'xlsx', text: out.text, lines: out.lines, notes };
}

interface MergedLabel {
  ref: string;
  text: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Most merged ranges a sheet's labels are spread over: a bounded cost per sheet. */
const MAX_MERGES = 5000;

/**
 * The merged ranges of a sheet whose top-left cell holds a label (text that is not a number), with
 * that label: the text reader repeats it in every cell of the range.
 */
function mergedLabels(ws: Node | undefined, rows: Node[], shared: string[]): MergedLabel[] {
  const refs = asArray((ws?.mergeCells as Node | undefined)?.mergeCell)
    .slice(0, MAX_MERGES)
    .map((m) => String(m.ref ?? ''));
  if (refs.length === 0) return [];
  const masters = new Map<string, string>();
  const wanted = new Set(refs.map((x) => x.split(':')[0]!));
  for (const row of rows)
    for (const c of asArray(row.c)) {
      const ref = String(c.r ?? '');
      if (!wanted.has(ref)) continue;
      const t = String(c.t ?? 'n');
      const v =
        c.v === undefined ? '' : typeof c.v === 'object' ? String((c.v as Node)['#text'] ?? '') : String(c.v);
      const text =
        t === 's'
          ? (shared[Number.parseInt(v, 10)] ?? '')
          : t === 'inlineStr'
            ? stringOf((c.is as Node) ?? {})
            : t === 'str'
              ? v
              : '';
      if (text.trim() !== '' && !/^[-+]?[\d,.]+%?$/.test(text.trim())) masters.set(ref, text);
    }
  const out: MergedLabel[] = [];
  for (const x of refs) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(x);
    const text = m ? masters.get(`${m[1]}${m[2]}`) : undefined;
    if (!m || text === undefined) continue;
    out.push({
      ref: `${m[1]}${m[2]}`,
      text,
      top: Number.parseInt(m[2]!, 10),
      bottom: Number.parseInt(m[4]!, 10),
      left: columnOf(m[1]!),
      right: columnOf(m[3]!),
    });
  }
  return out;
}

/**
 * Recomputes every formula of a sheet exactly (SUM, PRODUCT, SUMPRODUCT, ROUND, `+ − * /` over the
 * sheet's own cells) and notes a cached value that is not what its formula gives: the sheet shows a
 * figure its own arithmetic does not support. A cached value that differs only as a float does is
 * not a mismatch.
 */
function checkFormulas(rows: Node[], sheet: string, notes: FileNote[]): void {
  const stored = new Map<string, string>();
  const formulas = new Map<string, string>();
  for (const row of rows)
    for (const c of asArray(row.c)) {
      const ref = String(c.r ?? '');
      const t = String(c.t ?? 'n');
      const v =
        c.v === undefined ? '' : typeof c.v === 'object' ? String((c.v as Node)['#text'] ?? '') : String(c.v);
      if (t === 'n' && v !== '') stored.set(ref, v);
      const f =
        typeof c.f === 'string'
          ? c.f
          : c.f && typeof c.f === 'object'
            ? String((c.f as Node)['#text'] ?? '')
            : '';
      if (f) formulas.set(ref, f);
    }
  if (formulas.size === 0) return;
  const exact = new Map<string, Dec | undefined>();
  const busy = new Set<string>();
  const value = (ref: string): Dec | undefined => {
    if (exact.has(ref)) return exact.get(ref);
    const f = formulas.get(ref);
    let v: Dec | undefined;
    if (f && !busy.has(ref)) {
      busy.add(ref);
      v = evaluateFormula(f, value);
      busy.delete(ref);
    }
    // A formula huiwu cannot evaluate counts with its cached value.
    if (v === undefined && stored.has(ref)) v = new Dec(stored.get(ref)!);
    exact.set(ref, v);
    return v;
  };
  for (const [ref, f] of formulas) {
    const cached = stored.get(ref);
    const got = value(ref);
    if (cached === undefined || got === undefined) continue;
    const shown = numberText(cached).text;
    // What a spreadsheet shows is 15 significant digits: equal there (0.30000000000000004 for 0.3), it
    // is a float artifact at most, noted apart.
    if (new Dec(shown).eq(got.toSignificantDigits(15, Dec.ROUND_HALF_EVEN))) continue;
    notes.push({
      rule: 'xlsx.formula',
      place: { format: 'xlsx', sheet, cell: ref },
      message: `${sheet}!${ref} shows ${shown}, but its formula =${f} gives ${got.toFixed()}`,
      mismatch: { stated: shown, expected: got.toFixed(), difference: new Dec(shown).minus(got).toFixed() },
    });
  }
}
