import type { Finding, FindingOperand } from '../../audit/finding.js';
import { formatPath } from '../../errors.js';
import type { PanelOptions } from './annotated.js';
import { escapeHtml } from './escape.js';
import { displayAmount } from './figures.js';
import { REPORT_STRINGS } from './strings.js';

/**
 * The findings as HTML list items (`li.finding`, classed by severity and verdict, with the rule and
 * figures in `data-*` attributes): the message, stated / expected / difference, the excerpt, and
 * each operand linked to its line in {@link annotatedHtml}'s panel.
 *
 * @example
 * ```ts
 * const text = '餐费500元×2=1200元';
 * findingsHtml(auditText(text).findings, { locale: 'en' }); // '<li class="finding sev-error v-mismatch" …'
 * ```
 */
export function findingsHtml(findings: readonly Finding[], opts: PanelOptions): string {
  const t = REPORT_STRINGS[opts.locale];
  const p = opts.idPrefix ?? '';
  let out = '';
  for (const id of opts.shown ?? findings.map((_, i) => i)) {
    const f = findings[id];
    if (!f) continue;
    const data = [
      `data-finding="${id}"`,
      `data-rule="${escapeHtml(f.rule)}"`,
      `data-verdict="${f.verdict}"`,
      ...(f.stated !== undefined ? [`data-stated="${escapeHtml(f.stated)}"`] : []),
      ...(f.expected !== undefined ? [`data-expected="${escapeHtml(f.expected)}"`] : []),
      ...(f.difference !== undefined ? [`data-difference="${escapeHtml(f.difference)}"`] : []),
      ...('line' in f.at ? [`data-line="${f.at.line}"`, `data-column="${f.at.column}"`] : []),
      ...('path' in f.at ? [`data-path="${escapeHtml(formatPath(f.at.path))}"`] : []),
    ].join(' ');
    const where =
      'line' in f.at
        ? `<a class="where" href="#${p}L${f.at.line}">${escapeHtml(f.at.where ?? t.at(f.at.line, f.at.column))}</a>`
        : `<span class="where">${escapeHtml(formatPath(f.at.path))}</span>`;
    let figures = '';
    if (f.stated !== undefined) figures += `<span>${t.stated} ${escapeHtml(displayAmount(f.stated))}</span>`;
    if (f.expected !== undefined)
      figures += `<span>${t.expected} ${escapeHtml(displayAmount(f.expected))}</span>`;
    if (f.difference !== undefined && f.verdict === 'mismatch')
      figures += `<span class="diff">${t.difference} ${escapeHtml(displayAmount(f.difference))}</span>`;
    let li = `<li class="finding sev-${f.severity} v-${f.verdict}" id="${p}F${id}" ${data} tabindex="0" role="button"><div class="head"><span class="badge ${f.severity}">${t.severity[f.severity]}</span><span class="verdict ${f.verdict}">${t.verdict[f.verdict]}</span><code>${escapeHtml(f.rule)}</code>${where}</div><p class="message">${escapeHtml(f.messages[opts.locale])}</p><div class="figures">${figures}</div>`;
    if ('line' in f.at) li += `<q class="excerpt">${escapeHtml(f.at.excerpt)}</q>`;
    if (f.operands?.length && f.verdict !== 'match')
      li += `<p class="operands">${t.from} ${f.operands.map((o) => operandLink(o, p)).join('；')}</p>`;
    const also = (f.alsoAt ?? []).filter((a) => 'line' in a) as { line: number; column: number }[];
    if (also.length)
      li += `<p class="muted small">${t.alsoAt} ${also.map((a) => `<a href="#${p}L${a.line}">${escapeHtml(t.at(a.line, a.column))}</a>`).join('，')}</p>`;
    out += `${li}</li>`;
  }
  return out;
}

function operandLink(o: FindingOperand, p: string): string {
  const label = `${o.label ? `${o.label} ` : ''}${o.text}`;
  return `<a class="operand" href="#${p}L${o.line}" data-line="${o.line}" data-column="${o.column}" title="${escapeHtml(o.where ?? `${o.line}:${o.column}`)}">${escapeHtml(label)}</a>`;
}
