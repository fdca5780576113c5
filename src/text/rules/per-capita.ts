import type { Figure } from '../figures.js';
import { divQ, quantityOf } from '../interval.js';
import { type LineRecord, labelBefore } from '../lines.js';
import { newClaim } from './claims.js';
import { figuresIn, NEAR_WHOLE } from './find.js';
import type { TextRule } from './types.js';
import { decide, type Placed } from './verdict.js';

// 人均耕地1.39亩, 人均收入3575元, 户均…: the word after 人均 names what is divided.
const PER = /(人均|户均)([\u4e00-\u9fff]{0,8}?)(?:为|达|达到|约|是)?\s*$/;
const POPULATION = /人口|总人数|全村|全乡|全镇|户籍|常住|居民|职工|学生|人员|共有/;
const HOUSEHOLDS = /农户|户数|住户|家庭|共有|全村/;

function divide(total: Figure, by: Figure) {
  const t = quantityOf(total, true);
  const b = quantityOf(by, true);
  return t && b ? divQ(t, b) : undefined;
}

/**
 * `per-capita.value`: a per-person (人均) or per-household (户均) figure against the total its words
 * name (人均耕地 → 耕地192.56亩) over the head count (人口138人) or households stated in the same
 * paragraph. Net income (人均纯收入) is not total income over people, so income per head is checked
 * only against a total of the same name. When more than one total or head count could be meant, and
 * they disagree, nothing is called wrong.
 */
export const perCapita: TextRule = {
  name: 'per-capita',
  emits: ['per-capita.value'],
  summary: 'A per-person (人均) figure equals the named total over the stated head count.',
  ok: [
    {
      text: '有耕地192.56亩,其中人均耕地1.40亩;全村有乡村人口138人。',
      findings: [{ rule: 'per-capita.value', verdict: 'match', stated: '1.4', expected: '1.4' }],
    },
  ],
  notOk: [
    {
      text: '有耕地192.56亩,其中人均耕地1.39亩;全村有乡村人口138人。',
      findings: [{ rule: 'per-capita.value', verdict: 'mismatch', stated: '1.39', expected: '1.4' }],
    },
  ],
  check(ctx) {
    if (ctx.block.kind !== 'paragraph') return;
    const rec: LineRecord = ctx.block.line;
    const text = rec.text;
    if (!text.includes('人均') && !text.includes('户均')) return;
    for (const f of rec.figures) {
      if (!f.value || f.per || f.unit === '' || f.unit === '%') continue;
      const m = PER.exec(text.slice(Math.max(0, f.start - 14), f.start));
      if (!m) continue;
      const what = m[2]!.replace(/^(的|纯|可支配)/, '');
      if (what.length < 1 || /纯收入|可支配|净收入/.test(m[2]!)) continue;
      const households = m[1] === '户均';
      // Within the paragraph around the figure, and a few candidates at most: bounded work per figure.
      const near = figuresIn(rec, Math.max(0, f.start - NEAR_WHOLE), f.end + NEAR_WHOLE);
      const totals = near.filter(
        (t) =>
          t !== f && t.unit === f.unit && !t.every && !t.per && labelBefore(text, t.start).includes(what),
      );
      const heads = near.filter(
        (p) =>
          p !== f &&
          (households ? p.unit === '户' : p.unit === '人' || p.unit === '名') &&
          !p.every &&
          (households ? HOUSEHOLDS : POPULATION).test(labelBefore(text, p.start)),
      );
      if (heads.length === 0 && !households) {
        // The paragraph's only head count (562户2462人) is its population.
        const people = near.filter(
          (p) => p !== f && (p.unit === '人' || p.unit === '名') && !p.every && !p.per,
        );
        if (people.length === 1) heads.push(people[0]!);
      }
      if (totals.length === 0 || heads.length === 0) continue;
      const readings = totals.slice(-3).flatMap((t) =>
        heads.slice(0, 3).map((h) => ({
          value: divide(t, h),
          operands: [
            { fig: t, rec, label: labelBefore(text, t.start) },
            { fig: h, rec, label: labelBefore(text, h.start) },
          ] as Placed[],
          how: `${t.text} over ${h.text}`,
        })),
      );
      const claim = newClaim('per-capita', 'per-capita.value', rec, f.start - m[0].length, f);
      decide(claim, f, true, readings);
      const values = new Set(readings.map((r) => r.value?.value.toFixed(6)));
      if (claim.verdict === 'mismatch' && values.size > 1) {
        claim.verdict = 'uncheckable';
        claim.reason = `the total or the head count could be any of ${readings.map((r) => r.how).join('; ')}`;
        delete claim.difference;
      }
      ctx.claim(claim);
    }
  },
};
