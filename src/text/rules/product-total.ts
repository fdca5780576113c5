import { Dec } from '../../decimal/dec.js';
import type { Figure } from '../figures.js';
import { addQ, exact, mulQ, type Quantity, quantityOf } from '../interval.js';
import type { LineRecord } from '../lines.js';
import type { Segment } from '../tree/types.js';
import { equationsOf } from './amounts.js';
import { newClaim } from './claims.js';
import { totalOf } from './total-segment.js';
import type { RuleExamples, TextRule } from './types.js';
import { sameCountUnit } from './units.js';
import { decide, type Placed } from './verdict.js';

/** The units a price is per: `400元/套` → 套, `每桌1000元` → 桌, `90元/人/天` → 人, 天. */
function perUnits(text: string, f: Figure): string[] {
  if (f.pers?.length) return f.pers;
  if (f.every) {
    // 每人每天50元: per person and per day, each with its count.
    const m = /((?:(?:每|各|均)[\u4e00-\u9fff]){1,3})[^每各均]{0,4}$/.exec(
      text.slice(Math.max(0, f.start - 12), f.start),
    );
    if (m) return [...m[1]!.matchAll(/(?:每|各|均)([\u4e00-\u9fff])/g)].map((x) => x[1]!);
    return [''];
  }
  return [];
}

const isMoney = (f: Figure) => f.unit === '元';

/**
 * Products closed by a total without `×`: `15名学员,400元/套,共6000元`,
 * `吃饭每桌1000元,15桌,共计15000元`, `一等奖3人,每人800元;二等奖5人,每人500元,共计4900元`. Each
 * price (a rate such as 元/套, or a figure after 每/各) is paired with the count whose unit it is per;
 * plain amounts in between add as they are.
 */
function readRun(
  seg: Segment,
):
  | { value: Quantity | undefined; operands: Placed[]; weak: boolean; shared?: Quantity | undefined }
  | undefined {
  const rec = seg.line;
  const text = rec.text;
  if (equationsOf(rec).some((e) => e.result.start >= seg.start && e.result.end <= seg.end)) return undefined;
  const figs = seg.figures.filter((f) => !f.placeholder || f.value === undefined);
  const prices = figs.filter((f) => isMoney(f) && (f.every || f.per));
  if (prices.length === 0) return undefined;
  const counts = figs.filter((f) => !isMoney(f) && f.unit !== '' && f.unit !== '%' && !f.per && !f.every);
  const used = new Set<Figure>();
  let value: Quantity | undefined = exact(new Dec(0));
  // 每户2000元现金,500元物品: plain amounts listed right after a price per unit may be per that unit too.
  let shared: Quantity | undefined = exact(new Dec(0));
  const sharers = new Set<Figure>();
  const operands: Placed[] = [];
  let weak = false;
  for (const p of prices) {
    const units = perUnits(text, p);
    let q = quantityOf(p, false);
    let qs = q;
    if (p.every)
      for (let i = figs.indexOf(p) + 1; i < figs.length; i++) {
        const f = figs[i]!;
        const gap = text.slice(figs[i - 1]!.end, f.start);
        if (!isMoney(f) || f.every || f.per || !/^[\u4e00-\u9fff]{0,6}[,，、]\s*$/.test(gap)) break;
        sharers.add(f);
        const fq = quantityOf(f, false);
        qs = qs && fq ? addQ(qs, fq) : undefined;
      }
    operands.push({ fig: p, rec });
    for (const u of units) {
      // The nearest unused count in that unit, before or after the price.
      let best: Figure | undefined;
      for (const c of counts) {
        if (used.has(c) || !(u === '' ? true : sameCountUnit(c.unit, u))) continue;
        if (!best || Math.abs(c.start - p.start) < Math.abs(best.start - p.start)) best = c;
      }
      if (!best && counts.filter((c) => !used.has(c)).length === 1 && prices.length === 1) {
        best = counts.find((c) => !used.has(c));
        weak = true;
      }
      if (!best) return undefined;
      used.add(best);
      operands.push({ fig: best, rec });
      const cq = quantityOf(best, false);
      q = q && cq ? mulQ(q, cq) : undefined;
      qs = qs && cq ? mulQ(qs, cq) : undefined;
    }
    value = value && q ? addQ(value, q) : undefined;
    shared = shared && qs ? addQ(shared, qs) : undefined;
  }
  for (const f of figs) {
    if (isMoney(f) && !f.every && !f.per) {
      operands.push({ fig: f, rec });
      const q = quantityOf(f, false);
      value = value && q ? addQ(value, q) : undefined;
      if (!sharers.has(f)) shared = shared && q ? addQ(shared, q) : undefined;
    }
  }
  return sharers.size > 0 ? { value, operands, weak, shared } : { value, operands, weak };
}

/**
 * A price, its count and the amount right after the count (`25元/套,四套1000元`), or an amount with its
 * price and count in brackets after it (`材料费:700元(0.2元一份,2000份)`).
 */
function checkInline(ctx: Parameters<TextRule['check']>[0], rec: LineRecord): void {
  const text = rec.text;
  const fs = rec.figures;
  const claimProduct = (amount: Figure, price: Figure, count: Figure, how: string) => {
    const p = quantityOf(price, false);
    const c = quantityOf(count, false);
    if (!p || !c) return;
    const claim = newClaim('product', 'product.total', rec, amount.start, amount);
    decide(claim, amount, true, [
      {
        value: mulQ(p, c),
        operands: [
          { fig: price, rec },
          { fig: count, rec },
        ],
        how,
      },
    ]);
    ctx.claim(claim);
  };
  const perUnit = (f: Figure) => (f.pers?.length === 1 ? f.pers[0] : undefined);
  for (let k = 0; k + 2 < fs.length; k++) {
    const [p, c, a] = [fs[k]!, fs[k + 1]!, fs[k + 2]!];
    const u = p.unit === '元' ? perUnit(p) : undefined;
    // 25元/套,四套1000元: the amount stands right against its count.
    if (
      u &&
      sameCountUnit(c.unit, u) &&
      a.unit === '元' &&
      !a.per &&
      !a.every &&
      /^\s?$/.test(text.slice(c.end, a.start)) &&
      /^[,，\s]*$/.test(text.slice(p.end, c.start))
    )
      claimProduct(a, p, c, 'the price times the count before it');
  }
  for (let k = 0; k + 2 < fs.length; k++) {
    const [a, p, c] = [fs[k]!, fs[k + 1]!, fs[k + 2]!];
    const u = p.unit === '元' ? perUnit(p) : undefined;
    // 700元(0.2元一份,2000份): a bracket right after the amount holding just its price and count.
    if (!u || a.unit !== '元' || a.per || a.every || !/^\s*[(（]\s*$/.test(text.slice(a.end, p.start)))
      continue;
    if (
      !sameCountUnit(c.unit, u) ||
      !/^\s*[,，×*xX]?\s*$/.test(text.slice(p.end, c.start)) ||
      !/^\s*[)）]/.test(text.slice(c.end, c.end + 2))
    )
      continue;
    claimProduct(a, p, c, 'the price and count in brackets');
  }
  // 300-500元(按135人,每人消耗3-4元标准): the basis in brackets, the count before the price.
  for (let k = 0; k + 2 < fs.length; k++) {
    const [a, c, p] = [fs[k]!, fs[k + 1]!, fs[k + 2]!];
    if (a.unit !== '元' || a.per || a.every || p.unit !== '元') continue;
    if (!/^\s*[(（]\s*(?:按|以|共)?\s*$/.test(text.slice(a.end, c.start))) continue;
    // 每人5元, 每人消耗3-4元, 5元/人: the price and the unit it is per.
    const each = /每([\u4e00-\u9fff])[\u4e00-\u9fff]{0,3}\s*$/.exec(
      text.slice(Math.max(0, p.start - 8), p.start),
    );
    const units = p.pers?.length ? p.pers : each ? [each[1]!] : [];
    if (units.length !== 1 || !sameCountUnit(c.unit, units[0]!) || c.per || c.every) continue;
    if (
      !/^\s*[,，、]?\s*(?:每[\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff]{0,4})\s*$/.test(text.slice(c.end, p.start))
    )
      continue;
    if (!/^\s*(?:的?标准|计算|计)?\s*[)）]/.test(text.slice(p.end, p.end + 6))) continue;
    claimProduct(a, p, c, 'the count and price in brackets');
  }
}

/**
 * `product.total`: counts and prices closed by a stated total (共, 共计, 合计) with no `×` written —
 * each price per unit times the count in that unit, summed. When the units do not say which count a
 * price is per, a mismatch is reported as uncheckable.
 */
export const productTotal: TextRule = {
  name: 'product-total',
  emits: ['product.total'],
  summary: 'Counts and unit prices closed by 共/合计 multiply out to the stated amount.',
  check(ctx) {
    if (ctx.block.kind !== 'paragraph') return;
    checkInline(ctx, ctx.block.line);
    const segs = ctx.block.segments;
    for (let k = 1; k < segs.length; k++) {
      const total = totalOf(segs[k]!);
      if (total?.family !== 'money') continue;
      const run = readRun(segs[k - 1]!);
      if (!run) continue;
      const rec = segs[k]!.line;
      const claim = newClaim('product', 'product.total', rec, total.keyword, total.fig);
      decide(claim, total.fig, true, [
        { value: run.value, operands: run.operands, how: 'each price times its count' },
        ...(run.shared
          ? [
              {
                value: run.shared,
                operands: run.operands,
                how: 'the amounts after a price per unit, per that unit',
              },
            ]
          : []),
      ]);
      if (run.weak && claim.verdict === 'mismatch') {
        claim.verdict = 'uncheckable';
        claim.reason = 'the units do not say which count the price is per';
        delete claim.difference;
      }
      ctx.claim(claim);
    }
  },
};

/** What {@link productTotal} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const productTotalExamples: RuleExamples = {
  ok: [
    // Both amounts after 每户 are per household.
    {
      text: '走访慰问困难家庭40户,每户2000元现金,500元物品,共计10万元。',
      findings: [{ rule: 'product.total', verdict: 'match', stated: '100000', expected: '100000' }],
    },
    {
      text: '培训学员15名,教材400元/套,共6000元',
      findings: [{ rule: 'product.total', verdict: 'match', stated: '6000', expected: '6000' }],
    },
    {
      text: '一等奖3人,每人800元;二等奖5人,每人500元,共计4900元',
      findings: [{ rule: 'product.total', verdict: 'match', stated: '4900', expected: '4900' }],
    },
  ],
  notOk: [
    {
      text: '吃饭每桌1000元,15桌,共计1500元',
      findings: [{ rule: 'product.total', verdict: 'mismatch', stated: '1500', expected: '15000' }],
    },
    {
      text: '资料费:20元/份,100份,计2500元',
      findings: [{ rule: 'product.total', verdict: 'mismatch', stated: '2500', expected: '2000' }],
    },
    {
      text: '门锁、门吸、合叶:25元/套,四套1000元。',
      findings: [{ rule: 'product.total', verdict: 'mismatch', stated: '1000', expected: '100' }],
    },
    {
      text: '①材料费:700元(0.2元一份,2000份)',
      findings: [{ rule: 'product.total', verdict: 'mismatch', stated: '700', expected: '400' }],
    },
  ],
};
