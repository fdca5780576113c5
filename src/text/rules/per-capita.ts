import type { Figure } from '../figures.js';
import { divQ, quantityOf } from '../interval.js';
import { type LineRecord, labelBefore } from '../lines.js';
import { newClaim } from './claims.js';
import { figuresIn, NEAR_WHOLE } from './find.js';
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
 * paragraph, or — when the paragraph states none — the one population the document stated before
 * (a profile's 有乡村人口65人 paragraphs earlier; two different ones leave it unknown). Net income (人均纯收入) is not total income over people, so income per head is checked
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
      remember(ctx.memory, rec);
      return;
    }
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
      // A profile states its population once (有乡村人口65人) and its 人均 figures paragraphs later:
      // the head count stated earlier, when the document has stated only one.
      if (heads.length === 0) heads.push(...onlyHeadCount(ctx.memory, households));
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
    remember(ctx.memory, rec);
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
  ],
};

const MEMORY = 'per-capita:heads';
// 农业人口, 劳动力, 男性人口: a part of the population, not the whole the profile divides by.
const PART_OF_POPULATION = /农业|非农|劳动|男|女|流动|外出|少数民族|贫困|[0-9]岁|以上|以下|学生|党员|干部/;
const MAX_HEADS = 8;

interface Remembered {
  fig: Figure;
  rec: LineRecord;
  households: boolean;
}

/** Head counts and households a paragraph states as the whole population (有农户17户，人口65人). */
function remember(memory: Map<string, unknown>, rec: LineRecord): void {
  let seen = memory.get(MEMORY) as Remembered[] | undefined;
  for (const p of rec.figures) {
    if (!p.value || p.every || p.per || p.approx) continue;
    const households = p.unit === '户';
    if (!households && p.unit !== '人') continue;
    const label = labelBefore(rec.text, p.start);
    const words = households ? /农户|总户数|户数|住户/ : /人口/;
    if (!words.test(label) || PART_OF_POPULATION.test(label.slice(-6))) continue;
    if (!seen) {
      seen = [];
      memory.set(MEMORY, seen);
    }
    if (seen.length < MAX_HEADS) seen.push({ fig: p, rec, households });
  }
}

// A head count placed on the line it was read from (this paragraph or an earlier one).
const PLACED = new WeakMap<Figure, LineRecord>();

/**
 * The document's head count (or households) stated before, when every statement of it so far gives
 * the same number; two different populations (a county's and a township's) leave it unknown.
 */
function onlyHeadCount(memory: Map<string, unknown>, households: boolean): Figure[] {
  const seen = ((memory.get(MEMORY) as Remembered[] | undefined) ?? []).filter(
    (r) => r.households === households,
  );
  if (seen.length === 0 || seen.length >= MAX_HEADS) return [];
  const first = seen[0]!;
  if (!seen.every((r) => r.fig.value!.eq(first.fig.value!))) return [];
  PLACED.set(first.fig, first.rec);
  return [first.fig];
}

function placedHead(h: Figure, rec: LineRecord): Placed {
  const at = PLACED.get(h) ?? rec;
  return { fig: h, rec: at, label: labelBefore(at.text, h.start) };
}
