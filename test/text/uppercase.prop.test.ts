import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/decimal/dec.js';
import { parseChineseUppercase, toChineseUppercase } from '../../src/decimal/uppercase.js';
import { auditText } from '../../src/text/index.js';

const amountArb = fc
  .tuple(fc.integer({ min: 1, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }))
  .map(([yuan, fen]) => new Dec(yuan).plus(new Dec(fen).dividedBy(100)));

const grouped = (d: Dec) => {
  const [i, f] = d.toFixed(2).split('.');
  return `${i!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f}`;
};

/** The layouts in which documents write an amount twice: [text, where the 大写 starts, where the figure starts]. */
const layouts: ((u: string, fig: string) => string)[] = [
  (u, fig) => `预算总额:人民币${u}(¥${fig})`,
  (u, fig) => `合计金额(大写):${u}  (小写):${fig.replace(/,/g, '')}`,
  (u, fig) => `小写:¥${fig} 大写:${u}`,
  (u, fig) => `合同价款:RMB ${fig}(大写:${u})`,
  (u, fig) => `金额 | 大写\n${fig.replace(/,/g, '')} | ${u}`,
];

const uppercaseFindings = (text: string) =>
  auditText(text).findings.filter((f) => f.rule.startsWith('uppercase.'));

describe('amounts written twice (大写 and figures)', () => {
  it('a correct pair is a match in every layout', () => {
    fc.assert(
      fc.property(amountArb, fc.nat({ max: layouts.length - 1 }), (v, k) => {
        const text = layouts[k]!(toChineseUppercase(v), grouped(v));
        const fs = uppercaseFindings(text);
        expect(fs.map((f) => [f.rule, f.verdict])).toEqual([['uppercase.figure', 'match']]);
        expect(fs[0]!.stated).toBe(v.toFixed());
      }),
      { numRuns: 200 },
    );
  });

  it('one digit changed on either side is a mismatch with the exact difference, each side at its place', () => {
    fc.assert(
      fc.property(
        amountArb,
        fc.nat({ max: layouts.length - 1 }),
        fc.boolean(),
        fc.nat(),
        (v, k, onFigure, pick) => {
          const u = toChineseUppercase(v);
          let figure = v;
          let upper = u;
          if (onFigure) {
            // Change one digit of the figure: add or take one unit of that place.
            const digits = v.toFixed(2).replace('.', '');
            const place = pick % digits.length;
            const exp = digits.length - 1 - place - 2;
            const d = Number(digits[place]);
            figure = v.plus(new Dec(10).pow(exp).times(d === 9 ? -1 : 1));
            if (figure.lte(0)) return;
          } else {
            // Change one 大写 digit to the next one.
            const NEXT: Record<string, string> = {
              壹: '贰',
              贰: '叁',
              叁: '肆',
              肆: '伍',
              伍: '陆',
              陆: '柒',
              柒: '捌',
              捌: '玖',
              玖: '捌',
            };
            const at = [...u].map((c, i) => (NEXT[c] ? i : -1)).filter((i) => i >= 0);
            const i = at[pick % at.length]!;
            upper = u.slice(0, i) + NEXT[u[i]!] + u.slice(i + 1);
          }
          const text = layouts[k]!(upper, grouped(figure));
          const [f, ...rest] = uppercaseFindings(text);
          expect(rest).toEqual([]);
          const written = parseChineseUppercase(upper);
          expect(f).toMatchObject({
            rule: 'uppercase.figure',
            verdict: 'mismatch',
            stated: written.toFixed(),
            expected: figure.toFixed(),
          });
          expect(f!.difference).toBe(written.minus(figure).toFixed());
          // The finding stands at the 大写; its operand is the figure, at the figure's own place.
          const line = text.split('\n').findIndex((l) => l.includes(upper)) + 1;
          expect(f!.at).toMatchObject({ line, column: text.split('\n')[line - 1]!.indexOf(upper) + 1 });
          const op = f!.operands![0]!;
          const opLine = text.split('\n')[op.line - 1]!;
          expect(opLine.slice(op.column - 1)).toMatch(/^[\d,]/);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('every 大写 the parser refuses is reported as malformed, never read silently', () => {
    const CHARS = [...'零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { minLength: 2, maxLength: 14 }), (cs) => {
        const s = cs.join('');
        let refused = false;
        try {
          parseChineseUppercase(s);
        } catch {
          refused = true;
        }
        if (!refused || !/[壹贰叁肆伍陆柒捌玖]/.test(s) || !/[元角分]/.test(s)) return;
        const fs = uppercaseFindings(`金额:${s}(¥100.00)`);
        expect(fs.some((f) => f.rule === 'uppercase.malformed')).toBe(true);
        expect(
          fs.some((f) => f.rule === 'uppercase.figure' && f.verdict === 'match' && f.statedAt?.text === s),
        ).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
