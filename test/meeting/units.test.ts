import { describe, expect, it } from 'vitest';
import {
  agendaTimeline,
  CountRange,
  calendarDaysBetween,
  checkBudgetAgainstPlan,
  comparePartialDates,
  countRange,
  formatPartialDate,
  formatTally,
  isPlaceholder,
  meetingBudget,
  meetingDays,
  parseMeeting,
  parsePartialDate,
  perPersonCost,
  planMeeting,
  sourceFigures,
  takesSingle,
  unpricedFigures,
} from '../../src/meeting/index.js';

describe('partial dates', () => {
  it('reads blanks and compares only when the known parts decide', () => {
    const d = parsePartialDate('2011-04-?? 09:00');
    expect(d).toEqual({ year: 2011, month: 4, day: null, minutes: 540 });
    expect(formatPartialDate(d)).toBe('2011-04-?? 09:00');
    expect(comparePartialDates(parsePartialDate('2011-04-11'), d)).toBeNull();
    expect(comparePartialDates(parsePartialDate('2011-03-30'), d)).toBe(-1);
    expect(calendarDaysBetween(parsePartialDate('????-05-10'), parsePartialDate('????-05-15'))).toBe(5);
  });
  it('counts inclusive ranges and half days', () => {
    expect(meetingDays({ from: '????-05-10', to: '????-05-15' }).days).toBe('6');
    expect(meetingDays('half-day')).toEqual({ days: '0.5', calendarDays: 1, stated: true });
    expect(meetingDays(undefined).stated).toBe(false);
  });
});

describe('counts', () => {
  it('reads exact, approximate and pending counts', () => {
    expect(countRange({ value: 120, qualifier: '左右' }, 'x').toTally()).toMatchObject({
      min: '108',
      max: '132',
    });
    expect(countRange({ value: 100, qualifier: '余' }, 'x').toTally()).toMatchObject({
      min: '100',
      max: '110',
    });
    expect(countRange({ value: 100, qualifier: '近' }, 'x').toTally()).toMatchObject({
      min: '90',
      max: '100',
    });
    expect(countRange('待定', 'g').toTally()).toEqual({
      value: '0',
      min: '0',
      max: null,
      exact: false,
      pending: ['g'],
    });
    expect(formatTally(CountRange.of(3).plus(CountRange.pending('g')).toTally())).toBe('≥3 (pending: g)');
    expect(isPlaceholder('**')).toBe(true);
  });
});

describe('findings', () => {
  const base = { title: '会议', groups: [{ name: '代表', count: 100 }] };
  it('count.attendees mismatch when the groups do not add up', () => {
    const f = planMeeting({ ...base, statedTotal: 122 }).findings[0];
    expect(f).toMatchObject({
      rule: 'count.attendees',
      verdict: 'mismatch',
      severity: 'error',
      difference: '22',
      at: { path: ['statedTotal'] },
    });
    expect(f?.messages.zh).toContain('100');
  });
  it('count.attendees is a warning, not an error, for approximate figures, and silent within range', () => {
    expect(planMeeting({ ...base, statedTotal: { value: 105, qualifier: '左右' } }).findings).toEqual([]);
    expect(
      planMeeting({ ...base, statedTotal: { value: 150, qualifier: '左右' } }).findings[0],
    ).toMatchObject({ severity: 'warning', verdict: 'mismatch' });
  });
  it('a pending group cannot hide known groups that already exceed the total', () => {
    const p = planMeeting({
      title: 't',
      groups: [
        { name: 'a', count: 130 },
        { name: 'b', count: 'pending' },
      ],
      statedTotal: 122,
    });
    expect(p.findings[0]).toMatchObject({ rule: 'count.attendees', verdict: 'mismatch' });
  });
  it('venue.capacity and venue.area', () => {
    const p = planMeeting({
      ...base,
      venue: { name: 'hall', capacity: 80, areaM2: '150' },
      logistics: { area: { perPersonM2: { min: '2', max: '3' } } },
    });
    expect(p.findings.map((f) => [f.rule, f.at])).toEqual([
      ['venue.capacity', { path: ['venue', 'capacity'] }],
      ['venue.area', { path: ['venue', 'areaM2'] }],
    ]);
    const q = planMeeting({
      title: 't',
      groups: [{ name: 'a', count: { value: 80, qualifier: '左右' } }],
      venue: { name: 'h', capacity: 85 },
    });
    expect(q.findings[0]).toMatchObject({
      rule: 'venue.capacity',
      severity: 'warning',
      verdict: 'uncheckable',
    });
  });
  it('agenda.overrun and agenda.overlap', () => {
    const m = parseMeeting({
      ...base,
      agenda: [
        { title: 'a', kind: 'report', start: '11:00', minutes: 90 },
        { title: 'b', kind: 'speech', start: '12:00', minutes: 10 },
      ],
    });
    const { timeline, findings } = agendaTimeline(m, null);
    expect(timeline[0]).toMatchObject({ start: '11:00', end: '12:30' });
    expect(findings.map((f) => [f.rule, f.at])).toEqual([
      ['agenda.overrun', { path: ['agenda', 0] }],
      ['agenda.overlap', { path: ['agenda', 1, 'start'] }],
    ]);
  });
  it('deadline.after-meeting, deadline.order and task.no-owner', () => {
    const p = planMeeting({
      ...base,
      start: '2011-04-12',
      tasks: [
        { id: 'draft', task: '初稿', owners: [{ person: '甲' }], deadline: '2011-04-13' },
        {
          id: 'review',
          task: '审议',
          owners: [{ unit: '局党组' }],
          deadline: '2011-04-10',
          after: ['draft'],
        },
        { task: '会标', deadline: { daysBeforeMeeting: 2 } },
      ],
    });
    expect(p.findings.map((f) => [f.rule, f.verdict, f.at])).toEqual([
      ['deadline.after-meeting', 'mismatch', { path: ['tasks', 0, 'deadline'] }],
      ['deadline.order', 'mismatch', { path: ['tasks', 1, 'after', 0] }],
      ['task.no-owner', 'mismatch', { path: ['tasks', 2, 'owners'] }],
    ]);
    expect(p.deadlines.map((d) => d.date)).toEqual(['2011-04-10', '2011-04-10', '2011-04-13']);
  });
  it('budget.headcount when a budget line disagrees with the plan', () => {
    const p = planMeeting({
      ...base,
      logistics: { lodging: { nights: 2 } },
      budget: {
        title: 'b',
        headCount: '90',
        items: [
          {
            name: '住宿',
            unitPrice: '200',
            quantity: [{ value: '40' }, { value: '2' }],
            source: 'lodging.twin × lodging.nights',
          },
        ],
      },
    });
    expect(p.findings.map((f) => [f.rule, f.at, f.expected])).toEqual([
      ['budget.headcount', { path: ['budget', 'headCount'] }, '100'],
      ['budget.headcount', { path: ['budget', 'items', 0, 'quantity', 0, 'value'] }, '50'],
    ]);
    expect(
      checkBudgetAgainstPlan(p.figures, {
        title: 'b',
        items: [{ name: 'x', quantity: '1', source: 'nope' }],
      })[0]?.reason,
    ).toBe('unknown plan figure');
  });
});

describe('rooms, budget', () => {
  it('takesSingle follows the rank order', () => {
    expect(takesSingle({ rank: '厅级' }, ['厅级', '处级', '科级'], { singleFromRank: '处级' })).toBe(true);
    expect(takesSingle({ rank: '科级' }, ['厅级', '处级', '科级'], { singleFromRank: '处级' })).toBe(false);
    expect(takesSingle({ rank: '科级' }, undefined, { singleRanks: ['科级'] })).toBe(true);
  });
  it('derives budget lines from plan figures with their sources', () => {
    const plan = planMeeting({
      title: '会议',
      groups: [{ name: '代表', count: 41 }],
      logistics: {
        lodging: { nights: 2 },
        catering: { meals: [{ id: 'l', name: '午餐', style: 'table', perDay: 1 }] },
      },
      prices: { twinRoomNight: '180.50', meals: { l: { perTable: '800' } } },
    });
    const b = meetingBudget(plan);
    expect(b.sections?.[0]?.items?.[0]).toMatchObject({
      amount: '7581',
      source: 'lodging.twin × lodging.nights',
      quantity: [{ value: '21' }, { value: '2' }],
    });
    expect(b.sections?.[1]?.items?.[0]).toMatchObject({ amount: '4000' });
    expect(b.total).toBe('11581');
    expect(perPersonCost(b)).toBe('282.46');
    expect(unpricedFigures(plan)).toEqual(['badges.代表证']);
    expect(sourceFigures(String(b.sections?.[0]?.items?.[0]?.source))).toEqual([
      'lodging.twin',
      'lodging.nights',
    ]);
    expect(meetingBudget(plan, {}).sections).toEqual([]);
  });
});
