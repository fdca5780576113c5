import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/text/index.js';

const HEADINGS = ['车费', '餐饮', '住宿', '门票', '其他'];
const ITEMS = ['武汉-巫溪', '巫溪-宁厂', '双坪晚宴', '向导费', '矿泉水', '门票', '保险'];

const sectionArb = fc.record({
  items: fc.array(
    fc.record({
      name: fc.constantFrom(...ITEMS),
      amount: fc.integer({ min: 1, max: 9999 }),
      remark: fc.constantFrom('', '(含啤酒)', '(张三经办)'),
    }),
    { minLength: 2, maxLength: 6 },
  ),
});

const docArb = fc.record({
  sections: fc.array(sectionArb, { minLength: 1, maxLength: 5 }),
  leader: fc.constantFrom('-----------', '……', '.........', '——'),
  colon: fc.constantFrom(':', '：', ': '),
  space: fc.constantFrom('', ' '),
  blank: fc.boolean(),
  total: fc.boolean(),
});

type Doc = typeof docArb extends fc.Arbitrary<infer T> ? T : never;

const sum = (s: Doc['sections'][number]) => s.items.reduce((a, i) => a + i.amount, 0);

/** An account of sections, section `wrong` stating `delta` more than its items. */
function render(d: Doc, wrong = -1, delta = 0): { text: string; headingLines: number[] } {
  const out: string[] = ['活动财务公示'];
  const headingLines: number[] = [];
  const push = (l: string) => {
    out.push(l);
    if (d.blank) out.push('');
  };
  d.sections.forEach((s, k) => {
    headingLines.push(out.length + 1);
    push(`${HEADINGS[k]}${d.colon}${sum(s) + (k === wrong ? delta : 0)}${d.space}元`);
    for (const i of s.items) push(`${i.name} ${d.leader}${d.space}${i.amount}${d.space}元${i.remark}`);
  });
  if (d.total) push(`合计开支 ${d.leader}${d.sections.reduce((a, s) => a + sum(s), 0)} 元`);
  return { text: out.join('\n'), headingLines };
}

const sections = (text: string) => auditText(text).findings.filter((f) => f.rule === 'sum.section');

describe('headings over items written with leaders', () => {
  it('checks each heading against its items and finds none wrong when they agree', () => {
    fc.assert(
      fc.property(docArb, (d) => {
        const { text, headingLines } = render(d);
        const f = sections(text);
        expect(
          f.map((x) => [x.at.line, x.verdict]),
          text,
        ).toEqual(headingLines.map((l) => [l, 'match']));
      }),
      { numRuns: 200 },
    );
  });

  it('reports exactly the heading that is off, by the injected amount', () => {
    fc.assert(
      fc.property(docArb, fc.nat(), fc.integer({ min: 1, max: 500 }), (d, k, delta) => {
        const wrong = k % d.sections.length;
        const { text, headingLines } = render(d, wrong, delta);
        const bad = sections(text).filter((x) => x.verdict === 'mismatch');
        expect(
          bad.map((x) => [x.at.line, x.difference]),
          text,
        ).toEqual([[headingLines[wrong], String(delta)]]);
      }),
      { numRuns: 200 },
    );
  });
});
