/**
 * The budget a plan's text implies: the figures the text audit added up for a stated total, as cost
 * items named the way the plan names them, with the stated total. Lets the playground show a table and
 * a chart for pasted text, not only for budget JSON.
 */
import type { BudgetInput, Claim, CostItemInput } from '../src/index.js';
// The playground is part of this repository and reads a line the way the auditor does.
import { type LineRecord, lineRecord } from '../src/text/lines.js';

const ENUMERATOR = /^(?:[(（][一二三四五六七八九十百\d]+[)）]|[一二三四五六七八九十百\d]+[、.．])\s*/;

/** Normalized offset of a 1-based original column. */
function offsetOf(rec: LineRecord, column: number): number {
  const origin = rec.norm.origin;
  let s = 0;
  while (s < origin.length && (origin[s] ?? 0) < column - 1) s++;
  return s;
}

/** What the plan writes before a figure, when it reads as a name: `二、 横额、桌签:3000元` → `横额、桌签`. */
function nameBefore(rec: LineRecord, offset: number): string | undefined {
  const before = rec.text.slice(0, offset).replace(/[\s:：]+$/, '');
  const chunk = before.split(/[\s，,；;。]+/).pop() ?? '';
  const name = chunk.replace(ENUMERATOR, '').replace(/[:：]+$/, '');
  return name === '' || /\d/.test(name) ? undefined : name;
}

/** The parenthesis right after a figure: `11000元(模范、优秀)` → `模范、优秀`. */
function noteAfter(rec: LineRecord, offset: number): string | undefined {
  const fig = rec.figures.find((f) => f.start >= offset);
  if (!fig) return undefined;
  const m = /^\s*[(（]([^()（）]{1,30})[)）]/.exec(rec.text.slice(fig.end));
  return m?.[1];
}

/**
 * A budget from a `sum.total` claim of the text audit, or `undefined` when a part is unknown.
 *
 * @param lines the original text's lines, numbered as the audit numbers them
 */
export function budgetFromSum(
  sum: Claim,
  claims: Claim[],
  lines: string[],
  title: string,
): BudgetInput | undefined {
  if (!sum.stated?.value || sum.operands.length === 0 || sum.operands.some((o) => o.value === null))
    return undefined;
  const products = new Map<string, Claim>();
  for (const c of claims)
    if (c.kind === 'product' && c.stated) products.set(`${c.stated.line}:${c.stated.column}`, c);
  const records = new Map<number, LineRecord>();
  const recordOf = (no: number): LineRecord => {
    let r = records.get(no);
    if (!r) {
      r = lineRecord(no, lines[no - 1] ?? '');
      records.set(no, r);
    }
    return r;
  };
  let previous: { line: number; name: string } | undefined;
  const items = sum.operands.map((o): CostItemInput => {
    const rec = recordOf(o.line);
    const p = products.get(`${o.line}:${o.column}`);
    const start = offsetOf(rec, p ? p.at.column : o.column);
    const named =
      p?.stated?.label ??
      p?.operands[0]?.label ??
      nameBefore(rec, start) ??
      o.label ??
      (previous?.line === o.line ? previous.name : undefined) ??
      `#${o.line}`;
    previous = { line: o.line, name: named };
    const note = noteAfter(rec, offsetOf(rec, o.column));
    const provisional = note?.includes('暂定') === true;
    const item: CostItemInput = {
      name: note && !provisional ? `${named}（${note}）` : named,
      amount: o.value,
    };
    const [price, qty] = p?.operands ?? [];
    if (p && p.operands.length === 2 && price?.value && qty?.value) {
      item.unitPrice = price.value;
      item.quantity = qty.value;
      if (qty.unit) item.unit = qty.unit;
    }
    if (provisional) item.provisional = true;
    return item;
  });
  return { title, unit: '元', items, total: sum.stated.value };
}
