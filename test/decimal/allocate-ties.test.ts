import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from '../../src/index.js';

describe('allocate: ties go to the earlier weight, exactly', () => {
  it('gives the issue’s cases by the rule', () => {
    expect(allocate('8694.44', [7, 1, 4]).map(String)).toEqual(['5071.76', '724.54', '2898.14']);
    expect(allocate('0.02', [4, 1, 1]).map(String)).toEqual(['0.02', '0', '0']);
    expect(allocate('0.10', [1, 1, 1]).map(String)).toEqual(['0.04', '0.03', '0.03']);
  });

  it('matches a by-hand largest-remainder split in integers, on tie-heavy weights', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc
          .array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 8 })
          .filter((w) => w.some((x) => x > 0)),
        (cents, weights) => {
          const D = weights.reduce((a, b) => a + b, 0);
          // Remainders as exact integers (cents × w mod D): equal ones are equal.
          const share = weights.map((w) => ({ floor: Math.floor((cents * w) / D), rem: (cents * w) % D }));
          let left = cents - share.reduce((a, s) => a + s.floor, 0);
          const order = share.map((s, i) => ({ i, rem: s.rem })).sort((a, b) => b.rem - a.rem || a.i - b.i);
          const want = share.map((s) => s.floor);
          for (let k = 0; left > 0; k++, left--) want[order[k]!.i]! += 1;
          const total = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
          const got = allocate(total, weights).map((d) => Number(d.times(100).toFixed(0)));
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
