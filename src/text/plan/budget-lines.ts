import type { Figure } from '../figures.js';
import type { LineRecord } from '../lines.js';
import { clean, markerFrom, markersIn, type PlanDoc, placeOf } from './doc.js';
import type { BudgetLineReading, Sourced } from './types.js';

const BUDGET_SECTION = /预算|经费|费用|开支|支出|资金/;
const TOTAL_NAME =
  /^(?:合计|共计|总计|总额|总预算|预算总额|经费总额|费用总计|费用合计|以上合计|以上共计|小计)/;

const isMoney = (f: Figure) => f.unit === '元' && f.value !== undefined && !f.every;

/**
 * Budget lines: in a section headed 预算 or 经费 (or on lines that price something), each item with
 * its whole name (`横额、桌签、请柬、文件袋、鲜花`), its amount, and its unit price, quantity and unit
 * when written (`60元/个*40=2400元`), flagged tentative when the text says 暂定 or 待定. A 合计/共计 line
 * is the budget's total, not a line.
 *
 * @example
 * ```ts
 * readBudget(planDoc('四、经费预算\n1.奖牌：60元/个*40=2400元')).lines[0]?.unit; // '个'
 * ```
 */
export function readBudget(doc: PlanDoc): { lines: BudgetLineReading[]; total?: Sourced } {
  const recs = new Set<LineRecord>();
  for (const s of doc.sections) {
    if (BUDGET_SECTION.test(s.heading.label)) for (const r of [s.heading.rec, ...s.body]) recs.add(r);
  }
  for (const r of pricedRuns(doc)) recs.add(r);
  const lines: BudgetLineReading[] = [];
  let total: Sourced | undefined;
  for (const rec of doc.recs) {
    if (!recs.has(rec) && !rec.figures.some((f) => isMoney(f) && f.per)) continue;
    for (const seg of segmentsOf(rec)) {
      const figs = rec.figures.filter((f) => f.start >= seg.start && f.end <= seg.end);
      const money = figs.filter(isMoney);
      if (money.length === 0) continue;
      const first = figs[0]!;
      let name = clean(
        rec.text
          .slice(seg.start, first.start)
          .replace(/(?:单价|金额|费用|预算|约|共计|合计|计)?\s*[:：为]?\s*$/, ''),
      );
      name = name
        .replace(/[（(]\s*$/, '')
        .replace(/^(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)+/, '');
      const amountFig = money.filter((f) => !f.per).pop() ?? money[money.length - 1]!;
      if (
        TOTAL_NAME.test(name) ||
        (name === '' && /^(?:合计|共计|总计)/.test(clean(rec.text.slice(seg.start, seg.end))))
      ) {
        if (!total)
          total = { value: amountFig.value!.toFixed(), at: placeOf(rec, amountFig.start, amountFig.end) };
        continue;
      }
      if (name.length < 1 || name.length > 40) continue;
      const price = money.find((f) => f.per) ?? (money.length > 1 ? money[0] : undefined);
      const qty = figs.find(
        (f) =>
          f !== price &&
          f !== amountFig &&
          !isMoney(f) &&
          f.value !== undefined &&
          !f.every &&
          f.unit !== '%',
      );
      const body = rec.text.slice(seg.start, seg.end);
      const remark = /[（(]([^（()）]{2,30})[)）]\s*$/.exec(body)?.[1];
      lines.push({
        name,
        amount: amountFig === price ? '' : amountFig.value!.toFixed(),
        ...(price && price !== amountFig ? { unitPrice: price.value!.toFixed() } : {}),
        ...(qty ? { quantity: qty.value!.toFixed() } : {}),
        ...(price?.per ? { unit: price.per } : qty?.unit ? { unit: qty.unit } : {}),
        ...(/暂定|待定/.test(body) ? { tentative: true } : {}),
        ...(remark ? { remark } : {}),
        at: placeOf(rec, seg.start, seg.end),
      });
    }
  }
  return { lines, ...(total ? { total } : {}) };
}

// 2、卡纸(10元), 场租费：2800元: a line that names one thing and gives only its money.
const PRICED_ITEM =
  /^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?[^，。；;,:：\d]{1,30}?\s*[（(:：]?\s*\d[\d,]*(?:\.\d+)?\s*万?元\s*[)）]?\s*[。；;]?\s*$/;

/** Outside a budget section: runs of two or more consecutive lines that each price one thing. */
function pricedRuns(doc: PlanDoc): LineRecord[] {
  const out: LineRecord[] = [];
  let run: LineRecord[] = [];
  const flush = () => {
    if (run.length >= 2) out.push(...run);
    run = [];
  };
  for (const rec of doc.recs) {
    if (rec.text.trim() === '') continue;
    if (PRICED_ITEM.test(rec.text)) run.push(rec);
    else flush();
  }
  flush();
  return out;
}

/** The items of a line: from each list marker (or the line start) to the next, cut at ；. */
function segmentsOf(rec: LineRecord): { start: number; end: number }[] {
  const t = rec.text;
  const cuts = [0];
  for (const m of markersIn(t)) cuts.push(m.end);
  for (let i = 0; i < t.length; i++) if (/[;；。]/.test(t[i]!)) cuts.push(i + 1);
  cuts.push(t.length);
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const out: { start: number; end: number }[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    let end = sorted[k + 1]!;
    // A marker ends the item before it.
    const at = markerFrom(t, sorted[k]!, end);
    const next = at && at.end === sorted[k] ? markerFrom(t, at.start + 1, end) : at;
    if (next && next.start > sorted[k]!) end = next.start;
    if (t.slice(sorted[k]!, end).trim()) out.push({ start: sorted[k]!, end });
  }
  return out;
}
