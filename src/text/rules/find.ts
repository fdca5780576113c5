import type { Figure } from '../figures.js';
import type { LineRecord } from '../lines.js';
import { type Span, sentencesOf } from '../tree/sentences.js';

/**
 * How far before a figure a rule looks for the figures it relates to. Relations in prose are stated
 * within a sentence or two; the bound keeps every rule linear however long a line is.
 */
export const NEAR = 400;

/** How far before a share or a per-capita figure its whole may be named (a whole opens a paragraph). */
export const NEAR_WHOLE = 2000;

/** Index of the first element whose key is ≥ `x` (keys ascending). */
function lowerBound<T>(xs: readonly T[], x: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(xs[mid]!) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The figures of a line that lie within `[start, end)`, found by binary search.
 *
 * @example
 * ```ts
 * figuresIn(rec, 0, 10).map((f) => f.text);
 * ```
 */
export function figuresIn(rec: LineRecord, start: number, end: number): Figure[] {
  const fs = rec.figures;
  const out: Figure[] = [];
  for (let i = lowerBound(fs, start, (f) => f.start); i < fs.length && fs[i]!.start < end; i++) {
    if (fs[i]!.end <= end) out.push(fs[i]!);
  }
  return out;
}

/**
 * The sentence of a line that holds offset `at`, found by binary search.
 *
 * @example
 * ```ts
 * sentenceAt(rec, 12); // { start: 6, end: 20 }
 * ```
 */
export function sentenceAt(rec: LineRecord, at: number): Span | undefined {
  const ss = sentencesOf(rec);
  const k = lowerBound(ss, at + 1, (s) => s.end);
  const s = ss[k];
  return s && s.start <= at ? s : undefined;
}

/**
 * The part of `at`'s sentence that a rule searches before `at`: from the sentence start, but no more
 * than {@link NEAR} characters back.
 *
 * @example
 * ```ts
 * nearBefore(rec, pct.start); // { start, end: pct.start }
 * ```
 */
export function nearBefore(rec: LineRecord, at: number): Span | undefined {
  const s = sentenceAt(rec, at);
  if (!s) return undefined;
  return { start: Math.max(s.start, at - NEAR), end: at };
}

/**
 * The sentence that holds `at`, clipped to {@link NEAR} characters on either side.
 *
 * @example
 * ```ts
 * clippedSentence(rec, pct.start); // { start, end }
 * ```
 */
export function clippedSentence(rec: LineRecord, at: number): Span | undefined {
  const s = sentenceAt(rec, at);
  if (!s) return undefined;
  return { start: Math.max(s.start, at - NEAR), end: Math.min(s.end, at + NEAR) };
}
