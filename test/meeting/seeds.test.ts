import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditBudget, computeBudget } from '../../src/budget/index.js';
import { meetingBudget } from '../../src/meeting/index.js';
import { planMeeting } from '../helpers/untyped.js';

const load = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/meeting/${name}.json`, import.meta.url), 'utf8'));

describe('city work meeting (seed 000)', () => {
  const plan = planMeeting(load('city-work-meeting'));
  const rules = plan.findings.map((f) => `${f.rule}:${f.verdict}`);

  it('counts the known groups and lists the lost one as pending', () => {
    expect(plan.headCount.attendees).toEqual({
      value: '105',
      min: '105',
      max: null,
      exact: false,
      pending: ['g2'],
    });
    expect(plan.headCount.pending).toEqual(['g2', 'press']);
  });

  it('reports 总计 122 as uncheckable, naming the 17 the lost group would hold, never as a mismatch', () => {
    const f = plan.findings.find((x) => x.rule === 'count.attendees');
    expect(f).toMatchObject({
      verdict: 'uncheckable',
      severity: 'info',
      stated: '122',
      expected: '105',
      at: { path: ['statedTotal'] },
    });
    expect(f?.messages.zh).toContain('17');
    expect(rules).not.toContain('count.attendees:mismatch');
  });

  it('keeps the partial date and orders the deadlines', () => {
    expect(plan.start).toBe('2011-04-?? 09:00');
    expect(plan.duration.days).toBe('0.5');
    expect(plan.deadlines.map((d) => d.date)).toEqual(['2011-04-11', '2011-04-11', '2011-04-13']);
    expect(rules).toContain('date.partial:uncheckable');
    expect(rules.filter((r) => r === 'deadline.after-meeting:uncheckable')).toHaveLength(3);
    expect(rules).not.toContain('deadline.order:mismatch');
  });

  it('places the agenda from 09:00 within the morning', () => {
    expect(plan.timeline[0]).toMatchObject({ start: '09:00', end: '10:00', session: '上午' });
    expect(plan.timeline.at(-1)).toMatchObject({ start: '10:45', end: '11:25' });
    expect(rules.some((r) => r.startsWith('agenda.'))).toBe(false);
  });

  it('flags tasks with no owner and placeholder owners', () => {
    const noOwner = plan.findings.filter((f) => f.rule === 'task.no-owner');
    expect(noOwner.filter((f) => f.verdict === 'mismatch').map((f) => f.at)).toEqual([
      { path: ['tasks', 2, 'owners'] },
      { path: ['tasks', 10, 'owners'] },
    ]);
    expect(noOwner.filter((f) => f.verdict === 'uncheckable')).toHaveLength(4);
  });

  it('has 4 waiters, no rooms, and a stated budget whose total the budget audit finds off by -3700', () => {
    expect(plan.headCount.byKind.service.value).toBe('4');
    expect(plan.lodging).toBeNull();
    const audit = auditBudget(plan.meeting.budget!);
    expect(audit.findings.find((f) => f.rule === 'sum.total')).toMatchObject({
      stated: '45000',
      expected: '48700',
    });
  });
});

describe('county economy conference (seed 000)', () => {
  const plan = planMeeting(load('county-conference'));

  it('gives single rooms to 处级以上 and twins to the rest', () => {
    const l = plan.lodging!;
    expect(l.single.value).toBe('96');
    expect(l.twinPeople).toMatchObject({ value: '50', min: '45', max: '55' });
    expect(l.twin).toMatchObject({ value: '25', min: '23', max: '28' });
    expect(l.rooms.value).toBe('121');
  });

  it('counts badges by kind, rostrum seats, souvenirs per room, buses and banquet tables', () => {
    expect(plan.badges.代表证?.value).toBe('146');
    expect(plan.badges.工作证?.value).toBe('28');
    expect(plan.badges.记者证?.value).toBe('10');
    expect(plan.rostrumSeats.value).toBe('12');
    expect(plan.nameCards.value).toBe('12');
    expect(plan.souvenirs).toMatchObject({ value: '121', min: '119', max: '124' });
    expect(plan.vehicles[0]?.count).toMatchObject({ value: '4', min: '4', max: '4' });
    const banquet = plan.meals.find((m) => m.key === 'welcome')!;
    expect(banquet.diners.value).toBe('180');
    expect(banquet.tables?.value).toBe('18');
    expect(plan.meals.find((m) => m.key === 'buffet')?.servings.value).toBe('360');
  });

  it('fits the venue for 180 and times the 40-minute show and six visits', () => {
    expect(plan.venue).toMatchObject({ capacity: '180', areaNeededM2: { min: '302', max: '483' } });
    expect(plan.timeline.find((t) => t.kind === 'show')).toMatchObject({
      day: 0,
      start: '20:00',
      end: '20:40',
    });
    expect(plan.timeline.filter((t) => t.kind === 'visit')).toHaveLength(6);
    expect(plan.meeting.visits?.every((v) => (v.owners ?? []).length > 0)).toBe(true);
    expect(plan.findings.map((f) => f.rule)).toEqual(['date.partial']);
  });

  it('derives a budget that computeBudget totals to the same figure', () => {
    const b = meetingBudget(plan);
    expect(b.total).toBe('104816');
    expect(b.headCount).toBe('146');
    expect(computeBudget(b).total?.toFixed()).toBe('104816');
    expect(auditBudget(b).findings.filter((f) => f.verdict === 'mismatch')).toEqual([]);
  });
});

describe('staff education meeting (seed 000)', () => {
  const plan = planMeeting(load('staff-education-meeting'));
  it('reads 5月10日至15日 as six days and matches 共58人', () => {
    expect(plan.duration).toEqual({ days: '6', calendarDays: 6, stated: true });
    expect(plan.headCount.attendees.value).toBe('58');
    expect(plan.findings.some((f) => f.rule === 'count.attendees')).toBe(false);
    expect(plan.lodging?.twin.value).toBe('34');
    expect(plan.meals[0]?.tables?.value).toBe('7');
    expect(plan.deadlines[0]).toMatchObject({ date: '????-05-10', daysBeforeMeeting: '0' });
  });
});
