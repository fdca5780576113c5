import type { Claim } from './claim.js';
import { type LineRecord, type LineWindow, locate } from './lines.js';
import { parseChineseNumber } from './numerals.js';

/**
 * How far ahead an announced count looks for its items.
 *
 * @example
 * ```ts
 * LIST_LOOKAHEAD; // lines searched below an announced count (六大…) for its items
 * ```
 */
export const LIST_LOOKAHEAD = 40;

const ANNOUNCE_RE = /([一二三四五六七八九十两]{1,2})(大|个方面|项|条|点)/g;
const ITEM_RE = /^\s*([一二三四五六七八九十]{1,2})是/;
const CN = '一二三四五六七八九十';

function ordinal(s: string): number {
  const v = parseChineseNumber(s);
  return v ? Number.parseInt(v.toFixed(0), 10) : 0;
}

/**
 * An announced count (`围绕"六大扶贫"举措`, `抓好以下四个方面`) followed on the next lines by items
 * `一是…`, `二是…`: the last item's number against the count (rule `count.list`). Fewer items than
 * announced is uncheckable (scraped text loses lines); more is a mismatch.
 *
 * @example
 * ```ts
 * // '围绕"六大扶贫"举措。' then lines 一是…七是 → mismatch: 7 items for 六
 * ```
 */
export function extractListCount(win: LineWindow, rec: LineRecord): Claim[] {
  ANNOUNCE_RE.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  for (let m = ANNOUNCE_RE.exec(rec.text); m; m = ANNOUNCE_RE.exec(rec.text)) last = m;
  if (!last) return [];
  // The items must start on one of the next two non-empty lines.
  let k = rec.no + 1;
  let first: LineRecord | undefined;
  for (let seen = 0; k <= rec.no + 3 && seen < 2; k++) {
    const r = win.get(k);
    if (!r) break;
    if (r.text.trim() === '') continue;
    seen++;
    const m = ITEM_RE.exec(r.text);
    if (m && ordinal(m[1]!) === 1) {
      first = r;
      break;
    }
  }
  if (!first) return [];
  const stated = ordinal(last[1]!);
  if (stated < 2) return [];
  let next = 2;
  let gap = 0;
  for (let j = first.no + 1; j <= rec.no + LIST_LOOKAHEAD && gap <= 3; j++) {
    const r = win.get(j);
    if (!r) break;
    const m = ITEM_RE.exec(r.text);
    if (m && ordinal(m[1]!) === next) {
      next++;
      gap = 0;
    } else gap++;
  }
  const found = next - 1;
  const at = locate(rec, last.index, last.index + last[0].length);
  const claim: Claim = {
    kind: 'list-count',
    rule: 'count.list',
    at,
    operands: [
      { text: `${CN[found - 1] ?? found}是`, value: String(found), unit: '', line: first.line, column: 1 },
    ],
    stated: { text: last[0], value: String(stated), unit: '', line: rec.line, column: at.column },
    expected: String(found),
    difference: String(stated - found),
  };
  if (found === stated) claim.verdict = 'match';
  else if (found > stated) {
    claim.verdict = 'mismatch';
    claim.reason = `${found} items are listed`;
  } else {
    claim.verdict = 'uncheckable';
    claim.reason = `only ${found} items are listed; the rest may have been lost`;
  }
  return [claim];
}
