import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/text/index.js';

const of = (text: string, rule: string) => auditText(text).findings.filter((f) => f.rule === rule);

describe('equations', () => {
  it.each([
    ['獎牌：60元/個*40=2400元', 'match', '2400'],
    ['奖品500元×22=11000元', 'match', '11000'],
    ['餐费 100元 x 3天 X 10人 = 3100元', 'mismatch', '3000'],
    ['住宿费:260元/间/天×40间×3天=31200元', 'match', '31200'],
    ['住宿:260元/间·天×40间×3晚=32000元', 'mismatch', '31200'],
    ['伙食:90元每人每天×80人×2天=14400元', 'match', '14400'],
    ['茶叶80元+水果45.5元+纸杯12元=138.5元', 'mismatch', '137.5'],
    ['服装:260元(冬装)*4+120元(夏装)*2*4=2000元', 'match', '2000'],
    ['(260+120)×2=760元', 'match', '760'],
    ['2400元÷40人=60元', 'match', '60'],
    ['一次性杯子:10条(30个/条)×1.5元=15元', 'match', '15'],
  ])('%s', (line, verdict, expected) => {
    const [f] = auditText(line).findings.filter(
      (x) => x.rule === 'product.line' || x.rule === 'arith.equation',
    );
    expect(f).toMatchObject({ verdict, expected });
  });

  it('is uncheckable with a placeholder factor', () => {
    expect(of('证书 10元/个 * ××个 = 500元', 'product.line')[0]?.verdict).toBe('uncheckable');
  });

  it('names the item and places every operand', () => {
    const [f] = of('三、 奖牌:60元/个*40=2500元', 'product.line');
    expect(f?.operands?.map((o) => [o.text, o.label, o.line, o.column])).toEqual([
      ['60元/个', '奖牌', 1, 7],
      ['40', '奖牌', 1, 13],
    ]);
    expect(f?.statedAt).toMatchObject({ text: '2500元', line: 1, column: 16 });
  });

  it('does not read dates, ranges or codes as arithmetic', () => {
    for (const line of ['2023-05-14召开', '1-9月完成投资21.3亿元', '302-12 因公出国', '2000―5000元']) {
      expect(
        auditText(line).findings.filter((f) => f.verdict === 'mismatch'),
        line,
      ).toEqual([]);
    }
  });
});

describe('totals over the items listed above', () => {
  const plan = [
    '六、会议预算',
    '一、场租费:2800元',
    '二、奖牌:60元/个*40=2400元',
    '三、记者:1000元 四、餐费:15000元',
    '共计:20000元',
  ];

  it('adds the lines above, using equation results and not unit prices', () => {
    const [f] = of(plan.join('\n'), 'sum.total');
    expect(f).toMatchObject({ verdict: 'mismatch', expected: '21200', difference: '-1200' });
    expect(f?.operands?.map((o) => o.value)).toEqual(['2800', '2400', '1000', '15000']);
  });

  it('is uncheckable when the numbering skips items', () => {
    expect(
      of('一、场租费:2800元\n二、奖牌:2400元\n六、餐费:15000元\n共计:25000元', 'sum.total')[0]?.verdict,
    ).toBe('uncheckable');
  });

  it('reads items on the total line itself', () => {
    expect(of('场租2000元,餐费3000元,合计5000元', 'sum.total')[0]?.verdict).toBe('match');
  });

  it('does not take a noun ending in 总额, or one item’s own total, for a list total', () => {
    expect(of('总投资4852万元,年平均净利润总额175万元', 'sum.total')).toEqual([]);
    expect(of('影印纸一箱538元,黑色墨水两瓶576元\n本学期簿本费共1632元', 'sum.total')).toEqual([]);
  });

  it('reports a blank total', () => {
    expect(of('场租费:2800元\n     总计', 'sum.missing-total')[0]?.verdict).toBe('uncheckable');
  });

  it('judges a total by the recomputed lines, naming a wrong line as its cause', () => {
    const [f] = of('场租费:2800元\n奖牌:60元/个*40=2600元\n共计:5400元', 'sum.total');
    expect(f).toMatchObject({ verdict: 'mismatch', expected: '5200', causedBy: ['2:13'] });
  });

  it('skips a line wholly in brackets that explains the item above it', () => {
    const text = '奖金:1100元;\n(一等1名 120元,二等3名 300元)\n证书:20元;\n共计:1120元';
    expect(of(text, 'sum.total')[0]?.verdict).toBe('match');
  });
});

describe('attendee groups', () => {
  it('checks complete groups, in brackets or not', () => {
    expect(
      of('二、参会人员\n(一)领导(2人);\n(二)代表(30人)。\n总计:32人。', 'count.attendees')[0],
    ).toMatchObject({ verdict: 'match', expected: '32' });
    expect(
      of('(一)局领导6人;(二)处长30人;(三)工作人员9人。以上共计96人', 'count.attendees')[0],
    ).toMatchObject({ verdict: 'mismatch', expected: '45' });
  });

  it('is uncheckable when the numbering skips or starts late', () => {
    const [f] = of('部门领导(35人);\n(四)局机关(38人); (五)代表(30人)。\n总计:122人。', 'count.attendees');
    expect(f?.verdict).toBe('uncheckable');
    expect(f?.reason).toMatch(/missing/);
  });

  it('is uncheckable with a placeholder group', () => {
    expect(
      of('1、县直(28人);\n2、先进个人(待定);\n3、全体同志(40人)。\n共计100人。', 'count.attendees')[0]
        ?.verdict,
    ).toBe('uncheckable');
  });
});

describe('parts after 其中', () => {
  it('finds parts that do not add up, and leaves partial lists alone', () => {
    expect(of('续建项目45个,其中竣工项目20个,在建项目15个,新开工项目8个。', 'sum.parts')[0]).toMatchObject({
      verdict: 'mismatch',
      expected: '43',
    });
    expect(of('全市共有学校100所,其中小学60所,初中20所。', 'sum.parts')[0]?.verdict).toBe('uncheckable');
    expect(of('共有干部200人,其中党员150人,女性90人。', 'sum.parts')[0]?.verdict).toBe('uncheckable');
    expect(of('主要包括住宿费3000元,餐费2000元', 'sum.parts')).toEqual([]);
  });

  it('reads parts listed on the lines below 其中:', () => {
    // Two parts short of the whole may be a partial list: read, but not called wrong.
    const two = '公用经费 911000.39 元,其中:\n办公费 809961.19 元,\n印刷费 71339.2 元。';
    expect(of(two, 'sum.parts')[0]).toMatchObject({
      verdict: 'uncheckable',
      expected: '881300.39',
      at: { line: 1 },
    });
    // 人员经费 and 公用经费 are all of 基本支出: two parts that fall short are an error.
    const pair = '基本支出 911000.39 元,其中:\n人员经费 809961.19 元,\n公用经费 71339.2 元。';
    expect(of(pair, 'sum.parts')[0]).toMatchObject({ verdict: 'mismatch', difference: '29700' });
    const three = '收入合计 500 万元,其中:\n财政拨款收入 300 万元;\n事业收入 100 万元;\n其他收入 50 万元。';
    const [f] = of(three, 'sum.parts');
    expect(f).toMatchObject({ verdict: 'mismatch', expected: '4500000' });
    expect(f?.operands?.map((o) => o.line)).toEqual([2, 3, 4]);
  });
});

describe('wrapped lines', () => {
  it('joins a sentence a PDF broke and reports at the stated figure’s line', () => {
    const text =
      '商品和服务支出预算 165247.88 元,占基本支出预算\n18.76%,同比减少 17291.92 元。\n基本支出预算 881300.39 元。';
    const lines =
      '基本支出预算 881300.39 元。\n商品和服务支出预算 165247.88 元,占基本支出预算\n18.76%,同比减少 17291.92 元。';
    expect(of(lines, 'percent.share')[0]).toMatchObject({ verdict: 'mismatch', at: { line: 3, column: 1 } });
    expect(of(text, 'percent.share').filter((f) => f.verdict === 'mismatch')).toEqual([]);
  });
});

describe('weekdays and durations', () => {
  it('checks a weekday when the year is written, and not without one', () => {
    expect(of('2023年5月14日(星期六)', 'date.weekday')[0]).toMatchObject({
      verdict: 'mismatch',
      expected: '7',
    });
    expect(of('5月14日(星期六)', 'date.weekday')).toEqual([]);
    expect(of('2022年通知\n5月14日(星期六)', 'date.weekday')[0]?.verdict).toBe('match');
  });

  it('counts both ends of a range', () => {
    expect(of('2024年寒假从1月20日开始,2月26日结束,共37天', 'duration.days')[0]).toMatchObject({
      verdict: 'mismatch',
      expected: '38',
    });
    expect(of('2023年01月17日---2023年01月28日,共11天', 'duration.days')[0]?.expected).toBe('12');
    expect(of('1月20日至30日放假调休,共10天', 'duration.days')[0]?.verdict).toBe('mismatch');
  });
});

describe('one statement, one finding', () => {
  it('reports a figure two rules read the same way once', () => {
    const f = auditText('住宿费：300元/人/天×50人×2天，小计31000元').findings.filter(
      (x) => x.verdict === 'mismatch',
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ stated: '31000', expected: '30000' });
  });
});

describe('PDF spacing', () => {
  it('reads 6.00 % (a space before the sign) as a percentage', () => {
    const f = auditText('文化旅游体育与传媒支出 850088.3 元,同比减少 54357.12 元,下降 6.00 %。').findings;
    expect(f.find((x) => x.rule === 'rate.change-amount')).toMatchObject({
      verdict: 'mismatch',
      stated: '6',
    });
  });
});

describe('per-capita figures over a head count stated paragraphs before', () => {
  const profile = (population: string, perHead: string) =>
    [
      `全村辖2个村民小组，有农户40户，有乡村人口${population}，其中农业人口${population}。`,
      '全村建有沼气池农户5户。',
      `耕地有效灌溉面积为90亩，其中有高稳产农田地面积52亩，人均高稳产农田地面积${perHead}。`,
    ].join('\n');

  it('divides by the population the document stated once, a space before the unit allowed', () => {
    // 52 / 130 = 0.4
    expect(of(profile('130人', '0.40 亩'), 'per-capita.value').map((f) => [f.verdict, f.at.line])).toEqual([
      ['match', 3],
    ]);
    const [wrong] = of(profile('130人', '0.45亩'), 'per-capita.value');
    expect([wrong?.verdict, wrong?.expected, wrong?.operands?.map((o) => o.line)]).toEqual([
      'mismatch',
      '0.4',
      [3, 1],
    ]);
  });

  it('does not divide when the document has stated two different populations', () => {
    const text = `${profile('130人', '0.45亩')}\n全乡总人口8600人。\n人均耕地0.9亩，耕地面积合计7740亩。`;
    const later = of(text, 'per-capita.value').filter((f) => f.at.line === 5);
    expect(later.map((f) => f.verdict)).not.toContain('mismatch');
  });
});

describe('shares stated together of a whole 占 names, the parts overlapping', () => {
  it('checks each part over the named whole, though the parts add to more than it', () => {
    const text =
      '全村有农户40户。\n有40户通电,有12户通宽带,拥有电脑农户10户(分别占农户总数的98%、30%和25%)。';
    expect(of(text, 'percent.share').map((f) => [f.stated, f.verdict, f.expected])).toEqual([
      ['98', 'mismatch', '100'],
      ['30', 'match', '30'],
      ['25', 'match', '25'],
    ]);
  });

  it('judges nothing when a part is larger than the whole found', () => {
    const text = '全村有农户40户。\n有45户通电,有12户通宽带(分别占农户总数的98%和30%)。';
    expect(of(text, 'percent.share').filter((f) => f.verdict === 'mismatch')).toEqual([]);
  });
});

describe('prices per two units, and ranges of prices', () => {
  it('pairs 每人每天 with both the head count and the days', () => {
    expect(of('餐费:每人每天50元,4人,5天,共计1000元。', 'product.total').map((f) => f.verdict)).toEqual([
      'match',
    ]);
    expect(of('餐费:每人每天50元,4人,5天,共计1200元。', 'product.total').map((f) => f.expected)).toEqual([
      '1000',
    ]);
  });

  it('multiplies a range of prices end by end', () => {
    expect(of('住宿:200-300元/晚×3晚=600-900元', 'product.line').map((f) => f.verdict)).toEqual(['match']);
    const [f] = of('住宿:200-300元/晚×3晚=600-1000元', 'product.line');
    expect([f?.verdict, f?.stated, f?.expected, f?.difference]).toEqual(['mismatch', '1000', '900', '100']);
  });
});

describe('an amount with its basis in brackets, the count first', () => {
  it('multiplies the count by the price per head, a range end by end', () => {
    expect(of('茶水费700元(按140人,每人5元)', 'product.total').map((f) => f.verdict)).toEqual(['match']);
    expect(
      of('水果消耗300-500元(按135人,每人消耗3-4元标准)', 'product.total').map((f) => [f.stated, f.expected]),
    ).toEqual([
      ['300', '405'],
      ['500', '540'],
    ]);
    expect(of('水果消耗405-540元(按135人,每人消耗3-4元标准)', 'product.total').map((f) => f.verdict)).toEqual(
      ['match'],
    );
  });
});
