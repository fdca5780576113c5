import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/text/index.js';
import { createWrapWidth, displayWidth } from '../../src/text/tree/wrap.js';

/**
 * Breaks text as a PDF set in a proportional font does when copied out: each line ends somewhere
 * between 82% and 100% of the column's width, by a seeded sequence.
 */
function ragged(text: string, width: number, seed: number): string {
  const out: string[] = [];
  let line = '';
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor(width * (0.82 + (0.18 * s) / 2147483648));
  };
  let limit = next();
  for (const ch of text) {
    if (displayWidth(line + ch) > limit) {
      out.push(line);
      line = '';
      limit = next();
    }
    line += ch;
  }
  if (line) out.push(line);
  return out.join('\n');
}

/** Breaks text into lines of at most `width` display cells, mid-word, as a PDF copied out does. */
function hardWrap(text: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const ch of text) {
    if (displayWidth(line + ch) > width) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) out.push(line);
  return out.join('\n');
}

const FILLER =
  '按照国家和省的部署,我市认真做好项目的申报和储备工作,一大批项目列入了国家和省的投资计划,为全市经济社会发展提供了有力支撑。';

const verdicts = (text: string) =>
  auditText(text)
    .findings.filter((f) => f.rule === 'sum.parts')
    .map((f) => [f.verdict, f.stated, f.expected]);

describe('hard-wrapped text', () => {
  it('learns the width and joins a line that fills it', () => {
    const w = createWrapWidth();
    for (const l of hardWrap(FILLER.repeat(3), 60).split('\n')) w.see(l, false);
    expect(w.brokeOff('全年共向省发改委和国家发改委争取资金72561万元。其中,国家发改')).toBe(true);
    expect(w.brokeOff('全年共向省发改委和国家发改委争取资金72561万元,其中:')).toBe(false);
    expect(w.brokeOff('场租费:2800元')).toBe(false);
  });

  it('does not join the lines of a list of like width', () => {
    const w = createWrapWidth();
    for (const l of ['一、会议时间', '二、会议地点', '场租费:2800元', '餐费:15000元']) w.see(l, false);
    expect(w.brokeOff('四、茶歇费:30元/人/天×50人×2天=3000元')).toBe(false);
  });

  it('reads a whole and its parts across the breaks, at any width, as in the unbroken text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 90000 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 40, max: 100 }),
        (a, pct, delta, width) => {
          const b = Math.floor((a * pct) / 100);
          const whole = a + b + delta;
          const sentence = `全年共向省财政厅和市财政局争取资金${whole}万元。其中,市财政局安排资金${b}万元,省财政厅安排资金${a}万元。`;
          const text = `${FILLER.repeat(3)}${sentence}${FILLER}`;
          const flat = verdicts(text);
          // The unbroken text reads the relation: a mismatch at least when the gap is past rounding.
          expect(flat).toHaveLength(1);
          expect(flat[0]![1]).toBe(String(whole * 10000));
          if (delta === 0 || Math.abs(delta) > 1)
            expect(flat[0]![0]).toBe(delta === 0 ? 'match' : 'mismatch');
          expect(verdicts(hardWrap(text, width))).toEqual(flat);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('joins ragged lines, broken anywhere from 82% to all of the width, as in the unbroken text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 90000 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 2, max: 50 }),
        fc.integer({ min: 50, max: 100 }),
        fc.nat(),
        (a, pct, delta, width, seed) => {
          const b = Math.floor((a * pct) / 100);
          const sentence = `全年共向省财政厅和市财政局争取资金${a + b + delta}万元。其中,市财政局安排资金${b}万元,省财政厅安排资金${a}万元。`;
          const text = `${FILLER.repeat(3)}${sentence}${FILLER}`;
          const flat = verdicts(text);
          expect(flat[0]![0]).toBe('mismatch');
          expect(verdicts(ragged(text, width, seed))).toEqual(flat);
        },
      ),
      { numRuns: 120 },
    );
  });
});
