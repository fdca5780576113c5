import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CENTRAL_2016, checkPolicy, computeBudget, Dec, HuiwuError, type Policy } from '../../src/index.js';

const training = (lodging: string, meals: string, other: string) => ({
  title: '培训班',
  items: [
    { name: '住宿', amount: lodging, category: 'lodging' },
    { name: '伙食', amount: meals, category: '伙食费' },
    { name: '会议室', amount: other },
    { name: '奖品', amount: '99999', category: 'excluded' },
  ],
});

describe('checkPolicy with the 2016 central quotas', () => {
  it('passes a budget within every cap', () => {
    // 二类: 650 元/人天 × 110 people × 2 days = 143000; lodging 400 × 110 × 2 = 88000.
    expect(
      checkPolicy(
        training('88000', '33000', '22000'),
        { category: '二类', attendees: 100, staff: 10, days: 2 },
        CENTRAL_2016,
      ),
    ).toEqual([]);
  });

  it('reports the comprehensive quota exceeded, in total and per person', () => {
    const f = checkPolicy(
      training('88000', '33000', '22110'),
      { category: '二类', attendees: 100, staff: 10, days: 2 },
      CENTRAL_2016,
    );
    expect(f.map((x) => [x.rule, x.severity, x.stated, x.expected, x.difference])).toEqual([
      ['policy.quota', 'error', '143110', '143000', '110'],
      ['policy.quota.other', 'warning', '22110', '22000', '110'],
    ]);
    expect(f[0]!.messages.en).toContain('1 元 per person');
  });

  it('treats an over-spent split as a warning because the parts may be traded (调剂使用)', () => {
    const f = checkPolicy(
      training('90000', '31000', '22000'),
      { category: '二类', attendees: 100, staff: 10, days: 2 },
      CENTRAL_2016,
    );
    expect(f.map((x) => [x.rule, x.severity, x.difference])).toEqual([
      ['policy.quota.lodging', 'warning', '2000'],
    ]);
  });

  it('checks days, attendees and staff share against the category limits', () => {
    const f = checkPolicy(
      training('0', '0', '0'),
      { category: '三类', attendees: 160, staff: 17, days: 3 },
      CENTRAL_2016,
    );
    expect(f.map((x) => [x.rule, x.stated, x.expected])).toEqual([
      ['policy.days', '3', '2'],
      ['policy.attendees', '160', '150'],
      ['policy.staff-share', '17', '16'],
    ]);
  });

  it('has no fixed limits for 一类 ("as approved")', () => {
    expect(
      checkPolicy(
        training('0', '0', '0'),
        { category: '一类', attendees: 5000, staff: 900, days: 9 },
        CENTRAL_2016,
      ),
    ).toEqual([]);
  });

  it('refuses an unknown category and a malformed policy', () => {
    expect(() =>
      checkPolicy(training('0', '0', '0'), { category: '五类', attendees: 1, days: 1 }, CENTRAL_2016),
    ).toThrow(/not in policy/);
    expect(() =>
      checkPolicy(training('0', '0', '0'), { category: '二类', attendees: 1, days: 1 }, {
        ...CENTRAL_2016,
        categories: { 二类: { quota: { lodging: '1' } } },
      } as unknown as Policy),
    ).toThrow(HuiwuError);
  });

  it('applies a policy given as data, with lodging counted as days − 1 nights', () => {
    const local: Policy = {
      id: 'local',
      name: 'local',
      lodgingNights: 'days-minus-one',
      categories: { A: { quota: { lodging: '300', meals: '100', other: '50' } } },
    };
    // 10 people × 3 days: lodging cap 300 × 10 × 2 = 6000, meals 3000, other 1500, total 10500.
    const f = checkPolicy(training('6001', '3000', '1499'), { category: 'A', attendees: 10, days: 3 }, local);
    expect(f.map((x) => [x.rule, x.severity, x.difference])).toEqual([
      ['policy.quota.lodging', 'error', '1'],
    ]);
  });

  it('accepts a computed budget as well as its input', () => {
    const b = computeBudget(training('88000', '33000', '22110'));
    expect(
      checkPolicy(b, { category: '二类', attendees: 100, staff: 10, days: 2 }, CENTRAL_2016),
    ).toHaveLength(2);
  });

  it('the cap is exactly quota × people × days: spending at the cap passes, one 分 over fails', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 2 }), (people, days) => {
        const cap = new Dec(650).times(people).times(days);
        const at = checkPolicy(
          { title: 't', items: [{ name: 'x', amount: cap.toFixed() }] },
          { category: '二类', attendees: people, days },
          CENTRAL_2016,
        );
        expect(at.filter((f) => f.rule === 'policy.quota')).toEqual([]);
        const over = checkPolicy(
          { title: 't', items: [{ name: 'x', amount: cap.plus('0.01').toFixed(2) }] },
          { category: '二类', attendees: people, days },
          CENTRAL_2016,
        );
        expect(over.find((f) => f.rule === 'policy.quota')?.difference).toBe('0.01');
      }),
      { numRuns: 50 },
    );
  });
});
