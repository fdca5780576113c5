import type { LineRecord } from '../lines.js';
import { cellsOf } from './cells.js';
import { headerRoles } from './header.js';
import type { Cell, ColumnRole } from './types.js';

const NUMERIC = /^[¥￥]?\d[\d,]*(?:\.\d+)?(?:元)?$/;
// 合计, 总计, 培训师费用总计: the label of a total row.
const TOTAL_LABEL = /^[\u4e00-\u9fff]{0,10}(?:合\s*计|总\s*计|小\s*计|共\s*计)[:：]?$/;
const NUMBER_ROLES: ReadonlySet<ColumnRole> = new Set([
  'price',
  'quantity',
  'amount',
  'prior',
  'current',
  'percent',
  'change',
]);

/** The words of a line split at single spaces, with their offsets. */
function tokens(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/**
 * A header written with single spaces (`项目 名称 单位 数量 单价 总价 备注`): its cells and roles, when it
 * names at least two of 单价, 数量 and 金额 and holds no figure.
 *
 * @example
 * ```ts
 * looseHeader(lineRecord(1, '项目 名称 单位 数量 单价 总价 备注'))?.roles; // [..., 'quantity', 'price', 'amount', ...]
 * ```
 */
export function looseHeader(rec: LineRecord): { cells: Cell[]; roles: ColumnRole[] } | undefined {
  const ts = tokens(rec.text);
  if (ts.length < 3 || ts.length > 12 || rec.figures.length > 0) return undefined;
  const cells = cellsOf(rec, ts);
  const roles = headerRoles(cells);
  if (!roles) return undefined;
  const money = roles.filter((r) => r === 'price' || r === 'quantity' || r === 'amount').length;
  return money >= 2 ? { cells, roles } : undefined;
}

/**
 * A row of a single-spaced table, laid out on its header's columns: its run of numbers goes to the
 * header's number columns in order (so `活动物料 篮球 个 5 40 200` and `铁环 个 5 30 150` both give 数量,
 * 单价, 总价), the words before it to the columns before them, and words after it (a remark) to the
 * last column. Undefined when the line has no run of two numbers, or more numbers than the header has
 * columns for.
 *
 * @example
 * ```ts
 * looseRow(rec, roles)?.map((c) => c.text); // ['铁环', '', '个', '5', '30', '150', '']
 * ```
 */
export function looseRow(rec: LineRecord, roles: readonly ColumnRole[]): Cell[] | undefined {
  const ts = tokens(rec.text);
  let best: [number, number] | undefined;
  for (let i = 0; i < ts.length; ) {
    if (!NUMERIC.test(ts[i]!.text)) {
      i++;
      continue;
    }
    let j = i;
    while (j < ts.length && NUMERIC.test(ts[j]!.text)) j++;
    if (!best || j - i > best[1] - best[0]) best = [i, j];
    i = j;
  }
  const numberCols = roles.flatMap((r, k) => (NUMBER_ROLES.has(r) ? [k] : []));
  if (
    best &&
    best[1] - best[0] === 1 &&
    best[1] === ts.length &&
    TOTAL_LABEL.test(
      ts
        .slice(0, best[0])
        .map((t) => t.text)
        .join(''),
    )
  ) {
    // 培训师费用总计 10600: a total row states the amount column alone.
    const amount = roles.lastIndexOf('amount');
    const col = amount >= 0 ? amount : numberCols[numberCols.length - 1];
    if (col === undefined || col === 0 || best[0] === 0) return undefined;
    const first = ts[0]!;
    const lastWord = ts[best[0] - 1]!;
    const cells: Omit<Cell, 'figures'>[] = Array.from({ length: roles.length }, () => ({
      start: 0,
      end: 0,
      text: '',
    }));
    cells[0] = { start: first.start, end: lastWord.end, text: rec.text.slice(first.start, lastWord.end) };
    cells[col] = ts[best[0]]!;
    return cellsOf(rec, cells);
  }
  if (!best || best[1] - best[0] < 2) return undefined;
  const run = best[1] - best[0];
  if (run > numberCols.length) return undefined;
  // The run fills the number columns from the left (数量 单价 总价), as the header orders them.
  const firstCol = numberCols[0]!;
  const width = roles.length;
  const empty = (): Omit<Cell, 'figures'> => ({ start: 0, end: 0, text: '' });
  const cells: Omit<Cell, 'figures'>[] = Array.from({ length: width }, empty);
  const before = ts.slice(0, best[0]);
  for (let k = 0; k < before.length; k++) {
    const col = Math.min(k, firstCol - 1);
    if (col < 0) return undefined;
    const c = cells[col]!;
    cells[col] = c.text
      ? { start: c.start, end: before[k]!.end, text: rec.text.slice(c.start, before[k]!.end) }
      : before[k]!;
  }
  // Words before the numbers sit left-aligned, except a unit word right before them (个, 套, 人).
  if (before.length > 0 && before.length < firstCol && firstCol >= 2) {
    const last = before[before.length - 1]!;
    if (last.text.length <= 2) {
      cells[before.length - 1] = empty();
      cells[firstCol - 1] = last;
    }
  }
  for (let k = 0; k < run; k++) cells[numberCols[k]!] = ts[best[0] + k]!;
  const after = ts.slice(best[1]);
  if (after.length && numberCols[run - 1]! < width - 1) {
    cells[width - 1] = {
      start: after[0]!.start,
      end: after[after.length - 1]!.end,
      text: rec.text.slice(after[0]!.start, after[after.length - 1]!.end),
    };
  }
  return cellsOf(rec, cells);
}
