import { describe, expect, it } from 'vitest';
import { Dec, foldWidth, HuiwuError, parseAmount, parseDecimal, tryParseAmount } from '../../src/index.js';
import { errorOf } from '../helpers/errors.js';

describe('foldWidth', () => {
  it('folds every full-width digit and sign and removes every kind of space', () => {
    expect(foldWidth('０１２３４５６７８９')).toBe('0123456789');
    expect(foldWidth('１．５')).toBe('1.5');
    expect(foldWidth('４８，７００')).toBe('48,700');
    expect(foldWidth('－1')).toBe('-1');
    expect(foldWidth('−1')).toBe('-1');
    expect(foldWidth('–1')).toBe('-1');
    expect(foldWidth('＋1')).toBe('+1');
    expect(foldWidth('1Ｅ3')).toBe('1e3');
    expect(foldWidth('1ｅ3')).toBe('1e3');
    expect(foldWidth('1 2\u30003\u00a04\u20095\t6')).toBe('123456');
    expect(foldWidth('／:')).toBe('／:');
    expect(foldWidth('')).toBe('');
  });
});

describe('parseAmount: accepted forms', () => {
  it.each([
    ['2400', '2400'],
    ['+2400', '2400'],
    ['-3700.50', '-3700.5'],
    ['.5', '0.5'],
    ['5.', null],
    ['48,700', '48700'],
    ['1,234,567.89', '1234567.89'],
    ['1,23', null],
    ['1234,567', null],
    ['1e3', '1000'],
    ['1E3', '1000'],
    ['1.5e-2', '0.015'],
    ['1e+2', '100'],
    ['007', '7'],
    ['000', '0'],
    ['-0', '0'],
    ['-0.00', '0'],
    ['¥12', '12'],
    ['￥12', '12'],
    ['人民币12', '12'],
    ['12元', '12'],
    ['12块', '12'],
    ['1.5万元', '15000'],
    ['1.5万', '15000'],
    ['2萬元', '20000'],
    ['2萬', '20000'],
    ['3亿元', '300000000'],
    ['3亿', '300000000'],
    ['3億元', '300000000'],
    ['3億', '300000000'],
    ['5角', '0.5'],
    ['5分', '0.05'],
    ['４５０００', '45000'],
    [' 12 ', '12'],
  ])('%j → %s', (input, out) => {
    const r = tryParseAmount(input);
    if (out === null) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('AMOUNT_SYNTAX');
    } else {
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.value.toFixed()).toBe(out);
    }
  });

  it('reads a value without unit in the unit given, and a suffix overrides it', () => {
    expect(parseAmount('1.5', { unit: '万元' }).toString()).toBe('15000');
    expect(parseAmount('2', { unit: '亿元' }).toString()).toBe('200000000');
    expect(parseAmount('3', { unit: '角' }).toString()).toBe('0.3');
    expect(parseAmount('3', { unit: '元' }).toString()).toBe('3');
    expect(parseAmount('3元', { unit: '万元' }).toString()).toBe('3');
    expect(parseAmount(3, { unit: '万元' }).toString()).toBe('30000');
    expect(parseAmount(3, { unit: '元' }).toString()).toBe('3');
    expect(parseAmount(3n, { unit: '万元' }).toString()).toBe('30000');
    expect(parseAmount(new Dec('1.5'), { unit: '万元' }).toString()).toBe('15000');
  });

  it('never returns -0', () => {
    for (const x of ['-0', '-0.0', '-0e5', '-0元', 0, -0]) {
      const d = parseAmount(x as never);
      expect(d.isZero()).toBe(true);
      expect(d.isNegative()).toBe(false);
      expect(Object.is(d.toNumber(), -0)).toBe(false);
    }
  });

  it('accepts non-string inputs exactly', () => {
    expect(parseAmount(12345678901234567890n).toFixed()).toBe('12345678901234567890');
    expect(parseAmount(-5n).toFixed()).toBe('-5');
    expect(parseAmount(Number.MAX_SAFE_INTEGER).toFixed()).toBe('9007199254740991');
    expect(parseAmount(19.99, { allowFloat: true }).toFixed()).toBe('19.99');
    expect(parseAmount(1e21, { allowFloat: true }).toFixed()).toBe(`1${'0'.repeat(21)}`);
    expect(parseAmount(new Dec('1.25')).toFixed()).toBe('1.25');
  });
});

describe('parseAmount: errors carry code, message and path', () => {
  const path = ['items', 3, 'amount'] as const;

  it.each([
    ['', 'AMOUNT_EMPTY', 'amount is empty; write 0 if the amount is zero'],
    ['   ', 'AMOUNT_EMPTY', 'amount is empty; write 0 if the amount is zero'],
    [
      '12abc',
      'AMOUNT_SYNTAX',
      '"12abc" is not a number (expected digits like "2400", "-3700.50", "48,700" or "1.5万元")',
    ],
    ['元', 'AMOUNT_SYNTAX', '"元" is not a number'],
    ['-', 'AMOUNT_SYNTAX', '"-" is not a number'],
    ['e5', 'AMOUNT_SYNTAX', '"e5" is not a number'],
    ['1e1234567', 'AMOUNT_SYNTAX', 'is not a number'],
    [`${'9'.repeat(31)}`, 'AMOUNT_RANGE', `"${'9'.repeat(31)}" has more than 30 integer digits`],
    ['1e30', 'AMOUNT_RANGE', '"1e30" has more than 30 integer digits'],
    [`0.${'0'.repeat(20)}1`, 'AMOUNT_RANGE', 'has more than 20 decimal places'],
    ['1e-21', 'AMOUNT_RANGE', '"1e-21" has more than 20 decimal places'],
    ['1'.repeat(201), 'AMOUNT_RANGE', 'amount text is 201 characters long; at most 200 are accepted'],
  ])('%j → %s', (input, code, message) => {
    const e = errorOf(() => parseAmount(input, { path }));
    expect(e.code).toBe(code);
    expect(e.message).toContain(message);
    expect(e.path).toEqual(path);
    expect(e.message.startsWith('items[3].amount: ')).toBe(true);
    const bare = errorOf(() => parseAmount(input));
    expect(bare.path).toBeUndefined();
    expect(bare.message.startsWith('items')).toBe(false);
  });

  it('a long bad value is shown cut at 40 characters', () => {
    const e = errorOf(() => parseAmount(`${'x'.repeat(50)}`));
    expect(e.message).toContain(`"${'x'.repeat(40)}…"`);
    const short = errorOf(() => parseAmount('x'.repeat(40)));
    expect(short.message).toContain(`"${'x'.repeat(40)}" is not`);
  });

  it('limits: 30 integer digits, 20 decimals and 200 characters are accepted', () => {
    expect(parseAmount('9'.repeat(30)).toFixed()).toBe('9'.repeat(30));
    expect(parseAmount('1e29').toFixed()).toBe(`1${'0'.repeat(29)}`);
    expect(parseAmount(`0.${'0'.repeat(19)}1`).toFixed()).toBe(`0.${'0'.repeat(19)}1`);
    expect(parseAmount('1e-20').toFixed()).toBe(`0.${'0'.repeat(19)}1`);
    expect(parseAmount(`0.${'0'.repeat(30)}`).toFixed()).toBe('0');
    expect(parseAmount(`${'0'.repeat(40)}1`).toFixed()).toBe('1');
    expect(errorOf(() => parseAmount(`1.${'0'.repeat(20)}1`)).code).toBe('AMOUNT_RANGE');
    expect(parseAmount('12e-2').toFixed()).toBe('0.12');
    expect(parseAmount('1.5e29').toFixed()).toBe(`15${'0'.repeat(28)}`);
  });

  it('non-string errors', () => {
    const p = { path: ['x'] };
    let e = errorOf(() => parseAmount(Number.POSITIVE_INFINITY, p));
    expect([e.code, e.message, e.path]).toEqual([
      'AMOUNT_NOT_FINITE',
      'x: Infinity is not a finite amount',
      ['x'],
    ]);
    e = errorOf(() => parseAmount(Number.NaN));
    expect([e.code, e.message, e.path]).toEqual([
      'AMOUNT_NOT_FINITE',
      'NaN is not a finite amount',
      undefined,
    ]);
    e = errorOf(() => parseAmount(19.99, p));
    expect(e.code).toBe('AMOUNT_UNSAFE_NUMBER');
    expect(e.message).toBe(
      'x: the JS number 19.99 may not be exact; pass it as a string ("19.99") or set allowFloat',
    );
    e = errorOf(() => parseAmount(2 ** 53));
    expect(e.code).toBe('AMOUNT_UNSAFE_NUMBER');
    expect(e.path).toBeUndefined();
    e = errorOf(() => parseAmount(new Dec(Number.NaN), p));
    expect([e.code, e.message, e.path]).toEqual([
      'AMOUNT_NOT_FINITE',
      'x: NaN is not a finite amount',
      ['x'],
    ]);
    e = errorOf(() => parseAmount(new Dec(Number.NaN)));
    expect(e.path).toBeUndefined();
    e = errorOf(() => parseAmount(10n ** 31n, p));
    expect(e.code).toBe('AMOUNT_RANGE');
    expect(e.message).toBe(`x: ${(10n ** 31n).toString()}… has more than 30 digits`);
    expect(parseAmount(-(10n ** 30n) + 1n).toFixed()).toBe(`-${'9'.repeat(30)}`);
    for (const [bad, kind] of [
      [null, 'null'],
      [[1], 'array'],
      [{}, 'object'],
      [true, 'boolean'],
      [undefined, 'undefined'],
    ] as const) {
      e = errorOf(() => parseAmount(bad as never, p));
      expect(e.code).toBe('AMOUNT_TYPE');
      expect(e.message).toBe(
        `x: expected an amount (decimal string, Decimal, bigint or safe integer), got ${kind}`,
      );
    }
    expect(errorOf(() => parseAmount(null as never)).path).toBeUndefined();
    expect(errorOf(() => parseAmount(2.5, { allowFloat: false })).code).toBe('AMOUNT_UNSAFE_NUMBER');
    expect(errorOf(() => parseAmount(1e-21, { allowFloat: true })).code).toBe('AMOUNT_RANGE');
  });
});

describe('parseDecimal', () => {
  it('reads plain numbers and refuses money units', () => {
    expect(parseDecimal('１２０').toString()).toBe('120');
    expect(parseDecimal('2.5').toString()).toBe('2.5');
    expect(parseDecimal(7).toString()).toBe('7');
    const e = errorOf(() => parseDecimal('5元', { path: ['q'] }));
    expect(e.code).toBe('AMOUNT_SYNTAX');
    expect(e.message).toBe('q: "5元" carries a money unit where a plain number is expected');
    expect(e.path).toEqual(['q']);
    expect(errorOf(() => parseDecimal('5万')).path).toBeUndefined();
    expect(errorOf(() => parseDecimal('')).code).toBe('AMOUNT_EMPTY');
  });
});

describe('tryParseAmount', () => {
  it('returns the error instead of throwing', () => {
    const r = tryParseAmount('abc');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBeInstanceOf(HuiwuError);
      expect(r.error.code).toBe('AMOUNT_SYNTAX');
    }
    const okr = tryParseAmount('1.5万元', { unit: '元' });
    expect(okr).toEqual({ ok: true, value: new Dec(15000) });
  });
});
