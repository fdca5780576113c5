import type { Figure } from '../figures.js';
import { addQ, quantityOf, shareQ } from '../interval.js';
import { labelBefore } from '../lines.js';
import { newClaim } from './claims.js';
import type { RuleExamples, TextRule } from './types.js';
import { familyOf } from './units.js';
import { decide, type Reading } from './verdict.js';

// 三次产业结构比为25.72:26.84:47.44, 三次产业结构由上年的13.0:46.1:40.9调整为12.1:45.1:42.8.
const STRUCTURE = /三次产业(?:结构|比例|构成|比重)[^。;；,，]{0,24}$/;
// The year before's ratio (由上年的…): not this year's.
const EARLIER = /(?:由|从)(?:上年|去年|上一年|\d{4}年)的?\s*$/;
const INDUSTRY = ['第一产业', '第二产业', '第三产业'] as const;
const WHOLE = /生产总值|GDP/;

/**
 * `percent.structure`: the three industries' structure (`三次产业结构为12.1:34.8:53.1`) against the
 * industries' values its paragraph states before it (`第一产业增加值33.26亿元 … 第三产业…`): each
 * term is the industry's share, of the 生产总值 or of the three together (both readings stand, as
 * bulletins use either), at the written precision of every figure. The year before's ratio (由上年的…)
 * is not checked; without all three values, nothing is.
 */
export const industryStructure: TextRule = {
  name: 'industry-structure',
  emits: ['percent.structure'],
  summary: 'The three industries’ structure ratio equals their shares of the product.',
  check(ctx) {
    if (ctx.block.kind !== 'paragraph') return;
    const rec = ctx.block.line;
    const text = rec.text;
    if (!text.includes('三次产业')) return;
    const figs = rec.figures;
    for (let k = 0; k + 2 < figs.length; k++) {
      const terms = [figs[k]!, figs[k + 1]!, figs[k + 2]!];
      if (terms.some((f) => f.unit !== '' || !f.value || f.per || f.approx)) continue;
      if (!/^\s*[:：]\s*$/.test(text.slice(terms[0]!.end, terms[1]!.start))) continue;
      if (!/^\s*[:：]\s*$/.test(text.slice(terms[1]!.end, terms[2]!.start))) continue;
      const head = text.slice(Math.max(0, terms[0]!.start - 40), terms[0]!.start);
      if (EARLIER.test(head)) continue;
      // The phrase may name last year's ratio before this one: 由上年的a:b:c调整为.
      const phrase = head.replace(
        /(?:由|从)(?:上年|去年|上一年|\d{4}年)的?[\d.:：\s]+(?:调整|变化|优化|转变)?为?\s*$/,
        '',
      );
      if (
        !STRUCTURE.test(
          phrase.replace(/(?:调整|变化|优化|转变)?为\s*$/, '').replace(/(?:比重|比例)?(?:为|是)?\s*$/, ''),
        ) &&
        !STRUCTURE.test(head)
      )
        continue;
      const parts = INDUSTRY.map((name) =>
        figs.find(
          (f) =>
            f.end <= terms[0]!.start &&
            familyOf(f) === 'money' &&
            !f.approx &&
            labelBefore(text, f.start).includes(name),
        ),
      );
      if (parts.some((p) => !p)) return;
      const qs = parts.map((p) => quantityOf(p!, true));
      if (qs.some((q) => !q)) continue;
      const whole = figs.find(
        (f) => f.end <= parts[0]!.start && familyOf(f) === 'money' && WHOLE.test(labelBefore(text, f.start)),
      );
      const three = addQ(addQ(qs[0]!, qs[1]!), qs[2]!);
      const wq = whole ? quantityOf(whole, true) : undefined;
      for (const [i, term] of terms.entries()) {
        const readings: Reading[] = [];
        const ofThree = shareQ(qs[i]!, three);
        if (ofThree)
          readings.push({
            value: ofThree,
            operands: parts.map((p) => ({ fig: p!, rec, label: labelBefore(text, p!.start) })),
            how: `${INDUSTRY[i]} over the three industries`,
          });
        const ofWhole = wq ? shareQ(qs[i]!, wq) : undefined;
        if (ofWhole && whole)
          readings.push({
            value: ofWhole,
            operands: [
              { fig: parts[i]!, rec, label: labelBefore(text, parts[i]!.start) },
              { fig: whole, rec, label: labelBefore(text, whole.start) },
            ],
            how: `${INDUSTRY[i]} over ${labelBefore(text, whole.start)}`,
          });
        const claim = newClaim('percent-share', 'percent.structure', rec, term.start, term as Figure);
        decide(claim, term, true, readings);
        ctx.claim(claim);
      }
      return;
    }
  },
};

/** What {@link industryStructure} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const industryStructureExamples: RuleExamples = {
  ok: [
    {
      text: '全县生产总值276.29亿元。其中,第一产业增加值33.26亿元;第二产业增加值96.21亿元;第三产业增加值146.82亿元。三次产业结构由上年的12.3:35.4:52.3调整为12.0:34.8:53.1。',
      findings: [
        { rule: 'percent.structure', verdict: 'match', stated: '12', expected: '12' },
        { rule: 'percent.structure', verdict: 'match', stated: '34.8', expected: '34.8' },
      ],
    },
  ],
  notOk: [
    {
      text: '全县生产总值276.29亿元。其中,第一产业增加值33.26亿元;第二产业增加值96.21亿元;第三产业增加值146.82亿元。三次产业结构由上年的12.3:35.4:52.3调整为12.1:34.8:53.1。',
      findings: [{ rule: 'percent.structure', verdict: 'mismatch', stated: '12.1', expected: '12' }],
    },
  ],
};
