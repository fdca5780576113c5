import { Dec } from '../../decimal/dec.js';
import type { Figure } from '../figures.js';
import { addQ, exact, type Quantity, quantityOf, shareQ } from '../interval.js';
import { type LineRecord, labelBefore, pointAt } from '../lines.js';
import { newClaim } from './claims.js';
import { complementary } from './complements.js';
import { clippedSentence, figuresIn, NEAR_WHOLE } from './find.js';
import { judgedShares } from './share.js';
import type { RuleContext, RuleExamples, TextRule } from './types.js';
import { familyOf } from './units.js';
import { decide } from './verdict.js';

const SHARE_HEAD = /占(?:到)?([^,，。;；%占]{0,24}?)(?:的|之)?(?:比重|比例|份额)?(?:为|达|达到|约)?\s*$/;

// 从党员的职业看, 按行业分, 分地区看: a sentence that opens a new view of the whole.
const FRAME = /(?:^|[。；;!！])\s*(?:从|按|分|以)[^，,。；;]{1,12}?(?:看|来看|分|划分|统计|分析)\s*[,，:：]/g;

interface Share {
  /** The line of a share found in another block. */
  rec?: LineRecord;
  pct: Figure;
  name: string;
  label: string;
  part: Figure | undefined;
}

/**
 * `percent.total`: the shares a paragraph gives of one whole (`住宿费占31.2%，伙食费占27.5%，…`) add to
 * 100%, allowing each share its rounding (n shares to 0.1 may add to 100 ± n × 0.05). Checked when
 * the breakdown is known to be whole: the parts the shares are of add up to the whole, or the parts
 * include a remainder (其他, 其余); shares that add to more than 100% are wrong either way.
 */
export const breakdown: TextRule = {
  name: 'breakdown',
  emits: ['percent.total', 'percent.share'],
  summary: 'Shares of one whole add to 100% within their rounding.',
  check(ctx) {
    if (ctx.block.kind !== 'paragraph') return;
    const rec = ctx.block.line;
    const text = rec.text;
    if (!text.includes('%')) return;
    const shares: Share[] = [];
    for (const pct of rec.figures) {
      if (pct.unit !== '%' || pct.approx) continue;
      const sent = clippedSentence(rec, pct.start);
      if (!sent) continue;
      const m = SHARE_HEAD.exec(text.slice(sent.start, pct.start));
      if (!m) continue;
      const zhan = sent.start + m.index;
      let part: Figure | undefined;
      for (const f of figuresIn(rec, sent.start, zhan)) {
        if (
          f.start >= sent.start &&
          f.end <= zhan &&
          familyOf(f) &&
          f.start > (shares[shares.length - 1]?.pct.end ?? -1)
        )
          part = f;
      }
      // 特别是…占比95.56%, 其中…: a share of a part of the part before, not a slice of the whole.
      const clauseHead = text.slice(Math.max(sent.start, zhan - 24), zhan);
      if (/(其中|特别是|尤其是|尤其|包括|含)[^,，;；。]*$/.test(clauseHead)) continue;
      shares.push({ pct, name: m[1]!.trim(), label: labelBefore(text, zhan), part });
    }
    // 从党员的职业看,…;从党员的分布看,…: each view opens a breakdown of its own.
    const frames: number[] = [];
    for (const m of text.matchAll(FRAME)) frames.push(m.index);
    const frameOf = (at: number) => frames.filter((k) => k < at).length;
    const groups = new Map<string, Share[]>();
    for (const s of shares) {
      const key = `${frameOf(s.pct.start)}\u0001${s.name}`;
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    for (const [key, group] of groups) {
      const name = key.slice(key.indexOf('\u0001') + 1);
      if (group.length < 2) continue;
      const added = sumOfShares(group);
      if (!added) continue;
      const { sum, within } = added;
      const hundred = new Dec(100);
      // 基本支出 and 项目支出 (a complementary pair) are all of the whole, as a remainder (其他) is.
      const pairLabels = group.map((s) => (s.part ? labelBefore(text, s.part.start) : s.label));
      const remainder =
        group.some((s) => /其他|其它|其余|剩余/.test(s.label)) ||
        (group.length === 2 && complementary(pairLabels[0]!, pairLabels[1]!));
      const whole = wholeOf(
        figuresIn(rec, Math.max(0, group[0]!.pct.start - NEAR_WHOLE), group[group.length - 1]!.pct.end),
        text,
        name,
        group,
      );
      // Shares of one whole may nest (建设投资 and its 建筑工程费 both 占项目总投资): a sum off 100 is wrong
      // only when the parts are known to split the whole — they add up to it, or one is the rest (其他).
      if (!within && !remainder && !whole) continue;
      const last = group[group.length - 1]!;
      const claim = newClaim('percent-total', 'percent.total', rec, group[0]!.pct.start, last.pct);
      const places = Math.max(...group.map((s) => s.pct.places));
      claim.stated = {
        text: `${sum.value.toFixed(places)}%`,
        value: sum.value.toFixed(places),
        unit: '%',
        line: rec.line,
        column: rec.norm.origin[group[0]!.pct.start]! + 1,
      };
      claim.operands = group.map((s) => ({
        text: s.pct.text,
        value: s.pct.value?.toFixed() ?? null,
        unit: '%',
        label: s.label,
        ...pointAt(rec, s.pct.start),
      }));
      claim.expected = '100';
      claim.difference = sum.value.minus(hundred).toFixed();
      claim.verdict = within ? 'match' : 'mismatch';
      claim.reason = within
        ? 'consistent within the rounding of the shares'
        : `the shares add to ${sum.value.toFixed()}%, outside ${sum.lo.toFixed()}…${sum.hi.toFixed()}`;
      // …乡镇企业劳动者党员占4.8%,农牧渔 ⏎ 民党员占46.2%,…: shares that open a paragraph whose line
      // before broke off mid-sentence may be the end of a breakdown begun there.
      if (!within && !/[。！？!?；;]/.test(text.slice(0, group[0]!.pct.start)) && brokeOffBefore(ctx)) {
        claim.verdict = 'uncheckable';
        claim.reason = 'the breakdown may begin on the line before, which breaks off mid-sentence';
        delete claim.difference;
      }
      ctx.claim(claim);
    }
    checkSiblings(ctx, shares);
  },
};

/** True when the paragraph before this block ends mid-sentence (no 。, ；, ！ or ？ closes it). */
function brokeOffBefore(ctx: RuleContext): boolean {
  const prev = ctx.blockAt(ctx.block.index - 1);
  if (prev?.kind !== 'paragraph') return false;
  const t = prev.line.text.trimEnd();
  return t !== '' && !/[。！？!?；;:：)）」』"”]$/.test(t) && /%|占/.test(t);
}

/** What {@link breakdown} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const breakdownExamples: RuleExamples = {
  ok: [
    // Two views of one whole, one after the other: each adds to 100.
    {
      text: '从职业看,职工占38.8%,农民占51.4%,其他占9.8%。从地区看,城镇占49.8%,乡村占50.2%。',
      findings: [{ rule: 'percent.total', verdict: 'match', stated: '100.0', expected: '100' }],
    },
    {
      text: '住宿费占40.5%,伙食费占29.5%,其他费用占30%。',
      findings: [{ rule: 'percent.total', verdict: 'match', stated: '100.0', expected: '100' }],
    },
  ],
  notOk: [
    // Shares that open a paragraph after a line that broke off: not all of the breakdown is here.
    {
      text: '从职业看,职工占38.8%,乡镇企业劳动者占4.8%,农牧渔\n民占46.2%,个体劳动者占0.4%,其他占9.8%。\n各类费用中,住宿费占40.5%,伙食费占29.5%,其他费用占20%。',
      findings: [
        { rule: 'percent.total', verdict: 'uncheckable', stated: '56.4' },
        { rule: 'percent.total', verdict: 'mismatch', stated: '90.0', expected: '100' },
      ],
    },
    {
      text: '住宿费占31.2%,伙食费占27.5%,其他费用占30.1%。',
      findings: [{ rule: 'percent.total', verdict: 'mismatch', stated: '88.8', expected: '100' }],
    },
    {
      text: '总收入28.85万元,其中:种植业收入13.68万元,占总收入的47.42%;林业收入6.2万元,占总收入的21.49%;工资性收入9万元,占总收入的41.2%。',
      findings: [{ rule: 'percent.total', verdict: 'mismatch', stated: '110.11', expected: '100' }],
    },
    {
      text: '1. 基本支出 300 万元,占本年支出的75%。\n2. 项目支出 100 万元,占本年支出的30%。',
      findings: [{ rule: 'percent.share', verdict: 'mismatch', stated: '30', expected: '25' }],
    },
  ],
};

/** The shares added as intervals of their written digits, and whether 100% lies within the sum. */
function sumOfShares(shares: readonly Share[]): { sum: Quantity; within: boolean } | undefined {
  let sum: Quantity | undefined = exact(new Dec(0));
  for (const s of shares) {
    const q = quantityOf(s.pct, true);
    sum = sum && q ? addQ(sum, q) : undefined;
  }
  if (!sum) return undefined;
  const hundred = new Dec(100);
  return { sum, within: sum.lo.lte(hundred) && hundred.lte(sum.hi) };
}

/** The first share (占…%) of a segment's text whose whole is `name`, with the part before it. */
function shareIn(rec: LineRecord, from: number, to: number, name: string): Share | undefined {
  const text = rec.text;
  for (const pct of figuresIn(rec, from, to)) {
    if (pct.unit !== '%' || pct.approx) continue;
    const head = text.slice(from, pct.start);
    const m = SHARE_HEAD.exec(head);
    if (!m || m[1]!.trim() !== name) continue;
    const zhan = from + m.index;
    const part = figuresIn(rec, from, zhan)
      .filter((f) => familyOf(f))
      .pop();
    return { rec, pct, name, label: part ? labelBefore(text, part.start) : '', part };
  }
  return undefined;
}

/**
 * `1. 基本支出…占一般公共预算支出的84.06% … 2. 项目支出…占一般公共预算支出的19.62%`: shares of one whole
 * given one per list item. When the items are the two sides of a complementary pair, or the last is
 * the rest (其他), they are all of the whole and must add to 100%. Judged at the last item.
 */
function checkSiblings(ctx: RuleContext, shares: readonly Share[]): void {
  if (ctx.block.kind !== 'paragraph') return;
  const seg = ctx.block.segments[0]!;
  const marker = seg.marker;
  if (!marker || marker.ordinal < 2 || shares.length === 0) return;
  const first = shares[0]!;
  if (first.name === '' || !first.part || first.pct.start > seg.end) return;
  // The part's own name (基本支出), not the words before 占.
  const own: Share = { ...first, label: labelBefore(ctx.block.line.text, first.part.start) };
  const items: Share[] = [own];
  let want = marker.ordinal - 1;
  let n = 0;
  for (const s of ctx.segmentsBefore(seg)) {
    if (++n > 60 || want === 0) break;
    if (s.marker?.style !== marker.style) continue;
    if (s.marker.ordinal !== want) return;
    const found = shareIn(s.line, s.start, s.end, own.name);
    if (!found?.part) return;
    items.unshift(found);
    want--;
  }
  if (want !== 0) return;
  n = 0;
  for (const s of ctx.segmentsAfter(ctx.block.segments[ctx.block.segments.length - 1]!)) {
    if (++n > 60) break;
    if (s.marker?.style !== marker.style) continue;
    // A next item with a share of the same whole: the breakdown goes on, and is judged there.
    if (s.marker.ordinal === marker.ordinal + 1 && shareIn(s.line, s.start, s.end, own.name)) return;
    break;
  }
  const labels = items.map((i) => i.label);
  const rec = ctx.block.line;
  if (items.length === 2 && complementary(labels[0]!, labels[1]!)) {
    sharesOfPair(ctx, items, rec);
    return;
  }
  if (!/其他|其它|其余|剩余/.test(labels[labels.length - 1]!)) return;
  const added = sumOfShares(items);
  if (!added) return;
  const { sum, within } = added;
  const hundred = new Dec(100);
  const claim = newClaim('percent-total', 'percent.total', rec, own.pct.start, own.pct);
  const places = Math.max(...items.map((i) => i.pct.places));
  claim.stated = {
    text: `${sum.value.toFixed(places)}%`,
    value: sum.value.toFixed(places),
    unit: '%',
    ...pointAt(rec, own.pct.start),
  };
  claim.operands = items.map((i) => ({
    text: i.pct.text,
    value: i.pct.value?.toFixed() ?? null,
    unit: '%',
    label: i.label,
    ...pointAt(i.rec ?? rec, i.pct.start),
  }));
  claim.expected = '100';
  claim.difference = sum.value.minus(hundred).toFixed();
  claim.verdict = within ? 'match' : 'mismatch';
  claim.reason = within
    ? 'consistent within the rounding of the shares'
    : `the shares of ${labels.join(', ')} add to ${sum.value.toFixed()}%, outside ${sum.lo.toFixed()}…${sum.hi.toFixed()}`;
  ctx.claim(claim);
}

/** The parts add up to a whole stated before them (so the shares must cover it all). */
function wholeOf(figures: Figure[], text: string, name: string, group: Share[]): boolean {
  // As many parts as shares, adding up to a whole: 共91条。其中13条…2条…(8 parts, 8 shares).
  for (let w = 0; w < figures.length; w++) {
    const W = figures[w]!;
    const fam = familyOf(W);
    if (
      !fam ||
      !W.value ||
      !/(共|总计|合计|总数|总共)[^,，。]{0,10}$/.test(text.slice(Math.max(0, W.start - 12), W.start))
    )
      continue;
    // The paragraph's other figures of that unit (scraped text may put one before the whole).
    const after = figures.filter((f, k) => k !== w && familyOf(f) === fam && !f.every);
    if (after.length !== group.length) continue;
    let s = new Dec(0);
    for (const f of after) s = s.plus(f.value ?? 0);
    if (s.eq(W.value)) return true;
  }
  const parts = group.map((s) => s.part);
  if (parts.some((p) => !p?.value)) return false;
  const fam = familyOf(parts[0]!);
  if (parts.some((p) => familyOf(p!) !== fam)) return false;
  // The parts add up to the whole within the rounding of their written digits (13.68+4.8+… = 28.88
  // against 28.85万元).
  let sum: Quantity | undefined = exact(new Dec(0));
  for (const p of parts) {
    const q = quantityOf(p!, true);
    sum = sum && q ? addQ(sum, q) : undefined;
  }
  if (!sum) return false;
  const first = parts[0]!;
  const total = sum;
  const meets = (f: Figure): boolean => {
    const q = quantityOf(f, true);
    if (!q) return false;
    return q.lo.lte(total.hi) && total.lo.lte(q.hi);
  };
  return figures.some(
    (f) =>
      f.end <= first.start &&
      familyOf(f) === fam &&
      meets(f) &&
      (name === '' || /总|全|合计|共/.test(name) || labelBefore(text, f.start).includes(name)),
  );
}

/**
 * The two sides of a complementary pair (基本支出, 项目支出) make their whole, so each side's share is
 * its part over the sum of both parts: one `percent.share` per side.
 */
function sharesOfPair(ctx: RuleContext, items: readonly Share[], rec: LineRecord): void {
  const [a, b] = [items[0]!, items[1]!];
  const qa = quantityOf(a.part!, true);
  const qb = quantityOf(b.part!, true);
  if (!qa || !qb || familyOf(a.part!) !== familyOf(b.part!)) return;
  const whole = addQ(qa, qb);
  if (whole.value.lte(0) || items.some((x) => judgedShares.has(x.pct))) return;
  for (const [i, side] of items.entries()) {
    const at = side.rec ?? rec;
    const q = i === 0 ? qa : qb;
    const claim = newClaim('percent-share', 'percent.share', at, side.pct.start, side.pct);
    decide(claim, side.pct, true, [
      {
        value: shareQ(q, whole),
        operands: items.map((x) => ({ fig: x.part!, rec: x.rec ?? rec, label: x.label })),
        how: `${side.label} over ${a.label} + ${b.label}`,
      },
    ]);
    ctx.claim(claim);
  }
}
