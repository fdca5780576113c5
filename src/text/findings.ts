import type { Finding, FindingLocation, FindingOperand, Messages, Severity } from '../audit/finding.js';
import type { Claim, Operand } from './claim.js';

function toFindingOperand(o: Operand): FindingOperand {
  const out: FindingOperand = { text: o.text, value: o.value, unit: o.unit, line: o.line, column: o.column };
  if (o.label) out.label = o.label;
  return out;
}

const NAMES: Readonly<Record<string, { en: string; zh: string }>> = {
  'product.line': { en: 'Line amount', zh: '单项金额' },
  'sum.total': { en: 'Stated total', zh: '合计' },
  'sum.parts': { en: 'Stated whole', zh: '总数' },
  'sum.missing-total': { en: 'Total', zh: '合计' },
  'count.attendees': { en: 'Stated head count', zh: '参会总人数' },
  'count.restated': { en: 'Count', zh: '数量' },
  'count.list': { en: 'Announced count', zh: '所述项数' },
  'percent.share': { en: 'Stated share', zh: '所占比例' },
  'percent.total': { en: 'Shares', zh: '各项比例之和' },
  'duration.days': { en: 'Stated duration', zh: '所述天数' },
  'rate.change': { en: 'Stated rate of change', zh: '增减幅度' },
  'rate.share': { en: 'Stated rate', zh: '所述比率' },
  'arith.equation': { en: 'Result of the equation', zh: '算式结果' },
  'product.total': { en: 'Stated amount', zh: '金额' },
  'sum.list': { en: 'Stated total', zh: '合计' },
  'sum.section': { en: 'Section amount', zh: '分项金额' },
  'sum.recap': { en: 'Restated section amount', zh: '汇总中的分项金额' },
  'rate.ratio': { en: 'Stated rate', zh: '所述比率' },
  'rate.average': { en: 'Average annual growth', zh: '年均增长率' },
  'rate.multiple': { en: 'Stated multiple', zh: '倍数' },
  'rate.table': { en: 'Change in the table', zh: '表中增减幅度' },
  'rate.change-amount': { en: 'Stated rate of change', zh: '增减幅度' },
  'per-capita.value': { en: 'Per-capita figure', zh: '人均数' },
  'density.value': { en: 'Population density', zh: '人口密度' },
  'product.ranks': { en: 'Places awarded', zh: '名额合计' },
  'sum.paired': { en: 'Stated count', zh: '总数' },
  'percent.structure': { en: 'Industry structure', zh: '三次产业结构' },
  'date.weekday': { en: 'Stated weekday', zh: '星期' },
  'table.total': { en: 'Total row', zh: '表格合计' },
  'table.identity': { en: 'Column sum', zh: '栏目之和' },
  'table.parent': { en: 'Parent row', zh: '上级项目' },
  'table.row-total': { en: 'Row total', zh: '行合计' },
  'table.code': { en: 'Classification row', zh: '科目合计' },
  'table.product': { en: 'Row amount', zh: '行金额' },
  'table.share': { en: 'Row share', zh: '所占比例' },
  'uppercase.figure': { en: 'Amount in 大写', zh: '大写金额' },
  'uppercase.malformed': { en: 'Amount in 大写', zh: '大写金额' },
  'restated.figure': { en: 'Restated figure', zh: '换算后的数字' },
  'restated.total': { en: 'Restated total', zh: '再次写明的合计' },
};

// Money and head counts in a plan are hard errors; counts read from prose are worth a look.
const SEVERE = new Set([
  'product.line',
  'sum.total',
  'count.attendees',
  'duration.days',
  'percent.share',
  'arith.equation',
  'product.total',
  'sum.section',
  'sum.recap',
  'table.total',
  'table.product',
  'table.parent',
  'table.row-total',
  'table.code',
  'uppercase.figure',
  'restated.total',
  'date.weekday',
]);

/** Chinese renderings of the reasons the extractors give; a reason not listed is left out of the Chinese text. */
const REASON_ZH: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^the total is left blank$/, () => '合计为空白'],
  [/^typo in a number$/, () => '数字中有错字'],
  [/^a unit with no number: the figure was left blank$/, () => '只有单位没有数字，数字空缺'],
  [/^approximate figure: consistent within its range$/, () => '约数，在其范围内相符'],
  [/^consistent within the rounding of the figures$/, () => '在各数字的舍入范围内相符'],
  [/^an? (?:figure|part or the total|count|item) is a placeholder$/, () => '有数字为占位符'],
  [/^the total is a placeholder$/, () => '合计为占位符'],
  [/^cannot tell which count this share belongs to$/, () => '无法确定该比例对应哪一项'],
  [/^no year given and the range spans the end of February$/, () => '未写年份且跨越二月底'],
  [/^counting both the first and the last day gives (\d+) days$/, (m) => `首尾两天都计入为 ${m[1]} 天`],
  [/^only (\d+) items are listed; the rest may have been lost$/, (m) => `只列出 ${m[1]} 项，其余可能缺失`],
  [/^(\d+) items are listed$/, (m) => `列出 ${m[1]} 项`],
  [/^(\d+) group\(s\) have no count$/, (m) => `${m[1]} 组没有人数`],
  [/^the groups are numbered ([\d, ]+): some groups are missing$/, (m) => `分组编号为 ${m[1]}，有组缺失`],
  [
    /^grand total over (\d+) subtotal\(s\)(?: and (\d+) item\(s\))?$/,
    (m) => `${m[1]} 个小计${m[2] ? `及 ${m[2]} 项` : ''}的总计`,
  ],
  [/^restated at line (\d+)$/, (m) => `第 ${m[1]} 行另有说法`],
  [/^the base is zero or not positive$/, () => '基数为零或非正数'],
  [/^the whole is zero$/, () => '总数为零'],
  [/^(\d+) non-trivial lines repeated (\d+) time\(s\)$/, (m) => `${m[1]} 行内容重复 ${m[2]} 次`],
];

/**
 * The Chinese form of a reason, clause by clause (`;` separates clauses); untranslatable clauses are dropped.
 *
 * @example
 * ```ts
 * reasonZh('the total is left blank'); // '合计为空白'
 * ```
 */
export function reasonZh(reason: string | undefined): string | undefined {
  if (!reason) return undefined;
  const parts: string[] = [];
  for (const clause of reason.split('; ')) {
    for (const [re, f] of REASON_ZH) {
      const m = re.exec(clause.trim());
      if (m) {
        parts.push(f(m));
        break;
      }
    }
  }
  return parts.length ? parts.join('；') : undefined;
}

function messages(c: Claim): Messages {
  const n = NAMES[c.rule] ?? { en: c.rule, zh: c.rule };
  const s = c.stated?.text ?? '';
  const e = c.expected ?? '?';
  const why = c.reason ? ` (${c.reason})` : '';
  if (
    c.verdict === 'mismatch' &&
    (c.rule === 'uppercase.figure' || c.rule === 'restated.figure' || c.rule === 'restated.total')
  ) {
    const other = c.operands[0]?.text ?? e;
    return {
      en: `${n.en} ${s} is ${c.stated?.value ?? '?'}, but it is written ${other} (${e}) too (off by ${c.difference ?? '?'})${why}.`,
      zh: `${n.zh}写作 ${s}（${c.stated?.value ?? '?'}），另一处写作 ${other}（${e}），相差 ${c.difference ?? '?'}。`,
    };
  }
  switch (c.verdict) {
    case 'mismatch':
      return {
        en: `${n.en} ${s} should be ${e} (off by ${c.difference ?? '?'})${why}.`,
        zh: `${n.zh}写作 ${s}，按各项计算应为 ${e}，相差 ${c.difference ?? '?'}。`,
      };
    case 'uncheckable':
      return {
        en: `${n.en} ${s} cannot be checked${why}.`,
        zh: `${n.zh}${s ? ` ${s}` : ''}无法核对${reasonZh(c.reason) ? `（${reasonZh(c.reason)}）` : ''}。`,
      };
    default:
      return { en: `${n.en} ${s} agrees with its parts${why}.`, zh: `${n.zh} ${s} 与各项相符。` };
  }
}

/**
 * The finding for a checked claim (claims without a verdict, such as dates, give none).
 *
 * @example
 * ```ts
 * findingOf(claim)?.rule; // 'sum.total'
 * ```
 */
export function findingOf(c: Claim): Finding | undefined {
  if (!c.verdict || !c.rule) return undefined;
  const severity: Severity = c.verdict === 'mismatch' ? (SEVERE.has(c.rule) ? 'error' : 'warning') : 'info';
  const m = messages(c);
  const f: Finding = {
    rule: c.rule,
    severity,
    verdict: c.verdict,
    // A passage wrapped over lines is reported where its stated figure stands.
    at:
      c.stated && c.stated.line !== c.at.line
        ? { line: c.stated.line, column: c.stated.column, excerpt: c.at.excerpt }
        : { line: c.at.line, column: c.at.column, excerpt: c.at.excerpt },
    message: m.en,
    messages: m,
  };
  if (c.stated?.value != null) f.stated = c.stated.value;
  if (c.expected !== undefined) f.expected = c.expected;
  if (c.difference !== undefined && c.verdict !== 'uncheckable') f.difference = c.difference;
  if (c.reason) f.reason = c.reason;
  if (c.causedBy) f.causedBy = c.causedBy;
  if (c.operands.length > 0) f.operands = c.operands.map(toFindingOperand);
  if (c.stated) f.statedAt = toFindingOperand(c.stated);
  return f;
}

/**
 * An info finding for a number typo fixed while reading (`2o00` read as `2000`, rule `text.typo`).
 *
 * @example
 * ```ts
 * typoFinding({ line: 3, column: 9, excerpt: '补助2o00―5000元' }, 'o', '0').rule; // 'text.typo'
 * ```
 */
export function typoFinding(
  at: FindingLocation & { excerpt: string },
  found: string,
  replacement: string,
): Finding {
  const m = {
    en: `The letter "${found}" inside a number was read as the digit ${replacement}.`,
    zh: `数字中的字母“${found}”按数字 ${replacement} 处理。`,
  };
  return {
    rule: 'text.typo',
    severity: 'info',
    verdict: 'match',
    at,
    stated: found,
    expected: replacement,
    message: m.en,
    messages: m,
    reason: 'typo in a number',
  };
}

/**
 * An info finding for a figure left blank: a unit with no number (`就餐人员 人`, rule `text.blank`).
 * The check the figure belongs to, if any, is uncheckable.
 *
 * @example
 * ```ts
 * blankFinding({ line: 214, column: 40, excerpt: '就餐人员 人' }, '人').rule; // 'text.blank'
 * ```
 */
export function blankFinding(at: FindingLocation & { excerpt: string }, unit: string): Finding {
  const m = {
    en: `A number was left blank before "${unit}".`,
    zh: `“${unit}”前的数字空缺。`,
  };
  return {
    rule: 'text.blank',
    severity: 'info',
    verdict: 'uncheckable',
    at,
    message: m.en,
    messages: m,
    reason: 'a unit with no number: the figure was left blank',
  };
}

/**
 * An info finding for an extractor that failed on a line (rule `text.internal`): a bug in huiwu, not in
 * the document. The audit goes on without that extractor's claims for the line.
 *
 * @example
 * ```ts
 * internalFinding('rate-changes', { line: 3, column: 1, excerpt: '…' }, new Error('x')).rule; // 'text.internal'
 * ```
 */
export function internalFinding(
  extractor: string,
  at: FindingLocation & { excerpt: string },
  error: unknown,
): Finding {
  const what = error instanceof Error ? error.message : String(error);
  const m = {
    en: `Internal error in the ${extractor} extractor; this line was not fully checked (${what}).`,
    zh: `${extractor} 提取器内部出错，本行未完全核对（${what}）。`,
  };
  return {
    rule: 'text.internal',
    severity: 'info',
    verdict: 'uncheckable',
    at,
    stated: extractor,
    message: m.en,
    messages: m,
    reason: `extractor ${extractor} failed: ${what}`,
  };
}
