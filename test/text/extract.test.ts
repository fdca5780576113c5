import { describe, expect, it } from 'vitest';
import { extractBreakdowns } from '../../src/text/extract-breakdowns.js';
import { extractDates } from '../../src/text/extract-dates.js';
import { extractListCount } from '../../src/text/extract-lists.js';
import { extractProducts } from '../../src/text/extract-products.js';
import { extractAttendees, extractBudgetTotal } from '../../src/text/extract-sums.js';
import { type LineRecord, type LineWindow, labelBefore, lineRecord, markers } from '../../src/text/lines.js';

function doc(lines: string[]): { win: LineWindow; rec: (no: number) => LineRecord } {
  const recs = lines.map((l, i) => lineRecord(i + 1, l));
  const win: LineWindow = { get: (no) => recs[no - 1] };
  return { win, rec: (no) => recs[no - 1]! };
}

describe('products', () => {
  it.each([
    ['獎牌：60元/個*40=2400元', 'match', '2400'],
    ['奖品500元×22=11000元', 'match', '11000'],
    ['餐费 100元 x 3天 X 10人 = 3100元', 'mismatch', '3000'],
    ['证书 10元/个 * ××个 = 500元', 'uncheckable', undefined],
  ])('%s', (line, verdict, expected) => {
    const [c] = extractProducts(lineRecord(5, line));
    expect(c?.verdict).toBe(verdict);
    expect(c?.expected).toBe(expected);
    expect(c?.at.line).toBe(5);
  });

  it('names the item', () => {
    expect(extractProducts(lineRecord(1, '三、 奖牌:60元/个*40=2400元'))[0]?.operands[0]?.label).toBe('奖牌');
  });
});

describe('budget totals', () => {
  const d = doc([
    '六、会议预算',
    '一、场租费:2800元',
    '二、奖牌:60元/个*40=2400元',
    '六、记者:1000元 七、餐费:15000元',
    '共计:20000元',
  ]);
  it('adds the lines above, using product results and not unit prices', () => {
    const [c] = extractBudgetTotal(d.win, d.rec(5));
    expect(c).toMatchObject({
      rule: 'sum.total',
      verdict: 'mismatch',
      expected: '21200',
      difference: '-1200',
    });
    expect(c?.operands.map((o) => o.value)).toEqual(['2800', '2400', '1000', '15000']);
  });
  it('reads items on the total line itself', () => {
    const [c] = extractBudgetTotal(d.win, lineRecord(1, '场租2000元,餐费3000元,合计5000元'));
    expect(c?.verdict).toBe('match');
  });
  it('does not take a noun ending in 总额 for a total', () => {
    expect(extractBudgetTotal(d.win, lineRecord(1, '总投资4852万元,年平均净利润总额175万元'))).toEqual([]);
  });
  it('reports a blank total', () => {
    expect(extractBudgetTotal(d.win, lineRecord(1, '     总计'))[0]?.rule).toBe('sum.missing-total');
  });
});

describe('attendees', () => {
  it('checks complete groups', () => {
    const d = doc(['二、参会人员', '(一)领导(2人);', '(二)代表(30人)。', '总计:32人。']);
    expect(extractAttendees(d.win, d.rec(4))[0]).toMatchObject({ verdict: 'match', expected: '32' });
  });
  it('is uncheckable when the numbering skips groups', () => {
    const d = doc(['部门领导(35人);', '(四)局机关(38人); (五)代表(30人)。', '总计:122人。']);
    const [c] = extractAttendees(d.win, d.rec(3));
    expect(c?.verdict).toBe('uncheckable');
    expect(c?.reason).toMatch(/missing/);
  });
  it('is uncheckable with a placeholder group', () => {
    const d = doc(['1、县直(28人);', '2、先进个人(待定);', '3、全体同志(40人)。', '共计100人左右。']);
    expect(extractAttendees(d.win, d.rec(4))[0]?.verdict).toBe('uncheckable');
  });
  it('finds a mismatch when all groups are there', () => {
    const d = doc(['(一)领导(2人);', '(二)代表(30人)。', '总计:40人。']);
    expect(extractAttendees(d.win, d.rec(3))[0]).toMatchObject({ verdict: 'mismatch', difference: '8' });
  });
});

describe('breakdowns', () => {
  it('checks parts after 其中 and restated headings', () => {
    const d = doc([
      '全年共引进项目9个,其中已开工建设的项目8个,签约项目2个,在谈项目2个。',
      '(1)已开工建设项目8个:',
      '(3)签约项目1个:',
    ]);
    const cs = extractBreakdowns(d.win, d.rec(1));
    expect(cs.map((c) => [c.rule, c.verdict, c.stated?.value, c.expected])).toEqual([
      ['sum.parts', 'mismatch', '9', '12'],
      ['count.restated', 'match', '8', '8'],
      ['count.restated', 'mismatch', '2', '1'],
    ]);
  });
  it('pairs shares with the counts they fit even when scraping moved them', () => {
    const line = '占总数的50.0%乙类2条,共信息4条。其中:甲类1条。占总数的25.0%丙类1条,占总数的10.0%';
    const cs = extractBreakdowns(doc([line]).win, lineRecord(1, line));
    expect(cs.filter((c) => c.rule === 'percent.share').map((c) => c.verdict)).toEqual([
      'match',
      'match',
      'mismatch',
    ]);
    expect(cs.find((c) => c.rule === 'sum.parts')?.verdict).toBe('match');
    expect(cs.find((c) => c.rule === 'percent.total')?.verdict).toBe('mismatch');
  });
});

describe('dates and durations', () => {
  it('counts both ends of a range', () => {
    const cs = extractDates(lineRecord(1, '从3月18日开始至28日结束,为期10天。'));
    expect(cs.find((c) => c.rule === 'duration.days')).toMatchObject({ verdict: 'mismatch', expected: '11' });
    expect(extractDates(lineRecord(1, '5月10日至15日,会期6天')).find((c) => c.rule)?.verdict).toBe('match');
  });
  it('exposes dates with blanks and times', () => {
    const cs = extractDates(lineRecord(1, '2011年4月 日上午9:00,下午2:30'));
    expect(cs.map((c) => c.fact)).toEqual([
      { year: '2011', month: '4', day: '?' },
      { time: '09:00' },
      { time: '14:30' },
    ]);
  });
});

describe('list counts', () => {
  it('compares an announced count with the items that follow', () => {
    const lines = [
      '围绕"三大扶贫"举措。',
      '一是搬迁扶贫。',
      '内容',
      '二是产业扶贫。',
      '三是整村扶贫。',
      '四是能力扶贫。',
    ];
    const d = doc(lines);
    expect(extractListCount(d.win, d.rec(1))[0]).toMatchObject({ verdict: 'mismatch', expected: '4' });
  });
});

describe('line helpers', () => {
  it('labels and markers', () => {
    expect(labelBefore('其中已开工建设的项目8个', 10)).toBe('已开工建设的项目');
    expect(markers('(四)局机关(38人); (五)代表(30人)').map((m) => m.ordinal)).toEqual([4, 5]);
  });
});
