/**
 * Scores the plan reader (`readPlans`) against hand-made gold readings: for each field kind, recall
 * (gold fields read right) and precision (fields read that are right). A field is right when its
 * value agrees with the gold value (text by overlap, dates by their written parts, numbers exactly)
 * and it was read from the gold line (±1, for a wrapped line).
 *
 * Gold: `test/fixtures/plans/*.json` (development) and `test/fixtures/plans-holdout/*.json` (scored
 * apart), each `{ "meetings": [ … ] }` in the format of `docs/plans.md`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlans } from '../src/text/plan/read.js';
import type { PlanReading } from '../src/text/plan/types.js';

type Gold = Record<string, unknown>;
interface Tally {
  gold: number;
  found: number;
  predicted: number;
  right: number;
}
export type PlanScore = Map<string, Tally>;

const SCALARS = [
  'title',
  'organiser',
  'date',
  'time',
  'duration',
  'venue',
  'host',
  'total',
  'budgetTotal',
] as const;
const LISTS = {
  groups: { key: 'name', subs: ['count'] },
  agenda: { key: 'item', subs: ['presenter', 'time'] },
  tasks: { key: 'task', subs: ['owner', 'deadline'] },
  lodging: { key: 'value', subs: [] },
  meals: { key: 'value', subs: [] },
  vehicles: { key: 'value', subs: [] },
  staff: { key: 'value', subs: [] },
  materials: { key: 'value', subs: [] },
  budget: { key: 'name', subs: ['amount'] },
  blanks: { key: 'text', subs: [] },
} as const;

const norm = (s: string) => s.replace(/[\s，,。.;；:：、“”"'《》()（）*＊·]/g, '');

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
  return m;
}

/** Text agreement: equal, one holding most of the other, or a bigram overlap of at least a half. */
export function similar(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (x === '' || y === '') return x === y;
  if (x === y) return true;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  if (l.includes(s) && s.length / l.length >= 0.5) return true;
  const bx = bigrams(x);
  const by = bigrams(y);
  let common = 0;
  for (const [k, n] of bx) common += Math.min(n, by.get(k) ?? 0);
  const total = Math.max(1, x.length - 1) + Math.max(1, y.length - 1);
  return (2 * common) / total >= 0.6;
}

function sameValue(kind: string, gold: string, got: string): boolean {
  if (kind === 'date') {
    const [gy, gm, gd] = gold.split('-');
    const [py, pm, pd] = got.split('-');
    return (gy === py || gy === '????' || py === '????') && gm === pm && gd === pd;
  }
  if (kind === 'time') return gold === got;
  if (kind === 'duration' || kind === 'total' || kind === 'budgetTotal' || kind === 'amount') {
    const a = Number(gold.replace(/[^\d.]/g, ''));
    const b = Number(got.replace(/[^\d.]/g, ''));
    // A budget amount may be written in 万元: the gold keeps the figure as written.
    return a === b || (kind !== 'duration' && (a * 10000 === b || b * 10000 === a));
  }
  if (kind === 'count') return norm(gold) === norm(got);
  return similar(gold, got);
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1;
// A name (of the meeting, its venue, its host) is the same wherever the text writes it; a date,
// a time or a count must be the one the gold line gives.
const ANY_LINE = new Set(['title', 'organiser', 'venue', 'host', 'duration']);

function tally(score: PlanScore, kind: string): Tally {
  let t = score.get(kind);
  if (!t) {
    t = { gold: 0, found: 0, predicted: 0, right: 0 };
    score.set(kind, t);
  }
  return t;
}

function field(x: unknown): { value: string; line: number } | undefined {
  if (!x || typeof x !== 'object') return undefined;
  const o = x as { value?: unknown; line?: unknown };
  return typeof o.value === 'string' && typeof o.line === 'number'
    ? { value: o.value, line: o.line }
    : undefined;
}

/** Scores one gold meeting against one reading, adding to `score`. */
function scoreMeeting(score: PlanScore, gold: Gold, got: PlanReading | undefined): void {
  for (const k of SCALARS) {
    const g = field(gold[k]);
    const p = got?.[k];
    const t = tally(score, k);
    if (g) t.gold++;
    if (p) t.predicted++;
    if (g && p && (ANY_LINE.has(k) || near(g.line, p.at.line)) && sameValue(k, g.value, p.value)) {
      t.found++;
      t.right++;
    }
  }
  for (const [k, spec] of Object.entries(LISTS)) {
    const gs = Array.isArray(gold[k]) ? (gold[k] as Gold[]) : [];
    const ps = ((got?.[k as keyof PlanReading] as unknown[]) ?? []) as Record<string, unknown>[];
    const t = tally(score, k);
    t.gold += gs.length;
    t.predicted += ps.length;
    const used = new Set<number>();
    const pairs: [Gold, Record<string, unknown>][] = [];
    for (const g of gs) {
      const gv = String(g[spec.key] ?? '');
      const gl = Number(g.line);
      const j = ps.findIndex(
        (p, i) =>
          !used.has(i) &&
          near(gl, (p.at as { line: number }).line) &&
          similar(gv, String(p[spec.key === 'text' ? 'text' : spec.key] ?? '')),
      );
      if (j >= 0) {
        used.add(j);
        pairs.push([g, ps[j]!]);
      }
    }
    t.found += pairs.length;
    t.right += pairs.length;
    for (const sub of spec.subs) {
      const st = tally(score, `${k}.${sub}`);
      st.gold += gs.filter((g) => g[sub] !== undefined && g[sub] !== '').length;
      st.predicted += ps.filter((p) => p[sub] !== undefined && p[sub] !== '').length;
      for (const [g, p] of pairs) {
        if (g[sub] === undefined || g[sub] === '' || p[sub] === undefined || p[sub] === '') continue;
        if (sameValue(sub, String(g[sub]), String(p[sub]))) {
          st.found++;
          st.right++;
        }
      }
    }
  }
}

/** How well a reading agrees with a gold meeting: its scalar fields that agree. */
function agreement(gold: Gold, got: PlanReading): number {
  let n = 0;
  for (const k of SCALARS) {
    const g = field(gold[k]);
    const p = got[k];
    if (g && p && (ANY_LINE.has(k) || near(g.line, p.at.line)) && sameValue(k, g.value, p.value)) n++;
  }
  for (const k of Object.keys(LISTS)) {
    const gs = Array.isArray(gold[k]) ? (gold[k] as Gold[]) : [];
    const ps = (got[k as keyof PlanReading] as { at: { line: number } }[]) ?? [];
    if (gs.some((g) => ps.some((p) => near(Number(g.line), p.at.line)))) n++;
  }
  return n;
}

/** Scores every document of a folder; readings with no gold meeting count against precision. */
export function scorePlans(folder: string): { score: PlanScore; documents: number; meetings: number } {
  const score: PlanScore = new Map();
  let documents = 0;
  let meetings = 0;
  let names: string[];
  try {
    names = readdirSync(folder).filter((f) => f.endsWith('.json') && f !== 'manifest.json');
  } catch {
    return { score, documents, meetings };
  }
  for (const name of names.sort()) {
    const txt = join(folder, name.replace(/\.json$/, '.txt'));
    let text: string;
    try {
      text = readFileSync(txt, 'utf8');
    } catch {
      continue;
    }
    const gold =
      (JSON.parse(readFileSync(join(folder, name), 'utf8')) as { meetings?: Gold[] }).meetings ?? [];
    const got = readPlans(text);
    documents++;
    meetings += gold.length;
    const left = new Set(got);
    for (const g of gold) {
      let best: PlanReading | undefined;
      let bestN = -1;
      for (const r of left) {
        const n = agreement(g, r);
        if (n > bestN) {
          best = r;
          bestN = n;
        }
      }
      if (best) left.delete(best);
      scoreMeeting(score, g, best);
    }
    for (const r of left) scoreMeeting(score, {}, r);
  }
  return { score, documents, meetings };
}

/** Recall and precision over all field kinds. */
export function overall(score: PlanScore): {
  recall: number;
  precision: number;
  gold: number;
  predicted: number;
} {
  let gold = 0;
  let found = 0;
  let predicted = 0;
  let right = 0;
  for (const t of score.values()) {
    gold += t.gold;
    found += t.found;
    predicted += t.predicted;
    right += t.right;
  }
  return { recall: gold ? found / gold : 1, precision: predicted ? right / predicted : 1, gold, predicted };
}

/** Prints a table of recall and precision per field kind. */
export function printPlanScore(title: string, r: ReturnType<typeof scorePlans>): void {
  const pct = (a: number, b: number) => (b ? `${a}/${b} = ${((100 * a) / b).toFixed(1)}%` : '—');
  console.log(`\n${title}: ${r.documents} documents, ${r.meetings} meetings`);
  console.log('  field               recall                 precision');
  for (const [k, t] of [...r.score].sort()) {
    if (t.gold === 0 && t.predicted === 0) continue;
    console.log(`  ${k.padEnd(19)} ${pct(t.found, t.gold).padEnd(22)} ${pct(t.right, t.predicted)}`);
  }
  const o = overall(r.score);
  console.log(
    `  all fields          recall ${(100 * o.recall).toFixed(1)}% of ${o.gold}, precision ${(100 * o.precision).toFixed(1)}% of ${o.predicted}`,
  );
}

if (process.argv[1]?.endsWith('plan-score.ts')) {
  printPlanScore('plans (test/fixtures/plans)', scorePlans('test/fixtures/plans'));
  if (process.argv.includes('--holdout'))
    printPlanScore('held-out plans (test/fixtures/plans-holdout)', scorePlans('test/fixtures/plans-holdout'));
}
