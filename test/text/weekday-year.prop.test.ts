import { getISODay } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/text/index.js';

const NAMES = ['', '一', '二', '三', '四', '五', '六', '日'];
const line = (y: number, m: number, d: number, shift = 0) => {
  const iso = ((getISODay(new Date(y, m - 1, d)) - 1 + shift) % 7) + 1;
  return `${m}月${d}日(星期${NAMES[iso]})照常上班。`;
};
const weekdays = (text: string) => auditText(text).findings.filter((f) => f.rule === 'date.weekday');

describe('date.weekday without a written year (property)', () => {
  const arb = fc.record({
    year: fc.integer({ min: 1995, max: 2035 }),
    dates: fc.uniqueArray(
      fc.record({ m: fc.integer({ min: 3, max: 10 }), d: fc.integer({ min: 1, max: 28 }) }),
      {
        minLength: 6,
        maxLength: 12,
        selector: (x) => `${x.m}-${x.d}`,
      },
    ),
  });

  it('a notice whose weekdays are all right has no mismatch', () => {
    fc.assert(
      fc.property(arb, ({ year, dates }) => {
        const text = dates.map((x) => line(year, x.m, x.d)).join('\n');
        expect(weekdays(text).filter((f) => f.verdict === 'mismatch')).toEqual([]);
      }),
    );
  });

  it('one wrong weekday after five right ones is the one mismatch', () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 6 }), ({ year, dates }, shift) => {
        const last = dates[dates.length - 1]!;
        const text = [
          ...dates.slice(0, -1).map((x) => line(year, x.m, x.d)),
          line(year, last.m, last.d, shift),
        ].join('\n');
        const wrong = weekdays(text).filter((f) => f.verdict === 'mismatch');
        expect(wrong).toHaveLength(1);
        expect(wrong[0]!.at).toMatchObject({ line: dates.length });
      }),
    );
  });
});
