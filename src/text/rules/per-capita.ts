import type { Figure } from '../figures.js';
import { divQ, quantityOf } from '../interval.js';
import { type LineRecord, labelBefore } from '../lines.js';
import { newClaim } from './claims.js';
import { figuresIn, NEAR_WHOLE } from './find.js';
import { documentPopulation, rememberPopulations, yearBefore } from './population.js';
import type { RuleExamples, TextRule } from './types.js';
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
 * paragraph, or — when the paragraph states none — the population the document states for the
 * figure's year (`2011年,…耕地7.9万亩,人均1.5亩` over `截至2011年末…总人口57496人`, before it or a few
 * paragraphs after), or its one population; two different ones leave it unknown. Net income (人均纯收入)
 * is not total income over people, so income per head is checked
 * only against a total of the same name. When more than one total or head count could be meant, and
 * they disagree, nothing is called wrong.
 */
export const perCapita: TextRule = {
  name: 'per-capita',
  emits: ['per-capita.value'],
  summary: 'A per-person (人均) figure equals the named total over the stated head count.',
  check(ctx) {
    if (ctx.block.kind !== 'paragraph') return;
    const rec: LineRecord = ctx.block.line;
    const text = rec.text;
    if (!text.includes('人均') && !text.includes('户均')) {
      rememberPopulations(ctx.memory, rec);
      return;
    }
    for (const f of rec.figures) {
      if (!f.value || f.per || f.unit === '' || f.unit === '%') continue;
      const m = PER.exec(text.slice(Math.max(0, f.start - 14), f.start));
      if (!m) continue;
      let what = m[2]!.replace(/^(的|纯|可支配)/, '');
      if (/纯收入|可支配|净收入/.test(m[2]!)) continue;
      if (what === '') {
        // 有耕地7.9万亩,人均1.5亩: a bare 人均 divides the figure of its unit right before it.
        const prev = figuresIn(rec, Math.max(0, f.start - 40), f.start)
          .filter((t) => t.end <= f.start)
          .pop();
        const gap = prev ? text.slice(prev.end, f.start - m[0].length) : '';
        if (!prev || prev.unit !== f.unit || prev.every || prev.per || !/^\s*[,，]\s*$/.test(gap)) continue;
        what = labelBefore(text, prev.start).replace(/^.*?(?:有|共有|现有)/, '');
        if (what.length < 2) continue;
      }
      const households = m[1] === '户均';
      // Within the paragraph around the figure, and a few candidates at most: bounded work per figure.
      const near = figuresIn(rec, Math.max(0, f.start - NEAR_WHOLE), f.end + NEAR_WHOLE);
      // 人均财政收入 over 财政总收入: the total may say 总; a total so named is the whole, and the
      // others (地方财政收入, after 其中) its parts.
      const whole = `${what.slice(0, -2)}总${what.slice(-2)}`;
      let totals = near.filter(
        (t) =>
          t !== f &&
          t.unit === f.unit &&
          !t.every &&
          !t.per &&
          (labelBefore(text, t.start).includes(what) || labelBefore(text, t.start).includes(whole)),
      );
      if (what.length >= 3 && totals.some((t) => labelBefore(text, t.start).includes(whole)))
        totals = totals.filter((t) => labelBefore(text, t.start).includes(whole));
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
      // A profile states its population once (有乡村人口65人) and its 人均 figures paragraphs later:
      // the head count stated earlier, when the document has stated only one.
      // The year of the figure (2011年,…耕地7.9万亩,人均1.5亩) picks the population of that year.
      if (heads.length === 0) {
        const pop = documentPopulation(ctx, households, yearBefore(text, f.start));
        if (pop) {
          PLACED.set(pop.fig, pop.rec);
          heads.push(pop.fig);
        }
      }
      if (totals.length === 0 || heads.length === 0) continue;
      const readings = totals.slice(-3).flatMap((t) =>
        heads.slice(0, 3).map((h) => ({
          value: divide(t, h),
          operands: [{ fig: t, rec, label: labelBefore(text, t.start) }, placedHead(h, rec)] as Placed[],
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
    rememberPopulations(ctx.memory, rec);
  },
};

/** What {@link perCapita} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const perCapitaExamples: RuleExamples = {
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
    // A bare 人均 divides the figure before it; the year picks the population of that year, stated
    // in the paragraph after, not the 2018 one stated before.
    {
      text: '截至2018年末,全乡户籍人口为64235人。\n2011年,全乡有耕地7.9万亩,人均1.5亩。\n截至2011年末,全乡总人口有57496人,其中城镇常住人口4220人。',
      findings: [{ rule: 'per-capita.value', verdict: 'mismatch', stated: '1.5', expected: '1.4' }],
    },
    // 人均财政收入 over the 财政总收入, not the 地方财政收入 that is part of it.
    {
      text: '2011年末,全镇总人口27041人。\n2017年,全镇常住人口23809人。\n2011年,全镇财政总收入674.29万元,其中地方财政收入338.67万元。人均财政收入245元。',
      findings: [{ rule: 'per-capita.value', verdict: 'mismatch', stated: '245', expected: '249' }],
    },
  ],
};

// A head count placed on the line it was read from (this paragraph or an earlier one).
const PLACED = new WeakMap<Figure, LineRecord>();

function placedHead(h: Figure, rec: LineRecord): Placed {
  const at = PLACED.get(h) ?? rec;
  return { fig: h, rec: at, label: labelBefore(at.text, h.start) };
}
