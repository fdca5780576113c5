import {
  parseChineseUppercase,
  readingsOfUppercase,
  toChineseUppercase,
  uppercaseFault,
} from '../../decimal/uppercase.js';
import type { Claim } from '../claim.js';
import type { Figure } from '../figures.js';
import { quantityOf } from '../interval.js';
import { type LineRecord, locate, pointAt } from '../lines.js';
import { figuresIn } from './find.js';
import type { RuleExamples, TextRule } from './types.js';
import { decide } from './verdict.js';

// A run of 大写 characters (after Simplification 參 reads 参).
// Lowercase numerals are taken into the run so that a 大写 mixing them (叁仟零贰拾元七角) is read whole and refused.
const RUN = /(?:人民币)?[零〇壹贰叁参肆伍陆柒捌玖拾佰仟万亿元圆角分整正一二三四五六七八九十百千]{2,40}/g;
const DIGIT = /[壹贰叁参肆伍陆柒捌玖]/;
const MONEY = /[元圆角分]/;
// Labels that pair a figure with its 大写: (小写)：126750.00, ¥48,700.00, RMB 100.
const FIGURE_AFTER =
  /^[\s)）]*(?:[(（]|[,，;；]\s*)?(?:[(（]?小写[)）]?|小写金额|金额)?[:：]?\s*(?:人民币)?\s*(?:¥|￥|RMB|rmb|Y)?\s*$/;
const FIGURE_BEFORE =
  /^(?:¥|￥|RMB|小写[:：]?|元)?[\s)）|│\t]*[,，;；]?\s*(?:->|→|=|为|写作|写成|应写作|应写成|的(?:中文)?大写(?:形式|金额)?(?:为|是)[“"]?)?\s*(?:[(（]?大写[)）]?(?:金额)?[:：]?|人民币)?\s*$/;

// A 大写 given as the result for a figure: 大写金额:…, 输出:…, 转换:…
const RESULT_LABEL = /(?:大写|大写金额|金额大写|输出|结果|转换|转换为|转换成|返回)[:：]\s*(?:人民币)?$/;
// A line that gives the figure a 大写 below it is for: 数字:123456789, 小写金额:1234.56
const FIGURE_LINE = /^\s*(?:数字|数值|金额|小写|小写金额|阿拉伯数字|输入|原数)[:：]\s*(?:¥|￥|RMB)?\s*$/;

/**
 * The figure a labelled 大写 answers: the one digit figure earlier on its own line
 * (`print(f(123456789)) 输出:…`), or the figure of a `数字:123456789` line just above it.
 */
function labelledFigure(
  ctx: Parameters<TextRule['check']>[0],
  rec: LineRecord,
  start: number,
): { fig: Figure; rec: LineRecord } | undefined {
  // 2. 将每组数字转换为大写:… — a list marker is not a figure.
  const own = figuresIn(rec, Math.max(0, start - 80), start).filter(
    (f) => f.end <= start && !/^\s*$/.test(rec.text.slice(0, f.start)),
  );
  if (own.length > 0) {
    const digits = own.filter((f) => !f.chinese && f.value && !f.per && !f.every && !f.approx);
    return own.length === 1 && digits.length === 1 ? { fig: digits[0]!, rec } : undefined;
  }
  if (ctx.block.kind !== 'paragraph') return undefined;
  let n = 0;
  const seen = new Set<LineRecord>([rec]);
  for (const seg of ctx.segmentsBefore(ctx.block.segments[0]!)) {
    if (seen.has(seg.line)) continue;
    seen.add(seg.line);
    if (++n > 3) return undefined;
    const figs = seg.line.figures;
    if (figs.length !== 1) continue;
    const f = figs[0]!;
    const rest = seg.line.text.slice(f.end).trim();
    if (f.chinese || !f.value || (rest !== '' && rest !== '元')) continue;
    if (FIGURE_LINE.test(seg.line.text.slice(0, f.start))) return { fig: f, rec: seg.line };
  }
  return undefined;
}

/** True when `run` is the first part of the right 大写 of the figure. */
function cutShort(run: string, fig: Figure): boolean {
  if (!fig.value) return false;
  try {
    const right = toChineseUppercase(fig.value.toFixed());
    return right.length > run.length && right.startsWith(run);
  } catch {
    return false;
  }
}

function moneyLike(rec: LineRecord, f: Figure, beside?: string): boolean {
  // Figures in digits only: another 大写 nearby is not the figure this one restates.
  if (!f.value || f.placeholder || f.per || f.every || f.approx || f.chinese) return false;
  // ¥1,, : a figure cut short (its grouping lost) is not a figure to compare.
  if (/^[,，.]/.test(rec.text.slice(f.end, f.end + 1))) return false;
  if (f.unit === '元') return true;
  const before = rec.text.slice(Math.max(0, f.start - 4), f.start);
  // A bare number in the next cell of a row, or tied to the 大写 by ->, = or 的大写为, is its figure too.
  return (
    f.unit === '' &&
    (/[¥￥]|RMB|小写|[:：]/i.test(before) || /^\s*(?:[|│\t]|->|→|=|的(?:中文)?大写)/.test(beside ?? ''))
  );
}

/**
 * `uppercase.figure`, `uppercase.malformed`: an amount written in 大写 (`肆万伍仟元整`) against the figure
 * beside it — in brackets either way round, after (小写) or ¥, or before (大写). A 大写 that is not well
 * formed (伍万叁万元, a missing 零) is a finding of its own, with the place of the fault, and is never read.
 */
export const uppercase: TextRule = {
  name: 'uppercase',
  emits: ['uppercase.figure', 'uppercase.malformed'],
  summary: 'An amount in 大写 equals the figure written beside it.',
  check(ctx) {
    const b = ctx.block;
    const recs = b.kind === 'paragraph' ? [b.line] : b.rows.map((r) => r.line);
    for (const rec of recs) {
      const text = rec.text;
      if (!DIGIT.test(text)) continue;
      RUN.lastIndex = 0;
      for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
        const run = m[0];
        if (!DIGIT.test(run)) continue;
        // 567 -> 贰佰伍拾陆: a 大写 number without 元 counts when an arrow or = ties it to a figure.
        const bare = !MONEY.test(run);
        if (bare) {
          const prev = figuresIn(rec, Math.max(0, m.index - 24), m.index)
            .filter((f) => !f.chinese)
            .pop();
          const tied = prev && /^\s*(?:->|→|=)\s*$/.test(text.slice(prev.end, m.index));
          if (!tied && !RESULT_LABEL.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
        }
        // The amount starts after a 人民币 prefix: that is where the figure the scanner read starts too.
        const start = m.index + (run.startsWith('人民币') ? 3 : 0);
        const end = m.index + run.length;
        const normalized = `${text.slice(start, end).replace(/参/g, '叁').replace(/〇/g, '零')}${bare ? '元' : ''}`;
        // The figure: in brackets or after a label right after the 大写, else right before it.
        const after = figuresIn(rec, end, end + 40).find(
          (f) =>
            f.start >= end &&
            f.start - end <= 16 &&
            !f.chinese &&
            FIGURE_AFTER.test(text.slice(end, f.start)),
        );
        let before: Figure | undefined;
        for (const f of figuresIn(rec, Math.max(0, start - 40), start))
          if (
            f.end <= start &&
            start - f.end <= 16 &&
            !f.chinese &&
            FIGURE_BEFORE.test(text.slice(f.end, start))
          )
            before = f;
        let figRec = rec;
        let fig =
          after && moneyLike(rec, after, text.slice(end, after.start))
            ? after
            : before && moneyLike(rec, before, text.slice(before.end, start))
              ? before
              : undefined;
        if (!fig && RESULT_LABEL.test(text.slice(Math.max(0, start - 8), start))) {
          const found = labelledFigure(ctx, rec, start);
          if (found) ({ fig, rec: figRec } = found);
        }
        const fault = uppercaseFault(normalized);
        const at = locate(rec, start, end);
        let meant: ReturnType<typeof readingsOfUppercase> | undefined;
        if (fault) {
          const p = pointAt(rec, start + fault.offset);
          try {
            meant = readingsOfUppercase(normalized);
          } catch {
            meant = undefined;
          }
          ctx.claim({
            kind: 'product',
            rule: 'uppercase.malformed',
            at,
            operands: fig
              ? [
                  {
                    text: fig.text,
                    value: fig.value?.toFixed() ?? null,
                    unit: fig.unit || '元',
                    ...pointAt(figRec, fig.start),
                  },
                ]
              : [],
            stated: { text: text.slice(start, end), value: null, unit: '元', ...pointAt(rec, start) },
            verdict: 'uncheckable',
            reason: `the 大写 is malformed at ${p.line}:${p.column}: ${fault.fault}`,
          });
          // Still compared with its figure as it was meant: a malformed 大写 that also reads as another
          // amount is wrong twice over; one that reads as the figure is only malformed.
          if (!meant) continue;
        }
        if (!fig) continue;
        const value = meant ? meant[meant.length - 1]! : parseChineseUppercase(normalized);
        // A malformed 大写 is never read as a match: it is reported as malformed, and compared with its
        // figure only to say that it also reads as another amount.
        if (meant) {
          const written = quantityOf(fig, true);
          if (!written || meant.some((v) => written.lo.lte(v) && v.lte(written.hi))) continue;
        }
        const claim: Claim = {
          kind: 'product',
          rule: 'uppercase.figure',
          at,
          operands: [],
          stated: {
            text: text.slice(start, end),
            value: value.toFixed(),
            unit: '元',
            ...pointAt(rec, start),
          },
        };
        // The 大写 is exact; the figure stands for what its written digits allow (4.87万元 is ±50元).
        const written = quantityOf(fig, true)!;
        // A 大写 is exact to the 分 (整 says there are no 角 or 分).
        const statedFig: Figure = { ...fig, value, places: 2, scale: 0, unit: '元', approx: undefined };
        decide(claim, statedFig, false, [
          { value: written, operands: [{ fig, rec: figRec, label: '小写' }], how: 'the figure beside it' },
        ]);
        if (claim.verdict === 'match' && !written.value.eq(value) && written.lo.eq(written.hi))
          claim.verdict = 'mismatch';
        // 输出:壹万 for 12345.67: a 大写 without 元 that begins the right one was cut short, not miswritten.
        if (claim.verdict === 'mismatch' && bare && cutShort(text.slice(start, end), fig)) {
          claim.verdict = 'uncheckable';
          claim.reason = `the 大写 stops short: it begins ${toChineseUppercase(fig.value!.toFixed())}`;
          delete claim.difference;
        }
        ctx.claim(claim);
      }
    }
  },
};

/** What {@link uppercase} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const uppercaseExamples: RuleExamples = {
  ok: [
    {
      text: '预算总额:人民币肆万捌仟柒佰元整(¥48,700.00)',
      findings: [{ rule: 'uppercase.figure', verdict: 'match', stated: '48700', expected: '48700' }],
    },
    {
      text: '合计金额(大写):壹拾贰万陆仟柒佰伍拾元整 (小写):126750.00',
      findings: [{ rule: 'uppercase.figure', verdict: 'match', stated: '126750', expected: '126750' }],
    },
    // Not called wrong, since it cannot be read; reported with the place of its fault.
    {
      text: '合同金额:¥80,000.00(大写:伍万叁万元)',
      findings: [{ rule: 'uppercase.malformed', verdict: 'uncheckable' }],
    },
    // Cut short, not miswritten: the 大写 begins the right one.
    {
      text: 'print(to_upper("5432.10")) 输出:伍仟',
      findings: [{ rule: 'uppercase.figure', verdict: 'uncheckable', stated: '5000' }],
    },
  ],
  notOk: [
    {
      text: '预算总额:人民币肆万伍仟元整(¥48,700.00)',
      findings: [{ rule: 'uppercase.figure', verdict: 'mismatch', stated: '45000', expected: '48700' }],
    },
    {
      text: '数字:2345678\n大写金额:贰佰叁拾肆万伍仟陆佰捌拾捌',
      findings: [{ rule: 'uppercase.figure', verdict: 'mismatch', stated: '2345688', expected: '2345678' }],
    },
  ],
};
