import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/text/index.js';

const paired = (text: string) => auditText(text).findings.filter((f) => f.rule === 'sum.paired');

/** Kinds of aid, each a count and an amount in 元 or 万元 (two places), some broken down by term. */
const kindArb = fc.record({
  count: fc.integer({ min: 2, max: 5000 }),
  cents: fc.integer({ min: 100, max: 9_000_000 }),
  split: fc.boolean(),
});
const NAMES = [
  '学前教育资助',
  '义务教育生活补助',
  '中职国家助学金',
  '高中国家助学金',
  '大学生新生资助',
  '临时救助',
];

function render(kinds: { count: number; cents: number; split: boolean }[], countShift: number): string {
  const total = kinds.reduce((s, k) => s + k.count, 0) + countShift;
  const money = kinds.reduce((s, k) => s + k.cents, 0);
  const yuan = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}元`;
  const parts = kinds.map((k, i) => {
    const head = `${NAMES[i]}${k.count}人次,发放资金${yuan(k.cents)}`;
    if (!k.split || k.count < 2 || k.cents < 2) return `${head}。`;
    const c1 = Math.floor(k.count / 2);
    const m1 = Math.floor(k.cents / 2);
    return `${head},其中春季学期资助${c1}人次,资助金额${yuan(m1)};秋季学期资助${k.count - c1}人次,资助金额${yuan(k.cents - m1)}。`;
  });
  return `全年共资助学生${total}人次,发放资金${yuan(money)}。${parts.join('\n')}`;
}

describe('sum.paired (property)', () => {
  const arb = fc.array(kindArb, { minLength: 2, maxLength: 6 });

  it('kinds that add up in both count and amount are a match, never a mismatch', () => {
    fc.assert(
      fc.property(arb, (kinds) => {
        expect(paired(render(kinds, 0)).map((f) => f.verdict)).toEqual(['match']);
      }),
    );
  });

  it('a whole count off by some is exactly that mismatch', () => {
    fc.assert(
      fc.property(
        arb,
        fc.integer({ min: -50, max: 50 }).filter((d) => d !== 0),
        (kinds, d) => {
          const right = kinds.reduce((s, k) => s + k.count, 0);
          fc.pre(right + d > 0);
          const f = paired(render(kinds, d));
          expect(f).toHaveLength(1);
          expect(f[0]).toMatchObject({
            verdict: 'mismatch',
            stated: String(right + d),
            expected: String(right),
          });
        },
      ),
    );
  });
});
