import { Dec } from '../../decimal/dec.js';
import { addQ, exact, type Quantity } from '../interval.js';
import type { Segment } from '../tree/types.js';
import { amountsOf, amountValue, type ItemAmount } from './amounts.js';
import { newClaim } from './claims.js';
import type { RuleContext, RuleExamples, TextRule } from './types.js';
import { decide } from './verdict.js';

/** How far back a recap line looks for the heading it names, in segments. */
export const RECAP_REACH = 120;

// 车辆费用:5100元 — a short name, a colon, one amount and nothing more.
const NAME = /^\s*([\u4e00-\u9fff][\u4e00-\u9fff()（）/、]{1,11})\s*[:：]\s*$/;
const TAIL = /^\s*[。;；,，]?\s*$/;
// The amount of an item that also states a price: the one a total word introduces (…日租金300元,共计2100元).
const TOTAL_WORD = /(?:共计|合计|总计|共|计|约为|约|为)\s*$/;

interface RecapLine {
  name: string;
  amount: ItemAmount;
}

/** The figures of a segment outside its marker (the 1 of `1. 车辆费用` is no figure of the name). */
function ownFigures(seg: Segment) {
  return seg.marker ? seg.figures.filter((f) => f.start >= seg.marker!.end) : seg.figures;
}

/** A line that only restates a named amount: `车辆费用:5100元`, the one segment of its line. */
function recapLine(seg: Segment): RecapLine | undefined {
  if (seg.marker || seg.figures.length !== 1) return undefined;
  const { amounts } = amountsOf(seg, 'money');
  if (amounts.length !== 1 || amounts[0]!.equation) return undefined;
  const a = amounts[0]!;
  if (a.fig.approx === 'range') return undefined;
  const text = seg.line.text;
  const m = NAME.exec(text.slice(seg.start, a.fig.start));
  if (!m || !TAIL.test(text.slice(a.fig.end, seg.end))) return undefined;
  if (text.slice(0, seg.start).trim() !== '' || text.slice(seg.end).trim() !== '') return undefined;
  return { name: m[1]!, amount: a };
}

/** The one amount a line's segments state, or undefined when they state none or cannot tell which. */
function itemAmount(segs: readonly Segment[]): ItemAmount | undefined {
  const amounts = segs.flatMap((seg) => amountsOf(seg, 'money').amounts);
  if (amounts.some((a) => a.fig.approx === 'range')) return undefined;
  if (amounts.length === 1) return amounts[0];
  const last = amounts[amounts.length - 1];
  if (!last) return undefined;
  const head = last.rec.text.slice(Math.max(0, last.fig.start - 4), last.fig.start);
  return TOTAL_WORD.test(head) ? last : undefined;
}

/** The text of a heading with no figure, without its marker and closing colon. */
function headingName(seg: Segment): string | undefined {
  if (!seg.marker || ownFigures(seg).length > 0) return undefined;
  const text = seg.line.text;
  if (text.slice(seg.end).trim() !== '') return undefined;
  return text
    .slice(seg.marker.end, seg.end)
    .replace(/[:：。\s]+$/, '')
    .trim();
}

/**
 * The items of the section a heading opens: every line up to the next heading of its level, each
 * with one amount, up to a line with no figure when only recap lines follow it. Undefined when an item
 * has no amount, or several it cannot tell apart, or when the section runs into `stop`.
 */
function sectionItems(ctx: RuleContext, heading: Segment, stop: Segment): ItemAmount[] | undefined {
  const lines: Segment[][] = [];
  // Past a line with no figure (总预算, 将以上所有费用相加…) the section has ended, unless an item follows.
  let ended = false;
  for (const s of ctx.segmentsAfter(heading)) {
    if (s.marker?.style === heading.marker!.style) break;
    if (ended) {
      if (recapLine(s)) break;
      if (s.figures.length > 0) return undefined;
      continue;
    }
    if (s === stop) return undefined;
    const last = lines[lines.length - 1];
    if (last && last[0]!.line === s.line) {
      last.push(s);
      continue;
    }
    if (ownFigures(s).length === 0 && s.line.text.slice(s.end).trim() === '') {
      ended = true;
      continue;
    }
    lines.push([s]);
  }
  const items: ItemAmount[] = [];
  for (const segs of lines) {
    const a = itemAmount(segs);
    if (!a) return undefined;
    items.push(a);
  }
  return items.length > 0 ? items : undefined;
}

/** The first of an iterable of segments, if any. */
function first(xs: Iterable<Segment>): Segment | undefined {
  for (const x of xs) return x;
  return undefined;
}

/** True when a segment next to `seg` restates another amount: recap lines come in runs. */
function inRun(ctx: RuleContext, seg: Segment): boolean {
  const before = first(ctx.segmentsBefore(seg));
  const after = first(ctx.segmentsAfter(seg));
  return (
    (before !== undefined && recapLine(before) !== undefined) ||
    (after !== undefined && recapLine(after) !== undefined)
  );
}

/**
 * `sum.recap`: a run of lines that restate the amounts of sections named earlier (`车辆费用:5100元`,
 * `住宿费用:1400元` under 总预算) against the items of the nearest section headed by that name
 * (`1. 车辆费用` over `租车费用:…共计2100元`, `保险费用:…1000元`). Only a section whose every line states
 * one amount is read; a name no heading has is left alone.
 */
export const recap: TextRule = {
  name: 'recap',
  emits: ['sum.recap'],
  summary: 'An amount restated for a section named earlier equals the items of that section.',
  check(ctx) {
    if (ctx.block.kind !== 'paragraph') return;
    for (const seg of ctx.block.segments) {
      const line = recapLine(seg);
      if (!line || !inRun(ctx, seg)) continue;
      let heading: Segment | undefined;
      let n = 0;
      for (const s of ctx.segmentsBefore(seg)) {
        if (++n > RECAP_REACH) break;
        if (headingName(s) === line.name) {
          heading = s;
          break;
        }
      }
      if (!heading) continue;
      const items = sectionItems(ctx, heading, seg);
      if (!items) continue;
      let value: Quantity | undefined = exact(new Dec(0));
      for (const c of items) {
        const q = amountValue(c);
        value = value && q ? addQ(value, q) : undefined;
      }
      const claim = newClaim('sum', 'sum.recap', seg.line, seg.start, line.amount.fig);
      decide(claim, line.amount.fig, true, [
        { value, operands: items, how: `the items under ${line.name} (line ${heading.line.line})` },
      ]);
      ctx.claim(claim);
    }
  },
};

/** What {@link recap} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const recapExamples: RuleExamples = {
  ok: [
    {
      text: '1. 车辆费用\n租车费用:共计2100元。\n保险费用:共计1000元。\n2. 住宿费用\n住宿费用:7晚共计1400元。\n总预算\n车辆费用:3100元\n住宿费用:1400元',
      findings: [
        { rule: 'sum.recap', verdict: 'match', stated: '3100', expected: '3100' },
        { rule: 'sum.recap', verdict: 'match', stated: '1400', expected: '1400' },
      ],
    },
  ],
  notOk: [
    {
      text: '一、场地费用\n会议室租金:假设2天,每天800元,共计1600元。\n设备租赁:共计400元。\n二、餐饮费用\n午餐:共计900元。\n费用汇总\n场地费用:1800元\n餐饮费用:900元',
      findings: [{ rule: 'sum.recap', verdict: 'mismatch', stated: '1800', expected: '2000' }],
    },
  ],
};
