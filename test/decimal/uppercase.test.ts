import { describe, expect, it } from 'vitest';
import { readingsOfUppercase } from '../../src/decimal/uppercase.js';
import { HuiwuError, parseChineseUppercase, toChineseUppercase } from '../../src/index.js';

describe('toChineseUppercase (大写金额)', () => {
  // Examples from 《正确填写票据和结算凭证的基本规定》 and the issue.
  it.each([
    ['45000', '肆万伍仟元整'],
    ['1005.20', '壹仟零伍元贰角'],
    ['1409.50', '壹仟肆佰零玖元伍角'],
    ['6007.14', '陆仟零柒元壹角肆分'],
    ['1680.32', '壹仟陆佰捌拾元叁角贰分'],
    ['107000.53', '壹拾万柒仟元伍角叁分'],
    ['16409.02', '壹万陆仟肆佰零玖元零贰分'],
    ['325.04', '叁佰贰拾伍元零肆分'],
    ['10', '壹拾元整'],
    ['0.5', '伍角'],
    ['0.05', '伍分'],
    ['0', '零元整'],
    ['100000001', '壹亿零壹元整'],
    ['100010000', '壹亿零壹万元整'],
    ['100500', '壹拾万零伍佰元整'],
    ['1000000000000', '壹万亿元整'],
    ['-3700', '负叁仟柒佰元整'],
    ['48700', '肆万捌仟柒佰元整'],
  ])('%s → %s', (amount, text) => {
    expect(toChineseUppercase(amount)).toBe(text);
    expect(parseChineseUppercase(text).toFixed(2)).toBe(
      Number.parseFloat(amount) === 0 ? '0.00' : toFixed2(amount),
    );
  });

  it('refuses amounts with fractions of 分 or beyond 9999万亿', () => {
    expect(() => toChineseUppercase('1.005')).toThrow(/round it to 分/);
    expect(() => toChineseUppercase('1e16')).toThrow(HuiwuError);
  });
});

describe('parseChineseUppercase', () => {
  it('reads both forms the rules allow and Traditional characters', () => {
    expect(parseChineseUppercase('壹仟陆佰捌拾元零叁角贰分').toFixed()).toBe('1680.32');
    expect(parseChineseUppercase('壹拾万零柒仟元伍角叁分').toFixed()).toBe('107000.53');
    expect(parseChineseUppercase('人民币肆萬伍仟圓正').toFixed()).toBe('45000');
    expect(parseChineseUppercase('貳佰元整').toFixed()).toBe('200');
    expect(parseChineseUppercase('拾元整').toFixed()).toBe('10');
  });

  it.each(['', '肆万伍仟', '伍伍元', '元整整', '仟元', '壹佰壹仟元', 'abc', '壹元整角', '零角'])(
    'refuses %j',
    (text) => {
      expect(() => parseChineseUppercase(text)).toThrow(HuiwuError);
    },
  );
});

function toFixed2(s: string): string {
  const [i, f = ''] = s.split('.');
  return `${i}.${(`${f}00`).slice(0, 2)}`;
}

describe('parseChineseUppercase: 亿 groups', () => {
  it('allows a second 亿 only below a whole number of 万亿', () => {
    expect(parseChineseUppercase('壹万亿肆仟亿元整').toFixed()).toBe('1400000000000');
    for (const bad of [
      '壹亿壹亿元',
      '壹亿伍仟亿元',
      '伍仟亿壹亿元',
      '壹万亿零壹万亿元',
      '壹万亿壹亿壹亿元',
    ]) {
      expect(() => parseChineseUppercase(bad)).toThrow(/亿 out of order/);
    }
  });
});

describe('uppercaseFault', () => {
  it('names the place of the fault in what it refuses, and nothing in what it reads', async () => {
    const { uppercaseFault } = await import('../../src/decimal/uppercase.js');
    expect(uppercaseFault('人民币伍万叁万元')).toEqual({ offset: 6, fault: '万 out of order' });
    expect(uppercaseFault('  壹佰零零壹元')).toMatchObject({ offset: 5 });
    expect(uppercaseFault('人民币肆万伍仟元整')).toBeUndefined();
  });
});

describe('readingsOfUppercase', () => {
  it('reads a repeated 万 both added and nested', () => {
    expect(readingsOfUppercase('伍万叁万元').map(String)).toEqual(['80000', '500030000']);
    expect(readingsOfUppercase('壹拾贰万叁仟肆佰伍拾陆万柒仟捌佰玖拾元').map(String)).toContain('1234567890');
  });
  it('gives one reading when there is only one', () => {
    expect(readingsOfUppercase('柒仟玖佰捌拾贰元零角叁分').map(String)).toEqual(['7982.03']);
  });
});
