import type { Finding } from '../../audit/finding.js';
import type { BudgetAudit } from '../../budget/audit.js';
import type { ComputedBudget, ComputedNode } from '../../budget/compute.js';
import type { Dec } from '../../decimal/dec.js';
import { toChineseUppercase } from '../../decimal/uppercase.js';
import { formatPath } from '../../errors.js';
import { escapeHtml } from './escape.js';
import { displayAmount } from './figures.js';
import { REPORT_STRINGS, type ReportLocale } from './strings.js';

const money = (d: Dec | null | undefined): string =>
  d === null || d === undefined ? '?' : displayAmount(d, 2);

/** The mismatches of an audit by the path they point at. */
function mismatchesByPath(audit: BudgetAudit): Map<string, Finding> {
  const m = new Map<string, Finding>();
  for (const f of audit.findings)
    if ('path' in f.at && f.verdict === 'mismatch') m.set(formatPath(f.at.path), f);
  return m;
}

/**
 * A computed budget as an HTML table (`table.budget`): each section, line, subtotal and the total,
 * with the computed amount, the stated one and the difference where they disagree (`tr.wrong`).
 * Rows carry their input path in `data-path`.
 *
 * @example
 * ```ts
 * budgetTableHtml(auditBudget(input), 'zh'); // '<table class="budget">…'
 * ```
 */
export function budgetTableHtml(audit: BudgetAudit, locale: ReportLocale): string {
  const t = REPORT_STRINGS[locale];
  const b = audit.budget;
  const diffs = mismatchesByPath(audit);
  let rows = '';
  const row = (
    cls: string,
    depth: number,
    path: string,
    [name, price, qty, amount, stated]: [string, string, string, string, string],
    diff: Finding | undefined,
  ) => {
    const d = diff?.difference ? `${displayAmount(diff.difference)} ✗` : '';
    rows += `<tr class="${cls}${diff ? ' wrong' : ''}" data-path="${escapeHtml(path)}"><td class="name" style="padding-left:${(0.6 + depth * 1.4).toFixed(1)}em">${escapeHtml(name)}</td><td class="num">${escapeHtml(price)}</td><td class="num">${escapeHtml(qty)}</td><td class="num amount">${escapeHtml(amount)}</td><td class="num">${escapeHtml(stated)}</td><td class="num diff" title="${escapeHtml(diff ? diff.messages[locale] : '')}">${escapeHtml(d)}</td></tr>`;
  };
  const visit = (nodes: ComputedNode[], depth: number) => {
    for (const n of nodes) {
      const p = formatPath(n.path);
      if (n.kind === 'item') {
        row(
          'item',
          depth,
          p,
          [
            n.name + (n.provisional ? t.provisional : ''),
            n.unitPrice ? money(n.unitPrice) : '',
            n.factors.map((x) => x.value.toString() + (x.unit ?? '')).join('×'),
            money(n.amount),
            n.stated?.text ?? '',
          ],
          diffs.get(formatPath([...n.path, 'amount'])),
        );
      } else {
        row('section', depth, p, [n.name, '', '', '', ''], undefined);
        visit(n.children, depth + 1);
        row(
          'subtotal',
          depth + 1,
          formatPath([...n.path, 'subtotal']),
          [t.subtotal, '', '', money(n.subtotal), n.stated?.text ?? ''],
          diffs.get(formatPath([...n.path, 'subtotal'])),
        );
      }
    }
  };
  visit(b.children, 0);
  row('total', 0, 'total', [t.total, '', '', money(b.total), b.stated?.text ?? ''], diffs.get('total'));
  const head = t.head.map((x) => `<th>${escapeHtml(x)}</th>`).join('');
  return `<table class="budget"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * The figures a budget derives beside its table (`p.extras`): the total in 大写, per person, per day
 * and per person per day, where the budget has them.
 *
 * @example
 * ```ts
 * budgetExtrasHtml(computeBudget(input), 'zh'); // '<p class="extras"><span><b>大写：</b>…'
 * ```
 */
export function budgetExtrasHtml(b: ComputedBudget, locale: ReportLocale): string {
  const t = REPORT_STRINGS[locale];
  let out = '';
  const add = (label: string, value: string) => {
    out += `<span><b>${escapeHtml(label)}：</b>${escapeHtml(value)}</span>`;
  };
  if (b.totalYuan) {
    try {
      add(t.uppercase, toChineseUppercase(b.totalYuan));
    } catch {
      /* beyond what the uppercase form can write */
    }
  }
  if (b.perPerson) add(t.perPerson, money(b.perPerson));
  if (b.perDay) add(t.perDay, money(b.perDay));
  if (b.perPersonPerDay) add(t.perPersonPerDay, money(b.perPersonPerDay));
  return `<p class="extras">${out}</p>`;
}
