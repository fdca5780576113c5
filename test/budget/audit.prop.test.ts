import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditBudget, computeBudget, Dec, type ItemInputLike } from './arbitraries.js';

const item = fc.record({
  unitPrice: fc.bigInt({ min: 0n, max: 10n ** 9n }).map((m) => new Dec(`${m}e-2`).toFixed()),
  quantity: fc.integer({ min: 0, max: 10_000 }).map(String),
});

/** Builds a budget whose stated figures are exactly its computed figures. */
function clean(items: ItemInputLike[], groups: number) {
  const sections = Array.from({ length: groups }, (_, g) => ({
    name: `S${g}`,
    items: items.filter((_, i) => i % groups === g),
  }));
  return { title: 't', sections };
}

function withStated(b: ReturnType<typeof clean>) {
  let total = new Dec(0);
  const sections = b.sections.map((s) => {
    let sub = new Dec(0);
    const items = s.items.map((it) => {
      const amount = new Dec(it.unitPrice).times(it.quantity);
      sub = sub.plus(amount);
      return { ...it, amount: amount.toFixed(2) };
    });
    total = total.plus(sub);
    return { ...s, items, subtotal: sub.toFixed(2) };
  });
  return { title: 't', sections, total: total.toFixed(2) };
}

describe('budget properties', () => {
  it('the total does not depend on item order or on grouping into sections', () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 30 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (items, g1, g2) => {
          const named = items.map((it, i) => ({ name: `i${i}`, ...it }));
          const a = computeBudget(clean(named, g1)).total!;
          const b = computeBudget(clean([...named].reverse(), g2)).total!;
          const flat = computeBudget({ title: 't', items: named }).total!;
          const ref = items.reduce((s, it) => s.plus(new Dec(it.unitPrice).times(it.quantity)), new Dec(0));
          expect(a.eq(ref) && b.eq(ref) && flat.eq(ref)).toBe(true);
        },
      ),
    );
  });

  it('a budget whose stated figures are its computed figures audits clean', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), fc.integer({ min: 1, max: 4 }), (items, g) => {
        const r = auditBudget(
          withStated(
            clean(
              items.map((it) => ({ name: 'x', ...it })),
              g,
            ),
          ),
        );
        expect(r.findings.filter((f) => f.severity !== 'info' && f.rule !== 'budget.empty')).toEqual([]);
        expect(r.findings.some((f) => f.rule === 'budget.empty')).toBe(items.length === 0);
      }),
    );
  });

  it('changing one stated line by d yields that line with difference d, then the sums it feeds as consequences', () => {
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 4 }),
        fc.nat(),
        fc.bigInt({ min: -(10n ** 8n), max: 10n ** 8n }).filter((d) => d !== 0n),
        (items, g, pick, dCents) => {
          const b = withStated(
            clean(
              items.map((it) => ({ name: 'x', ...it })),
              g,
            ),
          );
          const nonEmpty = b.sections.map((s, i) => [s, i] as const).filter(([s]) => s.items.length > 0);
          const [sec, si] = nonEmpty[pick % nonEmpty.length]!;
          const ii = pick % sec.items.length;
          const d = new Dec(`${dCents}e-2`);
          const line = sec.items[ii]!;
          // The writer's slip on one line, carried into the sums they then added up.
          line.amount = new Dec(line.amount).plus(d).toFixed(2);
          sec.subtotal = new Dec(sec.subtotal).plus(d).toFixed(2);
          b.total = new Dec(b.total).plus(d).toFixed(2);
          const errors = auditBudget(b).findings.filter((f) => f.severity === 'error');
          expect(errors.map((f) => [f.rule, f.difference])).toEqual([
            ['product.line', d.toFixed()],
            ['sum.subtotal', d.toFixed()],
            ['sum.total', d.toFixed()],
          ]);
          expect(errors[0]!.at).toEqual({ path: ['sections', si, 'items', ii, 'amount'] });
          expect(errors[1]!.causedBy).toEqual([`sections[${si}].items[${ii}]`]);
          expect(errors[2]!.causedBy).toEqual([`sections[${si}]`]);
        },
      ),
    );
  });

  it('computing twice gives identical JSON, and every item keeps its path', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), fc.integer({ min: 1, max: 4 }), (items, g) => {
        const input = clean(
          items.map((it) => ({ name: 'x', ...it })),
          g,
        );
        const a = JSON.stringify(auditBudget(input));
        expect(JSON.stringify(auditBudget(input))).toBe(a);
        const b = computeBudget(input);
        const paths = b.children.flatMap((s) =>
          s.kind === 'section' ? s.children.map((c) => c.path.join('/')) : [],
        );
        const expected = input.sections.flatMap((s, si) =>
          s.items.map((_, ii) => `sections/${si}/items/${ii}`),
        );
        expect(paths).toEqual(expected);
        expect(b.itemCount).toBe(items.length);
      }),
    );
  });
});
