import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/text/index.js';

const ranks = (text: string) => auditText(text).findings.filter((f) => f.rule === 'product.ranks');

describe('product.ranks (property)', () => {
  const arb = fc.record({
    lo: fc.integer({ min: 1, max: 60 }),
    width: fc.integer({ min: 0, max: 40 }),
    units: fc.integer({ min: 2, max: 40 }),
    unit: fc.constantFrom('赛区', '小组', '学校', '县'),
    sep: fc.constantFrom('至', '到', '-', '~'),
  });

  it('a consistent allocation is never a mismatch', () => {
    fc.assert(
      fc.property(arb, ({ lo, width, units, unit, sep }) => {
        const hi = lo + width;
        const total = (width + 1) * units;
        const found = ranks(`三等奖(每个${unit}${lo}${sep}${hi}名,${units}个${unit}共计${total}人)。`);
        expect(found.map((f) => f.verdict)).toEqual(['match']);
      }),
    );
  });

  it('reports exactly the injected error', () => {
    fc.assert(
      fc.property(
        arb,
        fc.integer({ min: -5, max: 5 }).filter((d) => d !== 0),
        (a, d) => {
          const hi = a.lo + a.width;
          const right = (a.width + 1) * a.units;
          fc.pre(right + d > 0);
          const found = ranks(
            `三等奖(每个${a.unit}${a.lo}${a.sep}${hi}名,${a.units}个${a.unit}共计${right + d}人)。`,
          );
          expect(found).toHaveLength(1);
          expect(found[0]).toMatchObject({
            verdict: 'mismatch',
            stated: String(right + d),
            expected: String(right),
          });
        },
      ),
    );
  });
});
