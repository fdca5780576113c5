import { describe, expect, it } from 'vitest';
import { extractRateChanges } from '../../src/text/extract-rates.js';
import { auditText } from '../../src/text/index.js';
import { lineRecord } from '../../src/text/lines.js';

const changes = (line: string) =>
  extractRateChanges(lineRecord(1, line)).map((c) => [c.stated?.text, c.verdict, c.expected]);

describe('rate.change', () => {
  it.each([
    // 1.067 → 0.853 is a drop of 20.06%: 20% at the precision written.
    ['能耗由1.067吨标准煤下降到0.853吨标准煤(按现价计算),下降20%', '20%', 'match', '20'],
    // 1.26万 → 1.11万 is 11.90%; with both ends rounded to 0.01万 the drop lies in 11.16%…12.65%.
    ['排放量由1.26万吨下降到1.11万吨,下降11.6%', '11.6%', 'match', '11.9'],
    ['面积由现在的74平方公里增加到84平方公里、增长13.51%', '13.51%', 'match', '13.51'],
    ['人数由100人减少到80人,下降25%', '25%', 'mismatch', '20'],
    ['收入从1000元增长到1500元,增长了30%', '30%', 'mismatch', '50'],
    ['产值4800亿元,比上年的4000亿元增长20%', '20%', 'match', '20'],
    ['产值4800亿元,比上年增加800亿元,增长20%', '20%', 'match', '20'],
    ['产值4800亿元,比上年增加800亿元,增长25%', '25%', 'mismatch', '20'],
  ])('%s', (line, stated, verdict, expected) => {
    expect(changes(line)).toEqual([[stated, verdict, expected]]);
  });

  it('checks percentage points, and reads a % change between percentages either way', () => {
    expect(changes('比重由20%提高到25%,提高5个百分点')).toEqual([['5个百分点', 'match', '5']]);
    // Each end may be rounded by 0.5: the points lie in 4…6, so 8 is out.
    expect(changes('比重由20%提高到25%,提高8个百分点')).toEqual([['8个百分点', 'mismatch', '5']]);
    // 64.74% → 67% is +3.49% relative (not +2.26 points).
    expect(changes('城镇化水平由现在的64.74%增加到67%、增长3.49%')).toEqual([['3.49%', 'match', '3.49']]);
    expect(changes('比重由20%提高到25%,提高5%')).toEqual([['5%', 'match', '5']]);
  });

  it('is uncheckable, never a mismatch, when a qualifier could explain the difference', () => {
    const [c] = extractRateChanges(lineRecord(1, '人数由约100人增加到130人,增长20%'));
    expect(c?.verdict).toBe('uncheckable');
    expect(c?.reason).toMatch(/approximate/);
    expect(changes('企业由70余家增加到100家,增长25%')[0]?.[1]).toBe('uncheckable');
  });

  it('states the range it allowed for', () => {
    const [c] = extractRateChanges(lineRecord(1, '排放量由1.26万吨下降到1.11万吨,下降11.6%'));
    expect(c?.reason).toMatch(/exact 11\.9048%; range 11\.1554–12\.6482%/);
  });

  it('needs both ends', () => {
    expect(changes('氨氮排放量控制在2541吨,削减18.1%')).toEqual([]);
    expect(changes('申请专利28043件,同比增长45.5%')).toEqual([]);
    expect(changes('从3月18日开始至28日结束,增长10%')).toEqual([]);
    expect(changes('人数由100人减少到80人。下降25%')).toEqual([]);
  });

  it('is uncheckable with a placeholder end', () => {
    expect(changes('产值由××亿元增加到120亿元,增长20%')[0]?.[1]).toBe('uncheckable');
  });
});

describe('rates named by 率 and shares of a stated whole', () => {
  const said = (line: string) =>
    auditText(line)
      .findings.filter((f) => f.rule === 'rate.ratio' || f.rule === 'percent.share')
      .map((f) => [f.rule, f.statedAt?.text, f.verdict, f.expected]);

  it('checks a share of a whole and a rate of its part', () => {
    expect(said('共有职工200人,其中女职工80人,占40%')).toEqual([['percent.share', '40%', 'match', '40']]);
    expect(said('共有职工200人,其中女职工80人,占45%')).toEqual([['percent.share', '45%', 'mismatch', '40']]);
    expect(said('全年受理案件120件,其中调解结案90件,调解率为75%')).toEqual([
      ['rate.ratio', '75%', 'match', '75'],
    ]);
  });

  it('is uncheckable with an approximate whole (70余 is 70…80)', () => {
    const line = '共发生各类治安案件70余起,其中处理12人次,成功调解治安案件57起,调解率达80%。';
    expect(said(line)).toEqual([['rate.ratio', '80%', 'uncheckable', '81']]);
  });

  it('needs the rate to name the part', () => {
    expect(said('共有学生500人,其中男生260人,及格率达90%')).toEqual([]);
    expect(said('代表委员满意率达100%')).toEqual([]);
  });

  it('is reported with en and zh messages', () => {
    const f = auditText('共有职工200人,其中女职工80人,占45%').findings.find(
      (x) => x.rule === 'percent.share',
    );
    expect(f).toMatchObject({ verdict: 'mismatch', stated: '45', expected: '40', difference: '5' });
    expect(f?.messages.zh).toContain('40');
  });
});

describe('grand totals over 小计', () => {
  const budget = (total: string, extra: string[] = []) =>
    [
      '一、会议费',
      '场租:2000元',
      '餐费:3000元',
      '小计:5000元',
      '二、培训费',
      '讲课费:1000元',
      '资料费:500元',
      '小计:1500元',
      ...extra,
      `总计:${total}元`,
    ].join('\n');
  const grand = (text: string) =>
    auditText(text).findings.filter(
      (f) => f.rule === 'sum.total' && f.reason?.includes('subtotals') === true,
    );

  it('adds the subtotals', () => {
    expect(grand(budget('6500'))).toMatchObject([{ verdict: 'match', expected: '6500' }]);
    expect(grand(budget('7000'))).toMatchObject([
      { verdict: 'mismatch', expected: '6500', difference: '500' },
    ]);
  });

  it('adds a last section without a subtotal', () => {
    expect(grand(budget('7300', ['三、其他', '交通费:800元']))).toMatchObject([{ verdict: 'match' }]);
  });

  it('takes a total that fits the items right above as theirs', () => {
    const r = auditText(budget('1000', ['交通费:800元', '杂费:200元']));
    expect(r.findings.filter((f) => f.rule === 'sum.total').map((f) => f.verdict)).toEqual([
      'match',
      'match',
      'match',
    ]);
  });

  it('is uncheckable when a subtotal is blank and the items do not settle it', () => {
    const text = [
      '场租:2000元',
      '餐费:3000元',
      '小计: 元',
      '二、其他',
      '讲课费:1000元',
      '资料费:500元',
      '小计:1500元',
      '总计:7000元',
    ];
    const totals = auditText(text.join('\n')).findings.filter((f) => f.rule === 'sum.total');
    expect(totals.at(-1)).toMatchObject({ stated: '7000', verdict: 'uncheckable' });
  });
});

describe('text.blank', () => {
  it('reads a unit with no number as a blank and makes its check uncheckable', () => {
    const r = auditText(['(一)领导(2人);', '(二)代表(  人)。', '总计:32人。', '就餐人员 人。'].join('\n'));
    expect(r.findings.find((f) => f.rule === 'count.attendees')?.verdict).toBe('uncheckable');
    expect(
      r.findings.filter((f) => f.rule === 'text.blank').map((f) => ('line' in f.at ? f.at : undefined)),
    ).toMatchObject([
      { line: 2, column: 7 },
      { line: 4, column: 5 },
    ]);
  });

  it('does not take words or numbers for blanks', () => {
    for (const line of ['就餐 人员名单', '共 3 人', '会期 天气晴', '三 人', '4月 日']) {
      expect(
        auditText(line).findings.filter((f) => f.rule === 'text.blank'),
        line,
      ).toEqual([]);
    }
  });
});

describe('text.repeat', () => {
  const article = [
    '第一条 会议时间定于五月十日',
    '第二条 会议地点在市政府三楼',
    '第三条 参会人员为各局负责人',
    '第四条 会议材料由办公室准备',
  ];

  it('reports a repeated passage once at its first place, with the copies', () => {
    const r = auditText(['标题', ...article, '中间的其他内容写在这里', '  ', ...article].join('\n'));
    const [f] = r.findings.filter((x) => x.rule === 'text.repeat');
    expect(f).toMatchObject({
      severity: 'info',
      at: { line: 2, column: 1, endLine: 5, excerpt: '第一条 会议时间定于五月十日' },
      alsoAt: [{ line: 8, column: 1, endLine: 11 }],
    });
    expect(r.repeats.some((x) => x.rule === 'text.repeat')).toBe(true);
  });

  it('lists every copy, ignores spaces and keeps a copy whole across a changed line', () => {
    const longer = [...article, '第五条 会议纪律由纪检组负责', '第六条 会后形成纪要并印发'];
    const changed = [...longer.slice(0, 3), '第三条之一 新增加的一行内容', ...longer.slice(3)];
    const text = [
      ...longer,
      '其他内容写在这里',
      ...changed,
      '还有别的内容写在这里',
      ...longer.map((l) => ` ${l} `),
    ];
    const fs = auditText(text.join('\n')).findings.filter((x) => x.rule === 'text.repeat');
    expect(fs).toHaveLength(1);
    expect(fs[0]?.at).toMatchObject({ line: 1, endLine: 6 });
    expect(fs[0]?.alsoAt?.map((a) => ('line' in a ? [a.line, a.endLine] : []))).toEqual([
      [8, 14],
      [16, 21],
    ]);
  });

  it('ignores short runs and trivial lines', () => {
    const short = [article[0], article[1], '别的', article[0], article[1]].join('\n');
    expect(auditText(short).findings.filter((x) => x.rule === 'text.repeat')).toEqual([]);
    const trivial = Array(10).fill('一、').join('\n');
    expect(auditText(trivial).findings.filter((x) => x.rule === 'text.repeat')).toEqual([]);
  });
});
