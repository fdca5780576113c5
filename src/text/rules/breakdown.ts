import { Dec } from '../../decimal/dec.js';
import type { Figure } from '../figures.js';
import { addQ, exact, type Quantity, quantityOf } from '../interval.js';
import { labelBefore, pointAt } from '../lines.js';
import { newClaim } from './claims.js';
import { clippedSentence, figuresIn, NEAR_WHOLE } from './find.js';
import type { TextRule } from './types.js';
import { familyOf } from './units.js';

const SHARE_HEAD = /占(?:到)?([^,，。;；%占]{0,24}?)(?:的|之)?(?:比重|比例|份额)?(?:为|达|达到|约)?\s*$/;

interface Share {
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
  emits: ['percent.total'],
  summary: 'Shares of one whole add to 100% within their rounding.',
  ok: [
    {
      text: '住宿费占40.5%,伙食费占29.5%,其他费用占30%。',
      findings: [{ rule: 'percent.total', verdict: 'match', stated: '100.0', expected: '100' }],
    },
  ],
  notOk: [
    {
      text: '住宿费占31.2%,伙食费占27.5%,其他费用占30.1%。',
      findings: [{ rule: 'percent.total', verdict: 'mismatch', stated: '88.8', expected: '100' }],
    },
    {
      text: '总收入28.85万元,其中:种植业收入13.68万元,占总收入的47.42%;林业收入6.2万元,占总收入的21.49%;工资性收入9万元,占总收入的41.2%。',
      findings: [{ rule: 'percent.total', verdict: 'mismatch', stated: '110.11', expected: '100' }],
    },
  ],
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
    const groups = new Map<string, Share[]>();
    for (const s of shares) groups.set(s.name, [...(groups.get(s.name) ?? []), s]);
    for (const [name, group] of groups) {
      if (group.length < 2) continue;
      let sum: Quantity | undefined = exact(new Dec(0));
      for (const s of group) {
        const q = quantityOf(s.pct, true);
        sum = sum && q ? addQ(sum, q) : undefined;
      }
      if (!sum) continue;
      const hundred = new Dec(100);
      const within = sum.lo.lte(hundred) && hundred.lte(sum.hi);
      const remainder = group.some((s) => /其他|其它|其余|剩余/.test(s.label));
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
      ctx.claim(claim);
    }
  },
};

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
  const meets = (f: Figure): boolean => {
    const q = quantityOf(f, true);
    return q !== undefined && q.lo.lte(sum!.hi) && sum!.lo.lte(q.hi);
  };
  return figures.some(
    (f) =>
      f.end <= first.start &&
      familyOf(f) === fam &&
      meets(f) &&
      (name === '' || /总|全|合计|共/.test(name) || labelBefore(text, f.start).includes(name)),
  );
}
