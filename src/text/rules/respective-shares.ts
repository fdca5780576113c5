import { Dec } from '../../decimal/dec.js';
import type { Figure } from '../figures.js';
import { type LineRecord, labelBefore } from '../lines.js';
import { newClaim } from './claims.js';
import { clippedSentence, figuresIn } from './find.js';
import { isAmount, judgedShares, shareOf, wholes } from './share.js';
import type { RuleContext, RuleExamples, TextRule } from './types.js';
import { familyOf } from './units.js';
import { decide } from './verdict.js';

// 分别占36.93%和49.70% / 分别占总数的20%、30%: the shares of the parts just listed, in their order.
const RESPECTIVELY = /分别(?:占|占到)([^,，。;；%\d]{0,20}?)(?:的|之)?(?:比重|比例)?(?:为|达)?\s*$/;
const JOINER = /^\s*(?:和|与|及|、|,|，)\s*$/;
// 专任教师中,…: the sentence's subject names the whole its parts are counted from.
const SUBJECT = /([\u4e00-\u9fff]{2,12})中[,，:：]/g;
// A whole each part has its own of: its plan, budget, task or target.
const OWN_WHOLE = /计划|预算|任务|目标|指标/;
/** Segments above the paragraph a named whole may be stated in. */
const LOOK_BACK = 8;

/** The whole the shares are of: named after 占, or the subject the sentence counts its parts in. */
function wholeOf(
  ctx: RuleContext,
  rec: LineRecord,
  name: string,
  part: Figure,
  before: number,
): { fig: Figure; rec: LineRecord }[] {
  if (name === '') return [];
  // 专任教师中,正高职称教师208人: a part counted in the whole, not the whole.
  const own = (r: LineRecord, f: Figure) =>
    !r.text.slice(Math.max(0, f.start - 16), f.start).includes(`${name}中`);
  const here = wholes(rec, name, part, before).filter((f) => f !== part && own(rec, f));
  if (here.length > 0) return here.map((fig) => ({ fig, rec }));
  if (ctx.block.kind !== 'paragraph') return [];
  const seen = new Set<LineRecord>([rec]);
  let n = 0;
  for (const seg of ctx.segmentsBefore(ctx.block.segments[0]!)) {
    if (seen.has(seg.line)) continue;
    seen.add(seg.line);
    if (++n > LOOK_BACK) break;
    const found = wholes(seg.line, name, part, seg.line.text.length).filter((f) => own(seg.line, f));
    if (found.length) return found.map((fig) => ({ fig, rec: seg.line }));
  }
  return [];
}

/**
 * `percent.share`, for shares stated together after their parts: `博士学位教师431人、硕士学位教师559人,
 * 分别占36.93%和49.70%`. The k shares pair in order with the last k amounts before 分别; the whole is
 * the one 占 names, or the sentence's subject (`专任教师中,…` → 专任教师1167人, in the paragraph or a few
 * lines above). Without a whole that the text states, nothing is judged.
 */
export const respectiveShares: TextRule = {
  name: 'respective-shares',
  emits: ['percent.share'],
  summary: 'Shares stated together (分别占 a% 和 b%) equal their parts, in order, over the whole.',
  check(ctx) {
    if (ctx.block.kind !== 'paragraph') return;
    const rec = ctx.block.line;
    const text = rec.text;
    if (!text.includes('分别')) return;
    const figs = rec.figures;
    for (let i = 0; i < figs.length; i++) {
      const first = figs[i]!;
      if (first.unit !== '%' || first.approx === 'range') continue;
      const sent = clippedSentence(rec, first.start);
      if (!sent) continue;
      const m = RESPECTIVELY.exec(text.slice(sent.start, first.start));
      if (!m) continue;
      const at = sent.start + m.index;
      // The shares: this one and those joined to it by 和, 、 or a comma.
      const pcts = [first];
      for (let j = i + 1; j < figs.length; j++) {
        const f = figs[j]!;
        if (f.unit !== '%' || !JOINER.test(text.slice(pcts[pcts.length - 1]!.end, f.start))) break;
        pcts.push(f);
      }
      i += pcts.length - 1;
      if (pcts.length < 2) continue;
      // The parts: the last amounts before 分别, of one unit, none of them a share already.
      const before = figuresIn(rec, sent.start, at).filter((f) => f.end <= at);
      const parts: Figure[] = [];
      for (let j = before.length - 1; j >= 0 && parts.length < pcts.length; j--) {
        const f = before[j]!;
        if (f.unit === '%' || !isAmount(f)) break;
        parts.unshift(f);
      }
      if (parts.length !== pcts.length) continue;
      const family = familyOf(parts[0]!);
      if (!parts.every((p) => familyOf(p) === family)) continue;
      let name = m[1]!.trim();
      // 分别占年计划的49.3%、50.1%: each part has a plan of its own, never stated here.
      if (OWN_WHOLE.test(name)) continue;
      if (name === '') name = [...text.slice(sent.start, parts[0]!.start).matchAll(SUBJECT)].pop()?.[1] ?? '';
      let cands = wholeOf(ctx, rec, name, parts[0]!, parts[0]!.start);
      const named = cands.length > 0;
      // 全镇户籍人口8000人,其中男性4100人、女性3900人: the figure the 其中 follows.
      if (cands.length === 0) {
        const head = text.slice(sent.start, parts[0]!.start);
        const k = head.lastIndexOf('其中');
        if (k >= 0) {
          const w = figuresIn(rec, sent.start, sent.start + k)
            .filter((f) => f.end <= sent.start + k && isAmount(f) && familyOf(f) === family)
            .pop();
          if (w) cands = [{ fig: w, rec }];
        }
      }
      if (cands.length !== 1) continue;
      const whole = cands[0]!;
      // No part exceeds its whole: if one does, the figure found is not their whole. Parts that share
      // a whole 占 names may overlap (17户通电, 6户有电视机, each of 农户总数); parts found through
      // 其中 split it, so together they do not exceed it either.
      const sum = parts.reduce((a, p) => a.plus(p.value ?? 0), new Dec(0));
      const w = whole.fig.value;
      if (!w || parts.some((p) => p.value?.gt(w)) || (!named && sum.gt(w))) continue;
      pcts.forEach((pct, k) => {
        const part = parts[k]!;
        const claim = newClaim('percent-share', 'percent.share', rec, pct.start, pct);
        judgedShares.add(pct);
        decide(claim, pct, true, [
          {
            value: shareOf(part, whole.fig),
            operands: [
              { fig: part, rec, label: labelBefore(text, part.start) },
              { fig: whole.fig, rec: whole.rec, label: labelBefore(whole.rec.text, whole.fig.start) },
            ],
            how: `${labelBefore(text, part.start) || 'the part'} over ${labelBefore(whole.rec.text, whole.fig.start) || 'the whole'}`,
          },
        ]);
        ctx.claim(claim);
      });
    }
  },
};

/** What {@link respectiveShares} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const respectiveSharesExamples: RuleExamples = {
  ok: [
    {
      text: '全院专任教师200人。专任教师中,具有博士学位教师50人、硕士学位教师90人,分别占25%和45%。',
      findings: [
        { rule: 'percent.share', verdict: 'match', stated: '25', expected: '25' },
        { rule: 'percent.share', verdict: 'match', stated: '45', expected: '45' },
      ],
    },
  ],
  notOk: [
    {
      text: '全镇户籍人口8000人,其中男性4100人、女性3900人,分别占户籍人口的51.25%和49.75%。',
      findings: [
        { rule: 'percent.share', verdict: 'match', stated: '51.25', expected: '51.25' },
        { rule: 'percent.share', verdict: 'mismatch', stated: '49.75', expected: '48.75' },
      ],
    },
  ],
};
