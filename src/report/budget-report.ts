import type { Finding } from '../audit/finding.js';
import type { BudgetAudit } from '../budget/audit.js';
import type { ComputedNode } from '../budget/compute.js';
import type { Dec } from '../decimal/dec.js';
import { formatAmount } from '../decimal/format.js';
import { toYuan } from '../decimal/units.js';
import { toChineseUppercase } from '../decimal/uppercase.js';
import { formatPath } from '../errors.js';
import { table } from './width.js';

/** Options for the budget renderers. */
export interface ReportOptions {
  /** Language of headings and messages. Default `'zh'`. */
  locale?: 'zh' | 'en';
}

interface Row {
  depth: number;
  name: string;
  unitPrice: string;
  quantity: string;
  amount: string;
  stated: string;
  difference: string;
}

const HEAD = {
  zh: ['项目', '单价', '数量', '金额（计算）', '写明', '差额'],
  en: ['Item', 'Unit price', 'Qty', 'Amount (computed)', 'Stated', 'Difference'],
};

function money(d: Dec | null | undefined): string {
  return d === null || d === undefined ? '?' : formatAmount(d, { places: Math.max(2, d.decimalPlaces()) });
}

function rows(audit: BudgetAudit, locale: 'zh' | 'en'): Row[] {
  const diffAt = new Map<string, Finding>();
  for (const f of audit.findings)
    if ('path' in f.at && f.verdict === 'mismatch') diffAt.set(formatPath(f.at.path), f);
  const out: Row[] = [];
  const visit = (nodes: ComputedNode[], depth: number) => {
    for (const n of nodes) {
      if (n.kind === 'item') {
        const f = diffAt.get(formatPath([...n.path, 'amount']));
        out.push({
          depth,
          name: n.name + (n.provisional ? (locale === 'zh' ? '（暂定）' : ' (provisional)') : ''),
          unitPrice: n.unitPrice ? money(n.unitPrice) : '',
          quantity: n.factors.map((x) => x.value.toString() + (x.unit ?? '')).join('×'),
          amount: money(n.amount),
          stated: n.stated?.text ?? '',
          difference: f?.difference ? `${f.difference} ✗` : '',
        });
      } else {
        out.push({
          depth,
          name: n.name,
          unitPrice: '',
          quantity: '',
          amount: '',
          stated: '',
          difference: '',
        });
        visit(n.children, depth + 1);
        const f = diffAt.get(formatPath([...n.path, 'subtotal']));
        out.push({
          depth: depth + 1,
          name: locale === 'zh' ? '小计' : 'Subtotal',
          unitPrice: '',
          quantity: '',
          amount: money(n.subtotal),
          stated: n.stated?.text ?? '',
          difference: f?.difference ? `${f.difference} ✗` : '',
        });
      }
    }
  };
  visit(audit.budget.children, 0);
  const f = diffAt.get('total');
  out.push({
    depth: 0,
    name: locale === 'zh' ? '共计' : 'Total',
    unitPrice: '',
    quantity: '',
    amount: money(audit.budget.total),
    stated: audit.budget.stated?.text ?? '',
    difference: f?.difference ? `${f.difference} ✗` : '',
  });
  return out;
}

function uppercaseTotal(audit: BudgetAudit): string | undefined {
  const t = audit.budget.total;
  if (t === null) return undefined;
  try {
    return toChineseUppercase(toYuan(t, audit.budget.moneyUnit).toDecimalPlaces(2));
  } catch {
    return undefined; // beyond what 大写 can write; the figure itself is still shown
  }
}

function findingLine(f: Finding, locale: 'zh' | 'en'): string {
  const where = 'path' in f.at ? formatPath(f.at.path) : `${f.at.line}:${f.at.column}`;
  return `[${f.severity}] ${f.rule} @ ${where}: ${f.messages[locale]}`;
}

/**
 * Renders an audited budget as a text table aligned for Chinese text (display width), stated and
 * computed figures side by side, differences marked ✗, the total also in 大写, then the findings.
 *
 * @example
 * ```ts
 * console.log(renderBudgetText(auditBudget(input)));
 * ```
 */
export function renderBudgetText(audit: BudgetAudit, opts: ReportOptions = {}): string {
  const locale = opts.locale ?? 'zh';
  const rs = rows(audit, locale);
  const body = table(
    HEAD[locale],
    rs.map((r) => ['  '.repeat(r.depth) + r.name, r.unitPrice, r.quantity, r.amount, r.stated, r.difference]),
    ['left', 'right', 'right', 'right', 'right', 'right'],
  );
  const upper = uppercaseTotal(audit);
  const unit = audit.budget.moneyUnit;
  const lines = [`${audit.budget.title}（${locale === 'zh' ? '单位' : 'unit'}：${unit}）`, '', body];
  if (upper) lines.push('', locale === 'zh' ? `大写：${upper}` : `In words: ${upper}`);
  const b = audit.budget;
  if (b.perPerson) lines.push(`${locale === 'zh' ? '人均：' : 'Per person: '}${money(b.perPerson)}`);
  if (b.perPersonPerDay)
    lines.push(`${locale === 'zh' ? '人均每天：' : 'Per person per day: '}${money(b.perPersonPerDay)}`);
  lines.push(
    '',
    audit.findings.length
      ? locale === 'zh'
        ? '核对结果：'
        : 'Findings:'
      : locale === 'zh'
        ? '核对结果：无差错。'
        : 'Findings: none.',
  );
  for (const f of audit.findings) lines.push(`  ${findingLine(f, locale)}`);
  return lines.join('\n');
}

/**
 * Renders an audited budget as Markdown: a table with stated and computed figures, then the findings.
 *
 * @example
 * ```ts
 * const md = renderBudgetMarkdown(auditBudget(input), { locale: 'en' });
 * ```
 */
export function renderBudgetMarkdown(audit: BudgetAudit, opts: ReportOptions = {}): string {
  const locale = opts.locale ?? 'zh';
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const rs = rows(audit, locale);
  const out = [
    `## ${esc(audit.budget.title)}`,
    '',
    `| ${HEAD[locale].join(' | ')} |`,
    '|---|--:|--:|--:|--:|--:|',
  ];
  for (const r of rs) {
    const name = '&nbsp;&nbsp;'.repeat(r.depth) + esc(r.name);
    out.push(
      `| ${[name, r.unitPrice, r.quantity, r.amount, esc(r.stated), r.difference ? `**${r.difference}**` : ''].join(' | ')} |`,
    );
  }
  const upper = uppercaseTotal(audit);
  if (upper) out.push('', locale === 'zh' ? `大写：${upper}` : `In words: ${upper}`);
  out.push('', `### ${locale === 'zh' ? '核对结果' : 'Findings'}`, '');
  if (!audit.findings.length) out.push(locale === 'zh' ? '无差错。' : 'None.');
  for (const f of audit.findings) out.push(`- ${esc(findingLine(f, locale))}`);
  return out.join('\n');
}

/**
 * A JSON-ready view of an audited budget: every figure a decimal string, findings as they are.
 *
 * @example
 * ```ts
 * JSON.stringify(budgetAuditToJSON(auditBudget(input)));
 * ```
 */
export function budgetAuditToJSON(audit: BudgetAudit): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify({ budget: audit.budget, findings: audit.findings, summary: audit.summary }),
  );
}
