import { Dec } from '../../decimal/dec.js';
import type { Claim } from '../claim.js';
import { type Quantity, scaleQ } from '../interval.js';
import { labelBefore, locate, pointAt } from '../lines.js';
import { equationsOf } from './amounts.js';
import { type Equation, evaluate, isProduct } from './expression.js';
import type { RuleExamples, TextRule } from './types.js';
import { decide } from './verdict.js';

const HUNDRED = new Dec(100);
const zeroCents = (text: string) => /\.0+(?!\d)/.test(text);

/** A percentage term means a hundredth (`1000×5%=50`); a result in % is a hundredfold. */
function equationValue(eq: Equation): Quantity | undefined {
  const pctTerms = eq.terms.filter((t) => t.unit === '%').length;
  let q = evaluate(eq);
  if (!q) return undefined;
  if (pctTerms === 1 && eq.ops.every((o) => o === '*' || o === '/') && eq.result.unit !== '%')
    q = scaleQ(q, new Dec('0.01'));
  else if (pctTerms === 0 && eq.result.unit === '%') q = scaleQ(q, HUNDRED);
  else if (pctTerms > 0 && eq.result.unit !== '%' && !eq.ops.every((o) => o === '+' || o === '-'))
    return undefined;
  return q;
}

/**
 * `product.line`, `arith.equation`: an equation written in the text — figures joined by `+ − × * x ÷ /`
 * (or 加 减 乘以 除以), with notes in brackets and labels between them, closed by `=` or by 共/合计 —
 * against its exact value. Compound per-units (`260元/间/天×40间×3天`) are prices like any other, so
 * the price is never dropped. The result is judged at the precision it is written to.
 */
export const equation: TextRule = {
  name: 'equation',
  emits: ['product.line', 'arith.equation'],
  summary: 'An equation written in the text (a × b = c, a + b + c = d) holds exactly.',
  check(ctx) {
    const b = ctx.block;
    const recs = b.kind === 'paragraph' ? [b.line] : b.rows.map((r) => r.line);
    for (const rec of recs) {
      for (const eq of equationsOf(rec)) {
        const value = equationValue(eq);
        const first = eq.terms[0]!;
        const claim: Claim = {
          kind: 'product',
          rule: isProduct(eq) ? 'product.line' : 'arith.equation',
          at: eq.resultFirst
            ? locate(rec, eq.result.start, eq.terms[eq.terms.length - 1]!.end)
            : locate(rec, first.start, eq.result.end),
          operands: [],
          stated: {
            text: eq.result.text,
            value: eq.result.value && !eq.result.placeholder ? eq.result.value.toFixed() : null,
            unit: eq.result.unit,
            ...pointAt(rec, eq.result.start),
          },
        };
        const label = labelBefore(rec.text, first.start);
        decide(claim, eq.result, true, [
          { value, operands: eq.terms.map((fig) => ({ fig, rec, label })), how: 'the equation as written' },
        ]);
        if (claim.verdict === 'mismatch' && eq.ops.includes('/') && zeroCents(eq.result.text) && value) {
          // 4156.00÷11= 378.00: a quotient written with .00 may be rounded to the 元, the zeros only format.
          const whole = value.value.toDecimalPlaces(0, Dec.ROUND_HALF_UP);
          if (eq.result.value?.eq(whole)) {
            claim.verdict = 'uncheckable';
            claim.reason = `the quotient is ${claim.expected}: right to the 元, not to the places written`;
            delete claim.difference;
          }
        }
        ctx.claim(claim);
      }
    }
  },
};

/** What {@link equation} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const equationExamples: RuleExamples = {
  ok: [
    {
      text: '奖牌:60元/个*40=2400元',
      findings: [{ rule: 'product.line', verdict: 'match', stated: '2400', expected: '2400' }],
    },
    {
      text: '用水:20吨 times 3.5元/吨 = 70元',
      findings: [{ rule: 'product.line', verdict: 'match', stated: '70', expected: '70' }],
    },
    {
      text: '服装:260元(冬装)*4+120元(夏装)*2*4=2000元',
      findings: [{ rule: 'arith.equation', verdict: 'match', stated: '2000', expected: '2000' }],
    },
    {
      text: '住宿费:260元/间/天×40间×3天=31200元',
      findings: [{ rule: 'product.line', verdict: 'match', stated: '31200', expected: '31200' }],
    },
    {
      text: '服装费合计760元=(260元+120元)×2',
      findings: [{ rule: 'arith.equation', verdict: 'match', stated: '760', expected: '760' }],
    },
    {
      // A chain: 6292 is continued by ÷26, so it is not the result; 6292/26=242 is judged on its own.
      text: '人均:(7080+102-890)/26人=6292/26=242元/人',
      findings: [{ rule: 'arith.equation', verdict: 'match', stated: '242', expected: '242' }],
    },
    {
      // 加 before a word is not plus: 4.5 is a date, 加油 a refuel, and the last figure is cut off.
      text: '2次加油,4.5加油2020元+4.6加油1760元=37',
      findings: [],
    },
  ],
  notOk: [
    // A formula typeset in LaTeX, copied out as its source; fuel per 100 km.
    {
      text: '油费:200公里 \\times 8升/100公里 \\times 7元/升 = 1120元',
      findings: [{ rule: 'arith.equation', verdict: 'mismatch', stated: '1120', expected: '112' }],
    },
    {
      text: '茶叶80元+水果45.5元+纸杯12元=138.5元',
      findings: [{ rule: 'arith.equation', verdict: 'mismatch', stated: '138.5', expected: '137.5' }],
    },
    {
      text: '餐费:35元/人/餐×80人×6餐=16000元',
      findings: [{ rule: 'product.line', verdict: 'mismatch', stated: '16000', expected: '16800' }],
    },
    {
      text: '场地费:4,800元 = 3天 × 1,500元/天',
      findings: [{ rule: 'product.line', verdict: 'mismatch', stated: '4800', expected: '4500' }],
    },
  ],
};
