import { exact } from '../interval.js';
import { labelBefore } from '../lines.js';
import { newClaim } from './claims.js';
import type { RuleExamples, TextRule } from './types.js';
import { decide } from './verdict.js';

// 每个赛区1至6名: the places each unit gives, as a range of ranks.
const EACH = /每(?:个|一个|一)?\s*([\u4e00-\u9fff]{1,4}?)\s*(?:第|前)?\s*$/;
// …,12个赛区共计72人: how many units, and the places stated for all of them.
const ALL = /^\s*[,，、;；]?\s*(?:全部|全|共有|共)?\s*$/;
const TOTAL = /^\s*([\u4e00-\u9fff]{1,4}?)\s*(?:共计|合计|总计|共|计)\s*$/;

/**
 * `product.ranks`: places given by rank in each of several units, and the places of all of them
 * (`每个赛区1至6名,12个赛区共计72人`): ranks 1 to 6 are 6 places a unit, so 12 units give 72. The
 * unit is named on both sides (赛区 … 赛区); ranks are whole, so the check is exact.
 */
export const rankRange: TextRule = {
  name: 'rank-range',
  emits: ['product.ranks'],
  summary: 'Places by rank range in each unit, times the units, equal the places stated for all.',
  check(ctx) {
    if (ctx.block.kind !== 'paragraph') return;
    const rec = ctx.block.line;
    const text = rec.text;
    if (!text.includes('每')) return;
    const figs = rec.figures;
    for (let k = 0; k + 2 < figs.length; k++) {
      const r = figs[k]!;
      if (r.approx !== 'range' || (r.unit !== '名' && r.unit !== '人') || !r.value || !r.high) continue;
      const each = EACH.exec(text.slice(Math.max(0, r.start - 10), r.start));
      if (!each) continue;
      const unit = each[1]!;
      const units = figs[k + 1]!;
      const total = figs[k + 2]!;
      if (units.unit !== '个' || !units.value || units.approx || !ALL.test(text.slice(r.end, units.start)))
        continue;
      const named = TOTAL.exec(text.slice(units.end, total.start));
      if (!named || named[1] !== unit || (total.unit !== '人' && total.unit !== '名') || !total.value)
        continue;
      if (total.approx || r.high.lt(r.value) || !r.value.isInteger() || !r.high.isInteger()) continue;
      const places = r.high.minus(r.value).plus(1);
      const claim = newClaim('product', 'product.ranks', rec, r.start, total);
      decide(claim, total, true, [
        {
          value: exact(places.times(units.value)),
          operands: [
            { fig: r, rec, label: labelBefore(text, r.start) },
            { fig: units, rec, label: unit },
          ],
          how: `${places.toString()} places a ${unit} (ranks ${r.value.toString()} to ${r.high.toString()}) times ${units.value.toString()}`,
        },
      ]);
      ctx.claim(claim);
    }
  },
};

/** What {@link rankRange} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const rankRangeExamples: RuleExamples = {
  ok: [
    {
      text: '一等奖15%(每个赛区1至6名,12个赛区共计72人为一等奖)、二等奖25%(每个赛区7到16名,12个赛区共计120人为二等奖)。',
      findings: [
        { rule: 'product.ranks', verdict: 'match', stated: '72', expected: '72' },
        { rule: 'product.ranks', verdict: 'match', stated: '120', expected: '120' },
      ],
    },
    // Another unit on the other side: nothing is multiplied.
    { text: '每个赛区1至6名,12个省份共计72人。', findings: [] },
  ],
  notOk: [
    {
      text: '三等奖30%(每个赛区17到29名,12个赛区共计150人为三等奖)。',
      findings: [{ rule: 'product.ranks', verdict: 'mismatch', stated: '150', expected: '156' }],
    },
  ],
};
