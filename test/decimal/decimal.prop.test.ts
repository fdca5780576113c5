import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  Dec,
  ExactSum,
  formatAmount,
  HuiwuError,
  parseAmount,
  parseChineseUppercase,
  sum,
  toChineseUppercase,
} from '../../src/index.js';

/** Decimal strings with up to 8 places, as documents write them. */
const decimalString = fc
  .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }))
  .map(([m, s]) => new Dec(`${m}e-${s}`).toFixed());
const fen = fc.bigInt({ min: -(10n ** 17n) + 1n, max: 10n ** 17n - 1n }).map((m) => new Dec(`${m}e-2`));

describe('decimal properties', () => {
  it('a sum is exact and does not depend on order', () => {
    fc.assert(
      fc.property(fc.array(decimalString, { maxLength: 60 }), fc.func(fc.integer()), (xs, key) => {
        const reference = xs.reduce((a, x) => a.plus(x), new Dec(0));
        const shuffled = [...xs].sort((a, b) => key(a) - key(b));
        expect(sum(xs).eq(reference)).toBe(true);
        expect(sum(shuffled).eq(reference)).toBe(true);
      }),
    );
  });

  it('Σ a×b equals the Decimal reference on every path', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(decimalString, decimalString), { maxLength: 40 }), (pairs) => {
        const acc = new ExactSum();
        for (const [a, b] of pairs) acc.addProduct(a, b);
        const ref = pairs.reduce((s, [a, b]) => s.plus(new Dec(a).times(b)), new Dec(0));
        expect(acc.value().eq(ref)).toBe(true);
      }),
    );
  });

  it('allocate sums back to the total and each part is within one unit of its share', () => {
    fc.assert(
      fc.property(
        fen,
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          fc.pre(weights.some((w) => w > 0));
          const parts = allocate(total, weights);
          expect(parts.reduce((a, b) => a.plus(b), new Dec(0)).eq(total)).toBe(true);
          const W = weights.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => {
            const exact = total.times(weights[i]!).dividedBy(W);
            expect(p.minus(exact).abs().lt('0.01')).toBe(true);
          });
        },
      ),
    );
  });

  it('uppercase format and parse round-trip', () => {
    fc.assert(
      fc.property(fen, (x) => {
        expect(parseChineseUppercase(toChineseUppercase(x)).eq(x)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('grouped strings parse back to the value', () => {
    fc.assert(
      fc.property(fen, (x) => {
        expect(parseAmount(formatAmount(x)).eq(x)).toBe(true);
      }),
    );
  });

  it('parsing never throws anything but HuiwuError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.double(), fc.anything()), (x) => {
        try {
          parseAmount(x as never);
        } catch (e) {
          expect(e).toBeInstanceOf(HuiwuError);
        }
        try {
          parseChineseUppercase(x as never);
        } catch (e) {
          expect(e).toBeInstanceOf(HuiwuError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
