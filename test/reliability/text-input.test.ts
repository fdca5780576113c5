import { describe, expect, it } from 'vitest';
import { auditBudget, auditText, HuiwuError, readPlans } from '../../src/index.js';
import { planMeeting } from '../helpers/untyped.js';

/** Runs `f`; passes when it returns a result or throws a HuiwuError, and says which. */
function resultOrHuiwuError(f: () => unknown): 'result' | string {
  try {
    f();
    return 'result';
  } catch (e) {
    if (e instanceof HuiwuError) return e.code;
    throw e;
  }
}

/** Median wall time of `runs` calls of `f`, after one warm-up call. */
function medianMs(f: () => unknown, runs = 3): number {
  f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

/**
 * Ratio of the time for input size 4n to the time for size n (median of 3 each). Linear code gives about
 * 4; quadratic gives about 16. Times under 5 ms are floored to 5 ms so timer noise cannot blow up a ratio.
 */
function growth(make: (n: number) => () => unknown, n: number): number {
  const small = medianMs(make(n));
  const large = medianMs(make(4 * n));
  return Math.max(large, 5) / Math.max(small, 5);
}

const digits = (n: number) => '1234567890'.repeat(Math.ceil(n / 10)).slice(0, n);

describe('text input: each gets a result or a HuiwuError', () => {
  it.each([
    ['empty', ''],
    ['only whitespace', ' \n\t\r\n\u3000 '],
    [
      'binary-like control characters',
      '\u0000\u0001\u0002PK\u0003\u0004\u0000\uFFFD\uFFFE\uFFFF'.repeat(500),
    ],
    ['lone surrogates', `共计\uD800100元\uDC00，奖品\uDBFF500元×2=1000元\uDFFF`],
    ['a high surrogate at the end', '合计：300元\uD83D'],
    ['nothing but digits', digits(100_000)],
    ['ten thousand nested brackets', `${'('.repeat(10_000)}1+2=3${')'.repeat(10_000)}`],
    [
      'ten thousand nested full-width brackets',
      `${'（'.repeat(10_000)}奖品500元×2=1000元${'）'.repeat(10_000)}`,
    ],
    ['unbalanced brackets', `${'【（['.repeat(5_000)}共计：45000元`],
    ['a million 元 signs', '元'.repeat(1_000_000)],
    ['many operators', '×='.repeat(200_000)],
  ])('%s', (_, text) => {
    expect(resultOrHuiwuError(() => auditText(text))).toBe('result');
  });

  it('nothing but digits has no findings', () => {
    expect(auditText(digits(200_000)).findings).toEqual([]);
  });

  it('a 10 MB single line of digits gets a result', () => {
    const r = auditText(digits(10 * 1024 * 1024));
    expect(r.findings.filter((f) => f.verdict === 'mismatch')).toEqual([]);
  });

  it('a product inside deep brackets is still checked, at the right column', () => {
    const text = `${'（'.repeat(1000)}奖品500元×22=12000元${'）'.repeat(1000)}`;
    const f = auditText(text).findings.filter((x) => x.verdict === 'mismatch');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ stated: '12000', expected: '11000', difference: '1000' });
    expect(f[0]!.at).toMatchObject({ line: 1, column: 1003 });
  });

  it('a mismatch after a lone surrogate is still found', () => {
    const f = auditText('\uD800奖品500元×22=12000元').findings;
    expect(f.some((x) => x.verdict === 'mismatch' && x.difference === '1000')).toBe(true);
  });
});

describe('time is linear in input size (4× input within 8× time, median of 3)', () => {
  it('a single line of digits', () => {
    expect(growth((n) => () => auditText(digits(n)), 250_000)).toBeLessThan(8);
  });

  it('a plan of many checkable lines', () => {
    const line = '奖品500元×22=11000元，场租费2800元，共计：13800元。\n';
    expect(growth((n) => () => auditText(line.repeat(n)), 1_000)).toBeLessThan(8);
  });

  it.each([
    ['shares of a whole', '共有职工200人,', '其中女职工80人,占40%,'],
    ['rates named by 率', '交通项目18个,', '已开工11个,开工率61.1%,'],
    ['per-capita figures', '', '有耕地100亩,人均耕地1亩,人口100人,'],
    ['parts after 其中', '共100个,其中', '甲项目1个,'],
    ['totals in one sentence', '', '场租2000元,合计2000元,'],
    ['dates with weekdays', '', '2023年5月14日(星期日)至5月16日,为期3天,'],
    ['wholes of a count and an amount', '', '共资助62人次,发放资金50.01万元,其中春季31人次,资助金额25万元,'],
    ['places by rank in each unit', '', '每个赛区1至6名,12个赛区共计72人,'],
    [
      'industry structures',
      '第一产业增加值3亿元,第二产业增加值4亿元,第三产业增加值3亿元,',
      '三次产业结构为30:40:30,',
    ],
    ['industry structures without their industries', '', '三次产业结构为30:40:30,'],
  ])('one long sentence of %s', (_name, head, unit) => {
    expect(growth((n) => () => auditText(head + unit.repeat(n)), 1_000)).toBeLessThan(8);
  });

  it.each([
    ['headings and fields', '一、会议时间：5月14日上午9:00\n（一）会务组：负责会场布置\n'],
    ['attendee groups', '参会人员：局领导6人；处室负责人12人；'],
    ['meeting headings', '关于召开全市安全生产工作会议的通知\n会议地点：市政府三楼会议室\n'],
    ['one-line pages', ' 一、会议时间 5月14日 二、参会人员 各乡镇分管领导。'],
    ['pages run together at their numbering', '一、活动主题欢乐童年二、活动目的1.庆祝节日2.展示才艺'],
  ])('readPlans over many %s', (_name, unit) => {
    expect(growth((n) => () => readPlans(unit.repeat(n)), 500)).toBeLessThan(8);
  });

  it('nested brackets', () => {
    expect(growth((n) => () => auditText(`${'（'.repeat(n)}1${'）'.repeat(n)}`), 20_000)).toBeLessThan(8);
  });

  it('a budget of many items', () => {
    const budget = (n: number) => ({
      title: 't',
      sections: [
        {
          name: 's',
          items: Array.from({ length: n }, (_, i) => ({
            name: `x${i}`,
            unitPrice: '19.99',
            quantity: String((i % 50) + 1),
            amount: i % 100 === 0 ? '1' : undefined,
          })),
        },
      ],
    });
    expect(
      growth((n) => {
        const b = budget(n);
        return () => auditBudget(b);
      }, 5_000),
    ).toBeLessThan(8);
  });
});

describe('meeting JSON', () => {
  const base = { title: '工作会议', groups: [{ name: '代表', count: 120 }] };
  it.each([
    ['null', null],
    ['a negative count', { title: 't', groups: [{ name: 'a', count: -1 }] }],
    ['a fractional count', { title: 't', groups: [{ name: 'a', count: 2.5 }] }],
    ['a count as a decimal string', { title: 't', groups: [{ name: 'a', count: '2.5' }] }],
    ['groups missing', { title: 't' }],
    ['an unknown field', { ...base, zzz: 1 }],
    [
      'duplicate group ids',
      {
        title: 't',
        groups: [
          { id: 'a', name: 'a', count: 1 },
          { id: 'a', name: 'b', count: 2 },
        ],
      },
    ],
  ])('%s is a HuiwuError', (_, input) => {
    const code = resultOrHuiwuError(() => planMeeting(input));
    expect(code).not.toBe('result');
    expect(['SCHEMA', 'DUPLICATE_ID']).toContain(code);
  });

  it('__proto__ and constructor keys are refused and Object.prototype is untouched', () => {
    for (const raw of [
      '{"title":"t","groups":[{"name":"a","count":1}],"__proto__":{"polluted":"yes"}}',
      '{"title":"t","groups":[{"name":"a","count":1,"__proto__":{"polluted":"yes"}}]}',
      '{"title":"t","groups":[{"name":"a","count":1}],"constructor":{"prototype":{"polluted":"yes"}}}',
    ]) {
      expect(resultOrHuiwuError(() => planMeeting(JSON.parse(raw)))).toBe('SCHEMA');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('zero attendees is a plan, not a crash', () => {
    const p = planMeeting({ title: 't', groups: [{ name: 'a', count: 0 }] });
    expect(p.headCount.attendees.value).toBe('0');
  });

  it('a count beyond 2^53 as a digit string is kept exactly', () => {
    const p = planMeeting({ title: 't', groups: [{ name: 'a', count: '9007199254740993' }] });
    expect(p.headCount.attendees.value).toBe('9007199254740993');
  });

  it('a cycle in a meeting is refused, not a stack overflow', () => {
    const g: Record<string, unknown> = { name: 'a', count: 1 };
    g.self = g;
    expect(resultOrHuiwuError(() => planMeeting({ title: 't', groups: [g] }))).not.toBe('result');
  });
});
