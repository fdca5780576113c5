/**
 * Where findings sit in the original text, as ranges of UTF-16 columns on each line, and how to cut a
 * line into segments so that overlapping ranges can each be marked.
 */
import type { Finding, FindingLocation } from '../../audit/finding.js';
import { lineRecord } from '../../text/lines.js';

/** A half-open range `[start, end)` of 0-based columns on one line, belonging to one finding. */
export interface Range {
  start: number;
  end: number;
  finding: number;
}

/** A piece of a line and the findings whose ranges cover it (none for plain text). */
export interface Segment {
  text: string;
  findings: number[];
}

type TextAt = Extract<FindingLocation, { line: number }>;

/** The text locations of a finding: where it is reported and where the same passage repeats. */
export function locationsOf(f: Finding): TextAt[] {
  const out: TextAt[] = [];
  for (const at of [f.at, ...(f.alsoAt ?? [])]) if ('line' in at) out.push(at);
  return out;
}

/** Splits text into lines the way the text audit numbers them. */
export function splitTextLines(text: string): string[] {
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/**
 * The columns of the original line a finding covers. It starts at the reported column; it ends after
 * the stated figure when the line has it (found through the library's own normalization, so glosses
 * such as `費(fèi)` between the words do not throw it off), else after the first figure that follows,
 * else at the end of the clause.
 */
export function rangeOf(raw: string, at: TextAt, f: Finding): { start: number; end: number } {
  const start = Math.min(Math.max(at.column - 1, 0), raw.length);
  if (at.endLine === at.line && at.endColumn !== undefined && at.endColumn > at.column)
    return { start, end: Math.min(at.endColumn - 1, raw.length) };
  if (f.rule === 'text.typo') return { start, end: Math.min(start + 1, raw.length) };
  const rec = lineRecord(at.line, raw);
  const origin = rec.norm.origin;
  let s = 0;
  while (s < origin.length && (origin[s] ?? 0) < start) s++;
  const after = rec.figures.filter((fig) => fig.start >= s);
  const stated = f.stated;
  const same = (v: { eq(x: string): boolean } | undefined): boolean => {
    if (v === undefined || stated === undefined) return false;
    try {
      return v.eq(stated);
    } catch {
      return false;
    }
  };
  const fig = after.find((x) => same(x.value)) ?? after[0];
  if (fig && fig.end > fig.start) {
    const last = origin[fig.end - 1];
    if (last !== undefined && last + 1 > start) return { start, end: Math.min(last + 1, raw.length) };
  }
  let end = start;
  while (end < raw.length && !'。；;，,！？!?'.includes(raw[end] ?? '')) end++;
  return { start, end: Math.max(end, Math.min(start + 1, raw.length)) };
}

/** Cuts a line at every range boundary; each segment lists the findings covering it. */
export function segments(raw: string, ranges: Range[]): Segment[] {
  if (ranges.length === 0) return [{ text: raw, findings: [] }];
  const cuts = new Set<number>([0, raw.length]);
  for (const r of ranges) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (b <= a) continue;
    const covering = ranges.filter((r) => r.start <= a && r.end >= b).map((r) => r.finding);
    out.push({ text: raw.slice(a, b), findings: [...new Set(covering)] });
  }
  return out;
}
