import type { Figure } from '../figures.js';
import { exact, mulQ, type Quantity, quantityOf } from '../interval.js';
import type { LineRecord } from '../lines.js';
import { newClaim } from './claims.js';
import type { RuleExamples, TextRule } from './types.js';
import { decide, type Placed } from './verdict.js';

// A table copied out column by column: 单价 500元/间 250元/间 数量 1间*2天 5间*2天 合计(元) 1000 2500.
const LABEL = /单价|数量|合计\s*(?:[(（]\s*元\s*[)）])?|金额\s*(?:[(（]\s*元\s*[)）])?|小计/g;
// One value of a column: a figure with its unit (500元/间, 2天), or a product of them (5间*2天).
const VALUE =
  /^\d+(?:\.\d+)?[\u4e00-\u9fff]{0,2}(?:\/[\u4e00-\u9fff]{1,2})*(?:[*×xX]\d+(?:\.\d+)?[\u4e00-\u9fff]{0,2})*$/;

interface Run {
  label: 'price' | 'quantity' | 'amount';
  /** The figures of each value, in order. */
  values: Figure[][];
}

/** The values written after a column label, up to the first token that is none. */
function runAfter(rec: LineRecord, from: number, to: number): Figure[][] {
  const text = rec.text;
  const out: Figure[][] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (!VALUE.test(m[0])) break;
    const start = m.index;
    const end = start + m[0].length;
    out.push(rec.figures.filter((f) => f.start >= start && f.end <= end));
  }
  return out;
}

/**
 * `table.product`, for a table run together column by column on one line (a Word or PDF table copied
 * out): a 单价 run, a 数量 run and a 合计 (金额, 小计) run of equal length, one value per row, each
 * amount the price times the quantity (`1间*2天` multiplies out). Runs of unequal length are not read.
 */
export const columnRuns: TextRule = {
  name: 'column-runs',
  emits: ['table.product'],
  summary: 'In a table copied out column by column, each amount is its price × quantity.',
  check(ctx) {
    if (ctx.block.kind !== 'paragraph') return;
    const rec = ctx.block.line;
    const text = rec.text;
    if (!text.includes('单价') || !text.includes('数量')) return;
    const labels: { kind: Run['label']; end: number; start: number }[] = [];
    LABEL.lastIndex = 0;
    for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
      const kind = m[0].startsWith('单价') ? 'price' : m[0].startsWith('数量') ? 'quantity' : 'amount';
      labels.push({ kind, start: m.index, end: m.index + m[0].length });
    }
    for (let i = 0; i + 2 < labels.length; i++) {
      const [p, q, a] = [labels[i]!, labels[i + 1]!, labels[i + 2]!];
      if (p.kind !== 'price' || q.kind !== 'quantity' || a.kind !== 'amount') continue;
      const next = labels[i + 3]?.start ?? text.length;
      const prices = runAfter(rec, p.end, q.start);
      const qtys = runAfter(rec, q.end, a.start);
      const amounts = runAfter(rec, a.end, next);
      const k = prices.length;
      if (k < 2 || qtys.length !== k || amounts.length < k) continue;
      for (let r = 0; r < k; r++) {
        const price = prices[r]!;
        const amount = amounts[r]!;
        if (price.length !== 1 || amount.length !== 1 || price[0]!.unit !== '元' || !price[0]!.per) continue;
        let value: Quantity | undefined = quantityOf(price[0]!, true);
        for (const f of qtys[r]!) {
          const x = quantityOf(f, true);
          value = value && x ? mulQ(value, x) : undefined;
        }
        if (qtys[r]!.length === 0) value = undefined;
        const stated = amount[0]!;
        const claim = newClaim('product', 'table.product', rec, stated.start, stated);
        const operands: Placed[] = [price[0]!, ...qtys[r]!].map((fig) => ({ fig, rec, label: '' }));
        decide(claim, stated, true, [
          { value: value ?? exact(price[0]!.value!), operands, how: 'price × quantity' },
        ]);
        if (!value) {
          claim.verdict = 'uncheckable';
          claim.reason = 'a factor is a placeholder';
          delete claim.difference;
        }
        ctx.claim(claim);
      }
    }
  },
};

/** What {@link columnRuns} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const columnRunsExamples: RuleExamples = {
  ok: [
    {
      text: '名称 豪华套间 标间 单价 500元/间 250元/间 数量 1间*2天 4间*2天 合计(元) 1000 2000 备注',
      findings: [
        { rule: 'table.product', verdict: 'match', stated: '1000', expected: '1000' },
        { rule: 'table.product', verdict: 'match', stated: '2000', expected: '2000' },
      ],
    },
  ],
  notOk: [
    {
      text: '名称 早餐 午餐 单价 10元/人 30元/人 数量 30人*2次 30人*2次 合计(元) 600 600',
      findings: [
        { rule: 'table.product', verdict: 'match', stated: '600', expected: '600' },
        { rule: 'table.product', verdict: 'mismatch', stated: '600', expected: '1800' },
      ],
    },
  ],
};
