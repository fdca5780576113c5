import type { Figure } from '../figures.js';
import { quantityOf } from '../interval.js';
import { labelBefore } from '../lines.js';
import { equationsOf } from './amounts.js';
import { newClaim } from './claims.js';
import type { RuleExamples, TextRule } from './types.js';
import { familyOf } from './units.js';
import { decide } from './verdict.js';

// 4.87万元(48700元), 125,000元 = 125万元, 48700元,即4.87万元, 折合/约合 …
const BETWEEN = /^\s*(?:[(（]\s*(?:即|合|折合|约合|约)?|[,，]?\s*(?:即|合|折合|约合)|=|＝|≈|约等于)\s*$/;

/**
 * `restated.figure`: one figure written again in another unit or at another precision, right after
 * it — in brackets (`4.87万元（48700元）`), after 即/折合, or after `=` (`125,000元 = 125万元`). Both stand
 * for the intervals their written digits allow, widened by 约; the writings agree when the intervals
 * meet. The second writing is the one reported.
 */
export const restated: TextRule = {
  name: 'restated',
  emits: ['restated.figure'],
  summary: 'A figure restated in another unit or precision (4.87万元（48700元）) is the same amount.',
  check(ctx) {
    const b = ctx.block;
    const recs = b.kind === 'paragraph' ? [b.line] : b.rows.map((r) => r.line);
    for (const rec of recs) {
      const figs = rec.figures;
      // Figures of an equation (10张×0.2元=2元) are the equation rule's.
      const inEquation = new Set(equationsOf(rec).flatMap((e) => [...e.terms, e.result]));
      for (let k = 0; k + 1 < figs.length; k++) {
        if (inEquation.has(figs[k]!) || inEquation.has(figs[k + 1]!)) continue;
        const a: Figure = figs[k]!;
        const c: Figure = figs[k + 1]!;
        const fam = familyOf(a);
        if (!fam || fam !== familyOf(c) || a.every || c.every || a.chinese || c.chinese) continue;
        if (a.unit !== c.unit && fam !== 'money') continue;
        // Another unit or another precision: the same writing twice is not a restatement.
        if (a.scale === c.scale && a.places === c.places) continue;
        const gap = rec.text.slice(a.end, c.start);
        if (!BETWEEN.test(gap)) continue;
        // In brackets, the bracket must hold just the figure: (48700元), not (其中…).
        if (/[(（]/.test(gap) && !/^\s*[)）]/.test(rec.text.slice(c.end, c.end + 2))) continue;
        // An equation (125,000元 = 2 × …) is the equation rule's.
        if (/^\s*[×*xX+\-−÷/]/.test(rec.text.slice(c.end, c.end + 2))) continue;
        const first = quantityOf(a, true);
        if (!first) continue;
        const claim = newClaim('sum', 'restated.figure', rec, c.start, c);
        decide(claim, c, true, [
          {
            value: first,
            operands: [{ fig: a, rec, label: labelBefore(rec.text, a.start) }],
            how: 'the first writing',
          },
        ]);
        ctx.claim(claim);
      }
    }
  },
};

/** What {@link restated} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const restatedExamples: RuleExamples = {
  ok: [
    {
      text: '总投资4.87万元(48700元)',
      findings: [{ rule: 'restated.figure', verdict: 'match', stated: '48700', expected: '48700' }],
    },
    {
      text: '合计48700元,约合4.9万元',
      findings: [{ rule: 'restated.figure', verdict: 'match', stated: '49000' }],
    },
  ],
  notOk: [
    {
      text: '本金为125,000元 = 125万元',
      findings: [{ rule: 'restated.figure', verdict: 'mismatch', stated: '1250000', expected: '125000' }],
    },
  ],
};
