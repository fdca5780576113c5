import { describe, expect, it } from 'vitest';
import { Dec, HuiwuError, parseAmount, parseDecimal, tryParseAmount } from '../../src/index.js';

const code = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof HuiwuError) return e.code;
    throw e;
  }
  return 'no error';
};

describe('parseAmount', () => {
  it.each([
    ['2400', '2400'],
    ['-3700.50', '-3700.5'],
    ['1e3', '1000'],
    ['48,700', '48700'],
    ['1,234,567.89', '1234567.89'],
    ['４５０００', '45000'],
    ['１２．５０', '12.5'],
    ['1.5万元', '15000'],
    ['1.5万', '15000'],
    ['3亿', '300000000'],
    ['2.07亿元', '207000000'],
    ['5角', '0.5'],
    ['8分', '0.08'],
    ['¥2,800.00', '2800'],
    ['2800元', '2800'],
    [' 12 ', '12'],
    ['.5', '0.5'],
    ['-0', '0'],
  ])('reads %s as %s 元', (input, expected) => {
    expect(parseAmount(input).toFixed()).toBe(expected);
  });

  it('reads bigint and safe integers exactly', () => {
    expect(parseAmount(12345678901234567890n).toFixed()).toBe('12345678901234567890');
    expect(parseAmount(9007199254740991).toFixed()).toBe('9007199254740991');
  });

  it('keeps a Decimal from another clone', () => {
    expect(parseAmount(new Dec('0.1')).plus('0.2').toString()).toBe('0.3');
  });

  it('applies a default unit only to values without one', () => {
    expect(parseAmount('4.87', { unit: '万元' }).toFixed()).toBe('48700');
    expect(parseAmount('2400元', { unit: '万元' }).toFixed()).toBe('2400');
    expect(parseAmount(3, { unit: '亿元' }).toFixed()).toBe('300000000');
  });

  it.each([
    ['', 'AMOUNT_EMPTY'],
    ['   ', 'AMOUNT_EMPTY'],
    ['12abc', 'AMOUNT_SYNTAX'],
    ['4,87,00', 'AMOUNT_SYNTAX'],
    ['1..2', 'AMOUNT_SYNTAX'],
    ['--1', 'AMOUNT_SYNTAX'],
    ['元', 'AMOUNT_SYNTAX'],
    ['1e400', 'AMOUNT_RANGE'],
    ['9'.repeat(40), 'AMOUNT_RANGE'],
    ['9'.repeat(400), 'AMOUNT_RANGE'],
    ['1e-400', 'AMOUNT_RANGE'],
  ])('refuses %j with %s', (input, expected) => {
    expect(code(() => parseAmount(input))).toBe(expected);
  });

  it.each([
    [Number.NaN, 'AMOUNT_NOT_FINITE'],
    [Number.POSITIVE_INFINITY, 'AMOUNT_NOT_FINITE'],
    [19.99, 'AMOUNT_UNSAFE_NUMBER'],
    [2 ** 60, 'AMOUNT_UNSAFE_NUMBER'],
    [null, 'AMOUNT_TYPE'],
    [undefined, 'AMOUNT_TYPE'],
    [{}, 'AMOUNT_TYPE'],
  ])('refuses the value %s with %s', (input, expected) => {
    expect(code(() => parseAmount(input as never))).toBe(expected);
  });

  it('accepts floats only when opted in, as their shortest decimal', () => {
    expect(parseAmount(19.99, { allowFloat: true }).toFixed()).toBe('19.99');
    expect(
      parseAmount(0.1, { allowFloat: true })
        .plus(parseAmount(0.2, { allowFloat: true }))
        .toFixed(),
    ).toBe('0.3');
  });

  it('says where the bad value was', () => {
    try {
      parseAmount('abc', { path: ['items', 3, 'unitPrice'] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HuiwuError);
      const err = e as HuiwuError;
      expect(err.path).toEqual(['items', 3, 'unitPrice']);
      expect(err.message).toMatch(/^items\[3\]\.unitPrice: "abc" is not a number/);
      expect(err.toJSON()).toMatchObject({ code: 'AMOUNT_SYNTAX', path: ['items', 3, 'unitPrice'] });
    }
  });

  it('does not read or change the global decimal.js settings', async () => {
    const Decimal = (await import('decimal.js')).default;
    const before = Decimal.precision;
    parseAmount('1').dividedBy(3);
    expect(Decimal.precision).toBe(before);
    expect(new Dec(1).dividedBy(3).precision()).toBe(120);
  });
});

describe('parseDecimal', () => {
  it('reads quantities and refuses money units', () => {
    expect(parseDecimal('１２０').toFixed()).toBe('120');
    expect(code(() => parseDecimal('5元'))).toBe('AMOUNT_SYNTAX');
  });
});

describe('tryParseAmount', () => {
  it('returns a result instead of throwing', () => {
    const bad = tryParseAmount('x');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('AMOUNT_SYNTAX');
    const good = tryParseAmount('1.5万元');
    expect(good.ok && good.value.toFixed()).toBe('15000');
  });
});

describe('zeros and units', () => {
  it('normalises -0 from every kind of input and reads zero with any exponent', async () => {
    const { Dec: D, toYuan } = await import('../../src/index.js');
    expect(parseAmount(new D('-0')).isNegative()).toBe(false);
    expect(parseAmount('0e40').toString()).toBe('0');
    expect(parseAmount('-0.000e-99').toString()).toBe('0');
    expect(() => toYuan('1', 'toString' as never)).toThrow(expect.objectContaining({ code: 'UNIT_UNKNOWN' }));
  });
});
