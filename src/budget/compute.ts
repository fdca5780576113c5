import { Dec, exactTimes } from '../decimal/dec.js';
import { ExactSum } from '../decimal/exact-sum.js';
import { parseAmount, parseDecimal } from '../decimal/parse.js';
import { round } from '../decimal/round.js';
import { type BudgetUnit, UNIT_EXPONENT } from '../decimal/units.js';
import { formatPath, HuiwuError } from '../errors.js';
import { FastItem } from './fast-item.js';
import { isValidBudgetInput } from './fast-validate.js';
import { type BudgetInput, BudgetSchema, type CostItemInput, type SectionInput } from './schema.js';
import { readStated, type StatedFigure } from './stated.js';
import { type ParseInputOptions, parseWith, type UnknownField } from './validate.js';

/** A path into the budget input, e.g. `['sections', 0, 'items', 2]`. */
export type Path = (string | number)[];

/** One factor of a computed quantity. */
export interface ComputedFactor {
  value: Dec;
  unit?: string;
}

/** A cost item with every figure computed exactly. */
export interface ComputedItem {
  kind: 'item';
  /** The input's id, or the item's path when it had none. */
  id: string;
  path: Path;
  name: string;
  /** Money unit of `amount` and `unitPrice` (the enclosing section's). */
  moneyUnit: BudgetUnit;
  unitPrice?: Dec | undefined;
  factors: ComputedFactor[];
  /** Π factors; absent for a lump sum. */
  quantity?: Dec | undefined;
  /**
   * The exact amount: unit price × quantity, or the stated amount of a lump sum. `null` when it cannot
   * be known (a lump sum whose amount is a placeholder) — never a silent zero.
   */
  amount: Dec | null;
  /** True when the amount rests on an approximate figure. */
  approximate: boolean;
  stated?: StatedFigure | undefined;
  provisional: boolean;
  unit?: string | undefined;
  category?: string | undefined;
  note?: string | undefined;
  source?: string | undefined;
}

/** A section with its subtotal computed from its children. */
export interface ComputedSection {
  kind: 'section';
  id: string;
  path: Path;
  name: string;
  moneyUnit: BudgetUnit;
  children: ComputedNode[];
  /** Exact Σ children, in this section's unit; `null` when some part is unknown. */
  subtotal: Dec | null;
  approximate: boolean;
  stated?: StatedFigure;
  itemCount: number;
  note?: string;
}

/** A node of a computed budget. */
export type ComputedNode = ComputedItem | ComputedSection;

/** A budget with every line, subtotal and the total computed exactly. */
export interface ComputedBudget {
  title: string;
  moneyUnit: BudgetUnit;
  children: ComputedNode[];
  /** Exact grand total in `moneyUnit`; `null` when a part is unknown (see findings). */
  total: Dec | null;
  totalYuan: Dec | null;
  approximate: boolean;
  stated?: StatedFigure;
  itemCount: number;
  headCount?: Dec;
  days?: Dec;
  /** total ÷ headCount, rounded half up to 分 (in `moneyUnit`). Absent when head count is 0 or missing. */
  perPerson?: Dec;
  /** total ÷ days, rounded half up to 分. */
  perDay?: Dec;
  /** total ÷ (headCount × days), rounded half up to 分. */
  perPersonPerDay?: Dec;
  /** Fields the input had that the schema does not know (with `unknownKeys: 'report'`). */
  unknownFields: UnknownField[];
  note?: string;
}

/** Options for {@link computeBudget}. */
export interface ComputeOptions extends ParseInputOptions {}

/**
 * Validates a budget (zod) and throws a {@link HuiwuError} naming every bad path.
 *
 * @example
 * ```ts
 * parseBudget({ title: '会议预算', items: [{ name: '场租费', amount: '2800' }] }).value.title; // '会议预算'
 * ```
 */
export function parseBudget(
  input: unknown,
  opts: ParseInputOptions = {},
): { value: BudgetInput; unknownFields: UnknownField[] } {
  return parseWith(BudgetSchema, input, 'budget', opts);
}

const TEN = new Dec(10);
function scaleOf(unit: BudgetUnit): Dec {
  return TEN.pow(UNIT_EXPONENT[unit]);
}

const PATH_LIKE = /^(?:items|sections)\[\d+\]/;

class Builder {
  private readonly ids = new Map<string, Path>();
  /** User ids spelled like another node's path, checked once the tree exists. */
  readonly pathLikeIds: { id: string; path: Path }[] = [];

  userId(id: string, path: Path): void {
    this.claimId(id, path);
    if (PATH_LIKE.test(id) && id !== formatPath(path)) this.pathLikeIds.push({ id, path });
  }

  claimId(id: string, path: Path): void {
    const prev = this.ids.get(id);
    if (prev) {
      throw new HuiwuError('DUPLICATE_ID', `id "${id}" is used twice (first at ${formatPath(prev)})`, {
        path: [...path, 'id'],
      });
    }
    this.ids.set(id, path);
  }

  item(input: CostItemInput, parentPath: Path, index: number, unit: BudgetUnit): ComputedItem {
    const fast = FastItem.tryBuild(input, parentPath, index, unit);
    if (fast) {
      if (input.id !== undefined) this.userId(input.id, fast.path);
      return fast;
    }
    const path = [...parentPath, 'items', index];
    const id = input.id ?? formatPath(path);
    if (input.id !== undefined) this.userId(id, path);
    else this.claimId(id, path);
    const factors: ComputedFactor[] = [];
    const q = input.quantity;
    if (Array.isArray(q)) {
      q.forEach((f, i) => {
        factors.push(this.factor(f.value, [...path, 'quantity', i, 'value'], f.unit));
      });
    } else if (q !== undefined) factors.push(this.factor(q, [...path, 'quantity'], input.unit));
    const stated = readStated(input.amount, unit, [...path, 'amount'], input.approximate === true);
    let unitPrice: Dec | undefined;
    if (input.unitPrice !== undefined) {
      // A unit price without its own unit is in the section's unit, like every other figure there.
      unitPrice = parseAmount(input.unitPrice, { path: [...path, 'unitPrice'], unit }).dividedBy(
        scaleOf(unit),
      );
    }
    if (unitPrice === undefined && factors.length && stated === undefined) {
      throw new HuiwuError('SCHEMA', 'a quantity needs a unitPrice (or an amount) to give an amount', {
        path: [...path, 'unitPrice'],
      });
    }
    if (unitPrice !== undefined && !factors.length) {
      throw new HuiwuError('SCHEMA', 'a unitPrice needs a quantity (write "1" for a single unit)', {
        path: [...path, 'quantity'],
      });
    }
    if (unitPrice === undefined && stated === undefined) {
      throw new HuiwuError('SCHEMA', 'an item needs unitPrice and quantity, or an amount', {
        path: [...path, 'amount'],
      });
    }
    const item: ComputedItem = {
      kind: 'item',
      id,
      path,
      name: input.name,
      moneyUnit: unit,
      factors,
      amount: null,
      approximate: false,
      provisional: input.provisional === true,
    };
    if (factors.length) {
      let quantity = factors[0]!.value;
      for (let i = 1; i < factors.length; i++)
        quantity = exactTimes(quantity, factors[i]!.value, [...path, 'quantity']);
      item.quantity = quantity;
    }
    if (unitPrice !== undefined && item.quantity !== undefined) {
      item.unitPrice = unitPrice;
      item.amount = exactTimes(unitPrice, item.quantity, [...path, 'amount']);
    } else if (stated && !stated.placeholder && stated.value) {
      item.amount = stated.value.dividedBy(scaleOf(unit));
      item.approximate = stated.approximate;
    }
    if (stated) item.stated = stated;
    if (input.unit !== undefined) item.unit = input.unit;
    if (input.category !== undefined) item.category = input.category;
    if (input.note !== undefined) item.note = input.note;
    if (input.source !== undefined) item.source = input.source;
    return item;
  }

  factor(raw: string | number, path: Path, unit: string | undefined): ComputedFactor {
    const value = parseDecimal(raw, { path });
    if (value.isNegative())
      throw new HuiwuError('SCHEMA', `quantity ${value.toString()} is negative`, { path });
    return unit === undefined ? { value } : { value, unit };
  }

  children(
    items: CostItemInput[] | undefined,
    sections: SectionInput[] | undefined,
    path: Path,
    unit: BudgetUnit,
    depth: number,
  ) {
    const out: ComputedNode[] = [];
    if (items) for (let i = 0; i < items.length; i++) out.push(this.item(items[i]!, path, i, unit));
    sections?.forEach((s, i) => {
      out.push(this.section(s, [...path, 'sections', i], unit, depth + 1));
    });
    return out;
  }

  section(input: SectionInput, path: Path, parentUnit: BudgetUnit, depth: number): ComputedSection {
    if (depth > 32) throw new HuiwuError('NESTING_TOO_DEEP', 'sections nest deeper than 32 levels', { path });
    const id = input.id ?? formatPath(path);
    if (input.id !== undefined) this.userId(id, path);
    else this.claimId(id, path);
    const unit = input.unit ?? parentUnit;
    const children = this.children(input.items, input.sections, path, unit, depth);
    const { total, approximate, itemCount } = addUp(children, unit);
    const s: ComputedSection = {
      kind: 'section',
      id,
      path,
      name: input.name,
      moneyUnit: unit,
      children,
      subtotal: total,
      approximate,
      itemCount,
    };
    const stated = readStated(input.subtotal, unit, [...path, 'subtotal']);
    if (stated) s.stated = stated;
    if (input.note !== undefined) s.note = input.note;
    return s;
  }
}

/**
 * Value of a node in `unit` (its own unit converted exactly), or null when unknown.
 *
 * @example
 * ```ts
 * nodeValue(section, '元')?.toString(); // a 万元 section's subtotal in 元
 * ```
 */
export function nodeValue(n: ComputedNode, unit: BudgetUnit): Dec | null {
  const v = n.kind === 'item' ? n.amount : n.subtotal;
  if (v === null || n.moneyUnit === unit) return v;
  return v.times(TEN.pow(UNIT_EXPONENT[n.moneyUnit] - UNIT_EXPONENT[unit]));
}

function addUp(
  children: ComputedNode[],
  unit: BudgetUnit,
): { total: Dec | null; approximate: boolean; itemCount: number } {
  const acc = new ExactSum();
  let known = true;
  let approximate = false;
  let itemCount = 0;
  for (const c of children) {
    if (c instanceof FastItem) {
      acc.addScaled(c.am, c.as);
      itemCount++;
      continue;
    }
    const v = nodeValue(c, unit);
    if (v === null) known = false;
    else acc.add(v);
    approximate ||= c.approximate;
    itemCount += c.kind === 'item' ? 1 : c.itemCount;
  }
  return { total: known ? acc.value() : null, approximate, itemCount };
}

/** Refuses a user id spelled like the path of another node that has no id of its own. */
function checkPathLikeIds(builder: Builder, children: ComputedNode[]): void {
  for (const { id, path } of builder.pathLikeIds) {
    let nodes: ComputedNode[] | undefined = children;
    let node: ComputedNode | undefined;
    for (const m of id.matchAll(/(items|sections)\[(\d+)\]/g)) {
      const kind = m[1] === 'items' ? 'item' : 'section';
      const list: ComputedNode[] = (nodes ?? []).filter((n) => n.kind === kind);
      node = list[Number.parseInt(m[2]!, 10)];
      nodes = node?.kind === 'section' ? node.children : undefined;
    }
    if (node && node.id === id && formatPath(node.path) === id) {
      throw new HuiwuError('DUPLICATE_ID', `id "${id}" is also the path of another item`, {
        path: [...path, 'id'],
      });
    }
  }
}

/**
 * Computes a budget exactly: every line (unit price × Π quantity factors), every section subtotal,
 * the grand total, the item count, and per-person / per-day figures when head count and days are given.
 * Figures keep the input's order; each node carries its id and path. Decimals serialize as strings
 * (`JSON.stringify` gives `"48700"`, never a float).
 *
 * @example
 * ```ts
 * const b = computeBudget({
 *   title: '工作会议经费预算',
 *   items: [
 *     { name: '场租费', amount: '2800' },
 *     { name: '奖牌', unitPrice: '60', quantity: '40', amount: '2400' },
 *   ],
 *   total: '5200',
 * });
 * b.total?.toString(); // '5200'
 * ```
 */
export function computeBudget(input: BudgetInput, opts: ComputeOptions = {}): ComputedBudget {
  // Valid input skips zod (the hand check accepts exactly what the schema accepts); anything else
  // goes through zod, which names every problem.
  const { value, unknownFields } = isValidBudgetInput(input)
    ? { value: input, unknownFields: [] }
    : parseBudget(input, opts);
  const unit = value.unit ?? '元';
  const builder = new Builder();
  const children = builder.children(value.items, value.sections, [], unit, 0);
  checkPathLikeIds(builder, children);
  const { total, approximate, itemCount } = addUp(children, unit);
  const out: ComputedBudget = {
    title: value.title,
    moneyUnit: unit,
    children,
    total,
    totalYuan: total === null ? null : total.times(scaleOf(unit)),
    approximate,
    itemCount,
    unknownFields,
  };
  const stated = readStated(value.total, unit, ['total']);
  if (stated) out.stated = stated;
  if (value.note !== undefined) out.note = value.note;
  if (value.headCount !== undefined) {
    out.headCount = parseDecimal(value.headCount, { path: ['headCount'] });
    if (out.headCount.isNegative() || !out.headCount.isInteger()) {
      throw new HuiwuError(
        'SCHEMA',
        `head count ${out.headCount.toString()} must be a whole number of people, 0 or more`,
        { path: ['headCount'] },
      );
    }
  }
  if (value.days !== undefined) {
    out.days = parseDecimal(value.days, { path: ['days'] });
    if (out.days.isNegative())
      throw new HuiwuError('SCHEMA', `days ${out.days.toString()} is negative`, { path: ['days'] });
  }
  if (total !== null) {
    const h = out.headCount;
    const d = out.days;
    // Per-person figures are quotients: the one place a rounding rule applies, named here: 分, half up.
    if (h && !h.isZero()) out.perPerson = round(total.dividedBy(h), places(unit));
    if (d && !d.isZero()) out.perDay = round(total.dividedBy(d), places(unit));
    if (h && d && !h.isZero() && !d.isZero())
      out.perPersonPerDay = round(total.dividedBy(h.times(d)), places(unit));
  }
  return out;
}

/** Decimal places that make 分 in a unit: 2 for 元, 6 for 万元, 10 for 亿元. */
function places(unit: BudgetUnit): number {
  return 2 + UNIT_EXPONENT[unit];
}

/**
 * Visits every node of a computed budget, depth first, in input order.
 *
 * @example
 * ```ts
 * for (const node of walkBudget(computeBudget(input))) console.log(node.id);
 * ```
 */
export function* walkBudget(b: { children: ComputedNode[] }): Generator<ComputedNode> {
  const stack: ComputedNode[] = [...b.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    yield n;
    if (n.kind === 'section') for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
}
