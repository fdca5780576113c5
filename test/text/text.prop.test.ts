import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText, createTextAuditor } from '../../src/text/index.js';
import { normalize, normalizeLine } from '../../src/text/normalize.js';
import { parseChineseNumber } from '../../src/text/numerals.js';

const noisy = fc.string({
  unit: fc.constantFrom(
    ...'0123456789.,*x×=:：（）()人元万亿%余约共计总其中占总数的一二三四五六七八九十百千零两个条 \n會議(huì)２o―~-_待定由到增长下降比上年率百分点小计'.split(
      '',
    ),
  ),
  maxLength: 300,
});

describe('properties', () => {
  it('auditText never throws on arbitrary unicode, and no extractor fails (text.internal)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        expect(auditText(s).findings.filter((f) => f.rule === 'text.internal')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('auditText never throws on document-like noise', () => {
    fc.assert(
      fc.property(noisy, (s) => {
        const r = auditText(s);
        for (const f of r.findings) expect(['match', 'mismatch', 'uncheckable']).toContain(f.verdict);
        expect(r.findings.filter((f) => f.rule === 'text.internal')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('survives long lines and 10,000 nested brackets', () => {
    const deep = `${'('.repeat(10000)}60元*40=2400元${')'.repeat(10000)}`;
    expect(auditText(deep).findings.some((f) => f.rule === 'product.line')).toBe(true);
    const long = '奖牌:60元*40=2400元,'.repeat(20000);
    expect(auditText(long).findings.length).toBeGreaterThan(0);
    expect(() => parseChineseNumber('一'.repeat(100000))).not.toThrow();
  });

  it('chunking does not change the result', () => {
    fc.assert(
      fc.property(noisy, fc.array(fc.nat({ max: 300 }), { maxLength: 6 }), (s, cuts) => {
        const a = createTextAuditor();
        let prev = 0;
        for (const c of [...cuts].sort((x, y) => x - y)) {
          const at = Math.min(c, s.length);
          a.push(s.slice(prev, at));
          prev = at;
        }
        a.push(s.slice(prev));
        expect(a.end()).toEqual(auditText(s));
      }),
      { numRuns: 150 },
    );
  });

  it('maps normalized offsets back to characters that produced them', () => {
    const plain = fc.string({ unit: fc.constantFrom(...'abc 123人元，：中文\n'.split('')), maxLength: 200 });
    fc.assert(
      fc.property(plain, (s) => {
        const { text, map } = normalize(s);
        const lines = s.split('\n');
        for (let i = 0; i < text.length; i++) {
          if (text[i] === '\n') continue;
          const { line, column } = map.locate(i);
          const orig = lines[line - 1]![column - 1]!;
          // Only width folding changes these characters.
          expect(
            orig === text[i] || (orig === '，' && text[i] === ',') || (orig === '：' && text[i] === ':'),
          ).toBe(true);
        }
      }),
    );
  });

  it('origin offsets are non-decreasing and inside the original line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const line = s.replace(/\n/g, '');
        const n = normalizeLine(line);
        expect(n.origin.length).toBe(n.text.length + 1);
        for (let i = 1; i < n.origin.length; i++)
          expect(n.origin[i]!).toBeGreaterThanOrEqual(n.origin[i - 1]!);
        expect(n.origin[n.text.length]).toBe(line.length);
      }),
    );
  });
});
