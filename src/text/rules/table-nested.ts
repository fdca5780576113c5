import { Dec } from '../../decimal/dec.js';
import type { Row } from '../tree/types.js';
import { cellAt, cellNumber, rowKind } from './table-cells.js';

const CHILD = /^\s*其中/;

/** The exact sum of a column over rows, or undefined when a cell is not a plain number. */
function exactSum(rows: readonly Row[], col: number, width: number): Dec | undefined {
  let s = new Dec(0);
  for (const r of rows) {
    const f = cellNumber(cellAt(r, col, width));
    if (!f?.value) return undefined;
    s = s.plus(f.value);
  }
  return s;
}

function firstText(r: Row): string {
  return r.cells.find((c) => c.text !== '')?.text ?? '';
}

/**
 * The parts of a parent row whose first part is broken down again, in a yearbook's two levels:
 *
 * ```
 * 基层工会数     10069   9683
 * 其中:企业合计   7428   7225     ← a part, and the head of its own breakdown
 * 其中:内资企业   6626   6359     ← the part's parts …
 * 港澳台商投资企业  229    265
 * 外商投资企业     573    601     ← … which add up to it in every column
 * 事业单位        1467   1305     ← the parent's further parts …
 * 机关            607    750
 * 个体经济组织     567    403     ← … up to the row where they add up to the parent in some column
 * ```
 *
 * Nothing marks where either list ends, so both ends are read from the numbers: the inner list ends
 * at the first row where it adds up exactly to its head in every column, and the outer list at the
 * first row where it adds up exactly to the parent in at least one column. Only then is a column that
 * does not add up a mismatch — the same rows add up in the others. With one numeric column, or
 * when either end is not found, there is no reading.
 *
 * @param after the rows below the parent, in order
 * @returns the parent's parts (the inner head, then the further parts), or undefined
 */
export function nestedParts(
  parent: Row,
  after: readonly Row[],
  cols: readonly number[],
  width: number,
): Row[] | undefined {
  if (cols.length < 2 || after.length < 4) return undefined;
  const head = after[0]!;
  if (!CHILD.test(firstText(head)) || !CHILD.test(firstText(after[1]!))) return undefined;
  const max = Math.min(after.length, 40);
  let inner = -1;
  for (let j = 2; j < max; j++) {
    if (
      cols.every((c) => {
        const s = exactSum(after.slice(1, j + 1), c, width);
        const h = cellNumber(cellAt(head, c, width))?.value;
        return s !== undefined && h !== undefined && s.eq(h);
      })
    ) {
      inner = j;
      break;
    }
  }
  if (inner < 0) return undefined;
  for (let m = inner + 1; m < max; m++) {
    const parts = [head, ...after.slice(inner + 1, m + 1)];
    // Another 其中 or a total row starts something else: the parts end before it.
    if (parts.some((r) => r !== head && (CHILD.test(firstText(r)) || rowKind(r) !== 'item')))
      return undefined;
    const adds = cols.some((c) => {
      const s = exactSum(parts, c, width);
      const p = cellNumber(cellAt(parent, c, width))?.value;
      return s !== undefined && p !== undefined && s.eq(p);
    });
    if (adds) return parts;
  }
  return undefined;
}
