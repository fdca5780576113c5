import { Dec } from '../decimal/dec.js';
import { scanAny, scanned } from '../decimal/scan.js';
import { type BudgetUnit, UNIT_EXPONENT } from '../decimal/units.js';
import { formatPath } from '../errors.js';
import type { ComputedFactor, ComputedItem, Path } from './compute.js';
import type { CostItemInput } from './schema.js';
import type { StatedFigure } from './stated.js';

const MAX = Number.MAX_SAFE_INTEGER;
const MAX_SCALE = 16;
const POW10 = Array.from({ length: MAX_SCALE + 1 }, (_, i) => 10 ** i);

function dec(m: number, s: number): Dec {
  return new Dec(s === 0 ? m : `${m}e-${s}`);
}

/**
 * A cost item whose figures are plain decimals small enough to hold as integer mantissas. Its
 * Decimals are built only when read, so auditing a large budget whose lines are right allocates
 * almost nothing per line. It reads exactly like any other {@link ComputedItem}.
 *
 * @example
 * ```ts
 * const item = computeBudget(input).children[0]; // a FastItem when its figures are plain decimals
 * item.amount.toString();
 * ```
 */
export class FastItem implements ComputedItem {
  readonly kind = 'item' as const;
  readonly approximate = false;
  readonly moneyUnit: BudgetUnit;
  /** Amount mantissa and scale: amount = am × 10^-as. */
  readonly am: number;
  readonly as: number;
  /** True when the stated amount equals the computed one exactly (or there is none). */
  readonly exact: boolean;
  private readonly input: CostItemInput;
  // The path is built on demand from the parent's (shared) path: one array per item read, not per item built.
  private readonly parentPath: Path;
  private readonly index: number;
  private readonly priced: boolean;
  private readonly sm: number;
  private readonly ss: number;
  private readonly hasStated: boolean;

  private constructor(
    input: CostItemInput,
    parentPath: Path,
    index: number,
    unit: BudgetUnit,
    am: number,
    as: number,
    priced: boolean,
    sm: number,
    ss: number,
    hasStated: boolean,
  ) {
    this.input = input;
    this.parentPath = parentPath;
    this.index = index;
    this.moneyUnit = unit;
    this.am = am;
    this.as = as;
    this.priced = priced;
    this.sm = sm;
    this.ss = ss;
    this.hasStated = hasStated;
    this.exact = !hasStated || sameValue(am, as, sm, ss);
  }

  get path(): Path {
    return [...this.parentPath, 'items', this.index];
  }
  get name(): string {
    return this.input.name;
  }
  get provisional(): boolean {
    return this.input.provisional === true;
  }
  get unit(): string | undefined {
    return this.input.unit;
  }
  get category(): string | undefined {
    return this.input.category;
  }
  get note(): string | undefined {
    return this.input.note;
  }
  get source(): string | undefined {
    return this.input.source;
  }

  /**
   * Builds a fast item when every figure is a plain decimal and every product stays below 2^53;
   * otherwise returns undefined and the caller takes the general path (which also reports errors).
   */
  static tryBuild(
    input: CostItemInput,
    parentPath: Path,
    index: number,
    unit: BudgetUnit,
  ): FastItem | undefined {
    if (input.approximate) return undefined;
    let sm = 0;
    let ss = 0;
    const hasStated = input.amount !== undefined;
    if (hasStated) {
      if (input.amount === null || input.amount === undefined || !scanAny(input.amount)) return undefined;
      sm = scanned.m;
      ss = scanned.s;
    }
    if (input.unitPrice === undefined) {
      if (!hasStated || input.quantity !== undefined) return undefined;
      return new FastItem(input, parentPath, index, unit, sm, ss, false, sm, ss, true);
    }
    if (!scanAny(input.unitPrice)) return undefined;
    let m = scanned.m;
    let s = scanned.s;
    const q = input.quantity;
    if (q === undefined) return undefined;
    if (Array.isArray(q)) {
      for (const f of q) {
        if (!scanAny(f.value) || scanned.m < 0) return undefined;
        m *= scanned.m;
        s += scanned.s;
        if (m > MAX || m < -MAX || s > MAX_SCALE) return undefined;
      }
    } else {
      if (!scanAny(q) || scanned.m < 0) return undefined;
      m *= scanned.m;
      s += scanned.s;
      if (m > MAX || m < -MAX || s > MAX_SCALE) return undefined;
    }
    return new FastItem(input, parentPath, index, unit, m === 0 ? 0 : m, s, true, sm, ss, hasStated);
  }

  get id(): string {
    return this.input.id ?? formatPath(this.path);
  }

  get amount(): Dec {
    return dec(this.am, this.as);
  }

  get unitPrice(): Dec | undefined {
    if (!this.priced) return undefined;
    scanAny(this.input.unitPrice!);
    return dec(scanned.m, scanned.s);
  }

  get factors(): ComputedFactor[] {
    const q = this.input.quantity;
    if (q === undefined) return [];
    const list = Array.isArray(q) ? q : [{ value: q, unit: this.input.unit }];
    return list.map((f) => {
      scanAny(f.value);
      const value = dec(scanned.m, scanned.s);
      return f.unit === undefined ? { value } : { value, unit: f.unit };
    });
  }

  get quantity(): Dec | undefined {
    const fs = this.factors;
    if (!fs.length) return undefined;
    return fs.reduce((a, f) => a.times(f.value), new Dec(1));
  }

  get stated(): StatedFigure | undefined {
    if (!this.hasStated) return undefined;
    return {
      text: String(this.input.amount),
      value: dec(this.sm, this.ss).times(new Dec(10).pow(UNIT_EXPONENT[this.moneyUnit])),
      places: this.ss - UNIT_EXPONENT[this.moneyUnit],
      approximate: false,
      placeholder: false,
    };
  }

  /** The same JSON as a general item: every figure a decimal string. */
  toJSON(): Record<string, unknown> {
    const o: Record<string, unknown> = {
      kind: 'item',
      id: this.id,
      path: this.path,
      name: this.name,
      moneyUnit: this.moneyUnit,
      factors: this.factors,
      amount: this.amount,
      approximate: false,
      provisional: this.provisional,
    };
    if (this.priced) {
      o.unitPrice = this.unitPrice;
      o.quantity = this.quantity;
    }
    if (this.hasStated) o.stated = this.stated;
    for (const k of ['unit', 'category', 'note', 'source'] as const)
      if (this[k] !== undefined) o[k] = this[k];
    return o;
  }
}

/** a × 10^-as = b × 10^-bs, in integers while they stay exact. */
function sameValue(a: number, as: number, b: number, bs: number): boolean {
  if (as === bs) return a === b;
  if (as > bs) {
    const d = as - bs;
    if (d > MAX_SCALE) return false;
    const x = b * POW10[d]!;
    return x <= MAX && x >= -MAX && x === a;
  }
  const d = bs - as;
  if (d > MAX_SCALE) return false;
  const x = a * POW10[d]!;
  return x <= MAX && x >= -MAX && x === b;
}
