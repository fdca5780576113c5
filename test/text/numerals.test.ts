import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HuiwuError } from '../../src/errors.js';
import { formatChineseNumber, parseChineseNumber } from '../../src/text/numerals.js';

const p = (s: string): string | undefined => parseChineseNumber(s)?.toString();

describe('parseChineseNumber', () => {
  it.each([
    ['三千五百万', '35000000'],
    ['一百二十二', '122'],
    ['两万', '20000'],
    ['十五', '15'],
    ['零', '0'],
    ['〇', '0'],
    ['二〇一一', '2011'],
    ['一千零五', '1005'],
    ['一万五', '15000'],
    ['三千五', '3500'],
    ['一亿零二万', '100020000'],
    ['1.5万', '15000'],
    ['12亿', '1200000000'],
    ['一点五', '1.5'],
    ['壹佰贰拾', '120'],
  ])('%s → %s', (s, v) => expect(p(s)).toBe(v));

  it.each(['百', '十十', '一是', '元', '', '二三十'])('rejects %s', (s) => expect(p(s)).toBeUndefined());

  it('throws a typed error only for non-strings', () => {
    expect(() => parseChineseNumber(12 as unknown as string)).toThrow(HuiwuError);
  });
});

describe('formatChineseNumber', () => {
  it.each([
    [0n, '零'],
    [10n, '十'],
    [110n, '一百一十'],
    [1005n, '一千零五'],
    [35000000n, '三千五百万'],
    [1000100000000n, '一万零一亿'],
  ])('%s → %s', (n, s) => expect(formatChineseNumber(n)).toBe(s));

  it('round-trips through parseChineseNumber', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n }), (n) => {
        expect(p(formatChineseNumber(n))).toBe(n.toString());
      }),
    );
  });
});
