import { type LineRecord, markers } from '../lines.js';
import { clean, type PlanDoc, placeOf } from './doc.js';
import { countOf } from './numbers.js';
import type { GroupReading, Sourced } from './types.js';

const ATTENDEE_LABEL =
  /^(?:参会|参加|出席|与会|列席|邀请|培训|参训|参赛|会议)?(?:人员|对象|范围|单位|嘉宾|人员范围|人员及人数|人数)$|^参会人员及分组$/;
const NUM = '\\d{1,5}|[一二三四五六七八九十百两]{1,4}';
// 6人, 约50人, 50余人, 50人左右, 各1人.
const COUNT = new RegExp(`(约|近|大约|共约)?\\s*(各)?\\s*(${NUM})\\s*(余|多)?\\s*(?:人|名|位)(左右)?`);
const TOTAL = new RegExp(
  `(?:共计|合计|总计|共|总人数|参会人数|人数)\\s*[为:：约]?\\s*(约)?\\s*(${NUM})\\s*(余|多)?\\s*(?:人|名)(左右)?`,
);

/**
 * The attendee groups and their stated total, from a `参会人员：` line or section: one group per
 * item (`（一）局领导6人；`), with its count as written (`6`, `约50`, `50余`), or blank when the text
 * gives none. A 共计N人 line is the total, not a group.
 *
 * @example
 * ```ts
 * readGroups(planDoc('参会人员：局领导6人；各科室负责人12人。共计18人')).groups.length; // 2
 * ```
 */
export function readGroups(doc: PlanDoc): { groups: GroupReading[]; total?: Sourced } {
  const groups: GroupReading[] = [];
  let total: Sourced | undefined;
  const seen = new Set<LineRecord>();
  for (const l of doc.labelled) {
    if (!ATTENDEE_LABEL.test(l.label)) continue;
    const section = doc.sections.find((s) => s.heading === l);
    const lines: { rec: LineRecord; from: number }[] = [];
    if (l.value) lines.push({ rec: l.rec, from: l.valueStart });
    for (const rec of section?.body ?? []) {
      if (rec.text.trim() !== '') lines.push({ rec, from: 0 });
    }
    for (const { rec, from } of lines) {
      if (seen.has(rec)) continue;
      seen.add(rec);
      const t = rec.text;
      const tm = TOTAL.exec(t.slice(from));
      if (tm && !total) {
        const s = from + tm.index;
        total = { value: countOf(tm[2]!) ?? tm[2]!, at: placeOf(rec, s, s + tm[0].length) };
      }
      for (const p of pieces(t, from)) {
        const g = groupOf(rec, p.start, p.end);
        if (g) groups.push(g);
      }
    }
    if (groups.length) break;
  }
  return { groups, ...(total ? { total } : {}) };
}

/** The pieces of a line that name one group each: split at ；。 and at list markers. */
function pieces(t: string, from: number): { start: number; end: number }[] {
  const cuts = [from];
  for (const m of markers(t)) if (m.start > from) cuts.push(m.start);
  for (let i = from; i < t.length; i++) if (/[;；。]/.test(t[i]!)) cuts.push(i + 1);
  cuts.push(t.length);
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const out: { start: number; end: number }[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k]!;
    const b = sorted[k + 1]!;
    if (t.slice(a, b).trim().length >= 2) out.push({ start: a, end: b });
  }
  // 局领导6人，处室负责人12人: several counted groups in one piece, split at commas.
  return out.flatMap((p) => {
    const parts = t.slice(p.start, p.end).split(/[，,]/);
    if (parts.length < 2 || parts.filter((x) => COUNT.test(x)).length < 2) return [p];
    const subs: { start: number; end: number }[] = [];
    let at = p.start;
    for (const x of parts) {
      subs.push({ start: at, end: at + x.length });
      at += x.length + 1;
    }
    return subs;
  });
}

function groupOf(rec: LineRecord, start: number, end: number): GroupReading | undefined {
  const t = rec.text;
  let s = start;
  const m = markers(t).find((x) => x.start >= start && x.start - start <= 2);
  if (m) s = m.end;
  const piece = t.slice(s, end);
  if (/^(?:以上|共计|合计|总计|共|总人数)/.test(clean(piece))) return undefined;
  const c = COUNT.exec(piece);
  let name: string;
  let count = '';
  if (c) {
    name = clean(
      piece
        .slice(0, c.index)
        .replace(/[（(]\s*$/, '')
        .replace(/(?:共|计|等|各|约)$/, ''),
    );
    const n = countOf(c[3]!) ?? c[3]!;
    count = `${c[1] && c[1] !== '共约' ? c[1] : c[1] === '共约' ? '约' : ''}${n}${c[4] ?? ''}${c[5] ?? ''}`;
    if (name === '' || /[，,]$/.test(name)) return undefined;
  } else {
    name = clean(piece);
    // A sentence is not a group's name: a group is short, and not an instruction.
    if (name.length > 30 || /请|要求|务必|须|应|报送|于.*前/.test(name)) return undefined;
  }
  name = name.replace(/^[（(]|[)）]$/g, '');
  if (name.length < 2) return undefined;
  return { name, count, at: placeOf(rec, s, end) };
}
