import type { Finding } from '../../audit/finding.js';
import type { BudgetAudit } from '../../budget/audit.js';
import { annotatedHtml, type PanelOptions } from './annotated.js';
import { budgetExtrasHtml, budgetTableHtml } from './budget.js';
import { escapeHtml } from './escape.js';
import { findingsHtml } from './findings.js';
import { REPORT_STRINGS, type ReportLocale } from './strings.js';

/** One document of an HTML report. */
export interface HtmlReportFile {
  /** The file's name as given. */
  name: string;
  /** The document's text, the one its findings' lines and columns count in (absent for a budget JSON). */
  text?: string | undefined;
  findings: readonly Finding[];
  /** Budgets computed from the document, shown as tables. */
  budgets?: readonly BudgetAudit[] | undefined;
  /** Why the file could not be read, instead of findings. */
  error?: string | undefined;
}

/** What an HTML report holds. */
export interface HtmlReportInput {
  locale: ReportLocale;
  files: readonly HtmlReportFile[];
  /** The page title (default: the report title and the first file's name). */
  title?: string;
  /** When the report was made, shown in its footer as given (no clock is read here). */
  generatedAt?: string;
}

/**
 * One document's section of the report (`section.file`): its findings beside its annotated text, and
 * its budget tables. The `index` prefixes every id, so several documents share one page.
 *
 * @example
 * ```ts
 * htmlFileSection({ name: 'plan.txt', text, findings }, 0, 'zh'); // '<section class="file" id="d0">…'
 * ```
 */
export function htmlFileSection(file: HtmlReportFile, index: number, locale: ReportLocale): string {
  const t = REPORT_STRINGS[locale];
  const p = `d${index}-`;
  const opts: PanelOptions = { locale, idPrefix: p };
  const counts = countVerdicts(file.findings);
  let out = `<section class="file" id="d${index}" data-file="${escapeHtml(file.name)}"><h2>${escapeHtml(file.name)}</h2>`;
  if (file.error !== undefined)
    return `${out}<p class="error" role="alert">${escapeHtml(file.error)}</p></section>`;
  out += `<p class="summary ${counts.mismatch ? 'bad' : 'good'}">${escapeHtml(
    file.findings.length
      ? t.summary(file.findings.length, counts.mismatch, counts.uncheckable, counts.match)
      : t.noFindings,
  )}</p><div class="panes">`;
  out += `<div class="pane findings-pane"><h3>${t.findings}</h3><ol class="findings">${findingsHtml(file.findings, opts)}</ol></div>`;
  if (file.text !== undefined)
    out += `<div class="pane text-pane"><h3>${t.annotated}</h3><div class="annotated">${annotatedHtml(file.text, file.findings, opts)}</div></div>`;
  out += '</div>';
  for (const audit of file.budgets ?? []) {
    out += `<figure class="budget-block"><figcaption><strong>${escapeHtml(audit.budget.title)}</strong> <span class="muted">${escapeHtml(t.unit(audit.budget.moneyUnit))}</span></figcaption><div class="table-wrap">${budgetTableHtml(audit, locale)}</div>${budgetExtrasHtml(audit.budget, locale)}</figure>`;
  }
  return `${out}</section>`;
}

function countVerdicts(findings: readonly Finding[]) {
  const c = { match: 0, mismatch: 0, uncheckable: 0 };
  for (const f of findings) c[f.verdict]++;
  return c;
}

/** The totals shown at the top of a report over several files. */
export interface HtmlReportTotals {
  files: number;
  mismatches: number;
  uncheckable: number;
  unreadable: number;
}

/**
 * Wraps rendered sections in one self-contained page: inline styles (screen and print) and a small
 * inline script (a click on a finding scrolls to its figure); nothing is fetched.
 *
 * @example
 * ```ts
 * htmlDocument([htmlFileSection(file, 0, 'en')], { files: 1, mismatches: 1, uncheckable: 0, unreadable: 0 }, { locale: 'en' });
 * ```
 */
export function htmlDocument(
  sections: readonly string[],
  totals: HtmlReportTotals,
  opts: { locale: ReportLocale; title?: string | undefined; generatedAt?: string | undefined },
): string {
  const t = REPORT_STRINGS[opts.locale];
  const title = opts.title ?? t.reportTitle;
  const files = t.files(totals.files, totals.mismatches, totals.uncheckable, totals.unreadable);
  return `<!doctype html>
<html lang="${opts.locale === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="huiwu">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p class="totals ${totals.mismatches || totals.unreadable ? 'bad' : 'good'}">${escapeHtml(files)}</p></header>
<main>
${sections.join('\n')}
</main>
<footer class="muted">${escapeHtml(opts.generatedAt ? t.generated(opts.generatedAt) : 'huiwu')}</footer>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

/**
 * A whole HTML report in one call: each file's section and the page around them.
 *
 * @example
 * ```ts
 * import { auditText, renderHtmlReport } from 'huiwu';
 * const text = '餐费500元×2=1200元';
 * const html = renderHtmlReport({ locale: 'zh', files: [{ name: 'plan.txt', text, findings: auditText(text).findings }] });
 * ```
 */
export function renderHtmlReport(input: HtmlReportInput): string {
  const totals: HtmlReportTotals = {
    files: input.files.length,
    mismatches: 0,
    uncheckable: 0,
    unreadable: 0,
  };
  for (const f of input.files) {
    if (f.error !== undefined) totals.unreadable++;
    const c = countVerdicts(f.findings);
    totals.mismatches += c.mismatch;
    totals.uncheckable += c.uncheckable;
  }
  const t = REPORT_STRINGS[input.locale];
  return htmlDocument(
    input.files.map((f, i) => htmlFileSection(f, i, input.locale)),
    totals,
    {
      locale: input.locale,
      title:
        input.title ??
        (input.files.length === 1 ? `${t.reportTitle}：${input.files[0]!.name}` : t.reportTitle),
      generatedAt: input.generatedAt,
    },
  );
}

// Green right, red wrong, grey unchecked; the colours print too (print-color-adjust).
const REPORT_CSS = `
:root{--sans:system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;--fg:#1f2328;--muted:#656d76;--line:#d0d7de;--accent:#0969da;--bad:#cf222e;--bad-bg:#ffebe9;--ok:#1a7f37;--ok-bg:#dafbe1;--grey:#57606a;--grey-bg:#eaeef2;color-scheme:light}
*{box-sizing:border-box}
html{font-family:var(--sans);font-size:15px;color:var(--fg);-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0 auto;max-width:80rem;padding:1rem 1.2rem 2rem;line-height:1.5}
h1{font-size:1.35rem;margin:.2rem 0}h2{font-size:1.12rem;margin:1.4rem 0 .4rem;border-bottom:1px solid var(--line);padding-bottom:.2rem;overflow-wrap:anywhere}h3{font-size:.95rem;margin:.3rem 0 .5rem;color:var(--muted)}
.muted{color:var(--muted)}.small{font-size:.82rem}
.totals,.summary{padding:.35rem .7rem;border-radius:6px;margin:.4rem 0}
.bad{background:var(--bad-bg);color:var(--bad)}.good{background:var(--ok-bg);color:var(--ok)}
p.error{background:var(--bad-bg);color:var(--bad);padding:.5rem .7rem;border-radius:6px}
.panes{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.25fr);gap:1rem;align-items:start}
.text-pane{position:sticky;top:.5rem}
.annotated{border:1px solid var(--line);border-radius:6px;max-height:calc(100vh - 3rem);overflow:auto;font-size:.92rem;padding:.3rem 0}
.line{display:grid;grid-template-columns:3.4em minmax(0,1fr);white-space:pre-wrap;overflow-wrap:anywhere}
.line .no{color:var(--muted);text-align:right;padding-right:.8em;user-select:none;font-variant-numeric:tabular-nums;font-size:.8rem;padding-top:.12rem}
.line:target{background:#fff8c5}
mark{border-radius:3px;padding:.05em 0;cursor:pointer;color:inherit;background:var(--grey-bg);border-bottom:2px dashed var(--grey)}
mark.v-match{background:var(--ok-bg);border-bottom:2px solid #4ac26b}
mark.v-mismatch{background:var(--bad-bg);border-bottom:2px solid var(--bad);font-weight:600}
mark.v-uncheckable{background:var(--grey-bg);border-bottom:2px dashed var(--grey)}
mark.active,.finding.active,tr.active{outline:2px solid var(--accent)}
.flash{animation:flash 1.2s ease-out}@keyframes flash{0%{box-shadow:0 0 0 4px rgba(9,105,218,.6)}100%{box-shadow:0 0 0 0 rgba(9,105,218,0)}}
.findings{list-style:none;margin:0;padding:0;display:grid;gap:.5rem}
.finding{border:1px solid var(--line);border-left:4px solid var(--grey);border-radius:6px;padding:.45rem .7rem;cursor:pointer;break-inside:avoid}
.finding.v-match{border-left-color:#4ac26b}.finding.v-mismatch{border-left-color:var(--bad);background:#fffafa}
.finding .head{display:flex;flex-wrap:wrap;gap:.4rem;align-items:baseline;font-size:.82rem}
.finding .where{color:var(--muted);margin-left:auto}
.finding .message{margin:.25rem 0}
.finding .figures{display:flex;flex-wrap:wrap;gap:.9rem;font-size:.85rem;font-variant-numeric:tabular-nums}
.finding .diff{color:var(--bad);font-weight:600}
.finding .excerpt{display:block;margin-top:.25rem;font-size:.82rem;color:var(--muted)}
.finding .operands{margin:.25rem 0 0;font-size:.82rem}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
.badge,.verdict{border-radius:999px;padding:0 .5em;font-size:.78rem}
.badge.error{background:var(--bad);color:#fff}.badge.warning{background:#bf8700;color:#fff}.badge.info{background:#54aeff;color:#fff}
.verdict.mismatch{color:var(--bad)}.verdict.match{color:var(--ok)}.verdict.uncheckable{color:var(--grey)}
.budget-block{margin:1rem 0}.table-wrap{overflow-x:auto}
table.budget{border-collapse:collapse;width:100%;font-size:.9rem}
table.budget th,table.budget td{border-bottom:1px solid var(--line);padding:.25rem .5rem;text-align:left}
table.budget td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.budget tr.section td{font-weight:600}table.budget tr.subtotal td,table.budget tr.total td{font-weight:600;background:#f6f8fa}
table.budget tr.wrong td.diff{color:var(--bad);font-weight:700}table.budget tr.wrong{background:var(--bad-bg)}
.extras{display:flex;flex-wrap:wrap;gap:1rem;font-size:.9rem}
footer{margin-top:2rem;font-size:.8rem}
@media (max-width:52rem){.panes{grid-template-columns:1fr}.text-pane{position:static}}
@media print{body{max-width:none;padding:0;font-size:11pt}.panes{display:block}.text-pane{position:static}.annotated{max-height:none;overflow:visible;border:none}section.file{break-before:page}section.file:first-of-type{break-before:auto}a{color:inherit}.finding{cursor:auto}script{display:none}}
`;

// Finding → its figure in the text (or its row in a budget table); figure → its finding.
const REPORT_SCRIPT = `
(function(){
function flash(e){e.classList.remove('flash');void e.offsetWidth;e.classList.add('flash')}
function clear(s){s.querySelectorAll('.active').forEach(function(x){x.classList.remove('active')})}
function reveal(li){var s=li.closest('section.file');if(!s)return;clear(s);li.classList.add('active');var id=li.getAttribute('data-finding');var t=s.querySelector('mark[data-findings~="'+id+'"]');
if(t){s.querySelectorAll('mark[data-findings~="'+id+'"]').forEach(function(m){m.classList.add('active')})}
else{var p=li.getAttribute('data-path');if(p){var best=null;s.querySelectorAll('tr[data-path]').forEach(function(r){var q=r.getAttribute('data-path');if((p===q||p.indexOf(q+'.')===0||p.indexOf(q+'[')===0)&&(!best||q.length>=best.getAttribute('data-path').length))best=r});t=best;if(t)t.classList.add('active')}}
if(t){t.scrollIntoView({block:'center'});flash(t)}}
document.addEventListener('click',function(e){var a=e.target.closest('a');var li=e.target.closest('li.finding');if(li&&!a){reveal(li);return}
var m=e.target.closest('mark[data-findings]');if(m){var s=m.closest('section.file');var id=m.getAttribute('data-findings').split(' ')[0];var f=s&&s.querySelector('li.finding[data-finding="'+id+'"]');if(f){clear(s);f.classList.add('active');f.scrollIntoView({block:'nearest'});flash(f)}}});
document.addEventListener('keydown',function(e){if(e.key!=='Enter'&&e.key!==' ')return;var li=e.target.closest&&e.target.closest('li.finding');if(li){e.preventDefault();reveal(li)}});
})();
`;
