import { Dec } from '../../decimal/dec.js';
import type { Figure } from '../figures.js';
import { quantityOf } from '../interval.js';
import { labelBefore } from '../lines.js';
import { sentencesOf } from '../tree/sentences.js';
import { newClaim } from './claims.js';
import { figuresIn } from './find.js';
import type { TextRule } from './types.js';
import { familyOf } from './units.js';
import { decide, type Reading } from './verdict.js';

// 与2021年度预算相比,增加1.14万元 / 对比减少4.35万元 / 较预算节约2万元 / 同比增加8.25万元: an amount of
// change against a base.
const CHANGE =
  /(?:(?:与|和|同)[^,，。;；]{1,20}(?:相比|比较)|对比|同比|比上年|比去年|较[^,，。;；增减]{1,12})[,，]?\s*(增加|减少|增长|下降|多|少|节约|节省|降低|上升)了?\s*$/;
// …增长1.14% / 下降0.006% / 减少率35.22%: the rate of that change.
const RATE =
  /^[,，;；]?\s*(?:同比)?(增长|下降|减少|增加|降低|上升|增幅|降幅|减少率|增长率|下降率|减幅)(?:率)?(?:为|达|约)?\s*$/;
const DOWN = /减|降|少|节约|节省/;

/**
 * `rate.change-amount`: a figure, its change against a base (`与2021年度预算相比,增加1.14万元`) and the
 * rate of that change (`增长1.14%`): the base is the figure less the increase (or plus the decrease), and
 * the rate is the change over the base. A change from a zero base has no rate: it is uncheckable.
 */
export const changeRate: TextRule = {
  name: 'change-rate',
  emits: ['rate.change-amount'],
  summary: 'A stated change and its rate agree with the figure they change.',
  ok: [
    {
      text: '公务接待费支出2.14万元,与2021年度预算相比,增加1.14万元,增长114%。',
      findings: [{ rule: 'rate.change-amount', verdict: 'match', stated: '114', expected: '114' }],
    },
  ],
  notOk: [
    {
      text: '公务接待费支出2.14万元,与2021年度预算相比,增加1.14万元,增长1.14%。',
      findings: [{ rule: 'rate.change-amount', verdict: 'mismatch', stated: '1.14' }],
    },
  ],
  check(ctx) {
    if (ctx.block.kind !== 'paragraph') return;
    const rec = ctx.block.line;
    const text = rec.text;
    if (!text.includes('%')) return;
    for (const sent of sentencesOf(rec)) {
      const figs = figuresIn(rec, sent.start, sent.end);
      for (let k = 1; k + 1 < figs.length; k++) {
        const change: Figure = figs[k]!;
        const m = CHANGE.exec(text.slice(sent.start, change.start));
        if (!m || !familyOf(change)) continue;
        const pct = figs[k + 1]!;
        if (pct.unit !== '%' || !RATE.test(text.slice(change.end, pct.start))) continue;
        // The figures before the comparison, of the change's unit: each may be the base itself
        // (2015年预算45.2万元;对比减少20.20万元) or the figure that changed (支出2.14万元,…增加1.14万元).
        // Not a change itself (增加1.68万元), and not of another subject (…增加1.68万元,其中公务接待…).
        const before = figs
          .slice(0, k)
          .filter(
            (f) =>
              familyOf(f) === familyOf(change) &&
              f.end <= sent.start + m.index &&
              !/(增加|减少|增长|下降|多|少|节约|节省|降低|上升)了?\s*$/.test(
                text.slice(Math.max(0, f.start - 4), f.start),
              ) &&
              !/其中|另外|此外|同时/.test(text.slice(f.end, change.start)),
          )
          .slice(-2);
        const a = quantityOf(change, true);
        if (before.length === 0 || !a) continue;
        const down = DOWN.test(m[1]!);
        const h = new Dec(100);
        const readings: Reading[] = [];
        let zero = false;
        for (const f of before) {
          const c = quantityOf(f, true);
          if (!c) continue;
          const asChanged = down
            ? {
                value: c.value.plus(a.value),
                lo: c.lo.plus(a.lo),
                hi: c.hi.plus(a.hi),
                approx: c.approx || a.approx,
              }
            : {
                value: c.value.minus(a.value),
                lo: c.lo.minus(a.hi),
                hi: c.hi.minus(a.lo),
                approx: c.approx || a.approx,
              };
          for (const [base, how] of [
            [c, `${labelBefore(text, f.start) || f.text} as the base`],
            [asChanged, `${labelBefore(text, f.start) || f.text} as the figure that changed`],
          ] as const) {
            if (base.lo.lte(0)) {
              zero = true;
              continue;
            }
            readings.push({
              value: {
                value: a.value.times(h).dividedBy(base.value),
                lo: a.lo.times(h).dividedBy(base.hi),
                hi: a.hi.times(h).dividedBy(base.lo),
                approx: base.approx,
              },
              operands: [
                { fig: f, rec, label: labelBefore(text, f.start) },
                { fig: change, rec, label: m[1]! },
              ],
              how,
            });
          }
        }
        const claim = newClaim('rate-change', 'rate.change-amount', rec, change.start, pct);
        if (readings.length === 0) {
          if (zero) {
            claim.verdict = 'uncheckable';
            claim.reason = 'the change is from a zero base: it has no rate';
            ctx.claim(claim);
          }
          continue;
        }
        decide(claim, pct, true, readings);
        ctx.claim(claim);
      }
    }
  },
};
