import { describe, expect, it } from 'vitest';
import type { HuiwuError } from '../../src/errors.js';
import { meetingJsonSchema, parseMeeting, safeParseMeeting } from '../../src/meeting/index.js';

function errorOf(input: unknown): HuiwuError {
  const r = safeParseMeeting(input);
  if (r.ok) throw new Error('expected an error');
  return r.error;
}
const paths = (e: HuiwuError) => e.issues.map((i) => i.path.join('.'));

describe('parseMeeting', () => {
  it('accepts a small meeting', () => {
    expect(parseMeeting({ title: '会议', groups: [{ name: '代表', count: '120' }] }).groups[0]?.count).toBe(
      '120',
    );
  });

  it('rejects negative and fractional counts with their paths', () => {
    const e = errorOf({
      title: '会议',
      groups: [
        { name: 'a', count: -3 },
        { name: 'b', count: 2.5 },
        { name: 'c', count: '1.5' },
      ],
    });
    expect(e.code).toBe('SCHEMA');
    expect(paths(e)).toEqual(['groups.0.count', 'groups.1.count', 'groups.2.count']);
  });

  it('rejects a group with no name', () => {
    expect(paths(errorOf({ title: '会议', groups: [{ name: '  ', count: 1 }] }))).toEqual(['groups.0.name']);
    expect(paths(errorOf({ title: '会议', groups: [{ count: 1 }] }))).toEqual(['groups.0.name']);
  });

  it('names every unknown key and refuses __proto__ anywhere', () => {
    const input = JSON.parse(
      '{"title":"会议","colour":"red","groups":[{"name":"a","count":1,"size":2}],"prices":{"meals":{"__proto__":{"perPerson":"1"}}},"__proto__":{"x":1}}',
    );
    const e = errorOf(input);
    expect(e.code).toBe('SCHEMA');
    expect(paths(e)).toEqual(
      expect.arrayContaining(['colour', 'groups.0.size', '__proto__', 'prices.meals.__proto__']),
    );
    expect(e.issues.find((i) => i.path.join('.') === 'colour')?.message).toBe('unknown field "colour"');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('rejects a date range that ends before it starts', () => {
    const e = errorOf({ title: '会议', groups: [], duration: { from: '2011-05-15', to: '2011-05-10' } });
    expect(paths(e)).toEqual(['duration.to']);
  });

  it('rejects impossible dates, times and approximate counts without a band', () => {
    const e = errorOf({
      title: '会议',
      groups: [
        { name: 'a', count: { value: 10 } },
        { name: 'b', count: { value: 10, min: 12, qualifier: '约' } },
      ],
      start: '2011-02-30',
      sessions: { 上午: { start: '12:00', end: '08:00' } },
    });
    expect(paths(e)).toEqual(['start', 'groups.0.count', 'groups.1.count.min', 'sessions.上午.end']);
  });

  it('throws UNKNOWN_RANK for a rule naming an unknown rank', () => {
    const e = errorOf({
      title: '会议',
      ranks: ['处级', '科级'],
      groups: [{ name: 'a', count: 1, rank: '处级' }],
      logistics: { lodging: { nights: 1, singleFromRank: '厅局级' } },
    });
    expect(e.code).toBe('UNKNOWN_RANK');
    expect(e.path).toEqual(['logistics', 'lodging', 'singleFromRank']);
    const g = errorOf({ title: '会议', ranks: ['处级'], groups: [{ name: 'a', count: 1, rank: '部级' }] });
    expect(g.code).toBe('UNKNOWN_RANK');
    expect(g.path).toEqual(['groups', 0, 'rank']);
    expect(
      errorOf({
        title: '会议',
        groups: [{ name: 'a', count: 1 }],
        logistics: { lodging: { nights: 1, singleRanks: ['处级'] } },
      }).code,
    ).toBe('UNKNOWN_RANK');
  });

  it('reports duplicate ids and dangling references', () => {
    expect(
      errorOf({
        title: '会议',
        groups: [
          { id: 'a', name: 'a', count: 1 },
          { id: 'a', name: 'b', count: 1 },
        ],
      }).code,
    ).toBe('DUPLICATE_ID');
    const e = errorOf({
      title: '会议',
      groups: [],
      tasks: [{ id: 't', task: 'x', after: ['nope'] }],
      prices: { meals: { 午餐: { perPerson: '30' } } },
    });
    expect(paths(e)).toEqual(['tasks.0.after.0', 'prices.meals.午餐']);
  });

  it('refuses money as a JS number', () => {
    expect(paths(errorOf({ title: '会议', groups: [], prices: { badge: 5 } }))).toEqual(['prices.badge']);
  });

  it('exports a JSON Schema of the input', () => {
    const s = meetingJsonSchema();
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toEqual(['title', 'groups']);
    expect(JSON.stringify(s)).toContain('singleFromRank');
  });
});
