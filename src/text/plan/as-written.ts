import type { TextPlace } from '../../audit/finding.js';
import { pointAt } from '../lines.js';
import type { PlanDoc } from './doc.js';
import type { PlanReading } from './types.js';

// A pinyin gloss written after a character (領(lǐng)): part of what was written.
const GLOSS = /^[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,8}[)）]/;

/** Lines above a field searched for a value read from another line (a team's owner). */
const NEARBY = 30;

/**
 * The names and phrases of a reading as the text wrote them. The reader works on normalized text
 * (Simplified script, glosses dropped, full-width forms folded); a name is given back in the
 * characters of the original line it was read from (`會議室`, `領(lǐng)導(dǎo)`), so it matches
 * the document a person holds. Dates, times, counts and amounts stay normalized: they are values,
 * not text.
 *
 * @example
 * ```ts
 * asWritten(readDocOf(doc), doc, rawLines).venue?.value; // '市政府三樓會議室'
 * ```
 */
export function asWritten(r: PlanReading, doc: PlanDoc, raw: readonly string[]): PlanReading {
  const byLine = new Map<number, PlanDoc['recs']>();
  for (const rec of doc.recs) {
    const list = byLine.get(rec.line) ?? [];
    list.push(rec);
    byLine.set(rec.line, list);
  }
  const original = (value: string, at: TextPlace): string => {
    if (value === '') return value;
    const here = mapped(value, at.line);
    if (here !== undefined) return here;
    // An owner named on a team's line above its tasks (负责部门：…).
    for (let line = at.line - 1; line >= Math.max(1, at.line - NEARBY); line--) {
      const found = mapped(value, line);
      if (found !== undefined) return found;
    }
    return value;
  };
  const mapped = (value: string, lineNo: number): string | undefined => {
    for (const rec of byLine.get(lineNo) ?? []) {
      const i = rec.text.indexOf(value);
      if (i < 0) continue;
      const a = pointAt(rec, i);
      const b = pointAt(rec, i + value.length - 1);
      const line = raw[a.line - 1];
      if (a.line !== b.line || line === undefined) continue;
      let end = b.column;
      // The last character may be a surrogate pair, or carry a gloss.
      const code = line.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff) end++;
      const g = GLOSS.exec(line.slice(end));
      if (g) end += g[0].length;
      return line.slice(a.column - 1, end);
    }
    return undefined;
  };
  const named = <T extends { at: TextPlace }>(x: T, keys: readonly (keyof T)[]): T => {
    const out = { ...x };
    for (const k of keys) {
      const v = out[k];
      if (typeof v === 'string') (out as Record<keyof T, unknown>)[k] = original(v, x.at);
    }
    return out;
  };
  const one = <T extends { value: string; at: TextPlace }>(x: T | undefined) =>
    x ? named(x, ['value']) : undefined;
  const title = one(r.title);
  const organiser = one(r.organiser);
  const venue = one(r.venue);
  const host = one(r.host);
  return {
    ...r,
    ...(title ? { title } : {}),
    ...(organiser ? { organiser } : {}),
    ...(venue ? { venue } : {}),
    ...(host ? { host } : {}),
    groups: r.groups.map((g) => named(g, ['name'])),
    agenda: r.agenda.map((a) => named(a, ['item', 'presenter'])),
    tasks: r.tasks.map((t) => named(t, ['task', 'owner', 'deadline'])),
    lodging: r.lodging.map((x) => named(x, ['value'])),
    meals: r.meals.map((x) => named(x, ['value'])),
    vehicles: r.vehicles.map((x) => named(x, ['value'])),
    staff: r.staff.map((x) => named(x, ['value'])),
    materials: r.materials.map((x) => named(x, ['value'])),
    budget: r.budget.map((b) => named(b, ['name'])),
    blanks: r.blanks.map((b) => named(b, ['text'])),
  };
}
