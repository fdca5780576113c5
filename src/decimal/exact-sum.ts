import { type AmountInput, Dec, exactTimes, isDecimal } from './dec.js';
import { parseAmount, parseDecimal } from './parse.js';
import { MAX_FAST_SCALE, scanAny, scanned } from './scan.js';

const BUCKETS = MAX_FAST_SCALE * 2 + 1;
const MAX = Number.MAX_SAFE_INTEGER;

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

  /**
   * Adds `m × 10^-s` for an integer mantissa `|m| ≤ 2^53 − 1` and scale `0 ≤ s ≤ 16`: the entry point for
   * callers that already hold scanned figures. Out-of-range input is refused, never rounded.
   */
  addScaled(m: number, s: number): this {
    if (!Number.isSafeInteger(m) || !Number.isInteger(s) || s < 0 || s >= BUCKETS) {
      throw new RangeError(`addScaled needs a safe integer mantissa and a scale 0…${BUCKETS - 1}`);
    }
    this.count++;
    this.bucket(m, s);
    return this;
  }

  /** Adds one amount (a decimal string, Decimal, bigint or safe integer; units such as 万元 allowed). */
  add(x: AmountInput): this {
    this.count++;
    if (scanAny(x)) this.bucket(scanned.m, scanned.s);
    else this.addSlow(isDecimal(x) ? x : parseAmount(x));
    return this;
  }

  /** Adds `a × b` exactly (a unit price and a quantity, say). */
  addProduct(a: AmountInput, b: AmountInput): this {
    this.count++;
    if (scanAny(a)) {
      const ma = scanned.m;
      const sa = scanned.s;
      if (scanAny(b)) {
        const p = ma * scanned.m;
        const s = sa + scanned.s;
        // A float product below 2^53 in magnitude is the exact product (it is correctly rounded).
        if (p <= MAX && p >= -MAX) this.bucket(p === 0 ? 0 : p, s);
        else {
          this.big[s]! += BigInt(ma) * BigInt(scanned.m);
          this.used |= 1 << s;
        }
        return this;
      }
    }
    const da = isDecimal(a) ? a : parseAmount(a);
    const db = isDecimal(b) ? b : parseDecimal(b);
    this.addSlow(exactTimes(da, db));
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
