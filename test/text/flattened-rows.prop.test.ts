import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/text/index.js';

const rowArb = fc.record({
  name: fc.constantFrom('签字笔', '笔记本', '打印纸', '文件夹', '会议桌', '投影仪', '矿泉水'),
  count: fc.integer({ min: 1, max: 500 }),
  unit: fc.constantFrom('支', '本', '张', '台', '箱', '个'),
  // Prices in 角: 0.5元, 12元, 1500元.
  price: fc.integer({ min: 1, max: 20000 }),
});
type Row = typeof rowArb extends fc.Arbitrary<infer T> ? T : never;

const price = (r: Row) => new Decimal(r.price).dividedBy(10);
const amount = (r: Row) => price(r).times(r.count);

/** A budget table whose cell separators were lost, with the total moved by `delta` 元. */
function render(rows: Row[], delta = 0): string {
  const body = rows
    .map((r) => `${r.name}${r.count}${r.unit}${price(r).toFixed()}元${amount(r).toFixed()}元`)
    .join('');
  const total = rows.reduce((a, r) => a.plus(amount(r)), new Decimal(0)).plus(delta);
  return `下面是一个示例的预算表:预算项目数量单价预算金额${body}总计${total.toFixed()}元`;
}

describe('a budget table flattened onto one line', () => {
  it('checks each row and the total, and finds a consistent table right', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 2, maxLength: 6 }), (rows) => {
        const text = render(rows);
        const f = auditText(text).findings.filter(
          (x) => x.rule === 'table.product' || x.rule === 'table.total',
        );
        expect(
          f.some((x) => x.rule === 'table.total'),
          text,
        ).toBe(true);
        for (const x of f) expect(x.verdict, text).toBe('match');
      }),
      { numRuns: 200 },
    );
  });

  it('reports a wrong total, with the exact difference', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 1, max: 5000 }),
        (rows, delta) => {
          const text = render(rows, delta);
          const bad = auditText(text).findings.filter((x) => x.verdict === 'mismatch');
          expect(bad, text).toHaveLength(1);
          expect(bad[0]!.rule, text).toBe('table.total');
          expect(bad[0]!.difference, text).toBe(String(delta));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a two-column budget flattened after its intro', () => {
  it('adds the amounts to the 总计, and reports a wrong one with the exact difference', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 3, maxLength: 7 }),
        fc.integer({ min: 0, max: 500 }),
        (rows, delta) => {
          const body = rows.map((r) => `${r.name}${amount(r).toFixed()}元`).join('');
          const total = rows.reduce((a, r) => a.plus(amount(r)), new Decimal(0)).plus(delta);
          const text = `五、活动预算本次活动的预算如下:项目名称费用${body}总计${total.toFixed()}元六、组织架构`;
          const f = auditText(text).findings.filter((x) => x.rule === 'table.total');
          expect(f, text).toHaveLength(1);
          expect(f[0]!.verdict, text).toBe(delta === 0 ? 'match' : 'mismatch');
          if (delta) expect(f[0]!.difference, text).toBe(String(delta));
        },
      ),
      { numRuns: 200 },
    );
  });
});
