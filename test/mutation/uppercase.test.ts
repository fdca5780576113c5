import { describe, expect, it } from 'vitest';
import { HuiwuError, parseChineseUppercase, toChineseUppercase } from '../../src/index.js';
import { errorOf } from '../helpers/errors.js';

describe('toChineseUppercase: every digit, place and zero rule', () => {
  it.each([
    ['1', '壹元整'],
    ['2', '贰元整'],
    ['3', '叁元整'],
    ['4', '肆元整'],
    ['5', '伍元整'],
    ['6', '陆元整'],
    ['7', '柒元整'],
    ['8', '捌元整'],
    ['9', '玖元整'],
    ['1234', '壹仟贰佰叁拾肆元整'],
    ['1001', '壹仟零壹元整'],
    ['1010', '壹仟零壹拾元整'],
    ['1100', '壹仟壹佰元整'],
    ['10001', '壹万零壹元整'],
    ['10100', '壹万零壹佰元整'],
    ['11000', '壹万壹仟元整'],
    ['100000', '壹拾万元整'],
    ['1000000', '壹佰万元整'],
    ['10000000', '壹仟万元整'],
    ['12345678', '壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元整'],
    ['100000000', '壹亿元整'],
    ['110000000', '壹亿壹仟万元整'],
    ['100001000', '壹亿零壹仟元整'],
    ['1000000001', '壹拾亿零壹元整'],
    ['9999999999999999.99', '玖仟玖佰玖拾玖万亿玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
    ['1000000000000', '壹万亿元整'],
    ['1000000010000', '壹万亿零壹万元整'],
    ['0.01', '壹分'],
    ['0.1', '壹角'],
    ['0.11', '壹角壹分'],
    ['1.01', '壹元零壹分'],
    ['1.1', '壹元壹角'],
    ['1.11', '壹元壹角壹分'],
    ['-0.5', '负伍角'],
    ['-0', '零元整'],
    [10, '壹拾元整'],
    [12345n, '壹万贰仟叁佰肆拾伍元整'],
  ])('%s → %s', (value, text) => {
    expect(toChineseUppercase(value)).toBe(text);
    if (typeof value === 'string' && !value.startsWith('-'))
      expect(parseChineseUppercase(text).toFixed()).toBe(
        value.includes('.') ? value.replace(/\.?0+$/, '') : value.replace(/^-?0$/, '0'),
      );
  });

  it('refuses fractions of 分 and amounts from 10^16 up, with messages', () => {
    const p = errorOf(() => toChineseUppercase('1.005'));
    expect(p.code).toBe('AMOUNT_PRECISION');
    expect(p.message).toBe('1.005 has more than two decimal places; round it to 分 first');
    const r = errorOf(() => toChineseUppercase('-1e16'));
    expect(r.code).toBe('AMOUNT_RANGE');
    expect(r.message).toBe('-10000000000000000 is too large for an uppercase amount (limit 9999万亿)');
    expect(toChineseUppercase('9999999999999999')).toMatch(/^玖仟玖佰玖拾玖万亿玖仟/);
  });
});

describe('parseChineseUppercase: forms, variants and every error', () => {
  it.each([
    ['人民币肆万伍仟元整', '45000'],
    ['人民幣肆万伍仟元整', '45000'],
    ['肆万伍仟圆整', '45000'],
    ['肆万伍仟圓整', '45000'],
    ['肆萬伍仟元正', '45000'],
    ['壹億元整', '100000000'],
    ['负叁仟柒佰元整', '-3700'],
    ['負叁仟柒佰元整', '-3700'],
    ['负零元整', '0'],
    ['貳參陸', null],
    ['貳元', '2'],
    ['參元', '3'],
    ['陸元', '6'],
    ['〇元整', '0'],
    ['拾元', '10'],
    ['拾伍元', '15'],
    ['壹万零伍元', '10005'],
    ['壹万亿肆仟亿元整', '1400000000000'],
    ['壹拾万零伍佰元整', '100500'],
    ['壹元零伍分', '1.05'],
    ['伍角', '0.5'],
    ['伍分', '0.05'],
    ['伍角整', '0.5'],
    ['伍角伍分', '0.55'],
    ['壹佰零伍元', '105'],
    ['  壹元整  ', '1'],
  ])('%s → %s', (text, value) => {
    if (value === null) expect(() => parseChineseUppercase(text)).toThrow(HuiwuError);
    else expect(parseChineseUppercase(text).toFixed()).toBe(value);
  });

  it('a negative zero reads as plain zero', () => {
    expect(parseChineseUppercase('负零元整').isNegative()).toBe(false);
  });

  it.each([
    ['', 'empty'],
    ['负', 'empty'],
    ['壹元整角', 'unexpected "角" after 整'],
    ['伍伍元', 'two digits in a row before "伍"'],
    ['壹佰壹仟元', '"仟" out of order'],
    ['壹拾拾元', '"拾" out of order'],
    ['仟元', '"仟" needs a digit before it'],
    ['佰元', '"佰" needs a digit before it'],
    ['万元', '万 without a number'],
    ['亿元', '亿 without a number'],
    ['壹万亿零壹万亿元', '亿 out of order'],
    ['壹万亿壹万亿元', '零 missing before the last digit of "万" (a place is empty)'],
    ['伍万叁万元', '万 out of order'],
    ['玖仟万玖仟万元', '万 out of order'],
    ['壹万伍元', '零 missing before the last digit of "元" (a place is empty)'],
    ['壹仟伍元', '零 missing before the last digit of "元" (a place is empty)'],
    ['壹万拾元', '零 missing before "拾" (a place after 万 or 亿 is empty)'],
    ['壹仟拾元', '零 missing before "拾" (a place is empty)'],
    ['壹佰零零壹元', '零 twice in a row'],
    ['壹元零', '零 at the end'],
    ['壹拾零元', '零 right before "元"'],
    ['壹元伍分', '零 missing between 元 and 分'],
    ['壹角元', 'unexpected "元"'],
    ['壹佰角', '角 before 元'],
    ['壹佰分', '分 before 元'],
    ['零角', '角 needs a non-zero digit'],
    ['壹元角', '角 needs a non-zero digit'],
    ['壹元零分', '分 needs a non-zero digit'],
    ['壹元分', '分 needs a non-zero digit'],
    ['壹元伍', 'a digit with no unit after it'],
    ['整', 'unexpected "整"'],
    ['壹整', 'unexpected "整"'],
    ['壹', 'a digit with no unit after it'],
    ['壹万', 'no 元, 角 or 分'],
    ['零', 'no 元, 角 or 分'],
    ['元', 'no digits'],
    ['abc', 'unexpected "a"'],
    ['壹分伍角', 'unexpected "伍" after 整'],
  ])('%j: %s', (text, why) => {
    const e = errorOf(() => parseChineseUppercase(text));
    expect(e.code).toBe('UPPERCASE_SYNTAX');
    expect(e.message).toBe(
      `${JSON.stringify(text.trim().slice(0, 40))} is not an uppercase amount: ${why}`.replace(
        JSON.stringify(text.trim().slice(0, 40)),
        JSON.stringify(text.slice(0, 40)),
      ),
    );
  });

  it('names a non-string input by its type, and cuts long text at 40 characters', () => {
    const e = errorOf(() => parseChineseUppercase(42 as never));
    expect(e.message).toBe('a number is not an uppercase amount: not a string');
    const long = `${'壹'.repeat(50)}`;
    expect(errorOf(() => parseChineseUppercase(long)).message).toContain(JSON.stringify('壹'.repeat(40)));
  });

  it('round-trips every amount it writes', () => {
    for (const v of ['0.01', '10.1', '20000.02', '300000000.3', '4000000000000', '50505050.5', '60006']) {
      expect(parseChineseUppercase(toChineseUppercase(v)).toFixed()).toBe(v);
    }
  });
});
