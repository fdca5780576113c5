import { describe, expect, it } from 'vitest';
import { findingPath } from '../../src/budget/audit.js';
import { nodeValue, walkBudget } from '../../src/budget/compute.js';
import { readStated } from '../../src/budget/stated.js';
import { errorOf } from '../helpers/errors.js';
import { auditBudget, computeBudget } from '../helpers/untyped.js';

const rules = (input: unknown, opts = {}) => auditBudget(input, opts).findings.map((f) => f.rule);

describe('readStated', () => {
  it.each([
    ['45000', { value: '45000', places: 0, approximate: false }],
    ['4.87万元', { value: '48700', places: -2, approximate: false }],
    ['4.87萬元', { value: '48700', places: -2, approximate: false }],
    ['1.5万', { value: '15000', places: -3, approximate: false }],
    ['1.5萬', { value: '15000', places: -3, approximate: false }],
    ['2亿元', { value: '200000000', places: -8, approximate: false }],
    ['2億元', { value: '200000000', places: -8, approximate: false }],
    ['1.5億', { value: '150000000', places: -7, approximate: false }],
    ['1.5亿', { value: '150000000', places: -7, approximate: false }],
    ['12.5元', { value: '12.5', places: 1, approximate: false }],
    ['5角', { value: '0.5', places: 1, approximate: false }],
    ['5分', { value: '0.05', places: 2, approximate: false }],
    ['40048.00', { value: '40048', places: 2, approximate: false }],
    ['１２', { value: '12', places: 0, approximate: false }],
    ['约45000', { value: '45000', places: 0, approximate: true }],
    ['大约45000', { value: '45000', places: 0, approximate: true }],
    ['近3000', { value: '3000', places: 0, approximate: true }],
    ['逾3000', { value: '3000', places: 0, approximate: true }],
    ['超过3000', { value: '3000', places: 0, approximate: true }],
    ['45000左右', { value: '45000', places: 0, approximate: true }],
    ['3000上下', { value: '3000', places: 0, approximate: true }],
    ['3000以上', { value: '3000', places: 0, approximate: true }],
    ['3000余', { value: '3000', places: 0, approximate: true }],
    ['3000多', { value: '3000', places: 0, approximate: true }],
    ['3000余元', { value: '3000', places: 0, approximate: true }],
    ['3000多万元', { value: '30000000', places: -4, approximate: true }],
    ['3000多万', { value: '30000000', places: -4, approximate: true }],
    ['3000元左右', { value: '3000', places: 0, approximate: true }],
  ])('%j', (raw, want) => {
    const r = readStated(raw, '元', ['p'])!;
    expect({ value: r.value?.toFixed(), places: r.places, approximate: r.approximate }).toEqual(want);
    expect(r.text).toBe(raw);
    expect(r.placeholder).toBe(false);
  });

  it.each([
    '××',
    '×',
    'x',
    'xx',
    'XX',
    '**',
    '＊＊',
    '__',
    '＿＿',
    '??',
    '？',
    '/',
    '-',
    '—',
    '–',
    '待定',
    '暂缺',
    '不详',
    '空白',
    '',
    '___元',
    'xx万元',
    '××元',
  ])('%j is a placeholder', (raw) => {
    const r = readStated(raw, '元', ['p'])!;
    expect(r).toEqual({ text: raw, places: 0, approximate: false, placeholder: true });
  });

  it('a placeholder mark next to digits is not a placeholder but a syntax error', () => {
    expect(errorOf(() => readStated('3××0', '元', ['p'])).code).toBe('AMOUNT_SYNTAX');
    expect(errorOf(() => readStated('3待定', '元', ['p'])).code).toBe('AMOUNT_SYNTAX');
  });

  it('reads a number in the unit given, null as a blank, undefined as nothing', () => {
    expect(readStated(5, '万元', ['p'])).toMatchObject({
      text: '5',
      places: -4,
      approximate: false,
      placeholder: false,
    });
    expect(readStated(5, '万元', ['p'])!.value!.toFixed()).toBe('50000');
    expect(readStated(5, '元', ['p'], true)!.approximate).toBe(true);
    expect(readStated('4.87', '万元', ['p'])!.value!.toFixed()).toBe('48700');
    expect(readStated('4.87', '万元', ['p'])!.places).toBe(-2);
    expect(readStated('4.87', '元', ['p'], true)!.approximate).toBe(true);
    expect(readStated(null, '元', ['p'])).toEqual({
      text: '',
      places: 0,
      approximate: false,
      placeholder: true,
    });
    expect(readStated(null, '元', ['p'], true)!.approximate).toBe(true);
    expect(readStated('××', '元', ['p'], true)!.approximate).toBe(true);
    expect(readStated(undefined, '元', ['p'])).toBeUndefined();
  });

  it('a unit without a number and bad syntax are errors at the path', () => {
    let e = errorOf(() => readStated('万元', '元', ['total']));
    expect([e.code, e.message, e.path]).toEqual([
      'AMOUNT_SYNTAX',
      'total: "万元" has a unit but no number',
      ['total'],
    ]);
    e = errorOf(() => readStated('约元', '元', ['total']));
    expect(e.message).toBe('total: "约元" has a unit but no number');
    e = errorOf(() => readStated('12abc', '元', ['items', 0, 'amount']));
    expect([e.code, e.path]).toEqual(['AMOUNT_SYNTAX', ['items', 0, 'amount']]);
  });
});

describe('computeBudget', () => {
  it('mixes units exactly: each section in its own unit, converted where it is added', () => {
    const b = computeBudget({
      title: 'T',
      unit: '万元',
      items: [{ name: 'a', unitPrice: '1.5', quantity: '3' }],
      sections: [
        { name: 'S', unit: '元', items: [{ name: 'c', unitPrice: '100', quantity: '3' }] },
        { name: 'Y', unit: '亿元', items: [{ name: 'd', amount: '0.0001' }] },
        { name: 'W', items: [{ name: 'e', amount: '2' }] },
      ],
      headCount: '3',
      days: 2,
    });
    expect(b.moneyUnit).toBe('万元');
    expect(b.total!.toFixed()).toBe('7.53');
    expect(b.totalYuan!.toFixed()).toBe('75300');
    const [a, s, y, w] = b.children;
    expect(a!.moneyUnit).toBe('万元');
    expect(s!.moneyUnit).toBe('元');
    expect(y!.moneyUnit).toBe('亿元');
    expect(w!.moneyUnit).toBe('万元');
    expect(s?.kind === 'section' && s.subtotal!.toFixed()).toBe('300');
    expect(nodeValue(s!, '万元')!.toFixed()).toBe('0.03');
    expect(nodeValue(y!, '元')!.toFixed()).toBe('10000');
    expect(nodeValue(a!, '万元')!.toFixed()).toBe('4.5');
    expect(b.perPerson!.toFixed()).toBe('2.51');
    expect(b.perDay!.toFixed()).toBe('3.765');
    expect(b.perPersonPerDay!.toFixed()).toBe('1.255');
    expect(b.headCount!.toFixed()).toBe('3');
    expect(b.days!.toFixed()).toBe('2');
    expect(b.itemCount).toBe(4);
  });

  it('rounds per-person figures half up to 分 in the budget unit', () => {
    const yuan = computeBudget({ title: 'T', items: [{ name: 'a', amount: '100' }], headCount: 3, days: 7 });
    expect(yuan.perPerson!.toFixed()).toBe('33.33');
    expect(yuan.perDay!.toFixed()).toBe('14.29');
    expect(yuan.perPersonPerDay!.toFixed()).toBe('4.76');
    const wan = computeBudget({
      title: 'T',
      unit: '万元',
      items: [{ name: 'a', amount: '1' }],
      headCount: 3,
    });
    expect(wan.perPerson!.toFixed()).toBe('0.333333');
    expect(wan.perDay).toBeUndefined();
    const yi = computeBudget({ title: 'T', unit: '亿元', items: [{ name: 'a', amount: '1' }], days: 3 });
    expect(yi.perDay!.toFixed()).toBe('0.3333333333');
    expect(yi.perPerson).toBeUndefined();
    expect(yi.perPersonPerDay).toBeUndefined();
  });

  it('multiplies quantity factors and keeps their units; lump sums keep their stated amount', () => {
    const b = computeBudget({
      title: 'T',
      items: [
        {
          id: 'hotel',
          name: '住宿',
          unitPrice: '180',
          quantity: [
            { value: '20', unit: '间' },
            { value: 3, unit: '晚' },
          ],
          unit: '间夜',
        },
        { name: '场租', amount: '1.2万元', category: 'other', note: 'n', source: 's' },
        { name: '资料', unitPrice: '2.5', quantity: '40', amount: '100', provisional: true },
        { name: '约数', amount: '约500', approximate: true },
        { name: '套', quantity: '2', amount: '300' },
      ],
    });
    const [hotel, venue, docs, approx, sets] = b.children as Extract<
      (typeof b.children)[number],
      { kind: 'item' }
    >[];
    expect(hotel!.id).toBe('hotel');
    expect(hotel!.factors.map((f) => [f.value.toFixed(), f.unit])).toEqual([
      ['20', '间'],
      ['3', '晚'],
    ]);
    expect(hotel!.quantity!.toFixed()).toBe('60');
    expect(hotel!.amount!.toFixed()).toBe('10800');
    expect(hotel!.unit).toBe('间夜');
    expect(venue!.id).toBe('items[1]');
    expect(venue!.amount!.toFixed()).toBe('12000');
    expect(venue!.unitPrice).toBeUndefined();
    expect(venue!.quantity).toBeUndefined();
    expect([venue!.category, venue!.note, venue!.source]).toEqual(['other', 'n', 's']);
    expect(docs!.provisional).toBe(true);
    expect(docs!.amount!.toFixed()).toBe('100');
    expect(approx!.approximate).toBe(true);
    expect(approx!.amount!.toFixed()).toBe('500');
    expect(sets!.amount!.toFixed()).toBe('300');
    expect(sets!.quantity!.toFixed()).toBe('2');
    expect(b.approximate).toBe(true);
    expect(b.total!.toFixed()).toBe('23700');
  });

  it('a placeholder lump sum makes its section and the total unknown, never zero', () => {
    const b = computeBudget({
      title: 'T',
      sections: [
        {
          name: 'S',
          items: [
            { name: 'a', amount: '××' },
            { name: 'b', amount: '5' },
          ],
        },
      ],
      items: [{ name: 'c', amount: '1' }],
      headCount: 2,
      days: 1,
    });
    const s = b.children[1]!;
    expect(s.kind === 'section' && s.subtotal).toBeNull();
    expect(b.total).toBeNull();
    expect(b.totalYuan).toBeNull();
    expect(b.perPerson).toBeUndefined();
    expect(b.perDay).toBeUndefined();
    expect(b.perPersonPerDay).toBeUndefined();
    expect(b.itemCount).toBe(3);
  });

  it('item errors name the field to fix', () => {
    let e = errorOf(() => computeBudget({ title: 'T', items: [{ name: 'a', quantity: '2' }] }));
    expect([e.code, e.message, e.path]).toEqual([
      'SCHEMA',
      'items[0].unitPrice: a quantity needs a unitPrice (or an amount) to give an amount',
      ['items', 0, 'unitPrice'],
    ]);
    e = errorOf(() => computeBudget({ title: 'T', items: [{ name: 'a', unitPrice: '2' }] }));
    expect([e.code, e.message, e.path]).toEqual([
      'SCHEMA',
      'items[0].quantity: a unitPrice needs a quantity (write "1" for a single unit)',
      ['items', 0, 'quantity'],
    ]);
    e = errorOf(() => computeBudget({ title: 'T', items: [{ name: 'a' }] }));
    expect([e.code, e.message, e.path]).toEqual([
      'SCHEMA',
      'items[0].amount: an item needs unitPrice and quantity, or an amount',
      ['items', 0, 'amount'],
    ]);
    e = errorOf(() =>
      computeBudget({ title: 'T', items: [{ name: 'a', unitPrice: '1', quantity: [{ value: '-1' }] }] }),
    );
    expect([e.message, e.path]).toEqual([
      'items[0].quantity[0].value: quantity -1 is negative',
      ['items', 0, 'quantity', 0, 'value'],
    ]);
    e = errorOf(() => computeBudget({ title: 'T', items: [{ name: 'a', unitPrice: 'x', quantity: '1' }] }));
    expect(e.path).toEqual(['items', 0, 'unitPrice']);
    e = errorOf(() => computeBudget({ title: 'T', items: [{ name: 'a', amount: '1' }], days: '-2' }));
    expect([e.message, e.path]).toEqual(['days: days -2 is negative', ['days']]);
    e = errorOf(() => computeBudget({ title: 'T', items: [{ name: 'a', amount: '1' }], headCount: '-1' }));
    expect(e.message).toBe('headCount: head count -1 must be a whole number of people, 0 or more');
    expect(computeBudget({ title: 'T', headCount: '0', days: '0' }).headCount!.toFixed()).toBe('0');
    expect(
      computeBudget({ title: 'T', days: '1.5', items: [{ name: 'a', amount: '3' }] }).perDay!.toFixed(),
    ).toBe('2');
  });

  it('ids: duplicates and path-like ids are refused; paths stand in for missing ids', () => {
    let e = errorOf(() =>
      computeBudget({
        title: 'T',
        sections: [
          { id: 'dup', name: 'A', items: [{ name: 'a', amount: '1' }] },
          { name: 'B', items: [{ id: 'dup', name: 'b', amount: '1' }] },
        ],
      }),
    );
    expect([e.code, e.message, e.path]).toEqual([
      'DUPLICATE_ID',
      'sections[1].items[0].id: id "dup" is used twice (first at sections[0])',
      ['sections', 1, 'items', 0, 'id'],
    ]);
    e = errorOf(() =>
      computeBudget({
        title: 'T',
        items: [
          { name: 'a', amount: '1' },
          { id: 'items[0]', name: 'b', amount: '1' },
        ],
      }),
    );
    expect(e.code).toBe('DUPLICATE_ID');
    e = errorOf(() =>
      computeBudget({
        title: 'T',
        sections: [{ name: 'S', items: [{ name: 'a', amount: '1' }] }],
        items: [{ id: 'sections[0].items[0]', name: 'b', amount: '1', approximate: true }],
      }),
    );
    expect([e.code, e.message, e.path]).toEqual([
      'DUPLICATE_ID',
      'items[0].id: id "sections[0].items[0]" is also the path of another item',
      ['items', 0, 'id'],
    ]);
    // A path-like id that names no other node, or names itself, is fine.
    const ok = computeBudget({
      title: 'T',
      items: [
        { id: 'items[0]', name: 'a', amount: '1' },
        { id: 'items[5]', name: 'b', amount: '1' },
      ],
      sections: [{ id: 'sections[3]', name: 'S' }],
    });
    expect(ok.children.map((c) => c.id)).toEqual(['items[0]', 'items[5]', 'sections[3]']);
  });

  it('sections nest at most 32 deep', () => {
    const nest = (depth: number) => {
      let s: Record<string, unknown> = { name: 'leaf', items: [{ name: 'a', amount: '1' }] };
      for (let i = 1; i < depth; i++) s = { name: `s${i}`, sections: [s] };
      return { title: 'T', sections: [s] };
    };
    expect(computeBudget(nest(32)).itemCount).toBe(1);
    const e = errorOf(() => computeBudget(nest(33)));
    expect(e.code).toBe('NESTING_TOO_DEEP');
  });

  it('walkBudget visits depth first in input order', () => {
    const b = computeBudget({
      title: 'T',
      items: [{ name: 'i0', amount: '1' }],
      sections: [
        {
          name: 's0',
          items: [{ name: 's0i0', amount: '1' }],
          sections: [{ name: 's0s0', items: [{ name: 'x', amount: '1' }] }],
        },
        {
          name: 's1',
          items: [
            { name: 's1i0', amount: '1' },
            { name: 's1i1', amount: '1' },
          ],
        },
      ],
    });
    expect([...walkBudget(b)].map((n) => n.name)).toEqual([
      'i0',
      's0',
      's0i0',
      's0s0',
      'x',
      's1',
      's1i0',
      's1i1',
    ]);
    expect([...walkBudget({ children: [] })]).toEqual([]);
  });
});

describe('auditBudget', () => {
  const mixed = {
    title: 'T',
    unit: '万元',
    items: [
      { name: 'a', unitPrice: '1.5', quantity: '3', amount: '4.5' },
      { name: 'b', amount: '××' },
    ],
    sections: [
      {
        name: 'S',
        unit: '元',
        items: [{ id: 'x', name: 'c', unitPrice: '100', quantity: '3', amount: '301' }],
        subtotal: '301',
      },
    ],
    total: '约5',
  } as const;

  it('reports lines, inherited subtotals and unknown parts, with both languages', () => {
    const a = auditBudget(mixed);
    expect(a.findings).toEqual([
      {
        rule: 'product.line',
        severity: 'error',
        verdict: 'mismatch',
        at: { path: ['sections', 0, 'items', 0, 'amount'] },
        stated: '301',
        expected: '300',
        difference: '1',
        message: 'c: 100 × 3 = 300 元, but the plan states 301 (off by 1).',
        messages: {
          en: 'c: 100 × 3 = 300 元, but the plan states 301 (off by 1).',
          zh: 'c：100×3 应为 300元，写作 301，相差 1。',
        },
      },
      {
        rule: 'sum.subtotal',
        severity: 'error',
        verdict: 'mismatch',
        at: { path: ['sections', 0, 'subtotal'] },
        stated: '301',
        expected: '300',
        difference: '1',
        message:
          'Subtotal of S: its parts add to 300 元, but the plan states 301 (off by 1) — it follows from the wrong figure(s) at x.',
        messages: {
          en: 'Subtotal of S: its parts add to 300 元, but the plan states 301 (off by 1) — it follows from the wrong figure(s) at x.',
          zh: 'S小计：各项相加为 300元，写作 301，相差 1，由 x 的差错导致。',
        },
        causedBy: ['x'],
      },
      {
        rule: 'stated.placeholder',
        severity: 'info',
        verdict: 'uncheckable',
        at: { path: ['items', 1, 'amount'] },
        stated: '××',
        message: 'The amount of b is a placeholder (××); it cannot be checked.',
        messages: {
          en: 'The amount of b is a placeholder (××); it cannot be checked.',
          zh: 'b金额为占位符（××），无法核对。',
        },
      },
      {
        rule: 'sum.unknown-part',
        severity: 'info',
        verdict: 'uncheckable',
        at: { path: ['total'] },
        stated: '5',
        message: 'The total cannot be checked: the amount of b is unknown.',
        messages: {
          en: 'The total cannot be checked: the amount of b is unknown.',
          zh: '共计无法核对：b 的金额未知。',
        },
      },
    ]);
    expect(a.summary).toEqual({ mismatches: 2, uncheckable: 2, info: 2 });
    expect(a.findings.map(findingPath)).toEqual([
      'sections[0].items[0].amount',
      'sections[0].subtotal',
      'items[1].amount',
      'total',
    ]);
    expect(findingPath({ ...a.findings[0]!, at: { line: 3, column: 7, excerpt: '' } })).toBe('3:7');
  });

  it('info: false keeps only errors and warnings', () => {
    const a = auditBudget(mixed, { info: false });
    expect(a.findings.map((f) => f.rule)).toEqual(['product.line', 'sum.subtotal']);
    expect(a.summary).toEqual({ mismatches: 2, uncheckable: 0, info: 0 });
  });

  it('a total the writer added wrong is a root cause, not a consequence', () => {
    const a = auditBudget({
      title: 'T',
      items: [
        { id: 'a', name: 'a', unitPrice: '10', quantity: '2', amount: '25' },
        { name: 'b', amount: '5' },
      ],
      total: '31',
    });
    expect(a.findings.map((f) => [f.rule, f.difference, f.causedBy])).toEqual([
      ['product.line', '5', undefined],
      ['sum.total', '6', undefined],
    ]);
    expect(a.findings[1]!.messages.en).toBe(
      'Total: the items add to 25 元, but the plan states 31 (off by 6).',
    );
    expect(a.findings[1]!.messages.zh).toBe('共计：各项相加为 25元，写作 31，相差 6。');
  });

  it('a total that only inherits a wrong line lists it as its cause, after the root causes', () => {
    const a = auditBudget({
      title: 'T',
      total: '30',
      items: [{ name: 'b', amount: '5' }],
      sections: [
        {
          name: 'S',
          items: [{ id: 'deep', name: 'a', unitPrice: '10', quantity: '2', amount: '25' }],
        },
      ],
    });
    expect(a.findings.map((f) => [f.rule, f.difference, f.causedBy])).toEqual([
      ['product.line', '5', undefined],
      ['sum.total', '5', ['deep']],
    ]);
    expect(a.findings[1]!.messages.zh).toBe('共计：各项相加为 25元，写作 30，相差 5，由 deep 的差错导致。');
  });

  it('a wrong subtotal with right lines is a root cause; a total built on it inherits it', () => {
    const a = auditBudget({
      title: 'T',
      sections: [
        {
          id: 'S',
          name: 'S',
          items: [
            { name: 'a', amount: '10' },
            { name: 'b', amount: '5' },
          ],
          subtotal: '16',
        },
      ],
      total: '16',
    });
    expect(a.findings.map((f) => [f.rule, f.difference, f.causedBy])).toEqual([
      ['sum.subtotal', '1', undefined],
      ['sum.total', '1', ['S']],
    ]);
  });

  it('judges stated figures at their written precision, in their own unit', () => {
    const a = auditBudget({
      title: 'T',
      items: [{ name: 'a', unitPrice: '33.333', quantity: '3', amount: '100.00' }],
      sections: [{ name: 'W', unit: '万元', items: [{ name: 'b', amount: '1.23456' }], subtotal: '1.2' }],
      total: '1.24万元',
    });
    expect(a.findings.map((f) => [f.rule, f.verdict, f.stated, f.expected])).toEqual([
      ['stated.rounded', 'match', '100', '99.999'],
      ['stated.rounded', 'match', '1.2', '1.23456'],
      ['stated.rounded', 'match', '12400', '12445.599'],
    ]);
    expect(a.findings[0]!.messages.en).toBe(
      'The amount of a is stated as 100.00: the exact value 99.999 rounded to the places it was written with.',
    );
    expect(a.findings[0]!.messages.zh).toBe('a金额写作 100.00，是精确值 99.999 按书写位数四舍五入的结果。');
    expect(a.findings[1]!.messages.zh).toBe('W小计写作 1.2，是精确值 1.23456 按书写位数四舍五入的结果。');
    expect(a.findings[2]!.messages.en).toBe(
      'The total is stated as 1.24万元: the exact value 12445.599 rounded to the places it was written with.',
    );
    expect(a.findings[2]!.messages.zh).toBe(
      '共计写作 1.24万元，是精确值 12445.599 按书写位数四舍五入的结果。',
    );
    const off = auditBudget({
      title: 'T',
      items: [{ name: 'a', unitPrice: '33.333', quantity: '3', amount: '100.01' }],
    });
    expect(off.findings.map((f) => [f.rule, f.verdict, f.difference])).toEqual([
      ['product.line', 'mismatch', '0.011'],
    ]);
    const wanOff = auditBudget({ title: 'T', items: [{ name: 'a', amount: '12340' }], total: '1.3万元' });
    expect(wanOff.findings.map((f) => [f.rule, f.stated, f.expected, f.difference])).toEqual([
      ['sum.total', '13000', '12340', '660'],
    ]);
  });

  it('approximate figures are uncheckable, never errors', () => {
    const a = auditBudget({
      title: 'T',
      items: [{ name: 'a', unitPrice: '10', quantity: '2', amount: '约25' }],
      sections: [{ name: 'S', items: [{ name: 'b', amount: '100' }], subtotal: '120左右' }],
      total: '150',
    });
    expect(a.findings.map((f) => [f.rule, f.verdict, f.severity])).toEqual([
      ['sum.total', 'mismatch', 'error'],
      ['stated.approximate', 'uncheckable', 'info'],
      ['stated.approximate', 'uncheckable', 'info'],
    ]);
    expect(a.findings[1]!.messages.en).toBe(
      'The amount of a is approximate (约25); the exact value is 20 元, not judged as an error.',
    );
    expect(a.findings[2]!.messages.zh).toBe('S小计为约数（120左右），精确值为 100元，不作差错处理。');
    const flagged = auditBudget({
      title: 'T',
      items: [{ name: 'x', amount: '10', approximate: true }],
      total: '12',
    });
    expect(flagged.findings.map((f) => f.rule)).toEqual(['stated.approximate']);
  });

  it('placeholders: a blank total, a placeholder subtotal and a null line amount', () => {
    const a = auditBudget({
      title: 'T',
      items: [{ name: 'a', unitPrice: '10', quantity: '2', amount: null }],
      sections: [{ name: 'S', items: [{ name: 'b', amount: '1' }], subtotal: '待定' }],
      total: '',
    });
    expect(a.findings.map((f) => [f.rule, f.at, f.stated])).toEqual([
      ['stated.placeholder', { path: ['items', 0, 'amount'] }, ''],
      ['stated.placeholder', { path: ['sections', 0, 'subtotal'] }, '待定'],
      ['stated.placeholder', { path: ['total'] }, ''],
    ]);
    expect(a.findings[0]!.messages.en).toBe(
      'The amount of a is a placeholder (blank); it cannot be checked.',
    );
    expect(a.findings[0]!.messages.zh).toBe('a金额为占位符（空白），无法核对。');
    expect(a.findings[2]!.messages.en).toBe('The total is a placeholder (blank); it cannot be checked.');
    expect(a.findings[1]!.messages.zh).toBe('S小计为占位符（待定），无法核对。');
  });

  it('an unknown part inside a section is named', () => {
    const a = auditBudget({
      title: 'T',
      sections: [
        { name: 'S', sections: [{ name: 'Inner', items: [{ name: 'lost', amount: '××' }] }], subtotal: '5' },
      ],
    });
    expect(a.findings.map((f) => [f.rule, f.messages.en])).toEqual([
      ['stated.placeholder', 'The amount of lost is a placeholder (××); it cannot be checked.'],
      ['sum.unknown-part', 'The subtotal of S cannot be checked: the amount of lost is unknown.'],
    ]);
  });

  it('provisional quantities are noted (info), on the fast and the general path', () => {
    const a = auditBudget({
      title: 'T',
      items: [
        { name: 'fast', unitPrice: '60', quantity: '40', amount: '2400', provisional: true },
        { name: 'slow', unitPrice: '1.5万', quantity: '2', amount: '30000', provisional: true },
        { name: 'plain', unitPrice: '1', quantity: '1', amount: '1' },
      ],
    });
    expect(a.findings.map((f) => [f.rule, f.verdict, f.severity, f.at])).toEqual([
      ['item.provisional', 'match', 'info', { path: ['items', 0, 'provisional'] }],
      ['item.provisional', 'match', 'info', { path: ['items', 1, 'provisional'] }],
    ]);
    expect(a.findings[0]!.messages).toEqual({
      en: 'fast: the quantity is provisional (数量暂定); the amount may change.',
      zh: 'fast：数量暂定，金额可能变化。',
    });
    expect(
      auditBudget(
        { title: 'T', items: [{ name: 'f', unitPrice: '6', quantity: '4', provisional: true }] },
        { info: false },
      ).findings,
    ).toEqual([]);
  });

  it('a fast line that is wrong is reported like any other', () => {
    const a = auditBudget({
      title: 'T',
      items: [{ name: 'p', unitPrice: '19.99', quantity: '3', amount: '59.96' }],
    });
    expect(a.findings.map((f) => [f.rule, f.stated, f.expected, f.difference, f.messages.en])).toEqual([
      [
        'product.line',
        '59.96',
        '59.97',
        '-0.01',
        'p: 19.99 × 3 = 59.97 元, but the plan states 59.96 (off by -0.01).',
      ],
    ]);
  });

  it('empty budgets and zero head counts are warnings that survive info: false', () => {
    expect(rules({ title: 'T' }, { info: false })).toEqual(['budget.empty']);
    const e = auditBudget({ title: 'T' }).findings[0]!;
    expect([e.severity, e.verdict, e.at]).toEqual(['warning', 'match', { path: [] }]);
    expect(e.messages).toEqual({
      en: 'The budget has no items; its total is 0.',
      zh: '预算中没有任何项目，合计为 0。',
    });
    const z = auditBudget(
      { title: 'T', items: [{ name: 'a', amount: '1' }], headCount: '0' },
      { info: false },
    );
    expect(z.findings.map((f) => [f.rule, f.severity, f.verdict])).toEqual([
      ['budget.per-person', 'warning', 'uncheckable'],
    ]);
    expect(z.findings[0]!.messages).toEqual({
      en: 'Per-person figures are not given: the head count is 0.',
      zh: '人数为 0，无法计算人均费用。',
    });
    expect(rules({ title: 'T', items: [{ name: 'a', amount: '1' }], headCount: 2 })).toEqual([]);
  });

  it('unknown fields reported as findings come first, with their messages', () => {
    const a = auditBudget(
      { title: 'T', items: [{ name: 'a', unitPrice: '1', quantity: '2', amount: '3', colour: 'red' }] },
      { unknownKeys: 'report' },
    );
    expect(a.findings.map((f) => [f.rule, f.at])).toEqual([
      ['input.unknown-field', { path: ['items', 0, 'colour'] }],
      ['product.line', { path: ['items', 0, 'amount'] }],
    ]);
    expect(a.findings[0]!.messages).toEqual({
      en: 'Unknown field "colour" was ignored; check its spelling.',
      zh: '未知字段“colour”已忽略，请检查拼写。',
    });
  });

  it('a right budget audits clean, and the summary counts by verdict and severity', () => {
    const a = auditBudget({
      title: 'T',
      items: [{ name: 'a', unitPrice: '2', quantity: '3', amount: '6' }],
      sections: [{ name: 'S', items: [{ name: 'b', amount: '4' }], subtotal: '4' }],
      total: '10',
    });
    expect(a.findings).toEqual([]);
    expect(a.summary).toEqual({ mismatches: 0, uncheckable: 0, info: 0 });
    expect(a.budget.total!.toFixed()).toBe('10');
  });
});

describe('computeBudget keeps every descriptive field, on every path', () => {
  it('items on the general path (approximate, units) keep unit, category, note and source', () => {
    const b = computeBudget({
      title: 'T',
      note: 'budget note',
      total: '12',
      items: [
        {
          name: 'a',
          unitPrice: '1.5万',
          quantity: [{ value: '2', unit: '间' }, { value: '1' }],
          unit: '间夜',
          category: 'lodging',
          note: 'n',
          source: 's',
        },
        { name: 'b', amount: '约12', approximate: true },
      ],
      sections: [{ name: 'S', note: 'section note', subtotal: '0', items: [] }],
    });
    const [a, bb, s] = b.children;
    expect(a).toMatchObject({ unit: '间夜', category: 'lodging', note: 'n', source: 's' });
    expect(a?.kind === 'item' && a.factors.map((f) => ('unit' in f ? f.unit : 'none'))).toEqual([
      '间',
      'none',
    ]);
    expect(a?.kind === 'item' && a.stated).toBeUndefined();
    expect(bb?.kind === 'item' && bb.stated?.text).toBe('约12');
    expect('unit' in bb! || 'category' in bb! || 'note' in bb! || 'source' in bb!).toBe(false);
    expect(s).toMatchObject({ note: 'section note', stated: { text: '0', placeholder: false } });
    expect(b.note).toBe('budget note');
    expect(b.stated).toMatchObject({ text: '12', approximate: false });
    const bare = computeBudget({ title: 'T', sections: [{ name: 'S' }] });
    expect('note' in bare || 'stated' in bare).toBe(false);
    expect('note' in bare.children[0]! || 'stated' in bare.children[0]!).toBe(false);
  });

  it('errors in head count, days and subtotals name their paths', () => {
    let e = errorOf(() => computeBudget({ title: 'T', headCount: 'x' }));
    expect(e.path).toEqual(['headCount']);
    e = errorOf(() => computeBudget({ title: 'T', days: '5元' }));
    expect(e.path).toEqual(['days']);
    e = errorOf(() => computeBudget({ title: 'T', days: '-1' }));
    expect(e.message).toBe('days: days -1 is negative');
    e = errorOf(() => computeBudget({ title: 'T', sections: [{ name: 'S', subtotal: 'abc' }] }));
    expect(e.path).toEqual(['sections', 0, 'subtotal']);
    e = errorOf(() => computeBudget({ title: 'T', total: 'abc' }));
    expect(e.path).toEqual(['total']);
  });

  it('a section with an id claims it, and a section path-like id is checked', () => {
    let e = errorOf(() =>
      computeBudget({
        title: 'T',
        sections: [
          { id: 'k', name: 'A' },
          { id: 'k', name: 'B' },
        ],
      }),
    );
    expect([e.code, e.path]).toEqual(['DUPLICATE_ID', ['sections', 1, 'id']]);
    e = errorOf(() =>
      computeBudget({ title: 'T', sections: [{ name: 'A' }, { id: 'sections[0]', name: 'B' }] }),
    );
    expect(e.code).toBe('DUPLICATE_ID');
    const ok = computeBudget({
      title: 'T',
      sections: [{ name: 'A', sections: [{ name: 'x' }, { name: 'y' }] }],
      items: [{ id: 'sections[0].sections[12]', name: 'b', amount: '1' }],
    });
    expect(ok.children[0]!.id).toBe('sections[0].sections[12]');
    const e2 = errorOf(() =>
      computeBudget({
        title: 'T',
        sections: [{ name: 'A', sections: [{ name: 'x' }, { name: 'y' }] }],
        items: [{ id: 'sections[0].sections[1]', name: 'b', amount: '1' }],
      }),
    );
    expect(e2.code).toBe('DUPLICATE_ID');
    const e3 = errorOf(() =>
      computeBudget({
        title: 'T',
        sections: Array.from({ length: 12 }, (_, i) => ({ name: `s${i}` })),
        items: [{ id: 'sections[11]', name: 'b', amount: '1' }],
      }),
    );
    expect(e3.code).toBe('DUPLICATE_ID');
    const prefixed = computeBudget({
      title: 'T',
      sections: [{ name: 'A' }],
      items: [{ id: 'my sections[0]', name: 'b', amount: '1' }],
    });
    expect(prefixed.children[0]!.id).toBe('my sections[0]');
  });

  it('nesting beyond 32 levels names the limit', () => {
    let s: Record<string, unknown> = { name: 'leaf' };
    for (let i = 1; i < 33; i++) s = { name: `s${i}`, sections: [s] };
    const e = errorOf(() => computeBudget({ title: 'T', sections: [s] }));
    expect(e.code).toBe('NESTING_TOO_DEEP');
    expect(e.message).toMatch(/32 levels/);
    expect(e.path!.length).toBeGreaterThan(0);
  });

  it('a section in another unit converts its subtotal where it is added', () => {
    const b = computeBudget({
      title: 'T',
      sections: [{ name: 'W', unit: '万元', items: [{ name: 'a', amount: '1.5' }] }],
      items: [{ name: 'b', amount: '约1' }],
    });
    expect(b.total!.toFixed()).toBe('15001');
    expect(nodeValue(b.children[1]!, '元')!.toFixed()).toBe('15000');
    expect(nodeValue(b.children[1]!, '万元')!.toFixed()).toBe('1.5');
  });
});
