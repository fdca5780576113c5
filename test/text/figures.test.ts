import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal/dec.js';
import { scanFigures } from '../../src/text/figures.js';
import { checkQuantity, exact, quantityOf } from '../../src/text/interval.js';

const brief = (s: string): string[] =>
  scanFigures(s).map(
    (f) =>
      `${f.value?.toString() ?? '?'}${f.high ? `..${f.high.toString()}` : ''}${f.unit}${f.per ? `/${f.per}` : ''}${f.approx ? ` ${f.approx}` : ''}`,
  );

describe('scanFigures', () => {
  it.each([
    ['奖牌:60元/个*40=2400元', ['60元/个', '40', '2400元']],
    ['共计260人左右', ['260人 about']],
    ['价值9300余万元,其中农委6000万元', ['93000000元 over', '60000000元']],
    ['每户补助2000―5000元', ['2000..5000元 range']],
    ['产值2.5-3亿元', ['250000000..300000000元 range']],
    ['1万-3万元贷款', ['10000..30000元 range']],
    ['以每人平均2~3平米为宜', ['2..3平方米 range']],
    ['汪小光、刘毅两人', ['2人']],
    ['三个汽车客运站', ['3个']],
    ['十一五 一是 三大', []],
    ['48,700元', ['48700元']],
    ['人均0.52 亩,有农户17 户', ['0.52亩', '17户']],
    ['2023 年 10 80 960', ['2023', '10', '80', '960']],
    ['占总数的14.3%', ['14.3%']],
    ['约120人', ['120人 about']],
    ['不少于5次', ['5次 at-least']],
    ['1.5万平方米', ['15000平方米']],
  ])('%s', (s, want) => expect(brief(s)).toEqual(want));

  it('reads placeholders', () => {
    const fs = scanFigures('颁奖××名,补助___元,(待定),20**年');
    expect(fs.map((f) => [f.placeholder, f.unit])).toEqual([
      [true, '名'],
      [true, '元'],
      [true, ''],
      [true, '年'],
    ]);
  });
});

describe('interval checks', () => {
  it('treats whole-万 parts as rounded: 12+30+7 against 49.3万 is consistent', () => {
    const parts = ['12万元', '30万元', '7万元'].map((s) => quantityOf(scanFigures(s)[0]!, true)!);
    const sum = parts.reduce((a, b) => ({
      value: a.value.plus(b.value),
      lo: a.lo.plus(b.lo),
      hi: a.hi.plus(b.hi),
      approx: false,
    }));
    const stated = scanFigures('49.3万元')[0]!;
    expect(checkQuantity(quantityOf(stated, true)!, stated.places, sum).verdict).toBe('match');
  });

  it('matches a share at its written precision and rejects one outside it', () => {
    const s = scanFigures('0.1%')[0]!;
    const share = exact(new Dec(100).dividedBy(91));
    const r = checkQuantity(quantityOf(s, true)!, 1, share);
    expect(r.verdict).toBe('mismatch');
    expect(r.expected.toString()).toBe('1.1');
    const ok = scanFigures('1.1%')[0]!;
    expect(checkQuantity(quantityOf(ok, true)!, 1, share).verdict).toBe('match');
  });

  it('never reports an approximate figure that fits its range as a mismatch', () => {
    const s = scanFigures('70余起')[0]!;
    const q = quantityOf(s, true)!;
    expect(q.hi.toString()).toBe('80');
    expect(checkQuantity(q, 0, exact(new Dec(75))).verdict).toBe('uncheckable');
  });
});
