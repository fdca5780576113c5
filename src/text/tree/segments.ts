import type { LineRecord } from '../lines.js';
import { markers } from '../lines.js';
import type { Segment } from './types.js';

/**
 * Words that open a stated total (`共计：45000元`, `以上共计96人`). `共` and `计` alone count only right
 * before their figure (`共6000元`, `，计2500元`), since they start many other words (共同, 计划).
 */
export const TOTAL_WORD =
  /^(?:以上|上述|全部|费用|经费|预算|总)?(?:合计|共计|总计|小计|总共|总额|总计金额|合计金额|共|计)(?:[:：为约达]|人民币|金额)*\s*(?=[\d零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾¥￥×x*_待])/;

const BREAK_BEFORE = /[\s。；;，,)）:：]/;

/**
 * Where a stated total starts inside `text[from, to)`: a total word right after a clause break or a
 * space, with its figure close behind. Returns the offsets of such starts.
 *
 * @example
 * ```ts
 * totalStarts('六、记者:1000元 七、餐费:15000元 共计:16000元', 0, 31); // [22]
 * ```
 */
export function totalStarts(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from + 1; i < to; i++) {
    const c = text[i]!;
    if (c !== '合' && c !== '共' && c !== '总' && c !== '小' && c !== '以' && c !== '上' && c !== '计')
      continue;
    if (!BREAK_BEFORE.test(text[i - 1]!)) continue;
    if (TOTAL_WORD.test(text.slice(i, Math.min(to, i + 16)))) out.push(i);
  }
  return out;
}

/**
 * Splits a paragraph line into segments: at each enumeration marker (`一、`, `(二)`, `3、`) and before
 * each stated total, so `六、记者:1000元 七、餐费:15000元` is two items and `…。以上共计96人` a total of its own.
 *
 * @example
 * ```ts
 * segmentsOf(lineRecord(1, '(一)局领导6人；(二)工作人员9人。以上共计15人'), 0).length; // 3
 * ```
 */
export function segmentsOf(rec: LineRecord, block: number): Segment[] {
  const text = rec.text;
  const cuts = new Set<number>();
  const ms = markers(text);
  const markerAt = new Map(ms.map((m) => [m.start, m]));
  for (const m of ms) cuts.add(m.start);
  for (const t of totalStarts(text, 0, text.length)) {
    cuts.add(t);
    // …合计5000元;讲课费1000元…: what follows the total's clause starts the next items.
    // Looked for within the total's clause only (a bounded window keeps long lines linear).
    const close = text.slice(t, t + 200).search(/[;；。]/);
    if (close >= 0 && t + close + 1 < text.length) cuts.add(t + close + 1);
  }
  let lead = 0;
  while (lead < text.length && /\s/.test(text[lead]!)) lead++;
  cuts.add(lead);
  const starts = [...cuts].filter((c) => c >= lead).sort((a, b) => a - b);
  const out: Segment[] = [];
  let fi = 0;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k]!;
    const end = k + 1 < starts.length ? starts[k + 1]! : text.length;
    if (end <= start) continue;
    const figures = [];
    while (fi < rec.figures.length && rec.figures[fi]!.start < start) fi++;
    let fj = fi;
    while (fj < rec.figures.length && rec.figures[fj]!.start < end) figures.push(rec.figures[fj++]!);
    const seg: Segment = { line: rec, start, end, figures, block, index: out.length };
    const m = markerAt.get(start);
    if (m) seg.marker = m;
    out.push(seg);
  }
  if (out.length === 0)
    out.push({ line: rec, start: lead, end: text.length, figures: rec.figures, block, index: 0 });
  return out;
}
