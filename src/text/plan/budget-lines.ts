import { Dec } from '../../decimal/dec.js';
import type { Figure } from '../figures.js';
import type { LineRecord } from '../lines.js';
import { splitCells } from '../tree/cells.js';
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
  const table = tableBudget(doc);
  const flat = flatBudget(doc);
  for (const r of flat.recs) table.recs.add(r);
  const lines: BudgetLineReading[] = [...table.lines, ...flat.lines];
  let total: Sourced | undefined = table.total ?? flat.total ?? labelledTotal(doc);
  for (const rec of doc.recs) {
    if (table.recs.has(rec)) continue;
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

// | 项目 | 预算金额(元) | 备注 |: the columns of a budget table.
const NAME_COL = /^(?:费用|预算|支出)?(?:项目|名称|内容|类别|明细|科目)(?:名称)?$/;
const AMOUNT_COL = /金额|预算|费用|小计|合计|总价|价格|经费/;
const PRICE_COL = /^单价/;
const QTY_COL = /^数量|^人数|^天数/;
const REMARK_COL = /^(?:备注|说明)$/;
const NUMBER = /^\s*(\d+(?:\.\d+)?)\s*(?:元)?\s*$/;

/** The cells of a `|`-separated line (the tree's own splitter, bars only); undefined for other lines. */
function cellsOf(rec: LineRecord): { text: string; start: number; end: number }[] | undefined {
  const split = splitCells(rec.text);
  return split?.separator === 'bar' ? split.cells : undefined;
}

/**
 * Budget lines from a table written with `|` cells: under a header naming an item column and an
 * amount column (`| 项目 | 预算金额(元) | 备注 |`), each row with a number in the amount column is a line
 * (its 单价, 数量 and 备注 columns read when present), and a 总计/合计 row is the total.
 */
function tableBudget(doc: PlanDoc): { lines: BudgetLineReading[]; total?: Sourced; recs: Set<LineRecord> } {
  const lines: BudgetLineReading[] = [];
  const recs = new Set<LineRecord>();
  let total: Sourced | undefined;
  let cols: { name: number; amount: number; price: number; qty: number; remark: number } | undefined;
  for (const rec of doc.recs) {
    const cells = cellsOf(rec);
    if (!cells) {
      if (rec.text.trim() !== '') cols = undefined;
      continue;
    }
    if (cells.every((c) => /^[-:\s]*$/.test(c.text))) continue;
    const names = cells.map((c) => c.text.replace(/\s+/g, '').replace(/[(（][^)）]*[)）]$/, ''));
    const name = names.findIndex((c) => NAME_COL.test(c));
    const amount = names.findIndex((c, k) => k !== name && AMOUNT_COL.test(c) && !PRICE_COL.test(c));
    if (name >= 0 && amount >= 0) {
      cols = {
        name,
        amount,
        price: names.findIndex((c) => PRICE_COL.test(c)),
        qty: names.findIndex((c) => QTY_COL.test(c)),
        remark: names.findIndex((c) => REMARK_COL.test(c)),
      };
      recs.add(rec);
      continue;
    }
    if (!cols) continue;
    const at = (k: number) => (k >= 0 ? cells[k] : undefined);
    const n = at(cols.name);
    const a = at(cols.amount);
    const value = a ? NUMBER.exec(a.text)?.[1] : undefined;
    if (!n || !a || value === undefined) continue;
    recs.add(rec);
    const label = clean(n.text);
    if (TOTAL_NAME.test(label)) {
      total ??= { value: new Dec(value).toFixed(), at: placeOf(rec, a.start, a.end) };
      continue;
    }
    if (label === '') continue;
    const price = at(cols.price) ? NUMBER.exec(at(cols.price)!.text)?.[1] : undefined;
    const qty = at(cols.qty) ? /^\s*(\d+(?:\.\d+)?)/.exec(at(cols.qty)!.text)?.[1] : undefined;
    const remark = at(cols.remark)?.text;
    lines.push({
      name: label,
      amount: new Dec(value).toFixed(),
      ...(price ? { unitPrice: new Dec(price).toFixed() } : {}),
      ...(qty ? { quantity: new Dec(qty).toFixed() } : {}),
      ...(remark ? { remark } : {}),
      ...(/暂定|待定/.test(rec.text) ? { tentative: true } : {}),
      at: placeOf(rec, n.start, a.end),
    });
  }
  return { lines, recs, ...(total ? { total } : {}) };
}

// 预算: 2000元, 活动经费：3000元: a field that states the whole budget.
const TOTAL_LABEL = /^(?:活动|会议|本次)?(?:经费)?(?:预算|经费|总预算|预算总额|经费总额|费用总计|总费用)$/;

/** The budget's total stated as a field of its own (`预算: 2000元`). */
function labelledTotal(doc: PlanDoc): Sourced | undefined {
  for (const l of doc.labelled) {
    if (!TOTAL_LABEL.test(l.label)) continue;
    const m = /^\s*(?:约|共|计)?\s*(\d+(?:\.\d+)?)\s*(万)?元\s*[。;；]?\s*$/.exec(l.value);
    if (!m) continue;
    const v = new Dec(m[1]!).times(m[2] ? 10000 : 1);
    const start = l.rec.text.indexOf(m[1]!, l.valueStart);
    return { value: v.toFixed(), at: placeOf(l.rec, start, start + m[0].trim().length) };
  }
  return undefined;
}

// 预算如下:项目名称费用活动场地租赁500元礼品采购200元…总计3000元: a budget run together after its intro.
const FLAT_INTRO = /(?:预算|经费|费用)(?:明细|安排|情况)?(?:如下)?\s*[:：]/g;
const FLAT_ITEM = /[,，、;；\s]*([\u4e00-\u9fff][\u4e00-\u9fff、()（）]{1,15}?)\s*(\d+(?:\.\d+)?)\s*元/y;
const FLAT_HEADER = /^(?:项目名称|项目|名称|费用|金额|预算|\s)+/;

/** Budget lines run together on one line after a 预算如下: intro, each a name and its amount. */
function flatBudget(doc: PlanDoc): { lines: BudgetLineReading[]; total?: Sourced; recs: Set<LineRecord> } {
  const lines: BudgetLineReading[] = [];
  const recs = new Set<LineRecord>();
  let total: Sourced | undefined;
  for (const rec of doc.recs) {
    const t = rec.text;
    FLAT_INTRO.lastIndex = 0;
    for (let intro = FLAT_INTRO.exec(t); intro; intro = FLAT_INTRO.exec(t)) {
      const found: { name: string; value: string; start: number; end: number; at: number }[] = [];
      FLAT_ITEM.lastIndex = intro.index + intro[0].length;
      for (let m = FLAT_ITEM.exec(t); m; m = FLAT_ITEM.exec(t)) {
        let name = m[1]!;
        if (found.length === 0) name = name.replace(FLAT_HEADER, '');
        const nameAt = m.index + m[0].indexOf(m[1]!) + (m[1]!.length - name.length);
        found.push({ name: clean(name), value: m[2]!, start: nameAt, end: m.index + m[0].length, at: 0 });
      }
      // Three runs at least: fewer is prose that happens to name an amount.
      if (found.length < 3) continue;
      recs.add(rec);
      for (const f of found) {
        if (TOTAL_NAME.test(f.name)) {
          total ??= { value: new Dec(f.value).toFixed(), at: placeOf(rec, f.start, f.end) };
          continue;
        }
        if (f.name.length < 2) continue;
        lines.push({ name: f.name, amount: new Dec(f.value).toFixed(), at: placeOf(rec, f.start, f.end) });
      }
      FLAT_INTRO.lastIndex = found[found.length - 1]!.end;
    }
  }
  return { lines, recs, ...(total ? { total } : {}) };
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
