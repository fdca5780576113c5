import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCurrency, parseAmount } from '../../src/index.js';

describe('formatCurrency and parseAmount round-trip', () => {
  it('parses back every amount it formats, negative ones included', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (cents) => {
        const neg = cents < 0n;
        const abs = neg ? -cents : cents;
        const text = `${neg ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
        expect(parseAmount(formatCurrency(text)).eq(text)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
