import { Dec } from '../../decimal/dec.js';
import type { Claim } from '../claim.js';
import { addQ, exact, mulQ, type Quantity, quantityOf } from '../interval.js';
import { locate, pointAt } from '../lines.js';
import type { Segment } from '../tree/types.js';
import { amountsOf, amountValue, type ItemAmount } from './amounts.js';
import { sentenceAt } from './find.js';
import { type TotalStatement, totalOf } from './total-segment.js';
import type { RuleContext, RuleExamples, TextRule } from './types.js';
import { decide, type Reading } from './verdict.js';

const BARE_TOTAL = /^(合计|共计|总计|小计|总额)[:：]?$/;

/** How far up a total looks for the items it adds. */
export const LIST_REACH = 60;

interface Item {
  seg: Segment;
  amounts: ItemAmount[];
  plain: number;
  /** A section heading (an item with no amount of the total's kind). */
  heading: boolean;
  subtotal: boolean;
  style: string;
}

/** `(一等1名120元,二等3名300元)`: the bracket opened first closes only at the end. */
function whollyBracketed(t: string): boolean {
  const s = t.trim().replace(/[。;；,，]$/, '');
  if (!(s.startsWith('(') || s.startsWith('（'))) return false;
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '（') depth++;
    else if (c === ')' || c === '）') {
      depth--;
      if (depth === 0 && i < s.length - 1) return false;
    }
  }
  return depth === 0;
}

function isHeading(seg: Segment): boolean {
  const t = seg.line.text.slice(seg.start, seg.end).trim();
  // 3:奖金(整支队伍): a number and a colon before a name (not a time) opens a section too.
  const numbered = /^\d{1,2}\s*[:：]\s*[\u4e00-\u9fff]/.test(t) && t.length <= 30 && seg.figures.length <= 1;
  return (seg.marker !== undefined && t.length <= 40) || (/[:：]$/.test(t) && t.length <= 30) || numbered;
}

function isItemLike(seg: Segment): boolean {
  const t = seg.line.text.slice(seg.start, seg.end);
  if (seg.marker) return t.length <= 160;
  let ends = 0;
  for (const c of t) if (c === '。' || c === '！' || c === '？') ends++;
  return t.length <= 80 && ends <= 1;
}

/** The list above a total: items, headings and subtotals, nearest last. */
function listAbove(
  ctx: RuleContext,
  total: TotalStatement,
): { items: Item[]; missing: number; headed: boolean } {
  const items: Item[] = [];
  let missing = 0;
  let headed = false;
  let n = 0;
  // …入账1000元,共2840元: a total inside a sentence closes the items of that sentence, not lines above.
  const rec = total.seg.line;
  const sentenceStart = sentenceAt(rec, total.keyword)?.start ?? 0;
  const inline =
    total.seg.start > 0 &&
    /[,，、]\s*$/.test(rec.text.slice(Math.max(0, total.seg.start - 8), total.seg.start)) &&
    rec.text.slice(sentenceStart, total.seg.start).trim() !== '';
  for (const seg of ctx.segmentsBefore(total.seg)) {
    if (++n > LIST_REACH) break;
    if (inline && (seg.line !== rec || seg.end <= sentenceStart)) break;
    // A line wholly in brackets explains the item above it (its breakdown, a remark): not an item.
    if (whollyBracketed(seg.line.text.slice(seg.start, seg.end))) continue;
    const t = totalOf(seg);
    if (t && t.family === total.family) {
      if (t.subtotal && !total.subtotal) {
        items.unshift({
          seg,
          amounts: [{ fig: t.fig, rec: seg.line, label: '小计' }],
          plain: 1,
          heading: false,
          subtotal: true,
          style: '',
        });
        continue;
      }
      break;
    }
    const { amounts, plain } = amountsOf(seg, total.family);
    const style = seg.marker?.style ?? '';
    if (amounts.length > 0) {
      if (!isItemLike(seg)) break;
      items.unshift({ seg, amounts, plain, heading: false, subtotal: false, style });
      continue;
    }
    const next = items[0]?.seg.marker;
    if (
      total.family === 'people' &&
      seg.marker &&
      next &&
      items[0]!.style === style &&
      seg.marker.ordinal === next.ordinal - 1
    ) {
      // A group in the same numbering as the counted ones, but with no count: it was lost or left blank.
      missing++;
      items.unshift({ seg, amounts: [], plain: 0, heading: false, subtotal: false, style });
      continue;
    }
    if (isHeading(seg)) {
      if (total.subtotal) {
        headed = items.length > 0;
        break;
      }
      items.unshift({ seg, amounts: [], plain: 0, heading: true, subtotal: false, style });
      continue;
    }
    break;
  }
  while (items.length && items[0]!.heading) items.shift();
  return { items, missing, headed };
}

function readingOf(items: Item[], how: string, lastOnly: boolean, stated = false): Reading {
  let value: Quantity | undefined = exact(new Dec(0));
  const operands = [];
  for (const it of items) {
    const use = lastOnly && it.plain > 1 ? it.amounts.slice(-1) : it.amounts;
    for (const a of use) {
      operands.push(a);
      const q = amountValue(a, stated);
      value = value && q ? addQ(value, q) : undefined;
    }
  }
  return { value, operands, how };
}

/**
 * The sum over the items of count × amount, when every item states one head count (1名, 2人) and one
 * amount (奖金500元): a prize list, each prize per winner.
 */
function perHeadReading(items: Item[]): Reading | undefined {
  if (items.length < 2) return undefined;
  let value: Quantity | undefined = exact(new Dec(0));
  const operands = [];
  for (const it of items) {
    const counts = it.seg.figures.filter(
      (f) => (f.unit === '名' || f.unit === '人' || f.unit === '位') && !f.every,
    );
    if (counts.length !== 1 || it.amounts.length !== 1) return undefined;
    const c = quantityOf(counts[0]!, false);
    const a = amountValue(it.amounts[0]!, false);
    if (!c || !a) return undefined;
    operands.push(it.amounts[0]!);
    value = value ? addQ(value, mulQ(c, a)) : undefined;
  }
  return { value, operands, how: 'each amount times the winners it is for' };
}

function gapInNumbering(items: Item[]): string | undefined {
  const style = items.find((i) => i.seg.marker)?.style;
  if (!style) return undefined;
  const seq = items.filter((i) => i.style === style && i.seg.marker).map((i) => i.seg.marker!.ordinal);
  if (seq.length === 0) return undefined;
  if (seq[0]! > 1) return `the numbering starts at ${seq[0]}: the items before it are missing`;
  for (let k = 1; k < seq.length; k++) {
    if (seq[k] !== seq[k - 1]! + 1) return `the items are numbered ${seq.join(', ')}: some items are missing`;
  }
  return undefined;
}

/** Checks a stated total against the items listed above it. */
function check(ctx: RuleContext): void {
  if (ctx.block.kind !== 'paragraph') return;
  for (const seg of ctx.block.segments) {
    const bare = seg.line.text.slice(seg.start, seg.end).trim();
    if (BARE_TOTAL.test(bare)) {
      ctx.claim({
        kind: 'sum',
        rule: 'sum.missing-total',
        at: locate(seg.line, seg.line.text.indexOf(bare, seg.start), seg.end),
        operands: [],
        verdict: 'uncheckable',
        reason: 'the total is left blank',
      });
      continue;
    }
    const total = totalOf(seg);
    if (!total) continue;
    // Prices per unit right before the total: a product closed by 共, for product-total.
    const k = seg.index;
    const prev = k > 0 ? ctx.block.segments[k - 1] : undefined;
    if (prev?.figures.some((f) => f.unit === '元' && (f.every || f.per))) continue;
    const { items, missing, headed } = listAbove(ctx, total);
    const parts = items.filter((i) => !i.heading && i.amounts.length > 0);
    const amounts = parts.reduce((n, p) => n + p.amounts.length, 0);
    if (amounts + missing < 2) continue;
    const rec = seg.line;
    const rule =
      total.family === 'money' ? 'sum.total' : total.family === 'people' ? 'count.attendees' : 'sum.list';
    const claim: Claim = {
      kind: total.family === 'people' ? 'attendees' : 'sum',
      rule,
      at: locate(rec, total.keyword, total.fig.end),
      operands: [],
      stated: { ...operandOfTotal(total) },
    };
    const leaves = parts.filter((p) => !p.subtotal);
    const subs = parts.filter((p) => p.subtotal);
    const readings: Reading[] = [];
    if (subs.length > 0) {
      const lastSub = items.lastIndexOf(subs[subs.length - 1]!);
      const after = items.slice(lastSub + 1).filter((i) => !i.heading && i.amounts.length > 0);
      readings.push(readingOf([...subs, ...after], 'the subtotals and the items after them', false));
      if (after.length >= 2) readings.push(readingOf(after, 'the items after the last subtotal', false));
    }
    readings.push(readingOf(leaves, 'the items above', false));
    if (leaves.some((p) => p.plain > 1))
      readings.push(readingOf(leaves, 'the last amount of each item', true));
    const styles = new Set(leaves.map((p) => p.style));
    if (styles.size > 1) {
      for (const s of styles) {
        const only = leaves.filter((p) => p.style === s);
        if (only.length >= 1 && only.length < leaves.length)
          readings.push(readingOf(only, `the items numbered ${s || 'without marks'}`, false));
      }
    }
    let lastHeading = -1;
    items.forEach((i, k) => {
      if (i.heading) lastHeading = k;
    });
    if (lastHeading >= 0) {
      const tail = items
        .slice(lastHeading + 1)
        .filter((i) => !i.heading && i.amounts.length > 0 && !i.subtotal);
      if (tail.length >= 1 && tail.length < leaves.length)
        readings.push(readingOf(tail, 'the items of the last section', false));
    }
    // 一等奖:1名,奖金500元 ⏎ 二等奖:2名,奖金200元 …: each item's amount is per winner it counts.
    const perHead = perHeadReading(leaves);
    if (perHead) readings.push(perHead);
    // 5、伙食费80元;燃油费80元;香烟60元,共180元: one numbered item totalled on its own line is
    // whole whatever its number; with a price per head among its amounts it is a product, not a sum.
    const own = parts.length === 1 && parts[0]!.seg.line === total.seg.line;
    const text = total.seg.line.text;
    const priced =
      own &&
      parts[0]!.seg.figures.some(
        (f) =>
          f.unit === '元' &&
          (f.every ||
            f.per ||
            /(?:人均|户均|每人|每户|每名|每位|每个)[\u4e00-\u9fff]{0,6}$/.test(
              text.slice(Math.max(0, f.start - 12), f.start),
            )),
      );
    // 初赛: ⏎ … ⏎ 决赛: ⏎ … ⏎ 小计 256元: a subtotal read up to a heading, and more than its items give,
    // may cover the sections above that heading too.
    const short = headed && readings.every((r) => r.value && r.value.value.lt(total.fig.value ?? 0));
    const why =
      missing > 0
        ? `${missing} group(s) have no count`
        : short
          ? 'the subtotal may cover the sections above the heading its items stand under'
          : priced
            ? 'an amount per head or per unit is among the parts'
            : own
              ? undefined
              : gapInNumbering(parts);
    decide(claim, total.fig, true, readings);
    if (why && claim.verdict === 'mismatch') {
      claim.verdict = 'uncheckable';
      claim.reason = why;
      delete claim.difference;
    }
    if (claim.verdict === 'mismatch') {
      // One 合计 rule for text and structured budgets: the total is judged against the recomputed
      // lines; when it equals the lines as stated, the wrong lines are its cause.
      const asStated = readingOf(leaves, 'the items as stated', false, true);
      const wrong = leaves
        .flatMap((p) => p.amounts)
        .filter((a) => a.computed && !a.computed.value.eq(a.fig.value ?? 0));
      if (wrong.length > 0 && asStated.value && total.fig.value && asStated.value.value.eq(total.fig.value)) {
        claim.causedBy = wrong.map((a) => {
          const p = pointAt(a.rec, a.fig.start);
          return `${p.line}:${p.column}`;
        });
      }
    }
    ctx.claim(claim);
  }
}

function operandOfTotal(t: TotalStatement) {
  return {
    text: t.fig.text,
    value: t.fig.value && !t.fig.placeholder ? t.fig.value.toFixed() : null,
    unit: t.fig.unit,
    ...pointAt(t.seg.line, t.fig.start),
    ...(t.fig.approx ? { approx: t.fig.approx } : {}),
  };
}

/**
 * `sum.total`, `count.attendees`, `sum.list`: a stated total (合计, 共计, 总计, 小计, 以上共计) against
 * the items listed right above it — budget lines, attendee groups, or counts of one unit. The items
 * are the list the total closes (list items, short item lines, a 小计 per section), never figures from
 * earlier prose. A line's amount is its recomputed equation (`60元/个*40=2400元` counts 2400 as 60 × 40)
 * or its plain amount; where a line states two plain amounts, both readings are tried. A group with no
 * count, or a gap in the numbering, makes the total uncheckable.
 */
export const listTotal: TextRule = {
  name: 'list-total',
  emits: ['sum.total', 'count.attendees', 'sum.list', 'sum.missing-total'],
  summary: 'A stated total (合计/共计/总计/小计) equals the items listed above it.',
  check,
};

/** What {@link listTotal} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const listTotalExamples: RuleExamples = {
  ok: [
    // A subtotal of several headed sections: its items are read up to the last heading only.
    {
      text: '初赛:\n服装 10元/套*6人=60元\n化妆费用 30元\n决赛:\n服装 10元/套*6人=60元\n化妆费用 30元\n小计 180元',
      findings: [{ rule: 'sum.total', verdict: 'uncheckable', stated: '180' }],
    },
    // 2:其他费用 opens a section of the list: the total covers every section.
    {
      text: '1:宣传费用\n海报两张 100 元\n宣传单 50 元\n2:其他费用\n租音响 300元\n3:奖金\n第一名:奖金1500元+证书\n共计:1950 元',
      findings: [{ rule: 'sum.total', verdict: 'match', stated: '1950', expected: '1950' }],
    },
    // Each prize is per winner: 500 + 2 × 200 + 3 × 100.
    {
      text: '一等奖:1名,奖金500元\n二等奖:2名,奖金200元\n三等奖:3名,奖金100元\n共计:1200元奖金',
      findings: [],
    },
    // Amounts per head in the line: a product, not a sum of its amounts.
    { text: '2、困难员工共3人,人均慰问金100元,慰问品50元,共450元。', findings: [] },
    {
      text: '一、场租费:2800元\n二、餐费:15000元\n共计:17800元',
      findings: [{ rule: 'sum.total', verdict: 'match', stated: '17800', expected: '17800' }],
    },
    {
      text: '(一)局领导6人;(二)处长30人;(三)工作人员9人。以上共计45人',
      findings: [{ rule: 'count.attendees', verdict: 'match', stated: '45', expected: '45' }],
    },
    {
      text: '场租费:2800元\n餐费:15000元\n合计:',
      findings: [{ rule: 'sum.missing-total', verdict: 'uncheckable' }],
    },
  ],
  notOk: [
    // One numbered item totalled on its own line: its number does not matter.
    {
      text: '5、参加慰问人员伙食费补助80元;车辆燃油费补助80元;香烟60元,共180元。',
      findings: [{ rule: 'sum.total', verdict: 'mismatch', stated: '180', expected: '220' }],
    },
    {
      text: '场租费:2800元\n奖牌:60元/个*40=2400元\n共计:4800元',
      findings: [{ rule: 'sum.total', verdict: 'mismatch', stated: '4800', expected: '5200' }],
    },
    {
      text: '(一)局领导6人;(二)处长30人;(三)工作人员9人。以上共计96人',
      findings: [{ rule: 'count.attendees', verdict: 'mismatch', stated: '96', expected: '45' }],
    },
  ],
};
