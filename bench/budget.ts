/** Scenario 2: compute + audit a 100,000-line budget in three levels of sections. */
import Decimal from 'decimal.js';
import { auditBudget, budgetToJson, computeBudget } from '../src/index.js';
import { priceLines } from './data.js';
import { type Contender, runScenario } from './harness.js';

interface Item {
  name: string;
  unitPrice: string;
  quantity: string;
  amount: string;
}
interface Section {
  name: string;
  sections?: Section[];
  items?: Item[];
  subtotal: string;
}

/** A budget of `n` lines: 10 × 10 × 10 sections of n/1000 lines, every figure stated, one line wrong. */
export function generateBudget(n: number) {
  const { prices, quantities } = priceLines(n, 7);
  let k = 0;
  const level = (depth: number): Section => {
    if (depth === 4) {
      const items: Item[] = [];
      let sub = new Decimal(0);
      for (let i = 0; i < n / 1000 && k < n; i++, k++) {
        const amount = new Decimal(prices[k]!).times(quantities[k]!);
        sub = sub.plus(amount);
        items.push({
          name: `项目${k}`,
          unitPrice: prices[k]!,
          quantity: quantities[k]!,
          amount: (k === 12345 ? amount.plus(1) : amount).toFixed(2),
        });
      }
      return { name: `第${k}组`, items, subtotal: sub.toFixed(2) };
    }
    const sections = Array.from({ length: 10 }, () => level(depth + 1));
    const sub = sections.reduce((a, s) => a.plus(s.subtotal), new Decimal(0));
    return { name: `第${depth}级`, sections, subtotal: sub.toFixed(2) };
  };
  const root = level(1);
  return { title: '大型会议预算', sections: root.sections!, total: root.subtotal };
}

/** The same arithmetic written directly with decimal.js: what a user would write without huiwu. */
function plainDecimal(b: ReturnType<typeof generateBudget>) {
  const findings: string[] = [];
  const visit = (s: Section): Decimal => {
    let sub = new Decimal(0);
    for (const it of s.items ?? []) {
      const amount = new Decimal(it.unitPrice).times(it.quantity);
      if (!amount.eq(it.amount)) findings.push(it.name);
      sub = sub.plus(amount);
    }
    for (const c of s.sections ?? []) sub = sub.plus(visit(c));
    if (!sub.eq(s.subtotal)) findings.push(s.name);
    return sub;
  };
  let total = new Decimal(0);
  for (const s of b.sections) total = total.plus(visit(s));
  if (!total.eq(b.total)) findings.push('total');
  return findings.length;
}

export async function budgetScenario(n: number) {
  const input = generateBudget(n);
  const contenders: Contender[] = [
    {
      name: 'huiwu auditBudget',
      fn: () => auditBudget(input).summary.mismatches,
      check: (r) => `${r} mismatch(es)`,
    },
    {
      name: 'decimal.js (plain loop, no validation)',
      fn: () => plainDecimal(input),
      check: (r) => `${r} mismatch(es)`,
    },
  ];
  return runScenario(`2. compute + audit a ${n.toLocaleString('en')}-line budget (3 levels)`, contenders, {
    iterations: 5,
  });
}

/**
 * Serializing a computed budget, against the computation itself: `budgetToJson` and
 * `JSON.stringify` write the same text (checked), and their time is read as a multiple of
 * `computeBudget`'s, measured in the same run.
 */
export async function serializeScenario(n: number) {
  const input = generateBudget(n);
  const computed = computeBudget(input);
  const same = budgetToJson(computed) === JSON.stringify(computed);
  const contenders: Contender[] = [
    { name: 'huiwu computeBudget (the computation)', fn: () => computeBudget(input).itemCount },
    {
      name: 'budgetToJson(computed)',
      fn: () => budgetToJson(computed).length,
      check: (r) =>
        `${((r as number) / 2 ** 20).toFixed(1)} MiB of text${same ? ', same as JSON.stringify' : ', DIFFERS from JSON.stringify'}`,
    },
    { name: 'JSON.stringify(computed)', fn: () => JSON.stringify(computed).length },
  ];
  return runScenario(
    `2b. serialize a computed ${n.toLocaleString('en')}-line budget (time ÷ the computation)`,
    contenders,
    {
      iterations: 5,
    },
  );
}
