import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/text/index.js';

const KINDS = ['博士学位教师', '硕士学位教师', '学士学位教师', '其他教师'];

const docArb = fc.record({
  parts: fc.array(fc.integer({ min: 1, max: 900 }), { minLength: 2, maxLength: 4 }),
  rest: fc.integer({ min: 0, max: 900 }),
  places: fc.constantFrom(0, 1, 2),
  form: fc.constantFrom('subject', 'named', 'qizhong'),
  joiner: fc.constantFrom('和', '、'),
});

type Doc = typeof docArb extends fc.Arbitrary<infer T> ? T : never;

/** The text, with share `wrong` (if any) moved by `shift` points, and the shares as written. */
function render(d: Doc, wrong = -1, shift = 0): { text: string; shares: string[] } {
  const whole = d.parts.reduce((a, b) => a + b, 0) + d.rest;
  const shares = d.parts.map((p, k) =>
    new Decimal(p)
      .times(100)
      .dividedBy(whole)
      .plus(k === wrong ? shift : 0)
      .toDecimalPlaces(d.places, Decimal.ROUND_HALF_UP)
      .toFixed(d.places),
  );
  const list = d.parts.map((p, k) => `${KINDS[k]}${p}人`).join('、');
  const pcts = shares.map((s) => `${s}%`);
  const joined = `${pcts.slice(0, -1).join('、')}${d.joiner}${pcts[pcts.length - 1]}`;
  if (d.form === 'subject')
    return { text: `全院现有专任教师${whole}人。专任教师中,${list},分别占${joined}。`, shares };
  if (d.form === 'named')
    return { text: `全院现有专任教师${whole}人。其中${list},分别占专任教师的${joined}。`, shares };
  return { text: `全院现有专任教师${whole}人,其中${list},分别占${joined}。`, shares };
}

const shareFindings = (text: string) => auditText(text).findings.filter((f) => f.rule === 'percent.share');

describe('shares stated together after their parts (分别占 a% 和 b%)', () => {
  it('pairs each share with its part and finds consistent shares right', () => {
    fc.assert(
      fc.property(docArb, (d) => {
        const { text } = render(d);
        const f = shareFindings(text);
        // Two equal shares in one sentence are one finding, reported also at the second place.
        const places = f.reduce((n, x) => n + 1 + (x.alsoAt?.length ?? 0), 0);
        expect(places, text).toBe(d.parts.length);
        for (const x of f) expect(x.verdict, text).not.toBe('mismatch');
      }),
      { numRuns: 300 },
    );
  });

  it('reports exactly the share that is off by a point or more', () => {
    fc.assert(
      fc.property(docArb, fc.nat(), fc.constantFrom(2, -2), (d, k, shift) => {
        const wrong = k % d.parts.length;
        const { text, shares } = render(d, wrong, shift);
        fc.pre(!shares[wrong]!.startsWith('-'));
        const bad = shareFindings(text).filter((x) => x.verdict === 'mismatch');
        expect(bad, text).toHaveLength(1);
        expect(new Decimal(bad[0]!.stated!).eq(shares[wrong]!), text).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
