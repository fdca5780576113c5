import { describe, expect, it } from 'vitest';
import { isDecimal, toPlain } from '../../src/decimal/dec.js';
import { MAX_FAST_SCALE, scanAny, scanFixed, scanned } from '../../src/decimal/scan.js';
import {
  allocate,
  Dec,
  ExactSum,
  formatAmount,
  formatCurrency,
  fromYuan,
  groupDigits,
  HuiwuError,
  isMoneyUnit,
  precisionPlaces,
  round,
  roundingConstant,
  sum,
  sumProducts,
  toYuan,
  writtenPlaces,
} from '../../src/index.js';
import { errorOf } from '../helpers/errors.js';

const strs = (ds: Dec[]) => ds.map((d) => d.toFixed());

describe('Dec, isDecimal, toPlain', () => {
  it('is configured for money: 120 digits, half up, plain notation up to 1e1000', () => {
    expect(new Dec('2.5').toDecimalPlaces(0).toString()).toBe('3');
    expect(new Dec('-2.5').toDecimalPlaces(0).toString()).toBe('-3');
    expect(new Dec(1).dividedBy(3).toFixed().length).toBe(122);
    expect(new Dec('1e59').toString()).toBe(`1${'0'.repeat(59)}`);
    expect(new Dec('1e999').toString()).toBe(`1${'0'.repeat(999)}`);
    expect(new Dec('1e-29').toString()).toBe(`0.${'0'.repeat(28)}1`);
    expect(new Dec('1e1000').toString()).toBe('1e+1000');
    expect(new Dec('1e-30').toString()).toBe('1e-30');
  });

  it('isDecimal knows Decimals from any clone, toPlain writes no exponent and no -0', () => {
    expect(isDecimal(new Dec(1))).toBe(true);
    expect(isDecimal('1')).toBe(false);
    expect(toPlain(new Dec('-0'))).toBe('0');
    expect(toPlain(new Dec('1e70'))).toBe(`1${'0'.repeat(70)}`);
    expect(toPlain(new Dec('-1.50'))).toBe('-1.5');
  });
});

describe('scanFixed / scanAny', () => {
  it.each([
    ['0', 0, 0],
    ['-12345.67', -1234567, 2],
    ['123456789012345', 123456789012345, 0],
    ['1234567.12345678', 123456712345678, 8],
    ['-0', 0, 0],
    ['-0.00', 0, 2],
    ['.5', 5, 1],
    ['99999999999999.9', 999999999999999, 1],
  ])('reads %j as %i × 10^-%i', (s, m, sc) => {
    expect(scanFixed(s)).toBe(true);
    expect(scanned.m).toBe(m);
    expect(Object.is(scanned.m, -0)).toBe(false);
    expect(scanned.s).toBe(sc);
  });

  it.each([
    '',
    '-',
    '.',
    '5.',
    '1,000',
    '1e3',
    '+1',
    '1.2.3',
    '12a',
    '1234567890123456',
    '0.123456789',
    '123456789012345678',
    '-1234567890123456',
    '１２',
  ])('refuses %j', (s) => {
    expect(scanFixed(s)).toBe(false);
  });

  it('accepts up to 17 characters and 15 digits, and scale up to MAX_FAST_SCALE', () => {
    expect(MAX_FAST_SCALE).toBe(8);
    expect(scanFixed('-1234567.12345678')).toBe(true); // 17 characters
    expect(scanned.m).toBe(-123456712345678);
    expect(scanFixed('0.00000001')).toBe(true);
    expect(scanned.s).toBe(8);
    expect(scanFixed('0.000000001')).toBe(false);
  });

  it('scanAny takes safe integers below 10^15 and nothing else that is not a string', () => {
    expect(scanAny(42)).toBe(true);
    expect([scanned.m, scanned.s]).toEqual([42, 0]);
    expect(scanAny(-0)).toBe(true);
    expect(Object.is(scanned.m, -0)).toBe(false);
    expect(scanAny(999_999_999_999_999)).toBe(true);
    expect(scanAny(-999_999_999_999_999)).toBe(true);
    expect(scanned.m).toBe(-999_999_999_999_999);
    expect(scanAny(1e15)).toBe(false);
    expect(scanAny(-1e15)).toBe(false);
    expect(scanAny(1.5)).toBe(false);
    expect(scanAny(5n)).toBe(false);
    expect(scanAny(new Dec(5))).toBe(false);
    expect(scanAny('12.5')).toBe(true);
    expect([scanned.m, scanned.s]).toEqual([125, 1]);
  });
});

describe('ExactSum', () => {
  it('adds scaled mantissas and refuses what it cannot hold exactly', () => {
    const acc = new ExactSum();
    acc.addScaled(1999, 2).addScaled(-1, 16).addScaled(0, 0);
    expect(acc.value().toFixed()).toBe('19.9899999999999999');
    expect(acc.size).toBe(3);
    expect(() => acc.addScaled(1.5, 0)).toThrow(RangeError);
    expect(() => acc.addScaled(2 ** 53, 0)).toThrow(RangeError);
    expect(() => acc.addScaled(1, -1)).toThrow(RangeError);
    expect(() => acc.addScaled(1, 17)).toThrow('addScaled needs a safe integer mantissa and a scale 0…16');
    expect(() => acc.addScaled(1, 0.5)).toThrow(RangeError);
    expect(acc.size).toBe(3);
    expect(new ExactSum().addScaled(1, 16).value().toFixed()).toBe('0.0000000000000001');
  });

  it('spills into BigInt past 2^53 in both directions, exactly', () => {
    const max = Number.MAX_SAFE_INTEGER;
    const up = new ExactSum().addScaled(max, 0).addScaled(max, 0).addScaled(max, 0).addScaled(1, 0);
    expect(up.value().toFixed()).toBe((3n * BigInt(max) + 1n).toString());
    const down = new ExactSum().addScaled(-max, 3).addScaled(-max, 3).addScaled(-2, 3);
    expect(down.value().toFixed()).toBe(
      new Dec(-(2n * BigInt(max) + 2n).toString()).dividedBy(1000).toFixed(),
    );
    const deep = new ExactSum().addScaled(-max, 0).addScaled(-max, 0).addScaled(-max, 0).addScaled(-1, 0);
    expect(deep.value().toFixed()).toBe((-(3n * BigInt(max) + 1n)).toString());
    const viaAdd = new ExactSum().add(-max).add(-max).add(-max).add(-1).add('-999999999999999');
    expect(viaAdd.value().toFixed()).toBe((-(3n * BigInt(max) + 1n) - 999999999999999n).toString());
    const exact = new ExactSum().addScaled(max - 1, 0).addScaled(1, 0);
    expect(exact.value().toFixed()).toBe(String(max));
    const neg = new ExactSum().addScaled(-(max - 1), 0).addScaled(-1, 0);
    expect(neg.value().toFixed()).toBe(String(-max));
  });

  it('a product beyond 2^53 in either sign is added exactly (BigInt path)', () => {
    const big = (10n ** 10n - 1n) * (10n ** 10n - 1n); // 99999999.99 × 99999999.99 in 10^-4
    const pos = new ExactSum().addProduct('99999999.99', '99999999.99');
    expect(pos.value().toFixed()).toBe(new Dec(big.toString()).dividedBy(10000).toFixed());
    const neg = new ExactSum().addProduct('-99999999.99', '99999999.99');
    expect(neg.value().toFixed()).toBe(new Dec((-big).toString()).dividedBy(10000).toFixed());
    const both = new ExactSum()
      .addProduct('-99999999.99', '99999999.99')
      .addProduct('99999999.99', '99999999.99')
      .addProduct('0.01', '1');
    expect(both.value().toFixed()).toBe('0.01');
    const mixed = new ExactSum().addProduct('123456789', '987654321').addProduct(-3, 5);
    expect(mixed.value().toFixed()).toBe((123456789n * 987654321n - 15n).toString());
  });

  it('refuses a money unit on the quantity of a product', () => {
    expect(() => new ExactSum().addProduct('0.5', '2.5万')).toThrow(HuiwuError);
    expect(() => new ExactSum().addProduct('0.5', '2.5万元')).toThrow(/carries a money unit/);
  });

  it('sums products exactly whatever path each takes', () => {
    const acc = new ExactSum();
    acc.addProduct('19.99', '3');
    acc.addProduct('99999999.99', '99999999.99');
    acc.addProduct('1.5万元', '2');
    acc.addProduct(new Dec('0.1'), new Dec('3'));
    acc.addProduct('-0', '5');
    acc.addProduct(7, 3);
    acc.addProduct('0.000000001', '1');
    expect(acc.size).toBe(7);
    expect(acc.value().toFixed()).toBe(
      new Dec('59.97')
        .plus(new Dec('99999999.99').times('99999999.99'))
        .plus(30000)
        .plus('0.3')
        .plus(21)
        .plus('0.000000001')
        .toFixed(),
    );
    expect(
      sumProducts([
        ['60', '40'],
        ['10', '50'],
      ]).toString(),
    ).toBe('2900');
    expect(sumProducts([]).toString()).toBe('0');
  });

  it('adds mixed inputs exactly, never returning -0', () => {
    const acc = new ExactSum();
    acc.add('0.1').add(new Dec('0.2')).add(3n).add(4).add('1万').add('12345678901234567890.5');
    expect(acc.value().toFixed()).toBe('12345678901234577897.8');
    expect(acc.size).toBe(6);
    const z = sum(['1.5', '-1.5', new Dec('-0')]);
    expect(z.isZero() && !z.isNegative()).toBe(true);
    expect(sum([]).toFixed()).toBe('0');
    expect(sum(['0.00000001', '0.1']).toFixed()).toBe('0.10000001');
    expect(sum(['1', '0.5']).toFixed()).toBe('1.5');
    expect(sum(['5']).toFixed()).toBe('5');
    expect(() => sum(['abc'])).toThrow(HuiwuError);
  });
});

describe('round, precisionPlaces, roundingConstant, writtenPlaces', () => {
  it('names precisions', () => {
    expect(precisionPlaces('分')).toBe(2);
    expect(precisionPlaces('角')).toBe(1);
    expect(precisionPlaces('元')).toBe(0);
    expect(precisionPlaces('万元2')).toBe(-2);
    expect(precisionPlaces('万元4')).toBe(0);
    expect(precisionPlaces(30)).toBe(30);
    expect(precisionPlaces(-30)).toBe(-30);
    for (const bad of [31, -31, 1.5, Number.NaN, '厘' as never]) {
      const e = errorOf(() => precisionPlaces(bad));
      expect(e.code).toBe('ROUNDING_MODE');
      expect(e.message).toBe(
        `precision ${String(bad)} is not a whole number of decimal places between -30 and 30`,
      );
    }
  });

  it('rounds with every mode', () => {
    const cases: [string, string, string][] = [
      ['half-up', '2.345', '2.35'],
      ['half-even', '2.345', '2.34'],
      ['half-down', '2.345', '2.34'],
      ['down', '2.349', '2.34'],
      ['up', '2.341', '2.35'],
      ['ceil', '-2.349', '-2.34'],
      ['floor', '-2.341', '-2.35'],
    ];
    for (const [mode, v, out] of cases) expect(round(v, '分', mode as never).toFixed()).toBe(out);
    expect(round('2.345').toFixed()).toBe('2.35');
    expect(round('2.35', '角').toFixed()).toBe('2.4');
    expect(round('12345', '万元2').toFixed()).toBe('12300');
    expect(round('12350', '万元2').toFixed()).toBe('12400');
    expect(round('12350', -2, 'down').toFixed()).toBe('12300');
    expect(round(new Dec('7.5'), '元').toFixed()).toBe('8');
    expect(round('7.5', 0).toFixed()).toBe('8');
    const e = errorOf(() => roundingConstant('nearest' as never));
    expect(e.code).toBe('ROUNDING_MODE');
    expect(e.message).toBe(
      'unknown rounding mode "nearest"; use one of half-up, half-even, half-down, down, up, ceil, floor',
    );
    expect(roundingConstant('half-up')).toBe(Dec.ROUND_HALF_UP);
    expect(roundingConstant('half-even')).toBe(Dec.ROUND_HALF_EVEN);
    expect(roundingConstant('half-down')).toBe(Dec.ROUND_HALF_DOWN);
    expect(roundingConstant('down')).toBe(Dec.ROUND_DOWN);
    expect(roundingConstant('up')).toBe(Dec.ROUND_UP);
    expect(roundingConstant('ceil')).toBe(Dec.ROUND_CEIL);
    expect(roundingConstant('floor')).toBe(Dec.ROUND_FLOOR);
  });

  it.each([
    ['40048.00', 2],
    ['45000', 0],
    ['1.2e3', 0],
    ['1.25e1', 1],
    ['1.5e-2', 3],
    ['1.5E-2', 3],
    ['12.', 0],
    ['  3.14  ', 2],
    ['1.5万', 1],
    ['', 0],
    ['1e+2', 0],
  ])('writtenPlaces(%j) = %i', (text, places) => {
    expect(writtenPlaces(text)).toBe(places);
  });
});

describe('formatAmount, groupDigits, formatCurrency', () => {
  it('formats exactly with grouping and places', () => {
    expect(formatAmount('48700')).toBe('48,700.00');
    expect(formatAmount('-3700', { places: 0 })).toBe('-3,700');
    expect(formatAmount('1234.5', { grouping: false })).toBe('1234.50');
    expect(formatAmount('1234.5', { grouping: true })).toBe('1,234.50');
    expect(formatAmount('2.345')).toBe('2.35');
    expect(formatAmount('2.345', { mode: 'down' })).toBe('2.34');
    expect(formatAmount('-0.001')).toBe('0.00');
    expect(formatAmount('-0.001', { places: 0 })).toBe('0');
    expect(formatAmount('999', { places: 0 })).toBe('999');
    expect(formatAmount('1000', { places: 0 })).toBe('1,000');
    expect(formatAmount('-1234567.891', { places: 1 })).toBe('-1,234,567.9');
    expect(formatAmount('12345678901234567890')).toBe('12,345,678,901,234,567,890.00');
  });

  it('groups digits every three from the right', () => {
    expect(groupDigits('')).toBe('');
    expect(groupDigits('1')).toBe('1');
    expect(groupDigits('123')).toBe('123');
    expect(groupDigits('1234')).toBe('1,234');
    expect(groupDigits('123456')).toBe('123,456');
    expect(groupDigits('1234567')).toBe('1,234,567');
  });

  it('formats currency through Intl with the value as a decimal string', () => {
    expect(formatCurrency('48700')).toBe('¥48,700.00');
    expect(formatCurrency('1234.5', { locale: 'en-US', currency: 'USD' })).toBe('$1,234.50');
    expect(formatCurrency('1234.567', { places: 0 })).toBe('¥1,235');
    expect(formatCurrency('12345678901234567.89')).toBe('¥12,345,678,901,234,567.89');
  });
});

describe('units', () => {
  it('converts exactly between 元 and every unit, and refuses unknown units', () => {
    expect(toYuan('1.5', '万元').toFixed()).toBe('15000');
    expect(toYuan('2', '亿元').toFixed()).toBe('200000000');
    expect(toYuan('3', '角').toFixed()).toBe('0.3');
    expect(toYuan('3', '分').toFixed()).toBe('0.03');
    expect(toYuan('3', '元').toFixed()).toBe('3');
    expect(fromYuan('48700', '万元').toFixed()).toBe('4.87');
    expect(fromYuan('48700', '亿元').toFixed()).toBe('0.000487');
    expect(fromYuan('0.3', '角').toFixed()).toBe('3');
    expect(fromYuan('0.03', '分').toFixed()).toBe('3');
    for (const f of [() => toYuan('1', '美元' as never), () => fromYuan('1', '美元' as never)]) {
      const e = errorOf(f);
      expect(e.code).toBe('UNIT_UNKNOWN');
      expect(e.message).toBe('unknown money unit "美元"');
    }
    expect(isMoneyUnit('万元')).toBe(true);
    expect(isMoneyUnit('分')).toBe(true);
    expect(isMoneyUnit('toString')).toBe(false);
    expect(isMoneyUnit(1)).toBe(false);
  });
});

describe('allocate', () => {
  it('splits with the largest remainder, ties to the earlier weight, and adds back exactly', () => {
    expect(strs(allocate('100', [1, 1, 1]))).toEqual(['33.34', '33.33', '33.33']);
    expect(strs(allocate('48700', [38, 22, 62], { precision: '元' }))).toEqual(['15169', '8782', '24749']);
    expect(strs(allocate('1', [1, 2], { precision: '元' }))).toEqual(['0', '1']);
    expect(strs(allocate('2', [1, 1, 1], { precision: '元' }))).toEqual(['1', '1', '0']);
    expect(strs(allocate('0.05', [1, 1]))).toEqual(['0.03', '0.02']);
    expect(strs(allocate('10', [3, 0, 1], { precision: '元' }))).toEqual(['8', '0', '2']);
    expect(strs(allocate('-100', [1, 1, 1]))).toEqual(['-33.34', '-33.33', '-33.33']);
    expect(strs(allocate('0', [1, 2]))).toEqual(['0', '0']);
    expect(allocate('-1', [0, 1], { precision: '元' })[0]!.isNegative()).toBe(false);
    expect(strs(allocate('1000', ['0.5', '0.25', '0.25'], { precision: -2 }))).toEqual(['500', '300', '200']);
    expect(strs(allocate('7', [1], { precision: '元' }))).toEqual(['7']);
    expect(strs(allocate('1.5万元', [1, 2], { precision: '元' }))).toEqual(['5000', '10000']);
  });

  it('gives each part within one unit of its exact share', () => {
    const weights = [7, 13, 29, 1, 50];
    const parts = allocate('999.99', weights);
    const total = weights.reduce((a, b) => a + b, 0);
    parts.forEach((p, i) => {
      const exact = new Dec('999.99').times(weights[i]!).dividedBy(total);
      expect(p.minus(exact).abs().lt('0.01')).toBe(true);
    });
    expect(sum(parts).toFixed()).toBe('999.99');
  });

  it('refuses bad weights and totals finer than the precision', () => {
    let e = errorOf(() => allocate('100', []));
    expect([e.code, e.message]).toEqual(['ALLOCATE_WEIGHTS', 'allocate needs at least one weight']);
    e = errorOf(() => allocate('100', [1, -1]));
    expect([e.code, e.message, e.path]).toEqual([
      'ALLOCATE_WEIGHTS',
      'weights[1]: weight -1 is negative',
      ['weights', 1],
    ]);
    e = errorOf(() => allocate('100', [0, 0]));
    expect([e.code, e.message]).toEqual([
      'ALLOCATE_WEIGHTS',
      'weights add up to zero, so there is nothing to split by',
    ]);
    e = errorOf(() => allocate('100.5', [1], { precision: '元' }));
    expect([e.code, e.message]).toEqual([
      'AMOUNT_PRECISION',
      'total 100.5 is not a whole number of the precision unit 1',
    ]);
    e = errorOf(() => allocate('abc', [1]));
    expect(e.path).toEqual(['total']);
    e = errorOf(() => allocate('1', [1, 'x']));
    expect(e.path).toEqual(['weights', 1]);
  });
});
