import { Dec } from '../../decimal/dec.js';
import { addQ, exact, type Quantity } from '../interval.js';
import type { Segment } from '../tree/types.js';
import { amountsOf, amountValue, type ItemAmount } from './amounts.js';
import { newClaim } from './claims.js';
import type { RuleExamples, TextRule } from './types.js';
import { decide } from './verdict.js';

/** How many item lines a heading's run may hold. */
export const LEADER_REACH = 40;

// 车费: 4734 元 — a short name, a colon, one amount and nothing else.
const HEADING = /^\s*([\u4e00-\u9fff][\u4e00-\u9fff()（）、/]{0,11})\s*[:：]\s*$/;
// 武汉-重庆 ------ 3480 元, 中餐: ……… 378元: a leader of dashes or dots carries the eye to the amount.
const LEADER = /(?:-{3,}|—{2,}|─{2,}|\.{3,}|…{2,}|·{3,}|_{3,})\s*$/;
// 合计开支 -------- 5845 元: the run's total (or the account's), which ends the items.
const TOTAL_LABEL = /合计|总计|共计|小计|总额|总支出|总开支|总费用|结余|余额/;
// What may follow an item's amount: a remark in brackets, a full stop.
const TAIL = /^\s*(?:[(（][^()（）]{0,20}[)）])?\s*[。;；,，]?\s*$/;

/** The one money amount of a single-segment line, with what stands before and after it. */
function loneAmount(seg: Segment): ItemAmount | undefined {
  if (seg.marker) return undefined;
  const text = seg.line.text;
  if (text.slice(0, seg.start).trim() !== '' || text.slice(seg.end).trim() !== '') return undefined;
  const { amounts } = amountsOf(seg, 'money');
  if (amounts.length !== 1 || amounts[0]!.equation) return undefined;
  const a = amounts[0]!;
  if (a.fig.approx || a.fig.per || a.fig.every || !a.fig.value) return undefined;
  if (!TAIL.test(text.slice(a.fig.end, seg.end))) return undefined;
  return a;
}

/** `车费: 4734 元`: a heading that states its run's amount, with no leader. */
function headingOf(seg: Segment): ItemAmount | undefined {
  const a = loneAmount(seg);
  if (!a || seg.figures.length !== 1) return undefined;
  if (TOTAL_LABEL.test(seg.line.text.slice(seg.start, a.fig.start))) return undefined;
  return HEADING.test(seg.line.text.slice(seg.start, a.fig.start)) ? a : undefined;
}

/** `武汉-重庆巫溪 -----3480 元`: an item whose amount a leader points to. */
function leaderItem(seg: Segment): ItemAmount | undefined {
  const a = loneAmount(seg);
  if (!a) return undefined;
  const head = seg.line.text.slice(seg.start, a.fig.start);
  const name = head.replace(LEADER, '').trim();
  return LEADER.test(head) && name.length >= 2 && !TOTAL_LABEL.test(name) ? a : undefined;
}

/**
 * `sum.section`, for accounts written with leaders: a heading that states an amount (`车费: 4734 元`)
 * over the run of item lines below it whose amounts a leader of dashes or dots points to
 * (`武汉-重庆巫溪 -----3480 元`, `巫溪-宁厂 ----- 84 元`), up to the first line that is not such an
 * item (the next heading). The two shapes tell heading from item; with fewer than two items nothing
 * is judged.
 */
export const leaderItems: TextRule = {
  name: 'leader-items',
  emits: ['sum.section'],
  summary: 'A heading’s stated amount equals the leader-dotted items listed under it.',
  check(ctx) {
    if (ctx.block.kind !== 'paragraph' || ctx.block.segments.length !== 1) return;
    const seg = ctx.block.segments[0]!;
    const heading = headingOf(seg);
    if (!heading) return;
    const items: ItemAmount[] = [];
    let n = 0;
    for (const s of ctx.segmentsAfter(seg)) {
      if (++n > LEADER_REACH) return;
      const item = leaderItem(s);
      if (!item) break;
      items.push(item);
    }
    if (items.length < 2) return;
    let value: Quantity | undefined = exact(new Dec(0));
    for (const it of items) {
      const q = amountValue(it);
      value = value && q ? addQ(value, q) : undefined;
    }
    const claim = newClaim('sum', 'sum.section', seg.line, seg.start, heading.fig);
    decide(claim, heading.fig, false, [{ value, operands: items, how: 'the items listed under it' }]);
    ctx.claim(claim);
  },
};

/** What {@link leaderItems} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const leaderItemsExamples: RuleExamples = {
  ok: [
    {
      text: '车费: 3714 元\n武汉-巫溪 -------- 3480 元\n巫溪-宁厂 -------- 84 元\n宁厂-白鹿 -------- 150 元\n餐饮: 378 元',
      findings: [{ rule: 'sum.section', verdict: 'match', stated: '3714', expected: '3714' }],
    },
  ],
  notOk: [
    {
      text: '车费: 4734 元\n武汉-巫溪 -------- 3480 元\n巫溪-宁厂 -------- 84 元\n宁厂-白鹿 -------- 150 元\n餐饮: 378 元',
      findings: [{ rule: 'sum.section', verdict: 'mismatch', stated: '4734', expected: '3714' }],
    },
  ],
};
