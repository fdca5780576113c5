import type { Figure } from '../figures.js';
import type { Segment } from '../tree/types.js';
import { familyOf, type UnitFamily } from './units.js';

/** A segment that states a total: its keyword and figure. */
export interface TotalStatement {
  seg: Segment;
  /** Offset of the total word in the line. */
  keyword: number;
  /** 小计 (a section's subtotal) rather than a total. */
  subtotal: boolean;
  fig: Figure;
  family: UnitFamily;
}

// A short label may stand before the word: 会议经费合计, 费用总计, 以上共计.
const OPENING =
  /^(?:[\u4e00-\u9fff]{0,8}?)(合计|共计|总计|小计|总共|总额|共)(?:[:：为约达]|人民币|金额|费用|经费)*\s*$|^(计)[:：为]?\s*$/;

/**
 * A total's own label says what it totals. A list's total is labelled generically (以上, 费用, 会议经费,
 * 参会人员) or not at all; `簿本费共1632元` names one item, whose parts are not the lines above it.
 */
function genericLabel(label: string, word: string): boolean {
  if (label === '') return true;
  if (/^(以上|上述|以上各项|全部|总|共|各项|所有)$/.test(label)) return true;
  if (word === '共') return false;
  return /(经费|费用|预算|支出|资金|总额|金额|人数|人员|名额|代表|成本|开支|投入)$/.test(label);
}

/**
 * The total a segment states, when the segment opens with a total word and its first figure follows
 * the word closely (`共计：45000元`, `以上共计96人`, `会议经费合计：2.5万元`). Prose that only contains
 * 共 (`全年共引进项目9个`) is not one: the figure must follow the word.
 *
 * @example
 * ```ts
 * totalOf(segment)?.fig.text; // '45000元'
 * ```
 */
export function totalOf(seg: Segment): TotalStatement | undefined {
  const text = seg.line.text;
  const from = seg.marker ? seg.marker.end : seg.start;
  const f = seg.figures.find((x) => x.start >= from);
  if (!f || f.every || f.per) return undefined;
  if (f.start - from > 16) return undefined;
  const head = text.slice(from, f.start).trim();
  const m = OPENING.exec(head);
  if (!m) return undefined;
  const word = m[1] ?? m[2]!;
  if (!genericLabel(head.slice(0, head.indexOf(word)), word)) return undefined;
  const family = familyOf(f);
  if (!family) return undefined;
  // 第1页 / 共14页: a page counter, page furniture of a document site, not a total.
  if (
    f.unit === '页' &&
    /第\s*\d+\s*页\s*[/／,，]?\s*$/.test(text.slice(Math.max(0, f.start - 16), from + head.indexOf(word)))
  )
    return undefined;
  return { seg, keyword: from + head.indexOf(word), subtotal: word === '小计', fig: f, family };
}
