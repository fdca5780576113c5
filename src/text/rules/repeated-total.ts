import type { Figure } from '../figures.js';
import { quantityOf } from '../interval.js';
import { type LineRecord, pointAt } from '../lines.js';
import { newClaim } from './claims.js';
import type { RuleExamples, TextRule } from './types.js';
import { familyOf } from './units.js';
import { decide } from './verdict.js';

// A named total: 经费预算共计45000元, 会议经费总预算为2万元.
// 总投资 and 总额 name an attribute of each project, not one total of the document: not compared.
const NAMED = /([\u4e00-\u9fff]{3,12}?)(共计|合计|总计|总预算|总经费)(?:为|约为|达|是)?[:：]?\s*$/;
const GENERIC = /^(以上|上述|本项|各项|全部|其中|共|总|合计|本次|此次)$/;
const MAX_REMEMBERED = 2000;

interface Stated {
  fig: Figure;
  rec: LineRecord;
  year: string;
  block: number;
}

/**
 * `restated.total`: a named total (`会议经费共计45000元`, `培训班总预算2万元`) stated again later in the
 * document with another value. The later statement is the finding; it names the first. Statements in
 * the same paragraph, or in paragraphs of different years, are not compared.
 */
export const repeatedTotal: TextRule = {
  name: 'repeated-total',
  emits: ['restated.total'],
  summary: 'A named total stated again later in the document has the same value.',
  check(ctx) {
    const b = ctx.block;
    if (b.kind !== 'paragraph') return;
    const rec = b.line;
    if (!/共计|合计|总计|总预算|总经费/.test(rec.text)) return;
    const year = /((?:19|20)\d{2})\s*年/.exec(rec.text)?.[1] ?? '';
    for (const f of rec.figures) {
      if (!f.value || f.placeholder || f.per || f.every || f.chinese || !familyOf(f)) continue;
      const m = NAMED.exec(rec.text.slice(Math.max(0, f.start - 20), f.start));
      if (!m || GENERIC.test(m[1]!)) continue;
      const key = `restated.total\u0001${m[1]}\u0001${m[2]}\u0001${familyOf(f)}`;
      const first = ctx.memory.get(key) as Stated | undefined;
      if (!first) {
        if (ctx.memory.size < MAX_REMEMBERED) ctx.memory.set(key, { fig: f, rec, year, block: b.index });
        continue;
      }
      if (first.block === b.index || (first.year && year && first.year !== year)) continue;
      const q = quantityOf(first.fig, true);
      if (!q) continue;
      const claim = newClaim('sum', 'restated.total', rec, f.start, f);
      decide(claim, f, true, [
        {
          value: q,
          operands: [{ fig: first.fig, rec: first.rec, label: `${m[1]}${m[2]}` }],
          how: 'the first statement',
        },
      ]);
      if (claim.verdict !== 'match') {
        const p = pointAt(first.rec, first.fig.start);
        claim.reason = `${claim.reason ? `${claim.reason}; ` : ''}first stated as ${first.fig.text} at ${p.line}:${p.column}`;
      }
      ctx.claim(claim);
    }
  },
};

/** What {@link repeatedTotal} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const repeatedTotalExamples: RuleExamples = {
  ok: [
    {
      text: '会议经费共计4.87万元。\n议程略。\n会议经费共计48700元。',
      findings: [{ rule: 'restated.total', verdict: 'match', stated: '48700' }],
    },
  ],
  notOk: [
    {
      text: '会议经费共计45000元。\n议程略。\n会议经费共计48700元。',
      findings: [{ rule: 'restated.total', verdict: 'mismatch', stated: '48700', expected: '45000' }],
    },
  ],
};
