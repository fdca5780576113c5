import { describe, expect, it } from 'vitest';
import {
  allocate,
  ExactSum,
  formatAmount,
  formatCurrency,
  fromYuan,
  HuiwuError,
  round,
  sum,
  sumProducts,
  toYuan,
  writtenPlaces,
} from '../../src/index.js';

describe('exact sums', () => {
  it('adds 0.1 and 0.2 to exactly 0.3', () => {
    expect(sum(['0.1', '0.2']).toString()).toBe('0.3');
  });

  it('sums a million lines of 19.99 × 3 to exactly 59970000', () => {
    const acc = new ExactSum();
    for (let i = 0; i < 1_000_000; i++) acc.addProduct('19.99', '3');
    expect(acc.value().toString()).toBe('59970000');
    expect(acc.size).toBe(1_000_000);
  });

  it('mixes the fast path, the BigInt spill and the Decimal fallback exactly', () => {
    const acc = new ExactSum();
    acc.add('999999999999999').add('999999999999999').add('0.000000001').add('1.5万元').add(12n);
    expect(acc.value().toFixed()).toBe('2000000000015010.000000001');
    expect(
      sumProducts([
        ['99999999.99', '99999999'],
        ['1e2', '3'],
      ]).toFixed(),
    ).toBe('9999999899000300.01');
  });

  it('reports syntax errors from the fallback path', () => {
    expect(() => sum(['1', 'abc'])).toThrow(HuiwuError);
  });

  it('is zero for nothing', () => {
    expect(sum([]).toString()).toBe('0');
  });
});

describe('round', () => {
  it.each([
    ['2.345', '分', 'half-up', '2.35'],
    ['2.345', '分', 'half-even', '2.34'],
    ['-2.345', '分', 'half-up', '-2.35'],
    ['2.35', '角', 'down', '2.3'],
    ['2.31', '角', 'up', '2.4'],
    ['2.5', '元', 'half-up', '3'],
    ['12345', '万元2', 'half-up', '12300'],
    ['12350', '万元2', 'half-up', '12400'],
    ['12345.6', '万元4', 'half-up', '12346'],
  ] as const)('rounds %s to %s with %s: %s', (v, p, m, expected) => {
    expect(round(v, p, m).toFixed()).toBe(expected);
  });

  it('refuses unknown modes and precisions', () => {
    expect(() => round('1', '分', 'nearest' as never)).toThrow(/unknown rounding mode/);
    expect(() => round('1', 1.5)).toThrow(HuiwuError);
  });

  it('reads the places a figure was written with', () => {
    expect(writtenPlaces('40048.00')).toBe(2);
    expect(writtenPlaces('45000')).toBe(0);
    expect(writtenPlaces('1.2e3')).toBe(0);
    expect(writtenPlaces('1.25e1')).toBe(1);
  });
});

describe('units', () => {
  it('converts exactly between 元, 万元 and 亿元', () => {
    expect(toYuan('1.5', '万元').toFixed()).toBe('15000');
    expect(fromYuan('48700', '万元').toFixed()).toBe('4.87');
    expect(fromYuan('207000000', '亿元').toFixed()).toBe('2.07');
    expect(() => toYuan('1', '美元' as never)).toThrow(/unknown money unit/);
  });
});

describe('allocate', () => {
  it('splits by largest remainder and gives ties to the earlier part', () => {
    expect(allocate('100', [1, 1, 1]).map(String)).toEqual(['33.34', '33.33', '33.33']);
    expect(allocate('0.05', [1, 1]).map(String)).toEqual(['0.03', '0.02']);
  });

  it('splits by head counts at whole 元', () => {
    const parts = allocate('48700', [38, 22, 62], { precision: '元' });
    expect(parts.map(String)).toEqual(['15169', '8782', '24749']);
  });

  it('splits negative totals symmetrically', () => {
    expect(allocate('-100', [1, 1, 1]).map(String)).toEqual(['-33.34', '-33.33', '-33.33']);
  });

  it('refuses weights that cannot split', () => {
    expect(() => allocate('1', [])).toThrow(/at least one weight/);
    expect(() => allocate('1', [0, 0])).toThrow(/add up to zero/);
    expect(() => allocate('1', [-1, 2])).toThrow(/negative/);
    expect(() => allocate('0.001', [1])).toThrow(/whole number/);
  });
});

describe('formatting', () => {
  it('groups thousands and fixes places', () => {
    expect(formatAmount('48700')).toBe('48,700.00');
    expect(formatAmount('-3700', { places: 0 })).toBe('-3,700');
    expect(formatAmount('1234.5', { grouping: false })).toBe('1234.50');
    expect(formatAmount('0.005')).toBe('0.01');
    expect(formatAmount('-0.001')).toBe('0.00');
    expect(formatAmount('123456789012345678.99')).toBe('123,456,789,012,345,678.99');
  });

  it('formats currency with Intl without going through a float', () => {
    expect(formatCurrency('48700')).toBe('¥48,700.00');
    expect(formatCurrency('1234.5', { locale: 'en-US', currency: 'USD' })).toBe('$1,234.50');
    expect(formatCurrency('12345678901234567.89')).toBe('¥12,345,678,901,234,567.89');
  });
});
