import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walkBudget } from '../../src/budget/compute.js';
import { renderJson } from '../../src/cli/output.js';
import { type ComputedNode, Dec, formatPath, planMeeting } from '../../src/index.js';
import { auditBudget, computeBudget } from '../helpers/untyped.js';

type Json = Record<string, unknown>;

const decimal = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 6n }), fc.integer({ min: 0, max: 4 }))
  .map(([m, s]) => {
    const t = m.toString().padStart(s + 1, '0');
    return s === 0 ? t : `${t.slice(0, -s)}.${t.slice(-s)}`;
  });

/** A stated figure: right, wrong, a placeholder, approximate, a safe integer, or absent. */
const stated = fc.oneof(
  fc.constant(undefined),
  fc.constant('right'),
  decimal,
  fc.constantFrom('××', '待定', '', null),
  decimal.map((d) => `约${d}`),
  fc.integer({ min: 0, max: 10_000 }),
);

const item = fc.record(
  {
    name: fc.string({ minLength: 1, maxLength: 6 }),
    price: fc.option(decimal, { nil: undefined }),
    quantity: fc.oneof(decimal, fc.array(decimal, { minLength: 1, maxLength: 3 })),
    amount: stated,
    provisional: fc.boolean(),
  },
  { requiredKeys: ['name', 'price', 'quantity', 'amount', 'provisional'] },
);

/** Builds a valid item input from a generated shape (a lump sum when there is no price). */
function toItem(x: {
  name: string;
  price: string | undefined;
  quantity: string | string[];
  amount: unknown;
  provisional: boolean;
}): Json {
  const out: Json = { name: x.name };
  if (x.price !== undefined) {
    out.unitPrice = x.price;
    out.quantity = Array.isArray(x.quantity) ? x.quantity.map((value) => ({ value })) : x.quantity;
    if (x.amount === 'right') {
      const q = Array.isArray(x.quantity) ? x.quantity : [x.quantity];
      out.amount = q.reduce((a, b) => a.times(b), new Dec(x.price)).toFixed();
    } else if (x.amount !== undefined) out.amount = x.amount;
  } else {
    out.amount = x.amount === undefined || x.amount === 'right' ? '100' : x.amount;
  }
  if (x.provisional) out.provisional = true;
  return out;
}

const items = fc.array(item.map(toItem), { maxLength: 5 });
const sectionTree = fc.letrec<{ section: Json }>((tie) => ({
  section: fc
    .record({
      name: fc.string({ minLength: 1, maxLength: 6 }),
      items: items,
      sections: fc.oneof({ depthSize: 'small' }, fc.constant([]), fc.array(tie('section'), { maxLength: 3 })),
      subtotal: stated,
      unit: fc.constantFrom(undefined, '元', '万元'),
    })
    .map(({ subtotal, unit, ...s }) => {
      const out: Json = { ...s };
      if (subtotal !== undefined && subtotal !== 'right') out.subtotal = subtotal;
      if (unit !== undefined) out.unit = unit;
      return out;
    }),
}));

const budget = fc
  .record({
    title: fc.string({ minLength: 1, maxLength: 8 }),
    items,
    sections: fc.array(sectionTree.section, { maxLength: 3 }),
    total: stated,
    headCount: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
    days: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  })
  .map(({ total, headCount, days, ...b }) => {
    const out: Json = { ...b };
    if (total !== undefined && total !== 'right') out.total = total;
    if (headCount !== undefined) out.headCount = headCount;
    if (days !== undefined) out.days = days;
    return out;
  });

/** Every item and section path in the input, as `items[0]`, `sections[1].items[2]` … */
function inputPaths(node: Json, prefix: (string | number)[] = [], out: Map<string, Json> = new Map()) {
  ((node.items as Json[] | undefined) ?? []).forEach((it, i) => {
    out.set(formatPath([...prefix, 'items', i]), it);
  });
  ((node.sections as Json[] | undefined) ?? []).forEach((s, i) => {
    out.set(formatPath([...prefix, 'sections', i]), s);
    inputPaths(s, [...prefix, 'sections', i], out);
  });
  return out;
}

/** True when every step of `path` is an own property of the input. */
function exists(input: unknown, path: (string | number)[]): boolean {
  let v: unknown = input;
  for (const p of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, p)) return false;
    v = (v as Record<string | number, unknown>)[p];
  }
  return true;
}

describe('nothing lost (properties)', () => {
  it('every input item and section appears in the output, once, with its path and name', () => {
    fc.assert(
      fc.property(budget, (input) => {
        const b = computeBudget(input);
        const expected = inputPaths(input);
        const seen = new Map<string, ComputedNode>();
        for (const n of walkBudget(b)) {
          const key = formatPath(n.path);
          expect(seen.has(key)).toBe(false);
          seen.set(key, n);
        }
        expect([...seen.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [key, node] of seen) {
          expect(node.name).toBe(expected.get(key)!.name);
          expect(node.kind).toBe(key.endsWith(']') && /items\[\d+\]$/.test(key) ? 'item' : 'section');
        }
        expect(b.itemCount).toBe([...seen.values()].filter((n) => n.kind === 'item').length);
      }),
      { numRuns: 150 },
    );
  });

  it('no finding refers to a path that does not exist in the input', () => {
    fc.assert(
      fc.property(budget, (input) => {
        for (const f of auditBudget(input).findings) {
          expect('path' in f.at).toBe(true);
          if ('path' in f.at) expect(exists(input, f.at.path), formatPath(f.at.path)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('computing and auditing twice gives identical output', () => {
    fc.assert(
      fc.property(budget, (input) => {
        const copy = structuredClone(input);
        const first = JSON.stringify(auditBudget(input));
        expect(JSON.stringify(auditBudget(input))).toBe(first);
        expect(JSON.stringify(computeBudget(copy))).toBe(JSON.stringify(computeBudget(input)));
        // Auditing does not modify its input.
        expect(input).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });

  it('JSON output parses back to the same decimal values, as strings', () => {
    fc.assert(
      fc.property(budget, (input) => {
        const a = auditBudget(input);
        const back = JSON.parse(JSON.stringify(a.budget)) as Json;
        if (a.budget.total === null) expect(back.total).toBeNull();
        else {
          expect(typeof back.total).toBe('string');
          expect(new Dec(back.total as string).eq(a.budget.total)).toBe(true);
        }
        const nodes = [...walkBudget(a.budget)];
        const flat: Json[] = [];
        const collect = (list: Json[]) => {
          for (const n of list) {
            flat.push(n);
            if (n.kind === 'section') collect(n.children as Json[]);
          }
        };
        collect(back.children as Json[]);
        nodes.forEach((n, i) => {
          const v = n.kind === 'item' ? n.amount : n.subtotal;
          const parsed = flat[i]![n.kind === 'item' ? 'amount' : 'subtotal'];
          if (v === null) expect(parsed).toBeNull();
          else expect(new Dec(parsed as string).eq(v)).toBe(true);
        });
        // The CLI's JSON writer: every figure a string that reads back to the finding's exact value.
        const out = JSON.parse(renderJson([{ file: 'b.json', findings: a.findings }], 'en'));
        const written = out.files[0].findings as Json[];
        expect(written).toHaveLength(a.findings.length);
        a.findings.forEach((f, i) => {
          for (const k of ['stated', 'expected', 'difference'] as const) {
            expect(written[i]![k]).toBe(f[k]);
            if (f[k] !== undefined) expect(typeof written[i]![k]).toBe('string');
          }
          if (f.verdict === 'mismatch')
            expect(new Dec(f.stated!).minus(f.expected!).eq(f.difference!)).toBe(true);
        });
        expect(out.summary.mismatches).toBe(a.summary.mismatches);
      }),
      { numRuns: 100 },
    );
  });

  it('every meeting group appears in the head count, in order, with its name', () => {
    const group = fc.record({
      name: fc
        .tuple(fc.constantFrom('代表', '列席', '工作人员', 'guests'), fc.nat(999))
        .map(([n, i]) => `${n}${i}`),
      count: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String)),
    });
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 8 }), (groups) => {
        const plan = planMeeting({ title: '会议', groups });
        expect(plan.headCount.groups.map((g) => g.name)).toEqual(groups.map((g) => g.name));
        const total = groups.reduce((s, g) => s + BigInt(g.count), 0n);
        expect(plan.headCount.all.value).toBe(total.toString());
        expect(plan.headCount.groups.map((g) => g.count.value)).toEqual(groups.map((g) => String(g.count)));
        for (const f of plan.findings) if ('path' in f.at) expect(f.at.path.length).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
