import { type AmountInput, Dec, isDecimal } from './dec.js';
import { parseAmount, parseDecimal } from './parse.js';

/** Largest scale (decimal places) the integer fast path keeps; products may reach twice this. */
const MAX_FAST_SCALE = 8;
const BUCKETS = MAX_FAST_SCALE * 2 + 1;
const MAX = Number.MAX_SAFE_INTEGER;

// Scratch results of scanFixed: avoids allocating a tuple per value in the hot loop.
let scanMantissa = 0;
let scanScale = 0;

/**
 * Reads a plain decimal string of at most 15 significant characters (`-12345.67`) as an integer
 * mantissa and a scale, without allocating. Returns false for anything else (grouping, units,
 * exponents, long values), which then takes the exact Decimal path.
 */
function scanFixed(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 16) return false;
  let i = 0;
  let neg = false;
  if (s.charCodeAt(0) === 45) {
    neg = true;
    i = 1;
    if (n === 1) return false;
  }
  let m = 0;
  let scale = -1;
  let digits = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      if (scale >= 0) scale++;
    } else if (c === 46 && scale < 0) {
      scale = 0;
    } else return false;
  }
  if (digits === 0 || digits > 15 || scale === 0) return false;
  scanMantissa = neg ? -m : m;
  scanScale = Math.max(scale, 0);
  return scanScale <= MAX_FAST_SCALE;
}

function scanAny(x: AmountInput): boolean {
  if (typeof x === 'string') return scanFixed(x);
  if (typeof x === 'number' && Number.isSafeInteger(x) && Math.abs(x) < 1e15) {
    scanMantissa = x;
    scanScale = 0;
    return true;
  }
  return false;
}

/**
 * An exact accumulator for sums and sums of products. Plain decimals are added as integer mantissas
 * per scale in JS numbers while they stay below 2^53 (where float addition is exact), spill into
 * BigInt beyond that, and anything the fast path cannot represent is added as a {@link Dec}. The
 * result is the same exact value whichever path each term took, in any order.
 *
 * @example
 * ```ts
 * const s = new ExactSum();
 * s.add('0.1').add('0.2').addProduct('19.99', '3');
 * s.value().toString(); // '60.27'
 * ```
 */
export class ExactSum {
  private readonly small: number[] = new Array(BUCKETS).fill(0);
  private readonly big: bigint[] = new Array(BUCKETS).fill(0n);
  private used = 0; // bitmask of buckets touched
  private slow: Dec | undefined;
  private count = 0;

  private bucket(m: number, s: number): void {
    const t = this.small[s]! + m;
    if (t <= MAX && t >= -MAX) this.small[s] = t;
    else {
      this.big[s]! += BigInt(this.small[s]!) + BigInt(m);
      this.small[s] = 0;
    }
    this.used |= 1 << s;
  }

  private addSlow(d: Dec): void {
    this.slow = this.slow ? this.slow.plus(d) : d;
  }

  /** Adds one amount (a decimal string, Decimal, bigint or safe integer; units such as 万元 allowed). */
  add(x: AmountInput): this {
    this.count++;
    if (scanAny(x)) this.bucket(scanMantissa, scanScale);
    else this.addSlow(isDecimal(x) ? x : parseAmount(x));
    return this;
  }

  /** Adds `a × b` exactly (a unit price and a quantity, say). */
  addProduct(a: AmountInput, b: AmountInput): this {
    this.count++;
    if (scanAny(a)) {
      const ma = scanMantissa;
      const sa = scanScale;
      if (scanAny(b)) {
        const p = ma * scanMantissa;
        const s = sa + scanScale;
        // A float product below 2^53 in magnitude is the exact product (it is correctly rounded).
        if (p <= MAX && p >= -MAX) this.bucket(p === 0 ? 0 : p, s);
        else {
          this.big[s]! += BigInt(ma) * BigInt(scanMantissa);
          this.used |= 1 << s;
        }
        return this;
      }
    }
    const da = isDecimal(a) ? a : parseAmount(a);
    const db = isDecimal(b) ? b : parseDecimal(b);
    this.addSlow(da.times(db));
    return this;
  }

  /** Number of terms added so far. */
  get size(): number {
    return this.count;
  }

  /** The exact sum so far. */
  value(): Dec {
    let top = -1;
    for (let s = BUCKETS - 1; s >= 0; s--) {
      if (this.used & (1 << s)) {
        top = s;
        break;
      }
    }
    let total = new Dec(0);
    if (top >= 0) {
      let acc = 0n;
      for (let s = 0; s <= top; s++) {
        if (!(this.used & (1 << s))) continue;
        acc += (this.big[s]! + BigInt(this.small[s]!)) * 10n ** BigInt(top - s);
      }
      total = new Dec(top === 0 ? acc.toString() : `${acc.toString()}e-${top}`);
    }
    if (this.slow) total = total.plus(this.slow);
    return total.isZero() ? new Dec(0) : total;
  }
}

/**
 * Exact sum of amounts, in any order.
 *
 * @example
 * ```ts
 * sum(['0.1', '0.2']).toString(); // '0.3'
 * ```
 */
export function sum(values: Iterable<AmountInput>): Dec {
  const acc = new ExactSum();
  for (const v of values) acc.add(v);
  return acc.value();
}

/**
 * Exact Σ unitPrice × quantity over `[unitPrice, quantity]` pairs.
 *
 * @example
 * ```ts
 * sumProducts([['60', '40'], ['10', '50']]).toString(); // '2900'
 * ```
 */
export function sumProducts(pairs: Iterable<readonly [AmountInput, AmountInput]>): Dec {
  const acc = new ExactSum();
  for (const [a, b] of pairs) acc.addProduct(a, b);
  return acc.value();
}
