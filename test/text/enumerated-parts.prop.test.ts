import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/text/index.js';

const PARTS = ['因公出国(境)费', '公务用车购置费', '公务用车运行维护费', '公务接待费'];

/** 12000 → '12,000.00' (grouped), or '12000.00'. */
function money(cents: number, grouped: boolean): string {
  const s = new Decimal(cents).dividedBy(100).toFixed(2);
  if (!grouped) return s;
  const [int, frac] = s.split('.');
  return `${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

const docArb = fc.record({
  parts: fc.array(fc.integer({ min: 100, max: 5_000_000 }), { minLength: 3, maxLength: 4 }),
  grouped: fc.boolean(),
  sep: fc.constantFrom(';', '；', ','),
});

function render(d: { parts: number[]; grouped: boolean; sep: string }, delta = 0): string {
  const whole = d.parts.reduce((a, b) => a + b, 0) + delta;
  const items = d.parts.map((p, i) => `${PARTS[i]}支出决算为${money(p, d.grouped)}元`).join(d.sep);
  return `本部门“三公”经费支出决算为${money(whole, d.grouped)}元,完成年初预算的100%。其中:${items}。`;
}

const sums = (text: string) => auditText(text).findings.filter((f) => f.rule === 'sum.parts');

describe('parts enumerated after 其中, written with grouped digits', () => {
  it('adds the parts, whatever their digit grouping, and finds a consistent whole right', () => {
    fc.assert(
      fc.property(docArb, (d) => {
        const text = render(d);
        const f = sums(text);
        expect(f, text).toHaveLength(1);
        expect(f[0]!.verdict, text).toBe('match');
      }),
      { numRuns: 200 },
    );
  });

  it('reports a whole off by a cent or more, with the exact difference', () => {
    fc.assert(
      fc.property(docArb, fc.integer({ min: 1, max: 100_000 }), (d, delta) => {
        const text = render(d, delta);
        const f = sums(text).filter((x) => x.verdict === 'mismatch');
        expect(f, text).toHaveLength(1);
        expect(new Decimal(f[0]!.difference!).eq(new Decimal(delta).dividedBy(100)), text).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
