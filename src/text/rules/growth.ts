import { Dec } from '../../decimal/dec.js';
import type { Figure } from '../figures.js';
import { type Quantity, quantityOf, subQ } from '../interval.js';
import { labelBefore } from '../lines.js';
import { sentencesOf } from '../tree/sentences.js';
import type { Cell, Row } from '../tree/types.js';
import { newClaim } from './claims.js';
import { figuresIn } from './find.js';
import { bodyRows, cellAt, cellNumber, rowLabel } from './table-cells.js';
import type { RuleExamples, TextRule } from './types.js';
import { familyOf } from './units.js';
import { decide, type Reading } from './verdict.js';

const ONE = new Dec(1);
const HUNDRED = new Dec(100);

function q(f: Figure): Quantity | undefined {
  return quantityOf(f, true);
}

/** `(b/a)^(1/n) − 1` in percent, as an interval (a, b > 0). */
function annual(a: Quantity, b: Quantity, n: number): Quantity | undefined {
  if (a.lo.lte(0) || b.lo.lte(0) || n <= 0) return undefined;
  const root = (x: Dec) => x.pow(ONE.dividedBy(n)).minus(ONE).times(HUNDRED);
  return {
    value: root(b.value.dividedBy(a.value)),
    lo: root(b.lo.dividedBy(a.hi)),
    hi: root(b.hi.dividedBy(a.lo)),
    approx: a.approx || b.approx,
  };
}

function change(a: Quantity, b: Quantity): Quantity | undefined {
  if (a.lo.lte(0)) return undefined;
  const r = (x: Dec, y: Dec) => y.dividedBy(x).minus(ONE).times(HUNDRED);
  return { value: r(a.value, b.value), lo: r(a.hi, b.lo), hi: r(a.lo, b.hi), approx: a.approx || b.approx };
}

const FROM_TO = /(?:由|从)([^,，。;；]{0,20}?)(?:增长|增加|提高|上升|扩大)?(?:到|至)/;
const AVERAGE = /年均(?:增长|增速|递增|增幅)(?:为|达|达到|约)?\s*$/;
const TIMES = /(增长|增加|提高|翻)(了)?\s*$/;
const DOUBLINGS: Readonly<Record<string, number>> = { 一番: 2, 两番: 4, 二番: 4, 三番: 8 };

/**
 * `rate.average`, `rate.multiple`, `rate.table`: growth stated with both ends —
 * average annual growth over a stated period (`从2015年的120亿元增长到2020年的200亿元,年均增长10.8%`,
 * compounded), a multiple (`增长了2倍`, read both as 3× and, as it is often meant, 2×; `翻一番` is 2×),
 * and a table's 增减 column against its 上年 and 本年 columns.
 */
export const growth: TextRule = {
  name: 'growth',
  emits: ['rate.average', 'rate.multiple', 'rate.table'],
  summary: 'Average annual growth, multiples (倍, 翻番) and 上年/本年 change columns agree with both ends.',
  check(ctx) {
    const b = ctx.block;
    if (b.kind === 'table') {
      checkTable(ctx, b);
      return;
    }
    const rec = b.line;
    const text = rec.text;
    // Both ends are needed: 由/从 … 到/至.
    if (!(text.includes('由') || text.includes('从')) || !(text.includes('到') || text.includes('至')))
      return;
    for (const sent of sentencesOf(rec)) {
      const figs = figuresIn(rec, sent.start, sent.end);
      const body = text.slice(sent.start, sent.end);
      const ft = FROM_TO.exec(body);
      if (!ft) continue;
      const toAt = sent.start + ft.index + ft[0].length;
      const fromFig = figs.find(
        (f) => f.start >= sent.start + ft.index && f.end <= toAt && familyOf(f) && f.unit !== '年',
      );
      const toFig = figs.find(
        (f) =>
          f.start >= toAt &&
          familyOf(f) &&
          f.unit !== '年' &&
          (!fromFig || familyOf(f) === familyOf(fromFig)),
      );
      if (!fromFig || !toFig) continue;
      const a = q(fromFig);
      const z = q(toFig);
      if (!a || !z) continue;
      const operands = [
        { fig: fromFig, rec, label: labelBefore(text, fromFig.start) },
        { fig: toFig, rec, label: labelBefore(text, toFig.start) },
      ];
      for (const f of figs) {
        if (f.start < toFig.end) continue;
        const head = text.slice(Math.max(sent.start, f.start - 10), f.start);
        if (f.unit === '%' && AVERAGE.test(head)) {
          const years = [...body.slice(0, toFig.end - sent.start).matchAll(/((?:19|20)\d{2})\s*年/g)].map(
            (m) => Number.parseInt(m[1]!, 10),
          );
          if (years.length < 2) continue;
          const n = years[years.length - 1]! - years[0]!;
          if (n <= 0 || n > 50) continue;
          const claim = newClaim('rate-change', 'rate.average', rec, f.start, f);
          decide(claim, f, true, [
            { value: annual(a, z, n), operands, how: `compound growth over ${n} years` },
          ]);
          ctx.claim(claim);
        } else if (f.unit === '倍' && TIMES.test(head) && !head.endsWith('到')) {
          const n = f.value;
          if (!n) continue;
          const ratio = {
            value: z.value.dividedBy(a.value),
            lo: z.lo.dividedBy(a.hi),
            hi: z.hi.dividedBy(a.lo),
            approx: a.approx || z.approx,
          };
          const minusOne = {
            value: ratio.value.minus(1),
            lo: ratio.lo.minus(1),
            hi: ratio.hi.minus(1),
            approx: ratio.approx,
          };
          const readings: Reading[] = [
            { value: minusOne, operands, how: 'growth by n times (to n + 1 times)' },
            { value: ratio, operands, how: 'growth to n times' },
          ];
          const claim = newClaim('rate-change', 'rate.multiple', rec, f.start, f);
          decide(claim, f, true, readings);
          ctx.claim(claim);
        }
      }
      const fan = /翻(一番|两番|二番|三番)/.exec(text.slice(toFig.end, sent.end));
      if (fan) {
        const times = DOUBLINGS[fan[1]!]!;
        const at = toFig.end + fan.index;
        const stated: Figure = {
          ...toFig,
          start: at,
          end: at + fan[0].length,
          text: fan[0],
          value: new Dec(times),
          unit: '倍',
          per: '',
          scale: 0,
          places: 0,
          ulp: new Dec(1),
          approx: undefined,
        };
        const ratio = {
          value: z.value.dividedBy(a.value),
          lo: z.lo.dividedBy(a.hi),
          hi: z.hi.dividedBy(a.lo),
          approx: a.approx || z.approx,
        };
        const claim = newClaim('rate-change', 'rate.multiple', rec, at, stated);
        decide(claim, stated, false, [{ value: ratio, operands, how: `doubling ${fan[1]}` }]);
        ctx.claim(claim);
      }
    }
  },
};

/** What {@link growth} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const growthExamples: RuleExamples = {
  ok: [
    {
      text: '从2015年的120亿元增长到2020年的200亿元,年均增长10.8%。',
      findings: [{ rule: 'rate.average', verdict: 'match', stated: '10.8', expected: '10.8' }],
    },
    {
      text: '项目 | 上年 | 本年 | 增减%\n会议费 | 50 | 40 | -20',
      findings: [{ rule: 'rate.table', verdict: 'match', stated: '-20', expected: '-20' }],
    },
  ],
  notOk: [
    {
      text: '从2015年的120亿元增长到2020年的200亿元,年均增长12.5%。',
      findings: [{ rule: 'rate.average', verdict: 'mismatch', stated: '12.5', expected: '10.8' }],
    },
    {
      text: '收入由50万元增加到300万元,增长了2倍。',
      findings: [{ rule: 'rate.multiple', verdict: 'mismatch', stated: '2' }],
    },
  ],
};

/** A cell's figure with the sign its cell writes (-20, 减少20): figures are read without their sign. */
function signedIn(c: Cell, f: Figure): Figure {
  return /^-|^−|减|降/.test(c.text.trim()) && f.value?.gt(0) ? { ...f, value: f.value.negated() } : f;
}

/**
 * A change cell of a row (增减额 or 增减%) against what the row's 上年 and 本年 give: `compute` of the
 * two, described by `how`.
 */
function checkCell(
  ctx: Parameters<TextRule['check']>[0],
  r: Row,
  c: Cell | undefined,
  a: Figure,
  z: Figure,
  compute: (prior: Quantity, current: Quantity) => Quantity | undefined,
  how: string,
): void {
  const s = c?.figures.length === 1 ? c.figures[0] : undefined;
  const qa = q(a);
  const qz = q(z);
  if (!s?.value || s.placeholder || !qa || !qz) return;
  const signed = signedIn(c!, s);
  const claim = newClaim('rate-change', 'rate.table', r.line, s.start, signed);
  decide(claim, signed, true, [
    {
      value: compute(qa, qz),
      operands: [
        { fig: a, rec: r.line, label: rowLabel(r) },
        { fig: z, rec: r.line, label: rowLabel(r) },
      ],
      how,
    },
  ]);
  ctx.claim(claim);
}

function checkTable(
  ctx: Parameters<TextRule['check']>[0],
  t: Extract<Parameters<TextRule['check']>[0]['block'], { kind: 'table' }>,
): void {
  if (t.header === undefined) return;
  const prior = t.roles.indexOf('prior');
  const current = t.roles.indexOf('current');
  const headText = (k: number) => t.rows[t.header!]!.cells[k]?.text ?? '';
  const pct = t.roles.findIndex(
    (r, k) => (r === 'change' || r === 'percent') && /%|率|幅|比例/.test(headText(k)),
  );
  // 增减额: the change in amount, 本年 − 上年.
  const diff = t.roles.findIndex((r, k) => r === 'change' && !/%|率|幅|比例/.test(headText(k)));
  if (prior < 0 || current < 0 || (pct < 0 && diff < 0)) return;
  const width = t.rows[t.header]!.cells.length;
  for (const r of bodyRows(t)) {
    if (r.cells.length !== width) continue;
    const a = cellNumber(cellAt(r, prior, width));
    const z = cellNumber(cellAt(r, current, width));
    if (!a || !z) continue;
    if (diff >= 0) checkCell(ctx, r, cellAt(r, diff, width), a, z, (qa, qz) => subQ(qz, qa), '本年 − 上年');
    if (pct >= 0) checkCell(ctx, r, cellAt(r, pct, width), a, z, change, '(本年 − 上年) ÷ 上年');
  }
}
