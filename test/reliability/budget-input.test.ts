import { describe, expect, it } from 'vitest';
import { formatPath, parseAmount, parseDecimal } from '../../src/index.js';
import { errorOf } from '../helpers/errors.js';
import { auditBudget, computeBudget } from '../helpers/untyped.js';

/** Runs `f` and returns the HuiwuError it throws; fails the test if it returns or throws anything else. */

const item = { name: '场租费', amount: '2800' };
const ok = { title: '会议预算', items: [item] };

describe('budget JSON: wrong types and missing fields are SCHEMA errors naming the path', () => {
  it.each([
    ['title a number', { ...ok, title: 5 }, ['title']],
    ['title missing', { items: [item] }, ['title']],
    ['items an object', { ...ok, items: { name: 'x' } }, ['items']],
    ['item name missing', { title: 't', items: [{ amount: '1' }] }, ['items', 0, 'name']],
    ['amount a float', { title: 't', items: [{ name: 'a', amount: 19.99 }] }, ['items', 0, 'amount']],
    ['amount a boolean', { title: 't', items: [{ name: 'a', amount: true }] }, ['items', 0, 'amount']],
    [
      'unitPrice an array',
      { title: 't', items: [{ name: 'a', unitPrice: [], quantity: '1' }] },
      ['items', 0, 'unitPrice'],
    ],
    ['unit not a money unit', { ...ok, unit: '美元' }, ['unit']],
    ['section without name', { title: 't', sections: [{ items: [item] }] }, ['sections', 0, 'name']],
  ])('%s', (_, input, path) => {
    const e = errorOf(() => auditBudget(input));
    expect(e.code).toBe('SCHEMA');
    expect(e.issues.map((i) => i.path)).toContainEqual(path);
    expect(e.message).toMatch(/^invalid budget: /);
    expect(e.message).not.toContain('\n');
  });

  it.each([null, undefined, 42, 'budget', [], true])('a non-object root (%j) is a SCHEMA error', (input) => {
    expect(errorOf(() => computeBudget(input)).code).toBe('SCHEMA');
  });

  it('lists every bad path in its message, and says how many more past fifty', () => {
    const e = errorOf(() =>
      auditBudget({ title: 't', items: [1, 2, 3, 4, 5].map(() => ({ name: '', amount: 1.5 })) }),
    );
    expect(e.issues.length).toBeGreaterThanOrEqual(10);
    for (const i of e.issues) expect(e.message).toContain(`${formatPath(i.path)}: ${i.message}`);
    const many = errorOf(() =>
      auditBudget({ title: 't', items: Array.from({ length: 60 }, () => ({ name: '' })) }),
    );
    expect(many.message).toMatch(/\(and \d+ more\)$/);
  });
});

describe('unknown fields', () => {
  it('are refused by default, naming each', () => {
    const e = errorOf(() => auditBudget({ ...ok, totl: '2800', items: [{ ...item, prize: 1 }] }));
    expect(e.code).toBe('SCHEMA');
    expect(e.issues).toContainEqual(expect.objectContaining({ code: 'unknown_field', path: ['totl'] }));
    expect(e.issues).toContainEqual(
      expect.objectContaining({ code: 'unknown_field', path: ['items', 0, 'prize'] }),
    );
  });

  it('with unknownKeys: report, are listed as findings and the rest is still computed', () => {
    const input = { ...ok, totl: '2800', items: [{ ...item, prize: 1 }] };
    const before = JSON.stringify(input);
    const a = auditBudget(input, { unknownKeys: 'report' });
    expect(a.budget.total?.toString()).toBe('2800');
    const unknown = a.findings.filter((f) => f.rule === 'input.unknown-field');
    expect(unknown.map((f) => f.at)).toEqual([{ path: ['items', 0, 'prize'] }, { path: ['totl'] }]);
    expect(unknown.every((f) => f.verdict === 'uncheckable' && f.severity === 'warning')).toBe(true);
    // The caller's object is not modified by dropping the unknown keys.
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('no prototype pollution', () => {
  const payloads = [
    '{"title":"t","items":[{"name":"a","amount":"1"}],"__proto__":{"polluted":"yes"}}',
    '{"title":"t","items":[{"name":"a","amount":"1","__proto__":{"polluted":"yes"}}]}',
    '{"title":"t","sections":[{"name":"s","__proto__":{"polluted":"yes"},"items":[{"name":"a","amount":"1"}]}]}',
    '{"title":"t","constructor":{"prototype":{"polluted":"yes"}},"items":[{"name":"a","amount":"1"}]}',
    '{"title":"t","items":[{"name":"a","amount":"1","constructor":{"prototype":{"polluted":"yes"}}}]}',
  ];

  it.each(payloads)(
    '%s is refused, or reported with unknownKeys: report, and Object.prototype is untouched',
    (raw) => {
      const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();
      const e = errorOf(() => auditBudget(JSON.parse(raw)));
      expect(e.code).toBe('SCHEMA');
      expect(e.issues.some((i) => i.code === 'unknown_field')).toBe(true);
      const a = auditBudget(JSON.parse(raw), { unknownKeys: 'report' });
      expect(a.budget.total?.toString()).toBe('1');
      expect(a.findings.filter((f) => f.rule === 'input.unknown-field')).toHaveLength(1);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
      expect(Object.prototype.constructor).toBe(Object);
    },
  );
});

describe('ids', () => {
  it('a duplicate id is DUPLICATE_ID at the second use, naming the first', () => {
    const e = errorOf(() =>
      computeBudget({
        title: 't',
        items: [
          { id: 'x', name: 'a', amount: '1' },
          { id: 'x', name: 'b', amount: '2' },
        ],
      }),
    );
    expect(e.code).toBe('DUPLICATE_ID');
    expect(e.path).toEqual(['items', 1, 'id']);
    expect(e.message).toContain('first at items[0]');
  });

  it('an item id equal to a section id is a duplicate too', () => {
    const e = errorOf(() =>
      computeBudget({
        title: 't',
        items: [{ id: 's', name: 'a', amount: '1' }],
        sections: [{ id: 's', name: 'S' }],
      }),
    );
    expect(e.code).toBe('DUPLICATE_ID');
    expect(e.path).toEqual(['sections', 0, 'id']);
  });

  it('a user id spelled like another node’s path is refused', () => {
    const e = errorOf(() =>
      computeBudget({
        title: 't',
        items: [
          { name: 'a', amount: '1' },
          { id: 'items[0]', name: 'b', amount: '2' },
        ],
      }),
    );
    expect(e.code).toBe('DUPLICATE_ID');
  });
});

describe('numbers beyond range are AMOUNT_RANGE errors, never Infinity or a rounded value', () => {
  it.each([
    ['1e400', 'amount'],
    ['1e31', 'amount'],
    ['9'.repeat(31), 'amount'],
    ['9'.repeat(400), 'amount'],
    [`0.${'0'.repeat(20)}1`, 'amount'],
    ['1e400', 'unitPrice'],
  ])('%s as %s', (figure, field) => {
    const it: Record<string, string> = { name: 'a', quantity: '1', [field]: figure };
    const e = errorOf(() => computeBudget({ title: 't', items: [it] }));
    expect(e.code).toBe('AMOUNT_RANGE');
    expect(e.path).toEqual(['items', 0, field]);
  });

  it('a JSON 1e400 parses to Infinity, which is refused', () => {
    const input = JSON.parse('{"title":"t","items":[{"name":"a","amount":1e400}]}');
    expect(errorOf(() => computeBudget(input)).code).toBe('SCHEMA');
    expect(errorOf(() => parseAmount(input.items[0].amount)).code).toBe('AMOUNT_NOT_FINITE');
  });

  it('30 integer digits and 20 decimals are accepted and kept exactly', () => {
    const big = `${'9'.repeat(30)}.${'9'.repeat(20)}`;
    const b = computeBudget({
      title: 't',
      items: [
        { name: 'a', amount: big },
        { name: 'b', amount: '0.00000000000000000001' },
      ],
    });
    expect(b.total?.toFixed()).toBe(`1${'0'.repeat(30)}`);
    expect(parseDecimal(big).toFixed()).toBe(big);
  });

  it('a product of two 30-digit figures is exact', () => {
    const p = '123456789012345678901234567891';
    const b = computeBudget({ title: 't', items: [{ name: 'a', unitPrice: p, quantity: p }] });
    expect(b.total?.toFixed()).toBe((BigInt(p) * BigInt(p)).toString());
  });

  it('an unsafe JS integer is refused rather than rounded', () => {
    const e = errorOf(() => computeBudget({ title: 't', items: [{ name: 'a', amount: 2 ** 53 + 2 }] }));
    expect(e.code).toBe('SCHEMA');
  });
});

describe('head counts and days', () => {
  it.each([
    [-3, /head count -3 must be a whole number/],
    ['-3', /head count -3 must be a whole number/],
    ['2.5', /head count 2.5 must be a whole number/],
  ])('head count %j is a SCHEMA error at headCount', (headCount, message) => {
    const e = errorOf(() => computeBudget({ ...ok, headCount }));
    expect(e.code).toBe('SCHEMA');
    expect(e.path).toEqual(['headCount']);
    expect(e.message).toMatch(message);
  });

  it('negative days are a SCHEMA error; a negative quantity too', () => {
    expect(errorOf(() => computeBudget({ ...ok, days: '-1' })).path).toEqual(['days']);
    const e = errorOf(() =>
      computeBudget({ title: 't', items: [{ name: 'a', unitPrice: '1', quantity: '-2' }] }),
    );
    expect(e.path).toEqual(['items', 0, 'quantity']);
  });

  it('zero attendees: no per-person figure and a finding, not a division error', () => {
    const a = auditBudget({ ...ok, headCount: 0, days: '0', total: '2800' });
    expect(a.budget.perPerson).toBeUndefined();
    expect(a.budget.perDay).toBeUndefined();
    expect(a.budget.perPersonPerDay).toBeUndefined();
    expect(a.budget.total?.toString()).toBe('2800');
    expect(a.findings).toEqual([
      expect.objectContaining({
        rule: 'budget.per-person',
        verdict: 'uncheckable',
        at: { path: ['headCount'] },
      }),
    ]);
  });

  it('per-person figures are exact quotients rounded half up to 分', () => {
    const b = computeBudget({ title: 't', items: [{ name: 'a', amount: '100' }], headCount: 3, days: '2' });
    expect(b.perPerson?.toString()).toBe('33.33');
    expect(b.perDay?.toString()).toBe('50');
    expect(b.perPersonPerDay?.toString()).toBe('16.67');
  });
});

describe('empty budgets', () => {
  it.each([
    { title: 't' },
    { title: 't', items: [], sections: [] },
    { title: 't', sections: [{ name: 's' }] },
  ])('%j totals 0 with a budget.empty warning', (input) => {
    const a = auditBudget(input);
    expect(a.budget.total?.toString()).toBe('0');
    expect(a.budget.itemCount).toBe(0);
    expect(a.findings.map((f) => f.rule)).toEqual(['budget.empty']);
  });

  it('an empty budget stating a non-zero total is a mismatch', () => {
    const a = auditBudget({ title: 't', total: '100' });
    expect(a.findings[0]).toMatchObject({ rule: 'sum.total', verdict: 'mismatch', difference: '100' });
  });
});

describe('deep nesting and cycles: a clear limit, not a stack overflow', () => {
  function nested(depth: number) {
    let s: Record<string, unknown> = { name: 'leaf', items: [{ name: 'a', amount: '1' }] };
    for (let i = 0; i < depth; i++) s = { name: `s${i}`, sections: [s] };
    return { title: 't', sections: [s] };
  }

  it('32 levels of sections are computed', () => {
    expect(computeBudget(nested(31)).total?.toString()).toBe('1');
  });

  it.each([40, 1000, 100_000])('%i levels are NESTING_TOO_DEEP', (depth) => {
    const e = errorOf(() => computeBudget(nested(depth)));
    expect(e.code).toBe('NESTING_TOO_DEEP');
    expect(e.message).toContain('32 levels');
  });

  it('a cycle is refused as NESTING_TOO_DEEP with the path where it closes', () => {
    const s: Record<string, unknown> = { name: 's' };
    s.sections = [s];
    const e = errorOf(() => computeBudget({ title: 't', sections: [s] }));
    expect(e.code).toBe('NESTING_TOO_DEEP');
    expect(e.message).toContain('cycle');
    expect(e.path).toEqual(['sections', 0, 'sections', 0]);
  });

  it('the same item object listed twice (a DAG, not a cycle) counts twice', () => {
    const shared = { name: 'a', amount: '1' };
    const b = computeBudget({ title: 't', items: [shared, shared] });
    expect(b.total?.toString()).toBe('2');
    expect(b.children.map((c) => c.path)).toEqual([
      ['items', 0],
      ['items', 1],
    ]);
  });
});
