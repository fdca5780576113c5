import type { BudgetInput } from './schema.js';
import { MAX_DEPTH } from './validate.js';

/*
 * A hand-written check that accepts exactly what BudgetSchema accepts, so valid budgets skip zod's
 * per-object cost (most of the time on 100,000-line budgets). It only answers yes or no: any input it
 * refuses goes through zod, which says precisely what is wrong. A property test keeps the two in step.
 */

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const opt = (v: unknown, f: (x: unknown) => boolean) => v === undefined || f(v);
const str = (v: unknown) => typeof v === 'string';
const str1 = (v: unknown) => typeof v === 'string' && v.length > 0;
const bool = (v: unknown) => typeof v === 'boolean';
const amount = (v: unknown) =>
  (typeof v === 'string' && v.length > 0) || (typeof v === 'number' && Number.isSafeInteger(v));
const stated = (v: unknown) =>
  v === null || typeof v === 'string' || (typeof v === 'number' && Number.isSafeInteger(v));
const unit = (v: unknown) => v === '元' || v === '万元' || v === '亿元';

function onlyKeys(o: Obj, keys: ReadonlySet<string>): boolean {
  // for…in allocates nothing; an inherited enumerable key (never in JSON) is refused, and zod then judges.
  for (const k in o) if (!keys.has(k)) return false;
  return true;
}

const ITEM_KEYS = new Set([
  'id',
  'name',
  'unitPrice',
  'quantity',
  'amount',
  'unit',
  'category',
  'provisional',
  'approximate',
  'note',
  'source',
]);
const FACTOR_KEYS = new Set(['value', 'unit']);
const SECTION_KEYS = new Set(['id', 'name', 'unit', 'items', 'sections', 'subtotal', 'note']);
const BUDGET_KEYS = new Set([
  '$schema',
  'title',
  'unit',
  'items',
  'sections',
  'total',
  'headCount',
  'days',
  'note',
]);

function factor(v: unknown): boolean {
  return isObj(v) && onlyKeys(v, FACTOR_KEYS) && amount(v.value) && opt(v.unit, str);
}

function quantity(v: unknown): boolean {
  if (Array.isArray(v)) {
    if (v.length === 0) return false;
    for (const f of v) if (!factor(f)) return false;
    return true;
  }
  return amount(v);
}

function item(v: unknown): boolean {
  return (
    isObj(v) &&
    onlyKeys(v, ITEM_KEYS) &&
    str1(v.name) &&
    opt(v.id, str1) &&
    opt(v.unitPrice, amount) &&
    opt(v.quantity, quantity) &&
    opt(v.amount, stated) &&
    opt(v.unit, str) &&
    opt(v.category, str) &&
    opt(v.provisional, bool) &&
    opt(v.approximate, bool) &&
    opt(v.note, str) &&
    opt(v.source, str)
  );
}

function items(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (const x of v) if (!item(x)) return false;
  return true;
}

function sections(v: unknown, depth: number): boolean {
  if (!Array.isArray(v) || depth > MAX_DEPTH) return false;
  for (const s of v) {
    if (
      !(
        isObj(s) &&
        onlyKeys(s, SECTION_KEYS) &&
        str1(s.name) &&
        opt(s.id, str1) &&
        opt(s.unit, unit) &&
        opt(s.items, items) &&
        (s.sections === undefined || sections(s.sections, depth + 1)) &&
        opt(s.subtotal, stated) &&
        opt(s.note, str)
      )
    ) {
      return false;
    }
  }
  return true;
}

/**
 * True when `v` is a valid budget input exactly as {@link BudgetSchema} defines it.
 *
 * @example
 * ```ts
 * isValidBudgetInput({ title: 't', items: [{ name: 'a', amount: '1' }] }); // true
 * ```
 */
export function isValidBudgetInput(v: unknown): v is BudgetInput {
  return (
    isObj(v) &&
    onlyKeys(v, BUDGET_KEYS) &&
    str1(v.title) &&
    opt(v.$schema, str) &&
    opt(v.unit, unit) &&
    opt(v.items, items) &&
    (v.sections === undefined || sections(v.sections, 1)) &&
    opt(v.total, stated) &&
    opt(v.headCount, amount) &&
    opt(v.days, amount) &&
    opt(v.note, str)
  );
}
