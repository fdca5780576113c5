/**
 * Golden cases from the hand-checked computations of the seed documents (test/fixtures/cases, copied
 * from the project's shared cases): every budget, product and sum case is rebuilt as structured input
 * and audited through the public API.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditBudget, Dec, type Finding } from '../../src/index.js';

interface CaseItem {
  name?: string;
  unitPrice?: string | null;
  unit_price?: string | null;
  quantity?: string | null;
  count?: string;
  amount?: string | null;
  budget?: string | null;
  unit?: string | null;
  placeholder?: string;
}
interface Case {
  id: string;
  line: number;
  kind: string;
  items: CaseItem[];
  stated: Record<string, string | null>;
  expected: Record<string, unknown>;
  verdict: 'match' | 'mismatch' | 'uncheckable' | 'repeat';
}

const dir = join(__dirname, '../fixtures/cases');
const cases: Case[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Case[])
  .filter((c) => ['budget', 'product', 'sum'].includes(c.kind));

const MONEY: Record<string, '元' | '万元' | '亿元'> = {
  元: '元',
  萬元: '万元',
  万元: '万元',
  '萬(元)': '万元',
  億元: '亿元',
  亿元: '亿元',
};

function budgetUnit(c: Case): '元' | '万元' | '亿元' {
  const units = new Set(c.items.map((i) => MONEY[i.unit ?? ''] ?? '元'));
  return units.size === 1 ? [...units][0]! : '元';
}

function toInput(c: Case) {
  const unit = budgetUnit(c);
  const items = c.items.map((it, i) => {
    const name = it.name ?? `item ${i + 1}`;
    const price = it.unitPrice ?? it.unit_price ?? null;
    const qty = it.quantity ?? it.count ?? null;
    const amount = it.amount !== undefined ? it.amount : it.budget;
    if (price !== null && qty !== null) {
      return c.kind === 'product'
        ? { name, unitPrice: price, quantity: qty, amount: c.stated.amount ?? null }
        : { name, unitPrice: price, quantity: qty };
    }
    if (amount !== undefined) return { name, amount };
    if (qty !== null) return { name, amount: qty };
    return { name, amount: it.placeholder ?? null };
  });
  const statedTotal =
    c.stated.total !== undefined
      ? c.stated.total
      : c.kind !== 'product' && c.stated.amount
        ? `${c.stated.amount}${MONEY[c.stated.unit ?? ''] ?? ''}`
        : undefined;
  return { title: c.id, unit, items, ...(statedTotal !== undefined ? { total: statedTotal } : {}) };
}

/** The recomputed figure a case gives, in the budget's unit, under whichever name the case uses. */
function expectedTotal(c: Case): string | undefined {
  const e = c.expected;
  for (const k of [
    'total',
    'sum_of_parts',
    'sum',
    'sum_wan',
    'sum_wan_yuan',
    'sum_amount_wan_yuan',
    'sum_amount_wan',
    'sum_yi_yuan',
    'sum_mu',
    'amount',
  ]) {
    if (typeof e[k] === 'string') return e[k] as string;
  }
  return undefined;
}

const mismatchAt = (findings: Finding[], key: string) =>
  findings.filter((f) => f.verdict === 'mismatch' && 'path' in f.at && f.at.path.join('.').endsWith(key));

describe('golden cases from the seed documents', () => {
  it('covers every budget, product and sum case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const audit = auditBudget(toInput(c));
    const mismatches = audit.findings.filter((f) => f.verdict === 'mismatch');
    if (c.kind === 'product') {
      if (c.expected.amount) expect(audit.budget.total?.toFixed()).toBe(c.expected.amount);
      if (c.verdict === 'match') expect(mismatches).toEqual([]);
      if (c.verdict === 'uncheckable') expect(mismatches).toEqual([]);
      return;
    }
    const exp = expectedTotal(c);
    if (exp !== undefined && audit.budget.total !== null) expect(audit.budget.total.eq(exp)).toBe(true);
    if (c.stated.count) expect(audit.budget.itemCount).toBe(Number.parseInt(c.stated.count, 10));
    if (c.verdict === 'mismatch' || c.verdict === 'repeat') {
      const [f, ...rest] = mismatchAt(audit.findings, 'total');
      expect(rest).toEqual([]);
      expect(f).toBeDefined();
      // The cases write the difference with either sign convention; huiwu's is stated − expected.
      const stated = new Dec(c.stated.total!);
      expect(f!.difference).toBe(stated.minus(f!.expected!).toFixed());
      expect(new Dec(f!.difference!).abs().eq(new Dec(String(c.expected.difference)).abs())).toBe(true);
      expect(mismatches).toHaveLength(1);
    } else {
      expect(mismatches).toEqual([]);
    }
    if (c.verdict === 'uncheckable' && c.stated.total !== undefined) {
      expect(audit.findings.some((f) => f.verdict === 'uncheckable')).toBe(true);
    }
  });
});
