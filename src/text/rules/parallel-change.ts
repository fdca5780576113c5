import { Dec } from '../../decimal/dec.js';
import type { Figure } from '../figures.js';
import { addQ, divQ, quantityOf, scaleQ, subQ } from '../interval.js';
import { newClaim } from './claims.js';
import type { RuleExamples, TextRule } from './types.js';
import { familyOf } from './units.js';
import { decide } from './verdict.js';

const HUNDRED = new Dec(100);

// 收、支总计各是4125.49,4143.91万元 … 各减少1267.86,2570.97万元,各下降23.51%、38.28%: values, changes
// and rates given in parallel, one list each, opened by 各.
const LIST = /各(?:为|是|自|约)?\s*$/;
const CHANGE = /各(?:增加|减少|增长|下降|上升|降低)\s*$/;
const RATE = /各(?:增加|减少|增长|下降|上升|降低)(?:了)?\s*$/;
const FALL = /减少|下降|降低/;

/** The figures of a list that starts at `from`: figures joined by `,` `、` or `和`, one unit at the end. */
function listAt(figs: readonly Figure[], text: string, k: number): Figure[] {
  const out = [figs[k]!];
  for (let j = k + 1; j < figs.length; j++) {
    const gap = text.slice(out[out.length - 1]!.end, figs[j]!.start);
    if (!/^\s*[,，、和及]\s*$/.test(gap)) break;
    out.push(figs[j]!);
  }
  return out;
}

/**
 * `rate.change-amount` (in parallel): two or more figures given with 各 (`收、支总计各是A,B万元`), their
 * changes (`各减少C,D万元`) and their rates (`各下降p%、q%`), paired in order: each rate is its change
 * over its figure less the change (or plus it, for a fall). Lists of unequal length are not read.
 */
export const parallelChange: TextRule = {
  name: 'parallel-change',
  emits: ['rate.change-amount'],
  summary: 'Figures, changes and rates given in parallel with 各 agree pair by pair.',
  check(ctx) {
    if (ctx.block.kind !== 'paragraph') return;
    const rec = ctx.block.line;
    const text = rec.text;
    if (!text.includes('各') || !text.includes('%')) return;
    const figs = rec.figures;
    let values: Figure[] | undefined;
    let changes: Figure[] | undefined;
    let fall = false;
    for (let k = 0; k < figs.length; k++) {
      const f = figs[k]!;
      const before = text.slice(Math.max(0, f.start - 8), f.start);
      if (f.unit !== '%' && CHANGE.test(before) && values) {
        const list = listAt(figs, text, k);
        if (list.length === values.length) {
          changes = list;
          fall = FALL.test(before);
        }
        k += list.length - 1;
        continue;
      }
      if (RATE.test(before) && values && changes) {
        const list = listAt(figs, text, k);
        k += list.length - 1;
        if (list.length !== values.length || list.some((x) => x.unit !== '%')) continue;
        list.forEach((pct, i) => {
          const v = quantityOf(values![i]!, true);
          const c = quantityOf(changes![i]!, true);
          if (!v || !c) return;
          const base = fall ? addQ(v, c) : subQ(v, c);
          const r = divQ(c, base);
          if (!r) return;
          const claim = newClaim('rate-change', 'rate.change-amount', rec, pct.start, pct);
          decide(claim, pct, true, [
            {
              value: scaleQ(r, HUNDRED),
              operands: [
                { fig: values![i]!, rec },
                { fig: changes![i]!, rec },
              ],
              how: 'the change over the figure it changed, pair by pair',
            },
          ]);
          ctx.claim(claim);
        });
        values = undefined;
        changes = undefined;
        continue;
      }
      if (LIST.test(before)) {
        const list = listAt(figs, text, k);
        // Values of one unit, written with the unit once at the end (4125.49,4143.91万元).
        if (list.length >= 2 && familyOf(list[list.length - 1]!)) values = list;
        k += list.length - 1;
      }
    }
  },
};

/** What {@link parallelChange} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const parallelChangeExamples: RuleExamples = {
  ok: [
    {
      text: '收、支总计各是4125.49,4143.91万元。与上年相比,收、支总计各减少1267.86,2570.97万元,各下降23.51%、38.29%。',
      findings: [{ rule: 'rate.change-amount', verdict: 'match', stated: '38.29' }],
    },
  ],
  notOk: [
    {
      text: '收、支总计各是4125.49,4143.91万元。与上年相比,收、支总计各减少1267.86,2570.97万元,各下降23.51%、38.28%。',
      findings: [{ rule: 'rate.change-amount', verdict: 'mismatch', stated: '38.28' }],
    },
  ],
};
