/**
 * The huiwu browser playground: paste a plan's text or a budget JSON, see the findings marked on the
 * text, the computed budget table and a chart. Everything is computed by the library in the page.
 */

import cityBudget from '../examples/budgets/city-work-meeting.json';
import {
  auditBudget,
  auditText,
  type BudgetAudit,
  type ComputedBudget,
  type ComputedNode,
  Dec,
  type Finding,
  formatAmount,
  formatPath,
  HuiwuError,
  nodeValue,
  renderBudgetText,
  SEVERITY_RANK,
  type Severity,
  toChineseUppercase,
} from '../src/index.js';
import { type Bar, barChart } from './chart.js';
import { budgetFromSum } from './derive.js';
import { CITY_PLAN_EXCERPT, CONFERENCE_BUDGET } from './examples.js';
import { locationsOf, type Range, rangeOf, segments, splitTextLines } from './highlight.js';
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

/** An exact decimal string for display: grouped, with the places it has (at least `min`). */
function fmt(value: string | Dec, min = 0): string {
  try {
    const d = typeof value === 'string' ? new Dec(value) : value;
    return formatAmount(d, { places: Math.max(min, d.decimalPlaces()) });
  } catch {
    return String(value);
  }
}

const money = (d: Dec | null | undefined): string => (d === null || d === undefined ? '?' : fmt(d, 2));

function worst(findings: Finding[]): Severity {
  let s: Severity = 'info';
  for (const f of findings) if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[s]) s = f.severity;
  return s;
}

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
        const audit = auditBudget(json);
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

function whereOf(f: Finding): string {
  if ('line' in f.at) return t().at(f.at.line, f.at.column);
  return formatPath(f.at.path);
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
  const list = $('findings');
  list.replaceChildren();
  for (const { f, id } of visible()) {
    const figures = h('div', { class: 'figures' });
    if (f.stated !== undefined) figures.append(h('span', { text: `${t().stated} ${fmt(f.stated)}` }));
    if (f.expected !== undefined) figures.append(h('span', { text: `${t().expected} ${fmt(f.expected)}` }));
    if (f.difference !== undefined && f.verdict === 'mismatch')
      figures.append(h('span', { class: 'diff', text: `${t().difference} ${fmt(f.difference)}` }));
    const also = (f.alsoAt ?? []).filter((a) => 'line' in a) as { line: number; column: number }[];
    const li = h(
      'li',
      {
        class: `finding sev-${f.severity} v-${f.verdict}`,
        attrs: {
          'data-finding': String(id),
          'data-rule': f.rule,
          'data-verdict': f.verdict,
          ...(f.stated !== undefined ? { 'data-stated': f.stated } : {}),
          ...(f.expected !== undefined ? { 'data-expected': f.expected } : {}),
          ...(f.difference !== undefined ? { 'data-difference': f.difference } : {}),
          tabindex: '0',
          role: 'button',
        },
      },
      h(
        'div',
        { class: 'head' },
        h('span', { class: `badge ${f.severity}`, text: t().severity[f.severity] }),
        h('span', { class: `verdict ${f.verdict}`, text: t().verdict[f.verdict] }),
        h('code', { text: f.rule }),
        h('span', { class: 'where', text: whereOf(f) }),
      ),
      h('p', { class: 'message', text: f.messages[state.locale] }),
      figures,
    );
    if ('line' in f.at) li.append(h('q', { class: 'excerpt', text: f.at.excerpt }));
    if (also.length > 0)
      li.append(
        h('p', {
          class: 'muted small',
          text: `${t().alsoAt} ${also.map((a) => t().at(a.line, a.column)).join('，')}`,
        }),
      );
    list.append(li);
  }
}

function renderAnnotated(): void {
  const box = $('annotated');
  const section = $('annotated-section');
  box.replaceChildren();
  section.hidden = state.mode !== 'text' || state.text === '';
  if (section.hidden) return;
  const lines = splitTextLines(state.text);
  const byLine = new Map<number, Range[]>();
  for (const { f, id } of visible()) {
    for (const at of locationsOf(f)) {
      const raw = lines[at.line - 1];
      if (raw === undefined) continue;
      const r = rangeOf(raw, at, f);
      const list = byLine.get(at.line) ?? [];
      list.push({ ...r, finding: id });
      byLine.set(at.line, list);
    }
  }
  const frag = document.createDocumentFragment();
  lines.forEach((raw, i) => {
    const no = i + 1;
    const ranges = byLine.get(no) ?? [];
    const row = h('div', { class: ranges.length ? 'line has' : 'line', attrs: { 'data-line': String(no) } });
    row.append(h('span', { class: 'no', text: String(no), attrs: { 'aria-hidden': 'true' } }));
    const body = h('span', { class: 'tx' });
    for (const seg of segments(raw, ranges)) {
      if (seg.findings.length === 0) {
        body.append(seg.text);
        continue;
      }
      const fs = seg.findings.map((id) => state.findings[id]).filter((f): f is Finding => f !== undefined);
      const verdict = fs.some((f) => f.verdict === 'mismatch')
        ? 'mismatch'
        : fs.some((f) => f.verdict === 'uncheckable')
          ? 'uncheckable'
          : 'match';
      const mark = h('mark', {
        class: `sev-${worst(fs)} v-${verdict}`,
        text: seg.text,
        title: fs.map((f) => f.messages[state.locale]).join('\n'),
        attrs: { 'data-findings': seg.findings.join(' ') },
      });
      body.append(mark);
    }
    if (raw === '') body.append('\u200b');
    row.append(body);
    frag.append(row);
  });
  box.append(frag);
}

function diffAt(audit: BudgetAudit): Map<string, Finding> {
  const m = new Map<string, Finding>();
  for (const f of audit.findings)
    if ('path' in f.at && f.verdict === 'mismatch') m.set(formatPath(f.at.path), f);
  return m;
}

function budgetTable(audit: BudgetAudit): HTMLTableElement {
  const b = audit.budget;
  const diffs = diffAt(audit);
  const table = h('table', { class: 'budget' });
  table.append(h('thead', {}, h('tr', {}, ...t().head.map((x) => h('th', { text: x })))));
  const tbody = h('tbody');
  const row = (
    cls: string,
    depth: number,
    path: string,
    cells: [string, string, string, string, string],
    diff: Finding | undefined,
  ) => {
    const tr = h('tr', { class: cls + (diff ? ' wrong' : ''), attrs: { 'data-path': path } });
    const [name, price, qty, amount, stated] = cells;
    tr.append(
      h('td', { class: 'name', text: name, attrs: { style: `padding-left:${0.6 + depth * 1.4}em` } }),
      h('td', { class: 'num', text: price }),
      h('td', { class: 'num', text: qty }),
      h('td', { class: 'num amount', text: amount }),
      h('td', { class: 'num', text: stated }),
      h('td', {
        class: 'num diff',
        text: diff?.difference ? `${fmt(diff.difference)} ✗` : '',
        title: diff ? diff.messages[state.locale] : '',
      }),
    );
    tbody.append(tr);
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
            n.name + (n.provisional ? t().provisional : ''),
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
          [t().subtotal, '', '', money(n.subtotal), n.stated?.text ?? ''],
          diffs.get(formatPath([...n.path, 'subtotal'])),
        );
      }
    }
  };
  visit(b.children, 0);
  row('total', 0, 'total', [t().total, '', '', money(b.total), b.stated?.text ?? ''], diffs.get('total'));
  table.append(tbody);
  return table;
}

function extras(b: ComputedBudget): HTMLElement {
  const p = h('p', { class: 'extras' });
  const add = (label: string, value: string) =>
    p.append(h('span', {}, h('b', { text: `${label}：` }), value));
  if (b.totalYuan) {
    try {
      add(t().uppercase, toChineseUppercase(b.totalYuan));
    } catch {
      /* beyond what the uppercase form can write */
    }
  }
  if (b.perPerson) add(t().perPerson, money(b.perPerson));
  if (b.perDay) add(t().perDay, money(b.perDay));
  if (b.perPersonPerDay) add(t().perPersonPerDay, money(b.perPersonPerDay));
  return p;
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
    fig.append(h('div', { class: 'table-wrap' }, budgetTable(shown.audit)));
    fig.append(extras(b));
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
