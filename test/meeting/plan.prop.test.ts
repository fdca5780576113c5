import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal/dec.js';
import { headCount, meetingBudget, planMeeting } from '../../src/meeting/index.js';

const group = fc.record({
  name: fc.constantFrom('代表', '干部', '嘉宾'),
  count: fc.oneof(fc.nat({ max: 500 }), fc.nat({ max: 500 }).map(String)),
  rank: fc.constantFrom('厅级', '处级', '科级'),
});
const ranks = ['厅级', '处级', '科级'];

describe('meeting properties', () => {
  it('head count is the sum of the groups in any order', () => {
    fc.assert(
      fc.property(fc.array(group, { maxLength: 12 }), fc.nat(), (groups, seed) => {
        const shuffled = [...groups].sort(
          (a, b) => ((a.name.length * 31 + seed) % 7) - ((b.name.length * 31 + seed) % 7),
        );
        const expected = groups.reduce((acc, g) => acc.plus(new Dec(g.count)), new Dec(0)).toFixed();
        expect(headCount({ title: 't', groups }).attendees.value).toBe(expected);
        expect(headCount({ title: 't', groups: shuffled }).attendees.value).toBe(expected);
      }),
    );
  });

  it('rooms house everyone with at most one spare bed per category', () => {
    fc.assert(
      fc.property(fc.array(group, { maxLength: 12 }), fc.constantFrom(...ranks), (groups, from) => {
        const plan = planMeeting({
          title: 't',
          ranks,
          groups,
          logistics: { lodging: { nights: 1, singleFromRank: from } },
        });
        const l = plan.lodging!;
        const singles = new Dec(l.single.value);
        const twins = new Dec(l.twin.value);
        const sharers = new Dec(l.twinPeople.value);
        const people = new Dec(plan.headCount.attendees.value);
        expect(twins.times(2).plus(singles).gte(people)).toBe(true);
        expect(singles.eq(new Dec(l.singlePeople.value))).toBe(true);
        const spare = twins.times(2).minus(sharers);
        expect(spare.gte(0) && spare.lte(1)).toBe(true);
      }),
    );
  });

  it('derived budget totals equal the sum of their derived lines', () => {
    const price = fc
      .tuple(fc.nat({ max: 5000 }), fc.nat({ max: 99 }))
      .map(([a, b]) => `${a}.${String(b).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        fc.array(group, { minLength: 1, maxLength: 8 }),
        price,
        price,
        price,
        price,
        (groups, single, twin, meal, badge) => {
          const b = meetingBudget({
            title: 't',
            ranks,
            groups,
            duration: { days: 2 },
            logistics: {
              lodging: { nights: 1, singleFromRank: '处级' },
              catering: { meals: [{ id: 'm', name: '餐', style: 'table', perDay: 3 }] },
            },
            prices: { singleRoomNight: single, twinRoomNight: twin, meals: { m: { perTable: meal } }, badge },
          });
          let total = new Dec(0);
          for (const s of b.sections ?? []) {
            let sub = new Dec(0);
            for (const it of s.items ?? []) {
              const q = Array.isArray(it.quantity)
                ? it.quantity.reduce((acc, f) => acc.times(new Dec(f.value)), new Dec(1))
                : new Dec(1);
              expect(new Dec(String(it.amount)).eq(new Dec(String(it.unitPrice)).times(q))).toBe(true);
              sub = sub.plus(new Dec(String(it.amount)));
            }
            expect(new Dec(String(s.subtotal)).eq(sub)).toBe(true);
            total = total.plus(sub);
          }
          expect(new Dec(String(b.total)).eq(total)).toBe(true);
        },
      ),
    );
  });
});
