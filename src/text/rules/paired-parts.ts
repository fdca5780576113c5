import { Dec } from '../../decimal/dec.js';
import type { Figure } from '../figures.js';
import { exact, quantityOf } from '../interval.js';
import { type LineRecord, labelBefore } from '../lines.js';
import { newClaim } from './claims.js';
import type { RuleExamples, TextRule } from './types.js';
import { familyOf } from './units.js';
import { decide, type Placed } from './verdict.js';

// 全年共资助学生62972人次,发放资金5052.01万元: a whole stated as a count and an amount.
const WHOLE_WORD = /(?:共|累计|合计|总计|总共)[^,，。;；\d]{0,12}$/;
// Counts of events or items add across kinds; people (人, 户) may be counted in two kinds at once.
const ADDING = new Set(['人次', '次', '笔', '件', '项', '个', '批次', '户次']);
// 人 for 人次 in one part of a breakdown (春季学期资助3026人 among 人次): the same count, mistyped.
const sameCount = (a: string, b: string) =>
  a === b || (a === '人次' && b === '人') || (a === '人' && b === '人次');
const MAX_SEGMENTS = 12;
const MAX_PAIRS = 60;
// Wholes tried in one paragraph.
const MAX_WHOLES = 8;

interface Pair {
  count: Figure;
  amount: Figure;
  rec: LineRecord;
  /** Opened by 其中 in its clause: a part of the pair before it. */
  child: boolean;
}

// Figures looked at after a whole: a bounded look keeps a long line linear.
const MAX_FIGURES = 4 * MAX_PAIRS;

function pairsIn(rec: LineRecord, from: number, to: number, unit: string, out: Pair[]): void {
  const text = rec.text;
  const all = rec.figures;
  let first = 0;
  while (first < all.length && all[first]!.start < from) first++;
  const figs = all.slice(first, first + MAX_FIGURES).filter((f) => f.end <= to);
  for (let k = 0; k + 1 < figs.length && out.length < MAX_PAIRS; k++) {
    const c = figs[k]!;
    const a = figs[k + 1]!;
    if (!sameCount(c.unit, unit) || !c.value || c.approx || c.per) continue;
    if (familyOf(a) !== 'money' || !a.value || a.approx || a.per) continue;
    if (/[。;；]/.test(text.slice(c.end, a.start)) || a.start - c.end > 20) continue;
    const clauseStart = Math.max(
      text.lastIndexOf('。', c.start),
      text.lastIndexOf(';', c.start),
      text.lastIndexOf('；', c.start),
      text.lastIndexOf(',', c.start),
      text.lastIndexOf('，', c.start),
    );
    out.push({ count: c, amount: a, rec, child: /其中/.test(text.slice(clauseStart + 1, c.start)) });
    k++;
  }
}

const sum = (xs: Figure[]) => xs.reduce((s, f) => s.plus(f.value!), new Dec(0));

/**
 * `sum.paired`: a whole stated as a count and an amount (`全年共资助学生62972人次,发放资金5052.01万元`)
 * and the kinds listed after it, each with its count and amount (`学前教育…5875人次,发放资金235万元`),
 * each perhaps broken down again after 其中 (a breakdown ends where it adds up to its kind in both).
 * The list ends at the first kind where the amounts add up to the whole's amount, at its written
 * precision; only then are the counts added and compared — the amounts show the kinds are all of the
 * whole. Only counts that add across kinds (人次, 次, 件, 项 …) are checked, never people or households,
 * who may be counted in two kinds.
 */
export const pairedParts: TextRule = {
  name: 'paired-parts',
  emits: ['sum.paired'],
  summary:
    'A whole stated as a count and an amount: the kinds whose amounts add up to it add up to its count.',
  check(ctx) {
    if (ctx.block.kind !== 'paragraph') return;
    const rec = ctx.block.line;
    const text = rec.text;
    if (!/共|累计|合计|总计/.test(text)) return;
    const figs = rec.figures;
    let tried = 0;
    for (let k = 0; k + 1 < figs.length; k++) {
      const count = figs[k]!;
      const amount = figs[k + 1]!;
      if (!ADDING.has(count.unit) || !count.value || count.approx || count.per) continue;
      if (familyOf(amount) !== 'money' || !amount.value || amount.approx) continue;
      if (!WHOLE_WORD.test(text.slice(Math.max(0, count.start - 14), count.start))) continue;
      if (/[。;；]/.test(text.slice(count.end, amount.start)) || amount.start - count.end > 20) continue;
      const whole = quantityOf(amount, true);
      if (!whole || ++tried > MAX_WHOLES) return;
      const pairs: Pair[] = [];
      pairsIn(rec, amount.end, text.length, count.unit, pairs);
      const last = ctx.block.segments[ctx.block.segments.length - 1]!;
      let n = 0;
      for (const s of ctx.segmentsAfter(last)) {
        if (++n > MAX_SEGMENTS || pairs.length >= MAX_PAIRS) break;
        pairsIn(s.line, s.start, s.end, count.unit, pairs);
      }
      const kinds = readKinds(pairs, count.unit, (v) => v.gte(whole.lo) && v.lte(whole.hi));
      if (!kinds) continue;
      const operands: Placed[] = kinds.map((p) => ({
        fig: p.count,
        rec: p.rec,
        label: labelBefore(p.rec.text, p.count.start),
      }));
      const claim = newClaim('sum', 'sum.paired', rec, count.start, count);
      decide(claim, count, true, [
        {
          value: exact(sum(kinds.map((p) => p.count))),
          operands,
          how: 'the kinds whose amounts make up the whole',
        },
      ]);
      ctx.claim(claim);
      return;
    }
  },
};

/** The kinds in order, their breakdowns skipped, up to the one where the amounts make the whole. */
function readKinds(pairs: Pair[], unit: string, makesWhole: (v: Dec) => boolean): Pair[] | undefined {
  const kinds: Pair[] = [];
  let parent: Pair | undefined;
  let children: Pair[] = [];
  for (const p of pairs) {
    if (parent) {
      children.push(p);
      const c = sum(children.map((x) => x.count));
      const a = sum(children.map((x) => x.amount));
      if (c.eq(parent.count.value!) && a.eq(parent.amount.value!)) {
        parent = undefined;
        children = [];
      } else if (c.gt(parent.count.value!) || a.gt(parent.amount.value!)) return undefined;
      continue;
    }
    if (p.child) {
      if (kinds.length === 0) return undefined;
      parent = kinds[kinds.length - 1];
      children = [p];
      continue;
    }
    // A kind is counted in the whole's own unit.
    if (p.count.unit !== unit) return undefined;
    kinds.push(p);
    if (kinds.length >= 2 && makesWhole(sum(kinds.map((x) => x.amount)))) return kinds;
  }
  return undefined;
}

/** What {@link pairedParts} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const pairedPartsExamples: RuleExamples = {
  ok: [
    {
      text: '全年共资助学生9人次,发放资金5.5万元。学前教育资助4人次,发放资金2万元,其中春季学期资助3人次,资助金额1.5万元;秋季学期资助1人次,资助金额0.5万元。义务教育资助5人次,发放资金3.5万元。',
      findings: [{ rule: 'sum.paired', verdict: 'match', stated: '9', expected: '9' }],
    },
    // People may be helped by two kinds: a whole in 人 is not checked.
    {
      text: '全年共资助学生8人,发放资金5.5万元。学前教育资助4人,发放资金2万元;义务教育资助5人,发放资金3.5万元。',
      findings: [],
    },
  ],
  notOk: [
    {
      text: '全年共资助学生8人次,发放资金5.5万元。学前教育资助4人次,发放资金2万元;义务教育资助5人次,发放资金3.5万元。',
      findings: [{ rule: 'sum.paired', verdict: 'mismatch', stated: '8', expected: '9' }],
    },
  ],
};
