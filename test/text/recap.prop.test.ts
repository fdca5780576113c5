import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/text/index.js';

const SECTIONS = ['车辆费用', '住宿费用', '餐饮费用', '场地费用', '宣传费用', '其他费用'];
const ITEMS = ['租车费用', '保险费用', '油费', '会议室租金', '设备租赁', '午餐', '晚餐', '海报印刷'];
const CN = '一二三四五六';

const itemArb = fc.record({
  name: fc.constantFrom(...ITEMS),
  form: fc.constantFrom('total', 'priced', 'bare'),
  days: fc.integer({ min: 2, max: 9 }),
  price: fc.integer({ min: 10, max: 900 }),
});

const docArb = fc.record({
  sections: fc.array(fc.array(itemArb, { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 6 }),
  markers: fc.constantFrom('cn', 'num', 'paren'),
  summary: fc.constantFrom('总预算', '费用汇总', '预算合计如下'),
});

type Doc = typeof docArb extends fc.Arbitrary<infer T> ? T : never;

const amount = (i: Doc['sections'][number][number]) => i.days * i.price;

function marker(k: number, style: Doc['markers']): string {
  if (style === 'cn') return `${CN[k]}、`;
  if (style === 'num') return `${k + 1}. `;
  return `(${CN[k]})`;
}

/** The document, with the recap of section `wrong` (if any) off by `delta`. */
function render(d: Doc, wrong = -1, delta = 0): string {
  const out: string[] = [];
  d.sections.forEach((items, k) => {
    out.push(`${marker(k, d.markers)}${SECTIONS[k]}`);
    for (const i of items) {
      if (i.form === 'priced') out.push(`${i.name}:假设${i.days}天,每天${i.price}元,共计${amount(i)}元。`);
      else if (i.form === 'total') out.push(`${i.name}:共计${amount(i)}元。`);
      else out.push(`${i.name}:${amount(i)}元`);
    }
  });
  out.push(d.summary);
  d.sections.forEach((items, k) => {
    const sum = items.reduce((a, i) => a + amount(i), 0) + (k === wrong ? delta : 0);
    out.push(`${SECTIONS[k]}:${sum}元`);
  });
  return out.join('\n');
}

const recaps = (text: string) => auditText(text).findings.filter((f) => f.rule === 'sum.recap');

describe('recap lines restating the sections named above', () => {
  it('checks every restated section and finds none wrong when they agree', () => {
    fc.assert(
      fc.property(docArb, (d) => {
        const text = render(d);
        const f = recaps(text);
        expect(f, text).toHaveLength(d.sections.length);
        for (const x of f) expect(x.verdict, text).toBe('match');
      }),
      { numRuns: 200 },
    );
  });

  it('reports exactly the section whose restated amount is off', () => {
    fc.assert(
      fc.property(docArb, fc.nat(), fc.integer({ min: 1, max: 500 }), (d, k, delta) => {
        const wrong = k % d.sections.length;
        const text = render(d, wrong, delta);
        const bad = recaps(text).filter((x) => x.verdict === 'mismatch');
        expect(bad, text).toHaveLength(1);
        const line = text.split('\n').length - d.sections.length + wrong + 1;
        expect(bad[0]!.at, text).toMatchObject({ line });
        expect(bad[0]!.difference, text).toBe(String(delta));
      }),
      { numRuns: 200 },
    );
  });
});
