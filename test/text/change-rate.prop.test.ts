import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/text/index.js';

/** A change between two periods, written to whole 万元 or to 分, with its rate at 1 or 2 places. */
const changeArb = fc.record({
  prior: fc.integer({ min: 10_000, max: 900_000 }),
  // The change as a share of the earlier figure, in thousandths: rates of 1% to 90%.
  permille: fc.integer({ min: 10, max: 900 }),
  down: fc.boolean(),
  cents: fc.boolean(),
  places: fc.constantFrom(1, 2),
  form: fc.constantFrom(
    'amount-first',
    'rate-first',
    'with-share',
    'against-year',
    'bracketed',
    'subject-again',
    'base-inside',
    'amount-named',
  ),
  subject: fc.constantFrom('一般公共预算收入', '社会保障和就业支出', '机关运行经费', '税收收入'),
});

type Change = typeof changeArb extends fc.Arbitrary<infer T> ? T : never;

/** The sentence, and the rate it states (right, or off by `shift` percentage points). */
function render(c: Change, shift = 0): { text: string; rate: string } {
  const unit = c.cents ? '元' : '万元';
  const k = c.cents ? new Decimal(100) : new Decimal(1);
  const prior = new Decimal(c.prior).times(k).dividedBy(c.cents ? 100 : 1);
  const change = new Decimal(c.prior)
    .times(c.permille)
    .dividedToIntegerBy(1000)
    .times(k)
    .dividedBy(c.cents ? 100 : 1);
  const now = c.down ? prior.minus(change) : prior.plus(change);
  const exact = change.times(100).dividedBy(prior);
  const rate = exact.plus(shift).toDecimalPlaces(c.places, Decimal.ROUND_HALF_UP).toFixed(c.places);
  const fmt = (d: Decimal) => (c.cents ? d.toFixed(2) : d.toFixed(0));
  const verb = c.down ? '减少' : '增加';
  const rateVerb = c.down ? '下降' : '增长';
  const figure = `${c.subject}${fmt(now)}${unit}`;
  if (c.form === 'rate-first')
    return {
      text: `${figure},同比${rateVerb}${rate}%,${c.down ? '减收' : '增收'}${fmt(change)}${unit}。`,
      rate,
    };
  if (c.form === 'with-share')
    return {
      text: `${figure},占年初预算数${fmt(now.times(2))}${unit}的50%,比上年${rateVerb}${rate}%,${verb}${fmt(change)}${unit}。`,
      rate,
    };
  if (c.form === 'subject-again')
    return {
      text: `${figure},与上年相比,${c.subject}${verb}${fmt(change)}${unit},${rateVerb}${rate}%。`,
      rate,
    };
  if (c.form === 'base-inside')
    return {
      text: `${figure},与上年${fmt(prior)}${unit}相比,${verb}${fmt(change)}${unit},${rateVerb}${rate}%。`,
      rate,
    };
  if (c.form === 'amount-named')
    return {
      text: `${figure},比上年同期${rateVerb}${rate}%,${verb}额达${fmt(change)}${unit}。`,
      rate,
    };
  if (c.form === 'bracketed')
    return { text: `${figure},较上年${verb}${fmt(change)}${unit}(${rate}%)。`, rate };
  if (c.form === 'against-year')
    return {
      text: `2023年,${c.subject}预算为${fmt(now)}${unit},较2022年预算${verb}${fmt(change)}${unit},${rateVerb}${rate}%。`,
      rate,
    };
  return { text: `${figure},同比${verb}${fmt(change)}${unit},${rateVerb}${rate}%。`, rate };
}

const rateFindings = (text: string) =>
  auditText(text).findings.filter((f) => f.rule === 'rate.change-amount');

describe('a change and its rate, in several surface forms', () => {
  it('never reports a consistent change as a mismatch, and checks it', () => {
    fc.assert(
      fc.property(changeArb, (c) => {
        const { text } = render(c);
        const f = rateFindings(text);
        expect(f.length, text).toBeGreaterThan(0);
        for (const x of f) expect(x.verdict, text).not.toBe('mismatch');
      }),
      { numRuns: 300 },
    );
  });

  it('reports a rate three points off as exactly one mismatch, on that rate', () => {
    fc.assert(
      fc.property(changeArb, fc.constantFrom(3, -3), (c, shift) => {
        const { text, rate } = render(c, shift);
        fc.pre(!rate.startsWith('-'));
        const bad = rateFindings(text).filter((x) => x.verdict === 'mismatch');
        expect(bad, text).toHaveLength(1);
        expect(new Decimal(bad[0]!.stated!).eq(rate), text).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
