import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText, MAX_SEGMENT, segmentEnd } from '../../src/index.js';

describe('very long lines are examined in segments', () => {
  it('segments cover the line exactly, each at most MAX_SEGMENT long', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 * MAX_SEGMENT }),
        fc.constantFrom('9', '。', 'a', '会'),
        (n, ch) => {
          const text = ch.repeat(n);
          let from = 0;
          let pieces = 0;
          do {
            const to = segmentEnd(text, from);
            expect(to).toBeGreaterThan(from === text.length ? from - 1 : from);
            expect(to - from).toBeLessThanOrEqual(MAX_SEGMENT);
            from = to;
            pieces++;
          } while (from < text.length);
          expect(pieces).toBe(Math.max(1, Math.ceil(n / MAX_SEGMENT)));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('finds a figure far into a line with no breaks, at its column on that line', () => {
    const filler = '会议安排。'.repeat(40_000); // 200,000 characters, three segments and more
    const text = `第一行\n${filler}奖牌:60元/个*40=2500元。${filler}`;
    const f = auditText(text).findings.filter((x) => x.verdict === 'mismatch');
    expect(f).toHaveLength(1);
    expect(f[0]!.at).toMatchObject({ line: 2 });
    expect('line' in f[0]!.at && f[0]!.at.column).toBeGreaterThan(filler.length);
    expect(f[0]!.difference).toBe('100');
  });
});
