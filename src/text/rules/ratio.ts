import type { Figure } from '../figures.js';
import { addQ, quantityOf, shareQ } from '../interval.js';
import { labelBefore } from '../lines.js';
import { newClaim } from './claims.js';
import { clippedSentence, figuresIn } from './find.js';
import type { RuleExamples, TextRule } from './types.js';
import { familyOf } from './units.js';
import { decide, type Reading } from './verdict.js';

// X率(为|达|达到)N%: the word before 率 says what was counted (开工, 完成, 合格, 覆盖).
const RATE = /([\u4e00-\u9fff]{1,4})率(?:为|达|达到|是|约|已达|提高到|提升至)?\s*$/;
// Rates of change are not ratios of two counts of the same sentence.
const CHANGE = /增长|下降|减少|增加|提高|降低|增幅|降幅|同比|环比|减|增|变动|利|税|汇|折旧|费/;

// 节约率, 核减率, 下浮率: the rate of a saving, whose whole is the amount before the saving.
const SAVING = /节约|节支|节资|节省|核减|审减|下浮|降价/;
const BEFORE_SAVING = /预算|计划|送审|概算|控制价|标底|原/;
const AFTER_SAVING = /实际|成交|中标|审定|结算|合同/;

/**
 * `rate.ratio`: a rate named by 率 (开工率, 完成率, 合格率, 覆盖率) against the two counts of its
 * sentence: `交通项目18个,已开工建设11个,开工率61.1%`. The part is the count whose label holds the
 * rate's own word (开工 → 已开工建设); the whole is the other count of that unit before it. Without
 * both, nothing is reported.
 */
export const ratio: TextRule = {
  name: 'ratio',
  emits: ['rate.ratio'],
  summary: 'A rate named by 率 equals its part over its whole.',
  check(ctx) {
    if (ctx.block.kind !== 'paragraph') return;
    const rec = ctx.block.line;
    const text = rec.text;
    if (!text.includes('率') || !text.includes('%')) return;
    for (const pct of rec.figures) {
      if (pct.unit !== '%' || pct.approx === 'range') continue;
      const sent = clippedSentence(rec, pct.start);
      if (!sent) continue;
      const m = RATE.exec(text.slice(sent.start, pct.start));
      if (!m) continue;
      const word = m[1]!.replace(/^(的|其|总|综合|整体|平均)/, '');
      if (CHANGE.test(word)) continue;
      const stem = word.slice(-2);
      // …再就业2154人,增长2.9%;…;年末城镇登记失业率0.7%: an item of a ；-list is a sentence of its own.
      const head = text.slice(sent.start, pct.start);
      const from = sent.start + Math.max(head.lastIndexOf('；'), head.lastIndexOf(';')) + 1;
      const before = figuresIn(rec, from, pct.start).filter(
        (f) =>
          f.start >= from && f.end <= pct.start && familyOf(f) !== undefined && !f.every && f.unit !== '%',
      );
      // The part: the count nearest the rate whose label holds the rate's word (已开工 for 开工率);
      // 未开工, 不合格: the rest, not the part.
      const negated = (f: Figure) => new RegExp(`[未不没非无]${stem}`).test(labelBefore(text, f.start));
      let parts = before.filter((f) => labelBefore(text, f.start).includes(stem) && !negated(f));
      // 有效问卷共计6217份,有效问卷回收率为94.7%: the rate names its part by what it counts (有效问卷).
      const subject = /([\u4e00-\u9fff]{2,8})$/.exec(
        text
          .slice(from, sent.start + m.index)
          .split(/[,，、]/)
          .pop() ?? '',
      )?.[1];
      if (parts.length === 0 && subject)
        parts = before.filter((f) => labelBefore(text, f.start).includes(subject) && !negated(f));
      const part = parts[parts.length - 1];
      if (!part) continue;
      const p = quantityOf(part, true);
      if (!p) continue;
      const readings: Reading[] = [];
      // The whole: the count of that unit right before the part, within a clause or two.
      const wholes = before.filter(
        (f) =>
          f !== part &&
          !negated(f) &&
          familyOf(f) === familyOf(part) &&
          f.start < part.start &&
          part.start - f.end <= 40,
      );
      let whole: Figure | undefined = wholes[wholes.length - 1];
      let w =
        whole && /[,，;；、]/.test(text.slice(whole.end, part.start)) ? quantityOf(whole, true) : undefined;
      // 采购预算…,实际采购金额…,节约资金…,节约率: a saving is a share of the amount before it (the
      // budget, the amount sent for audit), never of what was paid after it.
      if (SAVING.test(word)) {
        const base = wholes.filter((f) => BEFORE_SAVING.test(labelBefore(text, f.start)));
        const after = whole && AFTER_SAVING.test(labelBefore(text, whole.start)) ? whole : undefined;
        const a = after ? quantityOf(after, true) : undefined;
        whole = base[base.length - 1];
        w = whole ? quantityOf(whole, true) : undefined;
        if (!whole && after && a) {
          readings.push({
            value: shareQ(p, addQ(p, a)),
            operands: [
              { fig: part, rec, label: labelBefore(text, part.start) },
              { fig: after, rec, label: labelBefore(text, after.start) },
            ],
            how: `${labelBefore(text, part.start)} over it and ${labelBefore(text, after.start)}`,
          });
        }
      }
      if (!whole && subject) {
        // 共计发放问卷6560份,回收问卷6300份。…有效问卷回收率: with none in its sentence, the whole is the
        // count the paragraph gives out (发放, 共, 总) in the sentence before, of the part's unit.
        const prior = figuresIn(rec, Math.max(0, sent.start - 120), sent.start).filter(
          (f) =>
            f.end <= sent.start &&
            familyOf(f) === familyOf(part) &&
            !f.every &&
            /发放|共计|总计|总数|共有|应/.test(labelBefore(text, f.start)),
        );
        if (prior.length === 1) {
          whole = prior[0];
          w = quantityOf(prior[0]!, true);
        }
      }
      if (whole && w)
        readings.push({
          value: shareQ(p, w),
          operands: [
            { fig: part, rec, label: labelBefore(text, part.start) },
            { fig: whole, rec, label: labelBefore(text, whole.start) },
          ],
          how: `${labelBefore(text, part.start)} over ${labelBefore(text, whole.start)}`,
        });
      // Or the part and its rest (已开工33个,未开工17个): the whole is both.
      const rest = before.find((f) => f !== part && negated(f) && familyOf(f) === familyOf(part));
      const r = rest ? quantityOf(rest, true) : undefined;
      if (rest && r)
        readings.push({
          value: shareQ(p, addQ(p, r)),
          operands: [
            { fig: part, rec, label: labelBefore(text, part.start) },
            { fig: rest, rec, label: labelBefore(text, rest.start) },
          ],
          how: `${labelBefore(text, part.start)} over it and ${labelBefore(text, rest.start)}`,
        });
      if (readings.length === 0) continue;
      const claim = newClaim('rate-share', 'rate.ratio', rec, sent.start + m.index, pct);
      decide(claim, pct, true, readings);
      ctx.claim(claim);
    }
  },
};

/** What {@link ratio} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const ratioExamples: RuleExamples = {
  ok: [
    {
      text: '交通项目18个,已开工建设11个,开工率61.1%。',
      findings: [{ rule: 'rate.ratio', verdict: 'match', stated: '61.1', expected: '61.1' }],
    },
    {
      text: '已开工项目33个,未开工项目17个,开工率为66%。',
      findings: [{ rule: 'rate.ratio', verdict: 'match', stated: '66', expected: '66' }],
    },
    // With the budget left unstated, the whole is what was paid and the saving together.
    {
      text: '实际采购金额14993.34万元,节约资金1375.18万元,节约率为8.40%。',
      findings: [{ rule: 'rate.ratio', verdict: 'match', stated: '8.4', expected: '8.4' }],
    },
    // The counts of another item of the list are not this rate's part and whole.
    {
      text: '全年城镇新增就业人员5688人,增长9%;失业人员再就业2154人,增长2.9%;年末城镇登记失业率0.7%。',
      findings: [],
    },
  ],
  notOk: [
    // A saving is a share of the budget, not of what was paid.
    {
      text: '采购计划金额共计97156.16万元,实际采购金额共计81298.42万元,共节约资金15857.74万元,节约率为17%。',
      findings: [{ rule: 'rate.ratio', verdict: 'mismatch', stated: '17', expected: '16' }],
    },
    // The part is named by what the rate counts; the whole is what the sentence before gave out.
    {
      text: '本次共计发放问卷6560份,回收问卷6300份。经甄别,有效问卷共计6217份,有效问卷回收率为94.7%。',
      findings: [{ rule: 'rate.ratio', verdict: 'mismatch', stated: '94.7', expected: '94.8' }],
    },
    {
      text: '本年度计划新开工项目270项,实际已开工129项,开工率达52%。',
      findings: [{ rule: 'rate.ratio', verdict: 'mismatch', stated: '52', expected: '48' }],
    },
  ],
};
