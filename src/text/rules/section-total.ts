import { Dec } from '../../decimal/dec.js';
import { addQ, exact, type Quantity } from '../interval.js';
import type { Segment } from '../tree/types.js';
import { amountsOf, amountValue, type ItemAmount } from './amounts.js';
import { newClaim } from './claims.js';
import type { RuleContext, RuleExamples, TextRule } from './types.js';
import { decide } from './verdict.js';

/** How many segments below a heading its items may take. */
export const SECTION_REACH = 40;

/**
 * The amount a section heading states right after its name (`二、市场调研费——8400元`, `(一)会议费:3300元`),
 * when that is all the heading holds.
 */
function headingAmount(seg: Segment): ItemAmount | undefined {
  if (!seg.marker) return undefined;
  const { amounts } = amountsOf(seg, 'money');
  if (amounts.length !== 1 || amounts[0]!.equation) return undefined;
  const a = amounts[0]!;
  const text = seg.line.text;
  const head = text.slice(seg.marker.end, a.fig.start);
  if (head.length > 24 || /[,，。;；]/.test(head)) return undefined;
  return a;
}

/**
 * `sum.section`: a numbered heading that states its section's amount (`二、市场调研费——8400元`) against
 * the items numbered one level below it (`1、问卷调查:1200元`, `2、…`), up to the next heading of its
 * level. Items of a third level belong to their own item, not to the heading. An unnumbered line with
 * an amount among the items makes the check uncheckable (it may be a part or a remark).
 */
export const sectionTotal: TextRule = {
  name: 'section-total',
  emits: ['sum.section'],
  summary: 'A numbered heading’s stated amount equals the items numbered under it.',
  check(ctx: RuleContext) {
    if (ctx.block.kind !== 'paragraph') return;
    for (const seg of ctx.block.segments) {
      const own = headingAmount(seg);
      if (!own) continue;
      const level = seg.marker!.style;
      let childStyle: string | undefined;
      const children: ItemAmount[] = [];
      let loose = false;
      let lost = false;
      let ordinal = 0;
      let n = 0;
      for (const s of ctx.segmentsAfter(seg)) {
        if (++n > SECTION_REACH) {
          lost = true;
          break;
        }
        const style = s.marker?.style;
        if (style === level) break;
        const { amounts } = amountsOf(s, 'money');
        if (/合计|共计|总计|小计/.test(s.line.text.slice(s.start, s.end))) break;
        if (!style) {
          if (amounts.length > 0 && childStyle === undefined) loose = true;
          continue;
        }
        childStyle ??= style;
        if (style !== childStyle) continue; // a third level: part of its own item
        ordinal++;
        if (s.marker!.ordinal !== ordinal) lost = true;
        if (amounts.length !== 1) {
          lost = true;
          continue;
        }
        children.push(amounts[0]!);
      }
      if (children.length < 2) continue;
      let value: Quantity | undefined = exact(new Dec(0));
      for (const c of children) {
        const q = amountValue(c);
        value = value && q ? addQ(value, q) : undefined;
      }
      const claim = newClaim('sum', 'sum.section', seg.line, seg.marker!.start, own.fig);
      decide(claim, own.fig, true, [{ value, operands: children, how: 'the items under it' }]);
      if (claim.verdict === 'mismatch' && (loose || lost)) {
        claim.verdict = 'uncheckable';
        claim.reason = loose
          ? 'an unnumbered line with an amount stands among the items'
          : 'an item has no single amount, or the numbering skips';
        delete claim.difference;
      }
      ctx.claim(claim);
    }
  },
};

/** What {@link sectionTotal} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const sectionTotalExamples: RuleExamples = {
  ok: [
    {
      text: '一、会议费:3300元\n1、场租:2800元\n2、茶水:500元\n二、住宿费:2000元',
      findings: [{ rule: 'sum.section', verdict: 'match', stated: '3300', expected: '3300' }],
    },
  ],
  notOk: [
    {
      text: '二、市场调研费——8400元\n1、问卷调查:1200元\n①材料费:700元\n②人工费:500元\n2、数据调查:2200元\n3、实展调研:3000元\n三、宣传费——2000元',
      findings: [{ rule: 'sum.section', verdict: 'mismatch', stated: '8400', expected: '6400' }],
    },
  ],
};
