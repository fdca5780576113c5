import { Dec } from '../../decimal/dec.js';
import type { Figure } from '../figures.js';
import { quantityOf } from '../interval.js';
import { type LineRecord, labelBefore } from '../lines.js';
import { sentencesOf } from '../tree/sentences.js';
import { newClaim } from './claims.js';
import { figuresIn } from './find.js';
import type { RuleExamples, TextRule } from './types.js';
import { familyOf } from './units.js';
import { decide, type Reading } from './verdict.js';

// 与2021年度预算相比,增加1.14万元 / 对比减少4.35万元 / 较预算节约2万元 / 同比增加8.25万元: an amount of
// change against a base.
// 与上年相比,财政收入增加150万元: what changed may be named again between the comparison and its verb.
const CHANGE =
  /(?:(?:与|和|同)[^,，。;；]{1,20}(?:相比|比较)(?:[,，]\s*[\u4e00-\u9fff]{2,12}?)?|对比|同比|比上年|比去年|比(?:19|20)\d{2}年度?[^,，。;；增减\d]{0,12}|较[^,，。;；增减]{1,12})[,，]?\s*(增加|减少|增长|下降|多|少|节约|节省|降低|上升)了?\s*$/;
// …增长1.14% / 下降0.006% / 减少率35.22%: the rate of that change.
const RATE =
  /^[,，;；]?\s*(?:同比)?(增长|下降|减少|增加|降低|上升|增幅|降幅|减少率|增长率|下降率|减幅)(?:率)?(?:为|达|约)?\s*$/;
const DOWN = /减|降|少|节约|节省/;
// A comparison with the period before: 同比, 比上年, 较去年, 与上年相比, 与去年同期相比.
const LAST_YEAR =
  /^(?:同比|比上年|比去年|较上年|较去年|(?:与|和|同)(?:上年|去年|上一年)(?:同期)?(?:相比|比较))/;
// A figure named as the earlier period's: it is the base the change is measured from.
const EARLIER = /上年|去年|上一年|上期|同期/;

/**
 * `rate.change-amount`: a figure, its change against a base (`与2021年度预算相比,增加1.14万元`) and the
 * rate of that change (`增长1.14%`), in either order (`同比增长15%,增收150万元`): the base is the figure less
 * the increase (or plus the decrease), and the rate is the change over the base. Against 同比 / 上年 the
 * figure before is this period's, never the base. A change from a zero base has no rate: it is
 * uncheckable.
 */
export const changeRate: TextRule = {
  name: 'change-rate',
  emits: ['rate.change-amount'],
  summary: 'A stated change and its rate agree with the figure they change.',
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
        // …减少1.5万元(39.47%): the rate in brackets right after the change.
        const gap = text.slice(change.end, pct.start);
        if (pct.unit !== '%' || !(RATE.test(gap) || /^\s*[(（]\s*$/.test(gap))) continue;
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
        // 与去年5751人相比: a figure written inside the comparison is the base itself.
        const inside = figs.filter(
          (f) =>
            familyOf(f) === familyOf(change) &&
            f.start >= sent.start + m.index &&
            f.end <= change.start &&
            /^(?:与|和|同)/.test(m[0]) &&
            /(?:相比|比较)/.test(text.slice(f.end, change.start)),
        );
        const a = quantityOf(change, true);
        if ((before.length === 0 && inside.length !== 1) || !a) continue;
        const down = DOWN.test(m[1]!);
        // 同比 / 比上年: the comparison is with the period before, so a figure before it is this period's,
        // the one that changed, unless it is itself named as the earlier period's.
        const againstLastYear = LAST_YEAR.test(m[0]);
        const year = /(?:19|20)\d{2}年/.exec(m[0])?.[0];
        const h = new Dec(100);
        const readings: Reading[] = [];
        let zero = false;
        let unbounded: string | undefined;
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
          const label = labelBefore(text, f.start);
          // 较2022年预算增加: a figure before is the earlier year's only when the text gives it that year.
          // With the compared figure written in the comparison, a figure before it is this period's.
          const asBase =
            inside.length !== 1 &&
            (year ? text.slice(sent.start, f.start).includes(year) : !againstLastYear || EARLIER.test(label));
          for (const [base, how] of [
            ...(asBase ? [[c, `${label || f.text} as the base`] as const] : []),
            [asChanged, `${label || f.text} as the figure that changed`] as const,
          ]) {
            if (base.value.lte(0)) {
              zero = true;
              continue;
            }
            // 1万元, 增加0.5万元: the earlier figure lies in (0, 1), so the rate has no upper bound.
            if (base.lo.lte(0)) {
              unbounded = `${label || f.text} less the change may be any amount near zero at its written precision`;
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
        if (inside.length === 1) {
          const b = quantityOf(inside[0]!, true);
          if (b && b.lo.gt(0))
            readings.push({
              value: {
                value: a.value.times(h).dividedBy(b.value),
                lo: a.lo.times(h).dividedBy(b.hi),
                hi: a.hi.times(h).dividedBy(b.lo),
                approx: b.approx || a.approx,
              },
              operands: [
                { fig: inside[0]!, rec, label: labelBefore(text, inside[0]!.start) },
                { fig: change, rec, label: m[1]! },
              ],
              how: `${inside[0]!.text}, the figure compared with, as the base`,
            });
        }
        const claim = newClaim('rate-change', 'rate.change-amount', rec, change.start, pct);
        if (readings.length === 0) {
          if (zero || unbounded) {
            claim.verdict = 'uncheckable';
            claim.reason = unbounded ?? 'the change is from a zero base: it has no rate';
            ctx.claim(claim);
          }
          continue;
        }
        decide(claim, pct, true, readings);
        if (claim.verdict === 'mismatch' && unbounded) {
          claim.verdict = 'uncheckable';
          claim.reason = unbounded;
        }
        ctx.claim(claim);
      }
      rateFirst(ctx, rec, figs);
    }
  },
};

/** What {@link changeRate} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const changeRateExamples: RuleExamples = {
  ok: [
    {
      text: '公务接待费支出2.14万元,与2021年度预算相比,增加1.14万元,增长114%。',
      findings: [{ rule: 'rate.change-amount', verdict: 'match', stated: '114', expected: '114' }],
    },
    {
      text: '税收收入完成1150万元,同比增长15%,增收150万元。',
      findings: [{ rule: 'rate.change-amount', verdict: 'match', stated: '15', expected: '15' }],
    },
    // What changed named again after the comparison.
    {
      text: '全县财政收入完成1150万元,与上年相比,财政收入增加150万元,增长15%。',
      findings: [{ rule: 'rate.change-amount', verdict: 'match', stated: '15', expected: '15' }],
    },
  ],
  notOk: [
    // 比2024年…增加: a named year and what of it is compared; the base is the figure less the increase.
    {
      text: '2025年本单位收入预算842.79万元,比2024年单位预算收入增加62.15万元,增长7%。',
      findings: [{ rule: 'rate.change-amount', verdict: 'mismatch', stated: '7', expected: '8' }],
    },
    {
      text: '公务接待费支出2.14万元,与2021年度预算相比,增加1.14万元,增长1.14%。',
      findings: [{ rule: 'rate.change-amount', verdict: 'mismatch', stated: '1.14' }],
    },
    {
      text: '社会保障支出116万元,同比增加16万元,增长13.79%。',
      findings: [{ rule: 'rate.change-amount', verdict: 'mismatch', stated: '13.79', expected: '16' }],
    },
    {
      text: '公务接待费2.30万元,较上年减少1.5万元(42.86%)。',
      findings: [{ rule: 'rate.change-amount', verdict: 'mismatch', stated: '42.86', expected: '39.47' }],
    },
    {
      text: '税收收入完成1150万元,同比增长12%,增收150万元。',
      findings: [{ rule: 'rate.change-amount', verdict: 'mismatch', stated: '12', expected: '15' }],
    },
    // The figure compared with, written in the comparison, is the base.
    {
      text: '今年计划招聘3129人,与去年5751人相比,招聘人数减少2622人,下降45%。',
      findings: [{ rule: 'rate.change-amount', verdict: 'mismatch', stated: '45', expected: '46' }],
    },
    // The change named as an amount (增加额达): the base is still the figure less the change.
    {
      text: '补助资金已经达到654.7亿元,比上年同期增长17%,增加额达98.8亿元。',
      findings: [{ rule: 'rate.change-amount', verdict: 'mismatch', stated: '17', expected: '18' }],
    },
  ],
};

// 完成30161万元,同比增长14.6%,增收4376万元: the rate first, then the amount of the change.
// 比上年同期增长17%,增加额达98.8亿元: the amount may be named as the change's amount (增加额, 减少额).
const RATE_FIRST = /(?:同比|比上年|比去年|较上年|较去年)(?:同期)?(增长|下降|减少|增加|上升|降低)了?\s*$/;
const AMOUNT_AFTER =
  /^\s*[,，]?\s*(增收|减收|增支|减支|增加|减少|多|少)(?:了|额|金额|量)?(?:为|达到?|是)?\s*$/;

/** The change stated after its rate, against the figure right before the rate (this period's). */
function rateFirst(ctx: Parameters<TextRule['check']>[0], rec: LineRecord, figs: readonly Figure[]): void {
  const text = rec.text;
  for (let k = 1; k + 1 < figs.length; k++) {
    const pct = figs[k]!;
    const change = figs[k + 1]!;
    if (pct.unit !== '%') continue;
    const m = RATE_FIRST.exec(text.slice(figs[k - 1]!.end, pct.start));
    const after = AMOUNT_AFTER.exec(text.slice(pct.end, change.start));
    if (!m || !after) continue;
    // This period's figure: the nearest before of the change's unit (a bare 4376万 takes the figure's),
    // past shares of it (占调整预算105.47%), within the clause's subject.
    let now: Figure | undefined;
    for (let j = k - 1; j >= 0; j--) {
      const f = figs[j]!;
      if (/其中|另外|此外|同时|[;；。]/.test(text.slice(f.end, pct.start))) break;
      // A share and the whole it is of (占年初预算数109466万元的56.3%) are not the subject.
      if (f.unit === '%' || /占[^,，;；。]{0,16}$/.test(text.slice(Math.max(0, f.start - 16), f.start)))
        continue;
      if (familyOf(f) && (familyOf(f) === familyOf(change) || (change.unit === '' && !change.per))) now = f;
      break;
    }
    if (!now) continue;
    if (DOWN.test(m[1]!) !== DOWN.test(after[1]!)) continue;
    const c = quantityOf(now, true);
    const a = quantityOf(change, true);
    if (!c || !a) continue;
    const down = DOWN.test(m[1]!);
    const base = down
      ? { value: c.value.plus(a.value), lo: c.lo.plus(a.lo), hi: c.hi.plus(a.hi) }
      : { value: c.value.minus(a.value), lo: c.lo.minus(a.hi), hi: c.hi.minus(a.lo) };
    const claim = newClaim('rate-change', 'rate.change-amount', rec, change.start, pct);
    if (base.lo.lte(0)) {
      claim.verdict = 'uncheckable';
      claim.reason = 'the figure less the change is zero or near it: the rate has no bound';
      ctx.claim(claim);
      continue;
    }
    const h = new Dec(100);
    const label = labelBefore(text, now.start);
    decide(claim, pct, true, [
      {
        value: {
          value: a.value.times(h).dividedBy(base.value),
          lo: a.lo.times(h).dividedBy(base.hi),
          hi: a.hi.times(h).dividedBy(base.lo),
          approx: c.approx || a.approx,
        },
        operands: [
          { fig: now, rec, label },
          { fig: change, rec, label: after[1]! },
        ],
        how: `${label || now.text} as the figure that changed`,
      },
    ]);
    ctx.claim(claim);
  }
}
