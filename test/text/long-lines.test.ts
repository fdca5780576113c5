import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/index.js';
import { MAX_SEGMENT, segmentEnd } from '../../src/text/audit-text.js';

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

  it('checks every formula of a line longer than a segment, whatever parts its clauses', () => {
    fc.assert(
      fc.property(fc.constantFrom('，', ',', ' ', '、', '。', ''), fc.nat({ max: 50 }), (sep, seed) => {
        const parts: string[] = [];
        let wrong = 0;
        for (let i = 0; parts.join(sep).length < 2.2 * MAX_SEGMENT; i++) {
          const a = 10 + ((i + seed) % 90);
          const b = 2 + (i % 7);
          const off = (i + seed) % 3 === 0 ? 1 : 0;
          wrong += off;
          parts.push(`第${i}项材料费${a}元×${b}=${a * b + off}元`);
        }
        const f = auditText(parts.join(sep)).findings.filter((x) => x.verdict === 'mismatch');
        expect(f).toHaveLength(wrong);
      }),
      { numRuns: 3 },
    );
  });
});
