import { Dec } from '../../decimal/dec.js';
import type { Figure } from '../figures.js';
import { type Quantity, quantityOf, shareQ } from '../interval.js';
import { type LineRecord, labelBefore, pointAt } from '../lines.js';
import { newClaim } from './claims.js';
import { complementary } from './complements.js';
import { clippedSentence, figuresIn, NEAR_WHOLE } from './find.js';
import type { RuleExamples, TextRule } from './types.js';
import { familyOf } from './units.js';
import { decide, type Reading } from './verdict.js';

/** Shares this rule has judged against a stated whole: other rules leave them alone. */
export const judgedShares = new WeakSet<Figure>();

// 占…的X%, 占…比重X%, 占比X%: the whole is named between 占 and the figure.
const SHARE = /占(?:到)?([^,，。;；%占]{0,24}?)(?:的|之)?(?:比重|比例|份额)?(?:为|达|达到|约)?\s*$/;
// 完成预算的68.68%, 完成年初预算的96%: a completion rate is the result over the plan it names.
const COMPLETES =
  /(?:完成|达到|占)(年初预算|全年预算|调整预算|预算|年度计划|全年计划|计划|全年任务|年度任务|任务|目标)(?:数)?的\s*$/;

// The gap before the next value of a series: ,增加到1978年的 / ,2011年达到.
const SERIES =
  /^\s*[,，]?\s*(?:又|再)?(?:增加|增长|提高|上升|发展|下降|减少|降低)?(?:到|至)?\s*\d{4}年(?:末|底)?(?:的|达到|达|为|增加到|增长到|提高到)?\s*$/;

/** A figure that states a whole's amount: not a rate, not a percentage. */
const TIME_UNITS = new Set(['岁', '周岁', '年', '月', '日', '周', '小时', '分钟']);
export const isAmount = (f: Figure): boolean =>
  familyOf(f) !== undefined && !f.every && f.approx !== 'range' && !TIME_UNITS.has(f.unit);

function sameFamily(a: Figure, b: Figure): boolean {
  return familyOf(a) === familyOf(b);
}

/**
 * Candidates for the whole a share names: figures in the paragraph before the share whose label
 * contains the name (年度计划 → 年度计划投资52.4亿元), or, for 总数/总额/合计/全部, the figure a
 * total word (共, 总, 合计) introduces.
 */
export function wholes(rec: LineRecord, name: string, part: Figure, before: number): Figure[] {
  const from = Math.max(0, before - NEAR_WHOLE);
  const out: Figure[] = [];
  const generic =
    name === '' || /^(总数|总量|总额|总计|合计|全部|总|总体|总人数|总金额|全年|年度)$/.test(name);
  // 农户总数 is what 全村有农户40户 counts: the name without its 总数.
  const core = name.replace(/(?:总数|总量|总额|总人数|总户数|总面积)$/, '');
  // 总支出, 总收入: the name without its 总, when it names a kind of amount.
  const whole = /^总(?:支出|收入|投资|经费|费用|成本|产值)$/.test(name) ? name.slice(1) : '';
  // Figures only the name without its 总数 fits, wanted only when none fits the whole name.
  const loose: Figure[] = [];
  let last: Figure | undefined;
  for (const f of figuresIn(rec, from, before)) {
    if (f.end > before || f === part || !isAmount(f) || !sameFamily(f, part)) continue;
    const label = labelBefore(rec.text, f.start);
    const head = rec.text.slice(Math.max(0, f.start - 12), f.start);
    const named = out.length > 0 && out[out.length - 1] === last;
    last = f;
    // 湖北生源共有1733人,占比24.05%: a figure stated as a share of something is a part, and the whole of
    // a later share only through a 其中 (共66人,占1.0%。其中畲族41人,…;苗族6人,占9.1%).
    if (
      /^\s*[,，]?\s*占/.test(rec.text.slice(f.end, f.end + 4)) &&
      !rec.text.slice(f.end, part.start).includes('其中')
    )
      continue;
    if (generic) {
      // 中共党员256名, 公共服务: 共 in a name is no total.
      if (/((?<![中公])共(?![产青建享同])|总计|合计|总共|总数|总额|共有|总)[^,，。]{0,8}$/.test(head))
        out.push(f);
    } else if (
      name.length >= 2 &&
      (label.includes(name) || (label.length >= 2 && name.includes(label)) || head.includes(name))
    )
      out.push(f);
    // 农业总产值从1949年的96.2万元,增加到1978年的268.2万元,2011年达到9515万元: a series of one
    // quantity in other years.
    else if (named && SERIES.test(rec.text.slice(out[out.length - 1]!.end, f.start))) out.push(f);
    else if (!generic && core !== name && core.length >= 2 && label.endsWith(core)) loose.push(f);
    // 占总支出92% of 支出预算842.79万元: the whole 总X is the figure named X预算 (决算, 合计 …), or X alone;
    // 基本支出 and 项目支出 are its parts.
    else if (
      whole !== '' &&
      (label === whole ||
        new RegExp(`${whole}(?:预算|决算|总额|合计|总计|总数)(?:数|额)?(?:为|是|达)?$`).test(label))
    )
      loose.push(f);
  }
  if (out.length > 0) return out;
  // 女运动员298人、男运动员133人 …占运动员总数的32.02%: two figures that split the 运动员 between them
  // are its parts, neither of them its total.
  const labelOf = (f: Figure) => labelBefore(rec.text, f.start);
  return loose.filter((f) => !loose.some((g) => g !== f && complementary(labelOf(f), labelOf(g))));
}

/**
 * `percent.share`: a part stated as a share of a whole that the text names and states
 * (`年度计划投资52.4亿元,1-9月完成投资21.3亿元,占年度计划的44.6%`). The part is the figure right before
 * 占 in its sentence; the whole is the figure whose label the share names. Every figure stands for
 * the interval its written digits allow. When the whole is not stated, or two candidates disagree,
 * nothing is reported as wrong.
 */
export const share: TextRule = {
  name: 'share',
  emits: ['percent.share'],
  summary: 'A share (占…%) equals its part over the whole it names.',
  check(ctx) {
    if (ctx.block.kind !== 'paragraph') return;
    const rec = ctx.block.line;
    const text = rec.text;
    if ((!text.includes('占') && !text.includes('完成') && !text.includes('达到')) || !text.includes('%'))
      return;
    // Wholes already found for a name in this paragraph: a later share of the same 承办总数, in
    // another sentence, is of the same whole.
    const known = new Map<string, { fig: Figure; rec: LineRecord }>();
    // The parts of the shares read so far: 基本支出 … 占总支出92%;项目支出 … 占总支出8% — the first part is
    // the second's sibling, never its whole.
    const parts = new Set<Figure>();
    for (const pct of rec.figures) {
      if (pct.unit !== '%' || pct.approx === 'range') continue;
      const sent = clippedSentence(rec, pct.start);
      if (!sent) continue;
      const head = text.slice(sent.start, pct.start);
      const m = COMPLETES.exec(head) ?? SHARE.exec(head);
      if (!m) continue;
      const zhan = sent.start + m.index;
      // 分别占 A% 和 B%: several shares for several parts, paired by order; not read here.
      if (/分别$/.test(text.slice(Math.max(0, zhan - 2), zhan))) continue;
      // The part: the last amount before 占 in the same sentence.
      let part: Figure | undefined;
      for (const f of figuresIn(rec, sent.start, zhan)) {
        if (f.start < sent.start || f.end > zhan) continue;
        // A share between a figure and this 占 already took that figure as its part.
        // Another share of it (占调整预算100.93%,占一般公共预算收入的48.51%), or its change right after
        // it (572.5亿元、增长4.2%,占全市…), leaves it the part.
        if (f.unit === '%') {
          const chained =
            part !== undefined &&
            f.start - part.end <= 30 &&
            SHARE_BEFORE.test(text.slice(part.end, f.start)) &&
            /^\s*[,，]\s*$/.test(text.slice(f.end, zhan));
          if (!chained) part = undefined;
        } else if (isAmount(f)) part = f;
      }
      // 202名村党组织书记中,…: the figure the sentence opens with is the whole, not the part.
      if (part && /^[^，,。；;:：]{0,20}?中\s*[,，:：]/.test(text.slice(part.end, part.end + 24)))
        part = undefined;
      if (!part) {
        // 202名村党组织书记中,大专及以上学历的占48.2%: no part is stated, but it is a whole number of
        // the people the sentence counts, and not every share is one.
        const c = countsShare(rec, sent.start, zhan, pct, m[1]!.trim());
        if (c) {
          judgedShares.add(pct);
          ctx.claim(c);
        }
        continue;
      }
      const name = m[1]!.trim();
      // 完成预算的96%: the plan is the item's own, stated in its sentence (…预算为22.96万元,决算为15.81万元),
      // never another item's 预算 from the paragraph.
      const completes = m[0].startsWith('完成') || m[0].startsWith('达到');
      // The item's stretch: from the last ；or 其中 before its figure (…其中:公务接待费决算为0.30万元,完成…).
      let own = sent.start;
      if (completes) {
        const from = Math.max(sent.start, part.start - 400);
        const head = text.slice(from, part.start);
        own =
          from +
          Math.max(0, head.lastIndexOf('；') + 1, head.lastIndexOf(';') + 1, head.lastIndexOf('其中') + 2);
      }
      let cands = wholes(rec, name, part, zhan)
        .filter((w) => w !== part && (!completes || w.start >= own))
        .map((fig) => ({ fig, rec }));
      if (cands.length === 0 && (name === '' || TOTAL_NAME.test(name))) {
        // 在新当选的394名代表中,各行业的基层代表128名,占选出代表总数的32.4%: the whole the sentence
        // opens with.
        const w = amongWhole(rec, sent.start, part, name);
        if (w) cands = [{ fig: w, rec }];
      }
      if (cands.length === 0 && TOTAL_NAME.test(name)) {
        // 代表建议93件,其中财政经济方面25件,占承办总数的26.8%: a share of "the total" inside an
        // enumeration is a share of the whole the enumeration opened with.
        const w = enumerationWhole(rec, sent.start, part);
        if (w) cands = [{ fig: w, rec }];
      }
      if (cands.length === 0 && name !== '' && !completes) {
        // The whole may be stated a few lines up (基本支出 911000.39 元 … 占基本支出预算18.76%).
        const seen = new Set<LineRecord>([rec]);
        let n = 0;
        for (const seg of ctx.segmentsBefore(ctx.block.segments[0]!)) {
          if (seen.has(seg.line)) continue;
          seen.add(seg.line);
          if (++n > 8) break;
          const found = wholes(seg.line, name, part, seg.line.text.length).map((fig) => ({
            fig,
            rec: seg.line,
          }));
          if (found.length) {
            cands = found;
            break;
          }
        }
      }
      const remembered = known.get(name);
      if (cands.length === 0 && remembered && !completes) cands = [remembered];
      if (cands.length === 0) continue;
      // A whole smaller than its part (the 1949 value of a series) is not the whole a share of at
      // most 100% names; when others remain, they are the candidates.
      const stated = quantityOf(pct, true);
      const partQ = quantityOf(part, true);
      if (stated?.hi.lte(100) && partQ && cands.length > 1) {
        const fit = cands.filter((w) => {
          const q = quantityOf(w.fig, true);
          return !q || q.hi.gte(partQ.lo);
        });
        if (fit.length > 0) cands = fit;
      }
      if (name.length >= 2 && !remembered && new Set(cands.map((c) => c.fig.value?.toFixed())).size === 1)
        known.set(name, cands[0]!);
      const readings: Reading[] = cands.map((w) => ({
        value: shareOf(part!, w.fig),
        operands: [
          { fig: part!, rec, label: labelBefore(text, part!.start) },
          { fig: w.fig, rec: w.rec, label: labelBefore(w.rec.text, w.fig.start) },
        ],
        how: `${labelBefore(text, part!.start) || 'the part'} over ${labelBefore(w.rec.text, w.fig.start) || 'the whole'}`,
      }));
      const claim = newClaim('percent-share', 'percent.share', rec, zhan, pct);
      judgedShares.add(pct);
      parts.add(part);
      decide(claim, pct, true, readings);
      if (claim.verdict === 'mismatch') {
        const s = quantityOf(pct, true);
        const got = readings[0]?.value;
        // 占纯收入的69.2% over a whole smaller than the part: the figure found is not the whole.
        if (s && got && s.hi.lte(100) && got.lo.gt(100)) {
          claim.verdict = 'uncheckable';
          claim.reason = 'the whole found is smaller than the part: it cannot be the one the share names';
          delete claim.difference;
        } else if (
          labelBefore(text, part.start).trim() === '' &&
          /[。；;]\s*$/.test(text.slice(Math.max(0, part.start - 3), part.start))
        ) {
          // …。552人,占总人口的5.73%: a part nobody names (the text before it was lost) proves nothing.
          claim.verdict = 'uncheckable';
          claim.reason = 'the part is not named: the text before it may be lost';
          delete claim.difference;
        }
      }
      if (claim.verdict === 'mismatch') {
        // Another figure of the sentence as the whole: if it fits, the text is read two ways.
        const named = new Set(cands.map((c) => c.fig));
        // Any figure of the paragraph before it may be meant (…立案799件。其中:…提案290件,占36.3%).
        const others = figuresIn(rec, Math.max(0, zhan - NEAR_WHOLE), zhan).filter(
          (f) =>
            f.end <= zhan &&
            f !== part &&
            !named.has(f) &&
            !parts.has(f) &&
            isAmount(f) &&
            sameFamily(f, part!),
        );
        const fits = others.find((w) => {
          const q = shareOf(part!, w);
          const s = quantityOf(pct, true);
          return q && s && q.lo.lte(s.hi) && s.lo.lte(q.hi);
        });
        if (fits) {
          claim.verdict = 'uncheckable';
          claim.reason = `over the named whole the share is ${claim.expected}; over ${fits.text} it fits`;
          delete claim.difference;
        }
      }
      const distinct = new Set(cands.map((c) => c.fig.value?.toFixed() ?? '?'));
      if (claim.verdict === 'mismatch' && distinct.size > 1) {
        claim.verdict = 'uncheckable';
        claim.reason = `the whole could be any of ${cands.map((c) => c.fig.text).join(', ')}`;
        delete claim.difference;
      }
      ctx.claim(claim);
    }
  },
};

/** What {@link share} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const shareExamples: RuleExamples = {
  ok: [
    // 女运动员 and 男运动员 split the 运动员: neither is their total.
    {
      text: '代表团共777人,包括女运动员298人、男运动员133人,参加过奥运会的有138人,占运动员总数的32.02%。',
      findings: [],
    },
    // 1733 is itself a share of the freshmen: not the whole of the 910.
    {
      text: '本届新生共7206人。湖北生源共有1733人,占比24.05%,其次是河南。少数民族新生有910人,占12.63%。',
      findings: [],
    },
    {
      text: '300名社区书记中,本科学历的占48.3%。',
      findings: [{ rule: 'percent.share', verdict: 'match', stated: '48.3' }],
    },
    // 占总数 names a total stated before, not the ones the sentence picks out.
    {
      text: '共收到申请10件。在已经答复的9件申请中,同意公开的7件,占总数的70%。',
      findings: [{ rule: 'percent.share', verdict: 'match', stated: '70', expected: '70' }],
    },
    {
      text: '共本局政府信息91条。其中:政策法规栏目信息13条,占总数的14.3%',
      findings: [{ rule: 'percent.share', verdict: 'match', stated: '14.3', expected: '14.3' }],
    },
    // Two shares of one part, the first of a whole the text never states.
    {
      text: '一般公共预算收入完成1200万元,其中:税务部门完成900万元,占调整预算102.5%,占一般公共预算收入的75%。',
      findings: [{ rule: 'percent.share', verdict: 'match', stated: '75', expected: '75' }],
    },
  ],
  notOk: [
    {
      text: '年度计划投资52.4亿元,1-9月完成投资21.3亿元,占年度计划的44.6%',
      findings: [{ rule: 'percent.share', verdict: 'mismatch', stated: '44.6', expected: '40.6' }],
    },
    {
      text: '"三公"经费支出预算为22.96万元,支出决算为15.81万元,完成预算的68.68%。',
      findings: [{ rule: 'percent.share', verdict: 'mismatch', stated: '68.68', expected: '68.86' }],
    },
    // The second sentence names the whole the first one found: 承办总数 is still the 93.
    {
      text: '代表建议93件,其中财政经济方面25件,占承办总数的26.9%。从办理情况来看,已经解决的(A类)54件,占承办总数的58.07%。',
      findings: [
        { rule: 'percent.share', verdict: 'match', stated: '26.9', expected: '26.9' },
        { rule: 'percent.share', verdict: 'mismatch', stated: '58.07', expected: '58.06' },
      ],
    },
    {
      text: '全年受理投诉64件,其中物业管理方面17件,占投诉总数的27.5%;交通出行方面16件,占投诉总数的25%。',
      findings: [{ rule: 'percent.share', verdict: 'mismatch', stated: '27.5', expected: '26.5625' }],
    },
    {
      text: '一般公共预算收入完成1200万元,其中:税务部门完成900万元,占调整预算102.5%,占一般公共预算收入的57%。',
      findings: [{ rule: 'percent.share', verdict: 'mismatch', stated: '57', expected: '75' }],
    },
    // 总支出 is the 支出预算; 基本支出 is a part of it, not its whole, nor the whole of its sibling.
    {
      text: '本单位支出预算842.79万元。其中,基本支出781.93万元,占总支出92%;项目支出60.86万元,占总支出8%。',
      findings: [
        { rule: 'percent.share', verdict: 'mismatch', stated: '92', expected: '93' },
        { rule: 'percent.share', verdict: 'mismatch', stated: '8', expected: '7' },
      ],
    },
    // No part is stated, and no whole number of the 202 gives the share.
    {
      text: '202名村党组织书记中,大专及以上学历的占48.2%。',
      findings: [{ rule: 'percent.share', verdict: 'mismatch', stated: '48.2' }],
    },
    // 中共党员 names no total: the whole is still the 总数.
    {
      text: '委员总数643名。其中,中共党员256名,占39.81%;非中共党员387名,占60.19%;无党派人士58名,占9.01%。',
      findings: [{ rule: 'percent.share', verdict: 'mismatch', stated: '9.01', expected: '9.02' }],
    },
    // The whole the sentence opens with (在…中), named by what it counts.
    {
      text: '在新当选的394名代表中,基层代表128名,占选出代表总数的32.4%;妇女代表77名,占19.5%。',
      findings: [{ rule: 'percent.share', verdict: 'mismatch', stated: '32.4', expected: '32.5' }],
    },
    // The whole named two lines up is a series of years: the values smaller than the part are not it.
    {
      text: '农业总产值从1949年的96.2万元,增加到1978年的268.2万元,2011年达到9515万元。\n粮食作物以水稻为主。\n畜牧业总产值3108万元,占农业总产值的2.7%。',
      findings: [{ rule: 'percent.share', verdict: 'mismatch', stated: '2.7', expected: '32.7' }],
    },
    {
      text: '全市生产总值1000亿元,增长6%。分区域看:市区生产总值400亿元、增长4.2%,占全市生产总值42%。',
      findings: [{ rule: 'percent.share', verdict: 'mismatch', stated: '42', expected: '40' }],
    },
  ],
};

// A figure stated as a share, right before it: 占调整预算 (100.93%).
// Or its change (572.5亿元、增长4.2%,占全市生产总值45.2%): the figure stays the subject.
const SHARE_BEFORE =
  /(?:[,，]\s*占[^,，。;；%占]{0,24}|^[,，、]?\s*(?:同比|比上年|比去年)?(?:增长|下降|增加|减少|提高|降低|上升)了?)$/;

// A name that only says "the total" of something: 承办总数, 农户总数, 总人数.
const TOTAL_NAME = /(总数|总量|总额|总人数|总户数|总和)$/;

/**
 * A share of a head count the sentence opens with (`202名村党组织书记中,…占48.2%`) whose part is not
 * stated: some whole number of the people must give it. A claim that no number of them does, or that
 * one does; undefined when the whole is not an exact count of people.
 */
function countsShare(rec: LineRecord, sentStart: number, zhan: number, pct: Figure, name: string) {
  if (!pct.value || pct.value.gt(100) || name !== '') return undefined;
  let whole: Figure | undefined;
  for (const f of figuresIn(rec, sentStart, zhan)) {
    if (f.start < sentStart || f.end > zhan) continue;
    if (familyOf(f) !== 'people' || f.approx || f.scale !== 0 || f.places !== 0 || !f.value?.gt(0)) continue;
    const after = /^[^，,。；;:：]{0,20}?中\s*[,，:：]/.exec(rec.text.slice(f.end, f.end + 24));
    if (after && f.end + after[0].length <= zhan) whole = f;
  }
  // Anything else counted between the whole and the share may be the part.
  if (!whole || figuresIn(rec, whole.end, zhan).some((f) => f.end <= zhan && familyOf(f))) return undefined;
  const n = whole.value!;
  const half = new Dec(10).pow(-pct.places).div(2);
  const hundred = new Dec(100);
  // k / n × 100 in [stated − half, stated + half): the whole numbers k that give the share as written.
  const kmin = pct.value.minus(half).times(n).div(hundred).ceil();
  const kmax = pct.value.plus(half).times(n).div(hundred).ceil().minus(1);
  const claim = newClaim('percent-share', 'percent.share', rec, zhan, pct);
  claim.operands = [
    {
      text: whole.text,
      value: n.toFixed(),
      unit: whole.unit,
      label: labelBefore(rec.text, whole.start),
      ...pointAt(rec, whole.start),
    },
  ];
  if (kmin.lte(kmax)) {
    claim.verdict = 'match';
    claim.expected = kmin.times(hundred).div(n).toDecimalPlaces(pct.places, Dec.ROUND_HALF_UP).toFixed();
    claim.difference = '0';
    claim.reason = `${kmin.toFixed()} of the ${n.toFixed()} give it`;
    return claim;
  }
  // The nearest share a whole number of them gives.
  const k = pct.value.times(n).div(hundred).toDecimalPlaces(0, Dec.ROUND_HALF_UP);
  const expected = k.times(hundred).div(n).toDecimalPlaces(pct.places, Dec.ROUND_HALF_UP);
  claim.verdict = 'mismatch';
  claim.expected = expected.toFixed();
  claim.difference = pct.value.minus(expected).toFixed();
  claim.reason = `no whole number of the ${n.toFixed()} gives ${pct.text}: ${kmax.toFixed()} give ${kmax
    .times(hundred)
    .div(n)
    .toDecimalPlaces(pct.places + 2, Dec.ROUND_HALF_UP)
    .toFixed()}%, ${kmin.toFixed()} give ${kmin
    .times(hundred)
    .div(n)
    .toDecimalPlaces(pct.places + 2, Dec.ROUND_HALF_UP)
    .toFixed()}%`;
  return claim;
}

/**
 * The whole a sentence opens with before `part`: `在394名代表中,`, `0.26万名社区党组织书记中,`. A share
 * that names its whole (占选出代表总数) must name what the sentence counts (代表); 占总数 may mean a
 * total stated before, not the ones the sentence picks out (在已经答复的9件申请中).
 */
function amongWhole(rec: LineRecord, sentStart: number, part: Figure, name: string): Figure | undefined {
  const text = rec.text;
  const noun = name.replace(TOTAL_NAME, '').slice(-2);
  if (name !== '' && noun.length < 2) return undefined;
  for (const f of figuresIn(rec, sentStart, part.start)) {
    if (f.start < sentStart || f.end > part.start || !isAmount(f) || !sameFamily(f, part)) continue;
    const after = /^([^，,。；;:：]{0,20}?)中\s*[,，:：]/.exec(text.slice(f.end, f.end + 24));
    if (!after || f.end + after[0].length > part.start) continue;
    if (name !== '' && !after[1]!.endsWith(noun)) continue;
    return f;
  }
  return undefined;
}

/**
 * The whole of the enumeration `part` belongs to: the figure of its family right before the 其中 (or
 * 分别) that opens the enumeration, in the same sentence.
 */
function enumerationWhole(rec: LineRecord, sentStart: number, part: Figure): Figure | undefined {
  const from = Math.max(sentStart, part.start - NEAR_WHOLE);
  const head = rec.text.slice(from, part.start);
  const k = Math.max(head.lastIndexOf('其中'), head.lastIndexOf('分别'));
  if (k < 0) return undefined;
  const at = from + k;
  let whole: Figure | undefined;
  for (const f of figuresIn(rec, from, at)) {
    if (f.end <= at && isAmount(f) && sameFamily(f, part)) whole = f;
    else if (f.end <= at && f.unit === '%') whole = undefined;
  }
  return whole;
}

/** `part / whole` in percent, as an interval; undefined for a placeholder or a zero whole. */
export function shareOf(part: Figure, whole: Figure): Quantity | undefined {
  const p = quantityOf(part, true);
  const w = quantityOf(whole, true);
  if (!p || !w || w.value.lte(new Dec(0))) return undefined;
  return shareQ(p, w);
}
