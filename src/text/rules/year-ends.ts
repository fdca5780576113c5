import { Dec } from '../../decimal/dec.js';
import type { Figure } from '../figures.js';
import { divQ, quantityOf, scaleQ, subQ } from '../interval.js';
import { labelBefore } from '../lines.js';
import { clauses } from '../tree/sentences.js';
import { newClaim } from './claims.js';
import { clippedSentence, figuresIn } from './find.js';
import type { RuleExamples, TextRule } from './types.js';
import { familyOf } from './units.js';
import { decide } from './verdict.js';

const HUNDRED = new Dec(100);

// 同比增长15%, 比上年下降3.2%: a rate of change, and whether it rises or falls.
const CHANGE = /(?:同比|比上年|较上年|比去年|较去年)?(增长|增加|上升|提高|下降|减少|降低)(?:了)?\s*$/;
const PREVIOUS = /^(?:上年|去年|上一年|上年度|上年同期|去年同期)/;
const CURRENT = /^(?:今年|本年|当年|本年度|全年|今年全年|本期)/;

/** The words that open a figure's clause: `上年为200万元` → `上年为`. */
function clauseHead(text: string, from: number, f: Figure): string {
  return text.slice(from, f.start).replace(/^[\s,，;；]+/, '');
}

/**
 * `rate.change` (both ends in their own clauses): `上年为200万元,今年完成225万元,同比增长15%`. The rate
 * of change against the one figure of the sentence its clause says is last year's and the one it says
 * is this year's (上年, 去年 / 今年, 本年, 全年), of the same unit. With two candidates for either end,
 * nothing is read.
 */
export const yearEnds: TextRule = {
  name: 'year-ends',
  emits: ['rate.change'],
  summary: 'A rate of change agrees with last year’s and this year’s figures stated in their own clauses.',
  check(ctx) {
    if (ctx.block.kind !== 'paragraph') return;
    const rec = ctx.block.line;
    const text = rec.text;
    if (!text.includes('%') || !/上年|去年/.test(text)) return;
    for (const pct of rec.figures) {
      if (pct.unit !== '%' || pct.approx || !pct.value) continue;
      const sent = clippedSentence(rec, pct.start);
      if (!sent) continue;
      const m = CHANGE.exec(text.slice(Math.max(sent.start, pct.start - 12), pct.start));
      if (!m) continue;
      let prev: Figure[] = [];
      let cur: Figure[] = [];
      for (const cl of clauses(text, { start: sent.start, end: pct.start })) {
        const figs = figuresIn(rec, cl.start, cl.end).filter((f) => familyOf(f) && !f.every && f.value);
        if (figs.length !== 1) continue;
        const f = figs[0]!;
        const head = clauseHead(text, cl.start, f);
        if (PREVIOUS.test(head)) prev = [...prev, f];
        else if (CURRENT.test(head)) cur = [...cur, f];
      }
      if (prev.length !== 1 || cur.length !== 1) continue;
      const [p, c] = [prev[0]!, cur[0]!];
      if (familyOf(p) !== familyOf(c)) continue;
      const qp = quantityOf(p, true);
      const qc = quantityOf(c, true);
      if (!qp || !qc) continue;
      const falls = /下降|减少|降低/.test(m[1]!);
      const change = falls ? subQ(qp, qc) : subQ(qc, qp);
      const rate = divQ(change, qp);
      if (!rate) continue;
      const hundred = scaleQ(rate, HUNDRED);
      const claim = newClaim('rate-change', 'rate.change', rec, pct.start, pct);
      decide(claim, pct, true, [
        {
          value: hundred,
          operands: [
            { fig: p, rec, label: labelBefore(text, p.start) },
            { fig: c, rec, label: labelBefore(text, c.start) },
          ],
          how: falls ? '(上年 − 今年) ÷ 上年' : '(今年 − 上年) ÷ 上年',
        },
      ]);
      ctx.claim(claim);
    }
  },
};

/** What {@link yearEnds} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const yearEndsExamples: RuleExamples = {
  ok: [
    {
      text: '上年为200万元,今年完成230万元,同比增长15%。',
      findings: [{ rule: 'rate.change', verdict: 'match', stated: '15', expected: '15' }],
    },
  ],
  notOk: [
    {
      text: '上年为200万元,今年完成225万元,同比增长15%。',
      findings: [{ rule: 'rate.change', verdict: 'mismatch', stated: '15', expected: '12.5' }],
    },
  ],
};
