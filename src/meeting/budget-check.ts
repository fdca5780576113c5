import type { Finding } from '../audit/finding.js';
import type { Path } from '../budget/compute.js';
import type { BudgetInput, CostItemInput, SectionInput } from '../budget/schema.js';
import { Dec, toPlain } from '../decimal/dec.js';
import { tryParseAmount } from '../decimal/parse.js';
import { type PlanFigures, sourceFigures } from './figures.js';
import { meetingFinding } from './finding.js';
import type { Tally } from './tally.js';

function readCount(v: string | number | undefined | null): Dec | null {
  if (v === undefined || v === null) return null;
  const r = tryParseAmount(v);
  return r.ok ? r.value : null;
}

/** How a budget's figure stands against a plan tally: agrees, disagrees, or cannot be told. */
function compare(stated: Dec, t: Tally): 'match' | 'mismatch' | 'uncheckable' {
  if (t.exact) return stated.eq(new Dec(t.value)) ? 'match' : 'mismatch';
  if (stated.lt(new Dec(t.min))) return 'mismatch';
  if (t.max !== null && stated.gt(new Dec(t.max))) return 'mismatch';
  return 'uncheckable';
}

function figureFinding(
  path: Path,
  name: string,
  stated: Dec,
  t: Tally,
  what: string,
  whatZh: string,
): Finding | null {
  const verdict = compare(stated, t);
  if (verdict === 'match') return null;
  const shown = t.exact ? t.value : t.max === null ? `≥${t.min}` : `${t.min}–${t.max}`;
  if (verdict === 'uncheckable') {
    // A figure inside the plan's range is only worth a note when the range is open.
    if (t.max !== null && t.pending.length === 0) return null;
    return meetingFinding({
      rule: 'budget.headcount',
      severity: 'info',
      verdict,
      path,
      stated: toPlain(stated),
      expected: t.value,
      reason: `plan figure ${name} is not exact`,
      en: `${what} uses ${toPlain(stated)} for ${name}; the plan has ${shown}, so it cannot be checked yet.`,
      zh: `${whatZh}按 ${toPlain(stated)} 计（${name}），计划数为 ${shown}，暂无法核对。`,
    });
  }
  const exact = t.exact;
  return meetingFinding({
    rule: 'budget.headcount',
    severity: exact ? 'error' : 'warning',
    verdict,
    path,
    stated: toPlain(stated),
    expected: t.value,
    ...(exact ? { difference: toPlain(stated.minus(new Dec(t.value))) } : {}),
    en: `${what} uses ${toPlain(stated)} for ${name}, but the plan has ${shown}.`,
    zh: `${whatZh}按 ${toPlain(stated)} 计（${name}），与计划数 ${shown} 不符。`,
  });
}

function checkItem(item: CostItemInput, path: Path, figures: PlanFigures, out: Finding[]): void {
  if (item.source === undefined) return;
  const names = sourceFigures(item.source);
  const q = item.quantity;
  const values: { value: string | number; path: Path }[] =
    q === undefined
      ? []
      : Array.isArray(q)
        ? q.map((f, i) => ({ value: f.value, path: [...path, 'quantity', i, 'value'] }))
        : [{ value: q, path: [...path, 'quantity'] }];
  names.forEach((name, i) => {
    const t = figures[name];
    const at = values[i];
    if (!at) return;
    if (!t) {
      out.push(
        meetingFinding({
          rule: 'budget.headcount',
          severity: 'warning',
          verdict: 'uncheckable',
          path: [...path, 'source'],
          reason: 'unknown plan figure',
          en: `Budget line "${item.name}" names ${name}, which the plan does not have.`,
          zh: `预算项“${item.name}”引用的计划数 ${name} 不存在。`,
        }),
      );
      return;
    }
    const stated = readCount(at.value);
    if (!stated) return;
    const f = figureFinding(at.path, name, stated, t, `Budget line "${item.name}"`, `预算项“${item.name}”`);
    if (f) out.push(f);
  });
}

function walk(
  s: { items?: CostItemInput[] | undefined; sections?: SectionInput[] | undefined },
  path: Path,
  figures: PlanFigures,
  out: Finding[],
): void {
  s.items?.forEach((it, i) => {
    checkItem(it, [...path, 'items', i], figures, out);
  });
  s.sections?.forEach((sec, i) => {
    walk(sec, [...path, 'sections', i], figures, out);
  });
}

/**
 * Rule `budget.headcount`: the head count a budget states and every quantity factor whose line
 * names a plan figure in `source` must agree with the plan. Exact disagreement is an error; a figure
 * outside an approximate range a warning; a figure the plan cannot pin down (pending groups) a note.
 *
 * @example
 * ```ts
 * checkBudgetAgainstPlan(plan.figures, { title: 'b', headCount: '100' }); // [{ rule: 'budget.headcount', … }] when the plan has 122
 * ```
 */
export function checkBudgetAgainstPlan(
  figures: PlanFigures,
  budget: BudgetInput,
  basePath: Path = ['budget'],
): Finding[] {
  const out: Finding[] = [];
  const attendees = figures['headCount.attendees'];
  const hc = readCount(budget.headCount);
  if (hc && attendees) {
    const f = figureFinding(
      [...basePath, 'headCount'],
      'headCount.attendees',
      hc,
      attendees,
      'The budget',
      '预算人数',
    );
    if (f) out.push(f);
  }
  walk(budget, basePath, figures, out);
  return out;
}
