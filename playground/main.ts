/**
 * The huiwu browser playground: paste a plan's text or a budget JSON, see the findings marked on the
 * text, the computed budget table and a chart. Everything is computed by the library in the page.
 */

import cityBudget from '../examples/budgets/city-work-meeting.json';
import { nodeValue } from '../src/budget/compute.js';
import {
  auditBudget,
  auditText,
  type BudgetAudit,
  type BudgetInput,
  type ComputedNode,
  type Finding,
  formatPath,
  HuiwuError,
  renderBudgetText,
} from '../src/index.js';
import { splitTextLines } from '../src/report/html/highlight.js';
// The one renderer the CLI's HTML report uses: its parts, shared with the page.
import {
  annotatedHtml,
  budgetExtrasHtml,
  budgetTableHtml,
  displayAmount,
  findingsHtml,
} from '../src/report/html/index.js';
import { type Bar, barChart } from './chart.js';
import { budgetFromSum } from './derive.js';
import { CITY_PLAN_EXCERPT, CONFERENCE_BUDGET } from './examples.js';
import { type Locale, type Strings, UI } from './i18n.js';

type Mode = 'text' | 'budget';

/** A budget shown in the page, with where it came from when it was derived from text. */
interface Shown {
  audit: BudgetAudit;
  origin?: { line: number; excerpt: string };
}

interface State {
  locale: Locale;
  mode: Mode;
  showMatches: boolean;
  chartBy: 'top' | 'item';
  /** Findings of the last run, in the order listed; their index is their id in the page. */
  findings: Finding[];
  text: string;
  budgets: Shown[];
  error: string;
}

/** `?lang=en` or `?lang=zh` chooses the language; otherwise the browser's, Chinese unless it is another. */
function initialLocale(): Locale {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'en' || asked === 'zh') return asked;
  const nav = navigator.language.toLowerCase();
  return nav === '' || nav.startsWith('zh') ? 'zh' : 'en';
}

const state: State = {
  locale: initialLocale(),
  mode: 'text',
  showMatches: true,
  chartBy: 'top',
  findings: [],
  text: '',
  budgets: [],
  error: '',
};

function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} missing from index.html`);
  return e as T;
}

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; text?: string; title?: string; attrs?: Record<string, string> } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.class) e.className = props.class;
  if (props.text !== undefined) e.textContent = props.text;
  if (props.title !== undefined) e.title = props.title;
  for (const [k, v] of Object.entries(props.attrs ?? {})) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** The elements matching `selector`, as an array. */
function all<T extends Element = Element>(selector: string): T[] {
  return Array.from(document.querySelectorAll<T>(selector));
}

const t = (): Strings => UI[state.locale];

const fmt = displayAmount;
const money = (d: Parameters<typeof displayAmount>[0] | null | undefined): string =>
  d === null || d === undefined ? '?' : fmt(d, 2);

// ---------------------------------------------------------------------------------------------------
// Running the audits

function runText(): void {
  state.text = $<HTMLTextAreaElement>('text-input').value;
  state.error = '';
  state.budgets = [];
  if (state.text.trim() === '') {
    state.findings = [];
    render();
    return;
  }
  const r = auditText(state.text);
  state.findings = r.findings;
  const lines = splitTextLines(state.text);
  for (const c of r.claims) {
    if (c.kind !== 'sum' || c.rule !== 'sum.total') continue;
    const input = budgetFromSum(c, r.claims, lines, t().derivedTitle(c.at.line));
    if (!input) continue;
    try {
      state.budgets.push({ audit: auditBudget(input), origin: { line: c.at.line, excerpt: c.at.excerpt } });
    } catch {
      /* a text total whose parts do not make a budget: the finding is still listed */
    }
  }
  render();
}

function describeError(e: unknown): string {
  if (e instanceof HuiwuError && e.issues.length > 0)
    return e.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('\n');
  return e instanceof Error ? e.message : String(e);
}

function runBudget(): void {
  const source = $<HTMLTextAreaElement>('budget-input').value;
  state.error = '';
  state.budgets = [];
  state.findings = [];
  state.text = '';
  if (source.trim() !== '') {
    let json: unknown;
    try {
      json = JSON.parse(source);
    } catch (e) {
      state.error = t().jsonError(describeError(e));
    }
    if (state.error === '') {
      try {
        // Pasted JSON: auditBudget checks it at run time and names every bad path.
        const audit = auditBudget(json as BudgetInput);
        state.budgets = [{ audit }];
        state.findings = audit.findings;
      } catch (e) {
        state.error = t().budgetError(describeError(e));
      }
    }
  }
  render();
}

function run(): void {
  if (state.mode === 'text') runText();
  else runBudget();
}

// ---------------------------------------------------------------------------------------------------
// Rendering

function visible(): { f: Finding; id: number }[] {
  return state.findings
    .map((f, id) => ({ f, id }))
    .filter(({ f }) => state.showMatches || f.verdict !== 'match' || f.severity !== 'info');
}

function renderSummary(): void {
  const box = $('summary');
  box.replaceChildren();
  if (state.error) {
    box.append(h('pre', { class: 'error', text: state.error, attrs: { role: 'alert' } }));
    return;
  }
  const all = state.findings;
  if (all.length === 0) {
    const empty = state.mode === 'text' ? state.text.trim() === '' : state.budgets.length === 0;
    box.append(h('p', { class: 'muted', text: empty ? t().noInput : t().noFindings }));
    return;
  }
  const count = (v: Finding['verdict']) => all.filter((f) => f.verdict === v).length;
  const mismatch = count('mismatch');
  box.append(
    h('p', {
      class: mismatch > 0 ? 'summary bad' : 'summary good',
      text: t().summary(all.length, mismatch, count('uncheckable'), count('match')),
    }),
  );
}

function renderFindings(): void {
  // The same markup as the HTML report (src/report/html): one renderer for both.
  $('findings').innerHTML = findingsHtml(state.findings, {
    locale: state.locale,
    shown: visible().map((v) => v.id),
  });
}

function renderAnnotated(): void {
  const box = $('annotated');
  const section = $('annotated-section');
  section.hidden = state.mode !== 'text' || state.text === '';
  if (section.hidden) {
    box.replaceChildren();
    return;
  }
  box.innerHTML = annotatedHtml(state.text, state.findings, {
    locale: state.locale,
    shown: visible().map((v) => v.id),
  });
}

function diffAt(audit: BudgetAudit): Map<string, Finding> {
  const m = new Map<string, Finding>();
  for (const f of audit.findings)
    if ('path' in f.at && f.verdict === 'mismatch') m.set(formatPath(f.at.path), f);
  return m;
}

function leaves(nodes: ComputedNode[], out: ComputedNode[] = []): ComputedNode[] {
  for (const n of nodes) {
    if (n.kind === 'item') out.push(n);
    else leaves(n.children, out);
  }
  return out;
}

function chartOf(audit: BudgetAudit): SVGSVGElement {
  const b = audit.budget;
  const diffs = diffAt(audit);
  const nodes = state.chartBy === 'item' ? leaves(b.children) : b.children;
  const bars: Bar[] = nodes.map((n) => {
    const value = nodeValue(n, b.moneyUnit);
    const wrong = diffs.has(formatPath([...n.path, n.kind === 'item' ? 'amount' : 'subtotal']));
    return {
      label: n.name,
      value,
      kind: `${n.kind}${wrong ? ' wrong' : ''}`,
      title: `${n.name}: ${money(value)} ${b.moneyUnit}`,
    };
  });
  bars.push({ label: t().totalComputed, value: b.total, kind: 'total', title: money(b.total) });
  const stated = b.stated?.value;
  if (stated && !b.stated?.placeholder) {
    const wrong = diffs.get('total');
    bars.push({
      label: t().totalStated,
      value: stated,
      kind: wrong ? 'stated wrong' : 'stated',
      title: wrong ? wrong.messages[state.locale] : (b.stated?.text ?? ''),
    });
  }
  return barChart(bars, `${b.title} — ${t().chart}`);
}

function renderBudgets(): void {
  const box = $('budgets');
  box.replaceChildren();
  const hasSections = state.budgets.some((s) => s.audit.budget.children.some((n) => n.kind === 'section'));
  $('chart-by').hidden = !hasSections;
  if (state.budgets.length === 0) {
    if (state.mode === 'text' && state.text.trim() !== '')
      box.append(h('p', { class: 'muted', text: t().noBudget }));
    $('budget-section').hidden = state.mode === 'budget' || state.text.trim() === '';
    return;
  }
  $('budget-section').hidden = false;
  for (const shown of state.budgets) {
    const b = shown.audit.budget;
    const fig = h('figure', { class: 'budget-block' });
    fig.append(
      h(
        'figcaption',
        {},
        h('strong', { text: b.title }),
        h('span', { class: 'muted', text: `  ${t().unit(b.moneyUnit)}` }),
        ...(shown.origin
          ? [
              h('div', {
                class: 'muted small',
                text: t().derivedFrom(shown.origin.line, shown.origin.excerpt),
              }),
            ]
          : []),
      ),
    );
    const table = h('div', { class: 'table-wrap' });
    table.innerHTML = budgetTableHtml(shown.audit, state.locale);
    fig.append(table);
    fig.insertAdjacentHTML('beforeend', budgetExtrasHtml(b, state.locale));
    fig.append(h('div', { class: 'chart-wrap' }, chartOf(shown.audit)));
    const details = h('details', {}, h('summary', { text: t().plainReport }));
    details.append(
      h('pre', { class: 'report', text: renderBudgetText(shown.audit, { locale: state.locale }) }),
    );
    fig.append(details);
    box.append(fig);
  }
}

function renderChrome(): void {
  const s = t();
  document.documentElement.lang = state.locale === 'zh' ? 'zh-CN' : 'en';
  document.title = s.title;
  for (const e of all<HTMLElement>('[data-i18n]')) {
    const key = e.dataset.i18n as keyof Strings;
    const v = s[key];
    if (typeof v === 'string') e.textContent = v;
  }
  $<HTMLTextAreaElement>('text-input').placeholder = s.textPlaceholder;
  $<HTMLTextAreaElement>('budget-input').placeholder = s.budgetPlaceholder;
  for (const b of all<HTMLButtonElement>('[data-lang]'))
    b.setAttribute('aria-pressed', String(b.dataset.lang === state.locale));
  for (const b of all<HTMLButtonElement>('[data-mode]'))
    b.setAttribute('aria-selected', String(b.dataset.mode === state.mode));
  for (const b of all<HTMLButtonElement>('[data-chart]'))
    b.setAttribute('aria-pressed', String(b.dataset.chart === state.chartBy));
  $('text-pane').hidden = state.mode !== 'text';
  $('budget-pane').hidden = state.mode !== 'budget';
  $<HTMLInputElement>('show-matches').checked = state.showMatches;
}

function render(): void {
  renderChrome();
  renderSummary();
  renderFindings();
  renderAnnotated();
  renderBudgets();
  document.body.dataset.ready = 'true';
}

// ---------------------------------------------------------------------------------------------------
// Interaction

function flash(e: Element): void {
  e.classList.remove('flash');
  // Restart the animation.
  void (e as HTMLElement).offsetWidth;
  e.classList.add('flash');
}

/** Scrolls to where a finding is: its mark in the text, or its row in the budget table. */
function reveal(id: number): void {
  for (const li of all('.finding.active')) li.classList.remove('active');
  document.querySelector(`.finding[data-finding="${id}"]`)?.classList.add('active');
  const f = state.findings[id];
  if (!f) return;
  let target: Element | null = null;
  if ('line' in f.at) {
    const marks = all(`#annotated mark[data-findings~="${id}"]`);
    for (const m of marks) m.classList.add('active');
    target = marks[0] ?? null;
  } else {
    const rows = all<HTMLTableRowElement>('table.budget tr[data-path]');
    const path = formatPath(f.at.path);
    // The row whose path is the longest prefix of the finding's path.
    let best: HTMLTableRowElement | undefined;
    for (const r of rows) {
      const p = r.dataset.path ?? '';
      if (
        (path === p || path.startsWith(`${p}.`) || path.startsWith(`${p}[`)) &&
        p.length >= (best?.dataset.path ?? '').length
      )
        best = r;
    }
    target = best ?? rows[rows.length - 1] ?? null;
  }
  for (const m of all('#annotated mark.active, table.budget tr.active'))
    if (!m.matches(`[data-findings~="${id}"]`)) m.classList.remove('active');
  if (target) {
    if (target instanceof HTMLTableRowElement) target.classList.add('active');
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    flash(target);
  }
}

function debounce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

function setMode(mode: Mode): void {
  state.mode = mode;
  run();
}

async function openFile(file: File): Promise<void> {
  const content = await file.text();
  const isJson = file.name.toLowerCase().endsWith('.json') || /^\s*[{[]/.test(content);
  if (isJson) {
    $<HTMLTextAreaElement>('budget-input').value = content;
    setMode('budget');
  } else {
    $<HTMLTextAreaElement>('text-input').value = content;
    setMode('text');
  }
}

function wire(): void {
  const textInput = $<HTMLTextAreaElement>('text-input');
  const budgetInput = $<HTMLTextAreaElement>('budget-input');
  textInput.addEventListener('input', debounce(runText, 150));
  budgetInput.addEventListener('input', debounce(runBudget, 250));
  $('load-text-example').addEventListener('click', () => {
    textInput.value = CITY_PLAN_EXCERPT;
    setMode('text');
  });
  $('load-budget-example').addEventListener('click', () => {
    budgetInput.value = JSON.stringify(cityBudget, null, 2);
    setMode('budget');
  });
  $('load-sections-example').addEventListener('click', () => {
    budgetInput.value = JSON.stringify(CONFERENCE_BUDGET, null, 2);
    setMode('budget');
  });
  $('audit').addEventListener('click', run);
  $('clear').addEventListener('click', () => {
    if (state.mode === 'text') textInput.value = '';
    else budgetInput.value = '';
    run();
  });
  $<HTMLInputElement>('file').addEventListener('change', (e) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void openFile(file);
    input.value = '';
  });
  for (const b of all<HTMLButtonElement>('[data-mode]'))
    b.addEventListener('click', () => setMode(b.dataset.mode === 'budget' ? 'budget' : 'text'));
  for (const b of all<HTMLButtonElement>('[data-lang]'))
    b.addEventListener('click', () => {
      state.locale = b.dataset.lang === 'en' ? 'en' : 'zh';
      // Error messages are worded at run time, so run again rather than only re-render.
      run();
    });
  for (const b of all<HTMLButtonElement>('[data-chart]'))
    b.addEventListener('click', () => {
      state.chartBy = b.dataset.chart === 'item' ? 'item' : 'top';
      render();
    });
  $<HTMLInputElement>('show-matches').addEventListener('change', (e) => {
    state.showMatches = (e.currentTarget as HTMLInputElement).checked;
    render();
  });
  const findings = $('findings');
  const pick = (e: Event) => {
    const li = (e.target as Element).closest<HTMLElement>('.finding');
    if (li?.dataset.finding !== undefined) reveal(Number(li.dataset.finding));
  };
  findings.addEventListener('click', pick);
  findings.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      pick(e);
    }
  });
  $('annotated').addEventListener('click', (e) => {
    const mark = (e.target as Element).closest<HTMLElement>('mark[data-findings]');
    const first = mark?.dataset.findings?.split(' ')[0];
    if (first === undefined) return;
    const li = document.querySelector<HTMLElement>(`.finding[data-finding="${first}"]`);
    for (const x of all('.finding.active')) x.classList.remove('active');
    if (li) {
      li.classList.add('active');
      li.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      flash(li);
    }
  });
  // Drop a file anywhere on the page.
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void openFile(file);
  });
}

wire();
render();
