import type { Finding } from '../../audit/finding.js';
import { escapeHtml } from './escape.js';
import { worstSeverity, worstVerdict } from './figures.js';
import { locationsOf, type Range, rangeOf, segments, splitTextLines } from './highlight.js';
import type { ReportLocale } from './strings.js';

/** Options of the HTML panels. */
export interface PanelOptions {
  locale: ReportLocale;
  /** Prefixes every element id, so that several documents can share one page (`f2-`). */
  idPrefix?: string;
  /** The findings to show, by their index in `findings` (default: all). */
  shown?: readonly number[];
}

/**
 * The document's text as HTML, one `div.line` per line (id `L{n}`), every figure a finding covers
 * wrapped in a `mark` classed by verdict (`v-mismatch`, `v-uncheckable`, `v-match`) and severity,
 * listing its findings in `data-findings`. Nothing is fetched and no script is needed to read it.
 *
 * @example
 * ```ts
 * const text = '餐费500元×2=1200元';
 * annotatedHtml(text, auditText(text).findings, { locale: 'en' }); // '<div class="line has" …'
 * ```
 */
export function annotatedHtml(text: string, findings: readonly Finding[], opts: PanelOptions): string {
  const p = opts.idPrefix ?? '';
  const lines = splitTextLines(text);
  const byLine = new Map<number, Range[]>();
  for (const id of opts.shown ?? findings.map((_, i) => i)) {
    const f = findings[id];
    if (!f) continue;
    for (const at of locationsOf(f)) {
      const raw = lines[at.line - 1];
      if (raw === undefined) continue;
      const list = byLine.get(at.line) ?? [];
      list.push({ ...rangeOf(raw, at, f), finding: id });
      byLine.set(at.line, list);
    }
  }
  let out = '';
  lines.forEach((raw, i) => {
    const no = i + 1;
    const ranges = byLine.get(no) ?? [];
    let body = '';
    for (const seg of segments(raw, ranges)) {
      if (seg.findings.length === 0) {
        body += escapeHtml(seg.text);
        continue;
      }
      const fs = seg.findings.map((id) => findings[id]).filter((f): f is Finding => f !== undefined);
      const title = fs.map((f) => f.messages[opts.locale]).join('\n');
      body += `<mark class="sev-${worstSeverity(fs)} v-${worstVerdict(fs)}" title="${escapeHtml(title)}" data-findings="${seg.findings.join(' ')}">${escapeHtml(seg.text)}</mark>`;
    }
    if (raw === '') body = '\u200b';
    out += `<div class="line${ranges.length ? ' has' : ''}" id="${p}L${no}" data-line="${no}"><span class="no" aria-hidden="true">${no}</span><span class="tx">${body}</span></div>`;
  });
  return out;
}
