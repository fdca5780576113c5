import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetJsonSchema, renderBudgetMarkdown, renderBudgetText } from '../../src/index.js';
import { errorOf } from '../helpers/errors.js';
import { auditBudget, computeBudget } from '../helpers/untyped.js';

const city = JSON.parse(
  readFileSync(join(__dirname, '../../examples/budgets/city-work-meeting.json'), 'utf8'),
);

describe('the city work-meeting budget (seeds/000)', () => {
  it('totals 48700 and reports the stated 45000 as -3700, and nothing else wrong', () => {
    const { budget, findings, summary } = auditBudget(city);
    expect(budget.total?.toString()).toBe('48700');
    expect(budget.itemCount).toBe(9);
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      rule: 'sum.total',
      at: { path: ['total'] },
      stated: '45000',
      expected: '48700',
      difference: '-3700',
    });
    expect(errors[0]!.causedBy).toBeUndefined();
    expect(errors[0]!.messages.zh).toContain('相差 -3700');
    expect(summary.mismatches).toBe(1);
    // The two provisional quantities (数量暂定) are noted, not judged.
    expect(findings.filter((f) => f.rule === 'item.provisional').map((f) => f.at)).toEqual([
      { path: ['items', 2, 'provisional'] },
      { path: ['items', 3, 'provisional'] },
    ]);
  });

  it('renders a table with the difference marked and the total in 大写', () => {
    const text = renderBudgetText(auditBudget(city));
    expect(text).toMatch(/共计\s+48,700\.00\s+45000\s+-3700 ✗/);
    expect(text).toContain('大写：肆万捌仟柒佰元整');
    const md = renderBudgetMarkdown(auditBudget(city), { locale: 'en' });
    expect(md).toContain('| Total |  |  | 48,700.00 | 45000 | **-3700 ✗** |');
  });
});

describe('computeBudget', () => {
  it('multiplies quantity factors and converts units exactly', () => {
    const b = computeBudget({
      title: '培训班',
      unit: '元',
      headCount: 60,
      days: '2',
      sections: [
        {
          name: '食宿',
          items: [
            {
              name: '伙食',
              unitPrice: '100',
              quantity: [
                { value: '60', unit: '人' },
                { value: '2', unit: '天' },
              ],
            },
          ],
        },
        { name: '场地', unit: '万元', items: [{ name: '会场', amount: '0.35' }] },
      ],
    });
    expect(b.children[0]!.kind === 'section' && b.children[0]!.subtotal?.toString()).toBe('12000');
    expect(b.children[1]!.kind === 'section' && b.children[1]!.subtotal?.toString()).toBe('0.35');
    expect(b.total?.toString()).toBe('15500');
    expect(b.perPerson?.toString()).toBe('258.33');
    expect(b.perPersonPerDay?.toString()).toBe('129.17');
    expect(b.perDay?.toString()).toBe('7750');
    expect(JSON.parse(JSON.stringify(b)).total).toBe('15500');
  });

  it('keeps ids, paths and the input order', () => {
    const b = computeBudget({
      title: 't',
      items: [
        { id: 'rent', name: 'b', amount: '1' },
        { name: 'a', amount: '2' },
      ],
    });
    expect(b.children.map((c) => [c.id, c.path])).toEqual([
      ['rent', ['items', 0]],
      ['items[1]', ['items', 1]],
    ]);
  });

  it('never turns an unknown amount into zero', () => {
    const { budget, findings } = auditBudget({
      title: 't',
      items: [
        { name: 'a', amount: '5' },
        { name: 'b', amount: '××' },
      ],
      total: '10',
    });
    expect(budget.total).toBeNull();
    expect(findings.map((f) => [f.rule, f.verdict])).toEqual([
      ['stated.placeholder', 'uncheckable'],
      ['sum.unknown-part', 'uncheckable'],
    ]);
  });

  it('judges a figure at the precision it was written to', () => {
    const r = auditBudget({
      title: 't',
      items: [{ name: 'a', unitPrice: '0.333', quantity: '3', amount: '1.00' }],
      total: '1.0',
    });
    expect(r.findings.filter((f) => f.verdict === 'mismatch')).toEqual([]);
    expect(r.findings.map((f) => f.rule)).toEqual(['stated.rounded', 'stated.rounded']);
    const wrong = auditBudget({
      title: 't',
      items: [{ name: 'a', unitPrice: '0.333', quantity: '3', amount: '1.000' }],
    });
    expect(wrong.findings[0]).toMatchObject({ rule: 'product.line', difference: '0.001' });
  });

  it('treats approximate totals as uncheckable, never as errors', () => {
    const r = auditBudget({ title: 't', items: [{ name: 'a', amount: '48700' }], total: '约45000' });
    expect(r.findings).toEqual([
      expect.objectContaining({ rule: 'stated.approximate', verdict: 'uncheckable', severity: 'info' }),
    ]);
  });

  it('reports a zero head count instead of dividing by it', () => {
    const r = auditBudget({ title: 't', headCount: 0, items: [{ name: 'a', amount: '1' }] });
    expect(r.budget.perPerson).toBeUndefined();
    expect(r.findings.map((f) => f.rule)).toEqual(['budget.per-person']);
  });

  it('warns about an empty budget', () => {
    const r = auditBudget({ title: 't' });
    expect(r.budget.total?.toString()).toBe('0');
    expect(r.findings.map((f) => f.rule)).toEqual(['budget.empty']);
  });
});

describe('bad input names its path', () => {
  it.each([
    [
      { title: 't', items: [{ name: 'a', unitPrice: '1', quantity: '-2' }] },
      'SCHEMA',
      ['items', 0, 'quantity'],
    ],
    [
      { title: 't', items: [{ name: 'a', unitPrice: 'ten', quantity: '2' }] },
      'AMOUNT_SYNTAX',
      ['items', 0, 'unitPrice'],
    ],
    [
      { title: 't', items: [{ name: 'a', unitPrice: '1', quantity: '2', amount: '5abc' }] },
      'AMOUNT_SYNTAX',
      ['items', 0, 'amount'],
    ],
    [
      {
        title: 't',
        items: [
          { id: 'x', name: 'a', amount: '1' },
          { id: 'x', name: 'b', amount: '1' },
        ],
      },
      'DUPLICATE_ID',
      ['items', 1, 'id'],
    ],
    [{ title: 't', items: [{ name: 'a', unitPrice: '1' }] }, 'SCHEMA', ['items', 0, 'quantity']],
    [{ title: 't', items: [{ name: 'a' }] }, 'SCHEMA', ['items', 0, 'amount']],
    [{ title: 't', headCount: '2.5', items: [] }, 'SCHEMA', ['headCount']],
  ])('%j → %s at %j', (input, code, path) => {
    const e = errorOf(() => computeBudget(input));
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  it('lists every schema problem with its path', () => {
    const e = errorOf(() =>
      computeBudget({ items: [{ name: '', unitPrice: 19.99, quantity: '1', colour: 'red' }] }),
    );
    expect(e.code).toBe('SCHEMA');
    expect(e.issues.map((i) => [i.code, i.path])).toEqual(
      expect.arrayContaining([
        ['missing_field', ['title']],
        ['too_small', ['items', 0, 'name']],
        ['invalid_value', ['items', 0, 'unitPrice']],
        ['unknown_field', ['items', 0, 'colour']],
      ]),
    );
    expect(e.message).toMatch(/^invalid budget: /);
  });

  it('refuses __proto__ and constructor keys without polluting prototypes', () => {
    const input = JSON.parse(
      '{"title":"t","__proto__":{"polluted":1},"items":[{"name":"a","amount":"1","constructor":{"x":1}}]}',
    );
    const e = errorOf(() => computeBudget(input));
    expect(e.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([['__proto__'], ['items', 0, 'constructor']]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('can report unknown fields as findings instead of refusing the input', () => {
    const r = auditBudget(
      { title: 't', colour: 'red', items: [{ name: 'a', amount: '1', colur: 1 }] },
      { unknownKeys: 'report' },
    );
    expect(r.budget.total?.toString()).toBe('1');
    expect(r.findings.filter((f) => f.rule === 'input.unknown-field').map((f) => f.at)).toEqual([
      { path: ['colour'] },
      { path: ['items', 0, 'colur'] },
    ]);
  });

  it('refuses nesting beyond the limit and cycles with a clear error', () => {
    let deep: Record<string, unknown> = { name: 'leaf', items: [{ name: 'x', amount: '1' }] };
    for (let i = 0; i < 5000; i++) deep = { name: `s${i}`, sections: [deep] };
    expect(errorOf(() => computeBudget({ title: 't', sections: [deep] })).code).toBe('NESTING_TOO_DEEP');
    const cyc: Record<string, unknown> = { title: 't', sections: [] };
    (cyc.sections as unknown[]).push(cyc);
    expect(errorOf(() => computeBudget(cyc)).code).toBe('NESTING_TOO_DEEP');
  });
});

describe('JSON Schema', () => {
  it('is generated from the zod schema and refuses unknown fields', () => {
    const s = budgetJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, unknown>;
    };
    expect(s.required).toEqual(['title']);
    expect(s.additionalProperties).toBe(false);
    expect(Object.keys(s.properties)).toEqual(
      expect.arrayContaining(['title', 'unit', 'items', 'sections', 'total']),
    );
  });
});

describe('fixes found by the reliability review', () => {
  it('tells a wrong type from a missing field', () => {
    const e = errorOf(() => computeBudget({ title: 5, items: [] }));
    expect(e.issues[0]).toMatchObject({ code: 'invalid_type', path: ['title'] });
    expect(errorOf(() => computeBudget({ items: [] })).issues[0]).toMatchObject({
      code: 'missing_field',
      path: ['title'],
    });
  });

  it('keeps products of the largest accepted figures exact, and refuses what cannot be held', () => {
    const p = '123456789012345678901234567891';
    const b = computeBudget({
      title: 't',
      items: [{ name: 'a', unitPrice: p, quantity: [{ value: p }, { value: p }] }],
    });
    expect(b.total?.toFixed()).toBe((BigInt(p) ** 3n).toString());
    const big = `${'9'.repeat(30)}.${'9'.repeat(20)}`;
    const e = errorOf(() =>
      computeBudget({
        title: 't',
        items: [{ name: 'a', unitPrice: big, quantity: [{ value: big }, { value: big }] }],
      }),
    );
    expect(e.code).toBe('AMOUNT_RANGE');
    expect(e.path).toEqual(['items', 0, 'amount']);
  });

  it('accepts the same object shared by two branches; only a real cycle is refused', () => {
    const shared = { name: 'a', amount: '1' };
    expect(
      computeBudget(
        { title: 't', x: 1, items: [shared, shared] },
        { unknownKeys: 'report' },
      ).total?.toString(),
    ).toBe('2');
  });

  it('prints a 1000-digit total without an exponent', () => {
    expect(
      JSON.stringify(
        computeBudget({ title: 't', items: [{ name: 'a', amount: `${'9'.repeat(30)}` }] }).total,
      ),
    ).toBe(`"${'9'.repeat(30)}"`);
  });
});

describe('sum.stated-parts', () => {
  it('notes a right total whose stated lines do not add up, pointing at the wrong line', () => {
    const r = auditBudget({
      title: 't',
      items: [
        { name: '奖牌', unitPrice: '60', quantity: '40', amount: '2600' },
        { name: '场租费', amount: '2800' },
      ],
      total: '5200',
    });
    expect(r.findings.map((f) => [f.rule, f.severity, f.verdict])).toEqual([
      ['product.line', 'error', 'mismatch'],
      ['sum.stated-parts', 'info', 'match'],
    ]);
    expect(r.findings[1]!.causedBy).toEqual(['items[0]']);
    expect(r.findings[1]!.messages.en).toContain('add to 5400');
  });
});
