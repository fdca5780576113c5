import { Dec, toPlain } from '../decimal/dec.js';
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

  /**
   * This item's JSON text, the same as `JSON.stringify(item)`, written straight from the integer
   * mantissas: no Decimal is built, and the path and id reuse the parent's text.
   */
  jsonText(): string {
    const out: string[] = [];
    this.jsonParts(out);
    return out.join('');
  }

  /**
   * Pushes this item's JSON text onto `out` in pieces (mostly constant strings): a caller that joins
   * one array for many items copies each character once, where concatenating per item builds a
   * rope of every piece first.
   */
  jsonParts(out: string[]): void {
    const input = this.input;
    const pathOpen = openPathOf(this.parentPath);
    out.push('{"kind":"item","id":');
    if (input.id !== undefined) out.push(JSON.stringify(input.id));
    else out.push('"', lastIdOpen, 'items[', String(this.index), ']"');
    out.push(',"path":', pathOpen, '"items",', String(this.index), '],"name":', jsonString(input.name));
    out.push(',"moneyUnit":"', this.moneyUnit, '","factors":[');
    const q = input.quantity;
    // The quantity is the product of the factors; tryBuild bounded it with the unit price, which may be 0.
    let qm = 1;
    let qs = 0;
    if (Array.isArray(q)) {
      for (let i = 0; i < q.length; i++) {
        const f = q[i]!;
        scanAny(f.value);
        qm *= scanned.m;
        qs += scanned.s;
        out.push(i ? ',{"value":"' : '{"value":"', plainOf(scanned.m, scanned.s), '"');
        if (f.unit !== undefined) out.push(',"unit":', JSON.stringify(f.unit));
        out.push('}');
      }
    } else if (q !== undefined) {
      scanAny(q);
      qm = scanned.m;
      qs = scanned.s;
      out.push('{"value":"', plainOf(qm, qs), '"');
      if (input.unit !== undefined) out.push(',"unit":', JSON.stringify(input.unit));
      out.push('}');
    }
    out.push('],"amount":"', plainOf(this.am, this.as), '","approximate":false,"provisional":');
    out.push(input.provisional === true ? 'true' : 'false');
    if (this.priced) {
      scanAny(input.unitPrice!);
      out.push(',"unitPrice":"', plainOf(scanned.m, scanned.s), '","quantity":"');
      out.push(qm <= MAX ? plainOf(qm, qs) : toPlain(this.quantity!), '"');
    }
    if (this.hasStated) {
      const e = UNIT_EXPONENT[this.moneyUnit];
      out.push(
        ',"stated":{"text":',
        jsonString(String(input.amount)),
        ',"value":"',
        plainOf(this.sm, this.ss - e),
      );
      out.push('","places":', String(this.ss - e), ',"approximate":false,"placeholder":false}');
    }
    if (input.unit !== undefined) out.push(',"unit":', JSON.stringify(input.unit));
    if (input.category !== undefined) out.push(',"category":', JSON.stringify(input.category));
    if (input.note !== undefined) out.push(',"note":', JSON.stringify(input.note));
    if (input.source !== undefined) out.push(',"source":', JSON.stringify(input.source));
    out.push('}');
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

/**
 * The canonical decimal text of m × 10^-s (a safe integer m), as decimal.js writes it: no exponent,
 * no trailing fraction zeros, `0` for zero.
 */
function plainOf(m: number, s: number): string {
  if (m === 0) return '0';
  const sign = m < 0 ? '-' : '';
  let digits = String(m < 0 ? -m : m);
  if (s <= 0) return sign + digits + '0'.repeat(-s);
  let k = digits.length;
  let frac = s;
  while (frac > 0 && digits.charCodeAt(k - 1) === 48) {
    k--;
    frac--;
  }
  digits = digits.slice(0, k);
  if (frac === 0) return sign + digits;
  if (digits.length > frac) return `${sign}${digits.slice(0, -frac)}.${digits.slice(-frac)}`;
  return `${sign}0.${'0'.repeat(frac - digits.length)}${digits}`;
}

// Items of one section share their parent's path array: its JSON text is built once for all of them.
let lastParent: Path | undefined;
let lastOpen = '';
let lastIdOpen = '';

/** `JSON.stringify(parentPath)` without its closing bracket, ready for `"items",i]`. */
function openPathOf(parentPath: Path): string {
  if (parentPath !== lastParent) {
    lastParent = parentPath;
    lastOpen = parentPath.length ? `${JSON.stringify(parentPath).slice(0, -1)},` : '[';
    lastIdOpen = parentPath.length ? `${formatPath(parentPath)}.` : '';
  }
  return lastOpen;
}

// Characters JSON.stringify would escape: quotes, backslashes, controls and lone surrogates.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** `JSON.stringify(s)`, skipping the call for the usual name that needs no escape. */
function jsonString(s: string): string {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
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
