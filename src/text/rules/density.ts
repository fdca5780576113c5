import type { Figure } from '../figures.js';
import { divQ, quantityOf } from '../interval.js';
import { type LineRecord, labelBefore } from '../lines.js';
import { newClaim } from './claims.js';
import {
  documentPopulation,
  type Population,
  populationsIn,
  rememberPopulations,
  uniform,
  yearBefore,
} from './population.js';
import type { RuleContext, RuleExamples, TextRule } from './types.js';
import { decide } from './verdict.js';

// 人口密度为每平方千米169人, 人口密度48人/平方公里.
const DENSITY = /人口密度(?:为|是|达|达到|约)?\s*(?:每平方(?:千米|公里))?\s*$/;
const AREA_UNITS = new Set(['平方公里', '平方千米']);
// 耕地面积, 建成区面积, 水域面积: a part of the land, not the area the population lives on.
const PART_OF_AREA = /耕地|林地|草地|水域|水面|建成区|城区|山地|森林|绿地|湿地|园地|流域|保护区|核心区|规划/;
const AREAS = 'density:areas';
const MAX_AREAS = 6;

interface Area {
  fig: Figure;
  rec: LineRecord;
}

/** The whole areas a paragraph states (总面积39.29平方千米, 国土面积561.38平方公里). */
function areasIn(rec: LineRecord): Area[] {
  const out: Area[] = [];
  for (const f of rec.figures) {
    if (!AREA_UNITS.has(f.unit) || !f.value || f.every || f.per || f.approx) continue;
    const label = labelBefore(rec.text, f.start);
    if (!/面积/.test(label) || PART_OF_AREA.test(label)) continue;
    out.push({ fig: f, rec });
  }
  return out;
}

function remember(ctx: RuleContext, rec: LineRecord): void {
  rememberPopulations(ctx.memory, rec);
  const found = areasIn(rec);
  if (found.length === 0) return;
  let seen = ctx.memory.get(AREAS) as Area[] | undefined;
  if (!seen) {
    seen = [];
    ctx.memory.set(AREAS, seen);
  }
  for (const a of found) if (seen.length < MAX_AREAS) seen.push(a);
}

/**
 * `density.value`: a population density (`人口密度为每平方千米169人`, `人口密度48人/平方公里`) against the
 * population over the area the document states. The population is the one its paragraph states for
 * the density's year, else the document's for that year; the area is the document's total area
 * (总面积, 国土面积), stated once or always alike. Any doubt about either — two populations, two areas —
 * and nothing is checked.
 */
export const density: TextRule = {
  name: 'density',
  emits: ['density.value'],
  summary: 'A population density equals the stated population over the stated area.',
  check(ctx) {
    if (ctx.block.kind !== 'paragraph') return;
    const rec = ctx.block.line;
    const text = rec.text;
    if (!text.includes('密度')) {
      remember(ctx, rec);
      return;
    }
    remember(ctx, rec);
    const areas = (ctx.memory.get(AREAS) as Area[] | undefined) ?? [];
    for (const f of rec.figures) {
      if (f.unit !== '人' || !f.value || f.approx || (f.per !== '' && !AREA_UNITS.has(f.per))) continue;
      const m = DENSITY.exec(text.slice(Math.max(0, f.start - 16), f.start));
      if (!m || (f.per === '' && !m[0].includes('每平方'))) continue;
      if (areas.length === 0 || areas.length >= MAX_AREAS) continue;
      const area = uniform(areas);
      if (!area) continue;
      const year = yearBefore(text, f.start);
      const own = populationsIn(rec, 0, f.start).filter((p) => !p.households && (!year || p.year === year));
      const pop: Population | undefined =
        own.length > 0 ? uniform(own) : documentPopulation(ctx, false, year);
      if (!pop) continue;
      const p = quantityOf(pop.fig, true);
      const a = quantityOf(area.fig, true);
      if (!p || !a) continue;
      const claim = newClaim('density', 'density.value', rec, f.start - m[0].length, f);
      decide(claim, f, true, [
        {
          value: divQ(p, a),
          operands: [
            { fig: pop.fig, rec: pop.rec, label: labelBefore(pop.rec.text, pop.fig.start) },
            { fig: area.fig, rec: area.rec, label: labelBefore(area.rec.text, area.fig.start) },
          ],
          how: `${pop.fig.text} over ${area.fig.text}`,
        },
      ]);
      ctx.claim(claim);
    }
  },
};

/** What {@link density} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const densityExamples: RuleExamples = {
  ok: [
    {
      text: '全乡国土面积561.38平方公里。现有常住户数6402户、人口27063人,人口密度为每平方公里48人。',
      findings: [{ rule: 'density.value', verdict: 'match', stated: '48', expected: '48' }],
    },
  ],
  notOk: [
    {
      text: '行政区域总面积39.29平方千米。\n2011年末,全乡总人口6864人,其中城镇常住人口819人。人口密度为每平方千米169人。',
      findings: [{ rule: 'density.value', verdict: 'mismatch', stated: '169', expected: '175' }],
    },
  ],
};
