import type { Finding } from '../audit/finding.js';
import type { LineRecord } from './lines.js';

/**
 * Fewest non-trivial lines a repeated passage must have to be reported.
 *
 * @example
 * ```ts
 * REPEAT_MIN_LINES; // 3
 * ```
 */
export const REPEAT_MIN_LINES = 3;
/**
 * Changed, added or dropped lines a copy may have between matching runs and still be one copy.
 *
 * @example
 * ```ts
 * REPEAT_GAP; // 3
 * ```
 */
export const REPEAT_GAP = 3;
/**
 * Non-trivial lines the detector remembers (about 40 bytes each); past them it stops looking, so its
 * memory is bounded (about 40 MB) however long the stream.
 *
 * @example
 * ```ts
 * REPEAT_MAX_LINES; // 1048576
 * ```
 */
export const REPEAT_MAX_LINES = 1 << 20;
/** Lines shorter than this (after dropping spaces) are trivial: blank lines, `一、`, `(盖章)`. */
const MIN_CHARS = 6;
const EXCERPT = 80;

/** Where one line of a passage sits. */
interface Place {
  line: number;
  column: number;
  excerpt: string;
}

/**
 * Finds passages that repeat earlier ones, line by line, as a document streams past.
 *
 * @example
 * ```ts
 * const d: RepeatDetector = createRepeatDetector();
 * d.add(lineRecord(1, '第一条 会议时间定于五月'));
 * d.end(); // []
 * ```
 */
export interface RepeatDetector {
  /** Feeds the next line (in order). */
  add(rec: LineRecord): void;
  /** Ends the input and returns one `text.repeat` finding per repeated passage, by first occurrence. */
  end(): Finding[];
}

/** Two 32-bit FNV-1a style hashes of a line with spaces dropped (one pass). */
function lineHash(text: string): [number, number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0x3000 || c === 13) continue;
    n++;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return [h1 >>> 0, h2 >>> 0, n];
}

/** A safe-integer key from two 32-bit hashes (53 bits kept). */
function key(h1: number, h2: number): number {
  return (h1 >>> 0) * 0x200000 + (h2 & 0x1fffff);
}

/** Growable arrays of 32-bit integers, one slot per non-trivial line. */
class IntColumn {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  at(i: number): number {
    return this.data[i]!;
  }
}

/** A copy of an earlier passage: indices into the non-trivial lines, both ends inclusive. */
interface Copy {
  srcStart: number;
  srcEnd: number;
  tgtStart: number;
  tgtEnd: number;
  excerpt: string;
}

/**
 * Creates a detector of repeated passages: runs of at least {@link REPEAT_MIN_LINES} non-trivial lines
 * (spaces ignored, lines under six characters skipped) that appeared before in the same document.
 * Scraped copies are rarely exact, so a copy may skip or add up to {@link REPEAT_GAP} lines between
 * matching runs and still count as one copy; copies whose sources overlap are reported together.
 *
 * It hashes each line once and looks up each window of three consecutive line hashes in a table of
 * first occurrences, then extends a match line by line, so time is linear in the input. Memory holds
 * one entry per non-trivial line (two 32-bit hashes, line and columns, one table entry for the window
 * ending there) plus one record per copy found: it grows with the number of lines, by a few integers
 * each, but not with their length, and no text is kept; past {@link REPEAT_MAX_LINES} lines it stops.
 *
 * Each repeated passage gives an `info` finding `text.repeat` at its first occurrence, spanning it
 * (`endLine`, `endColumn`), with the later copies in `alsoAt`.
 *
 * @example
 * ```ts
 * const d = createRepeatDetector();
 * const block = ['第一条 会议时间定于五月', '第二条 会议地点在市政府', '第三条 参会人员共计百人'];
 * [...block, '其他内容写在这里', ...block].forEach((l, i) => d.add(lineRecord(i + 1, l)));
 * d.end()[0]?.alsoAt; // [{ line: 5, column: 1, excerpt: '第一条 会议时间定于五月', endLine: 7, endColumn: 13 }]
 * ```
 */
export function createRepeatDetector(): RepeatDetector {
  const h1s = new IntColumn();
  const h2s = new IntColumn();
  const lines = new IntColumn();
  const columns = new IntColumn();
  const ends = new IntColumn(); // original end column (1-based, exclusive) of each line
  const firstOf = new Map<number, number>(); // window key → index of the window's last line
  const recent: LineRecord[] = []; // the last REPEAT_MIN_LINES non-trivial lines, for excerpts
  const copies: Copy[] = [];
  let cur: Copy | undefined; // the copy being read
  let extending = false; // the last line extended `cur`

  const same = (a: number, b: number): boolean => h1s.at(a) === h1s.at(b) && h2s.at(a) === h2s.at(b);

  function place(from: number, to: number, excerpt: string): Place & { endLine: number; endColumn: number } {
    return {
      line: lines.at(from),
      column: columns.at(from),
      excerpt,
      endLine: lines.at(to),
      endColumn: ends.at(to),
    };
  }

  function excerptOf(rec: LineRecord): string {
    const t = rec.text.trim();
    return t.length > EXCERPT ? `${t.slice(0, EXCERPT)}…` : t;
  }

  return {
    add(rec: LineRecord): void {
      if (h1s.length >= REPEAT_MAX_LINES) return;
      const [h1, h2, n] = lineHash(rec.text);
      if (n < MIN_CHARS) return;
      const j = h1s.length;
      h1s.push(h1);
      h2s.push(h2);
      lines.push(rec.line);
      let first = 0;
      while (first < rec.text.length && (rec.text[first] === ' ' || rec.text[first] === '\t')) first++;
      columns.push(rec.norm.origin[first]! + 1);
      ends.push(rec.norm.origin[rec.text.length]! + 1);
      recent.push(rec);
      if (recent.length > REPEAT_MIN_LINES) recent.shift();
      if (cur && extending) {
        const s = cur.srcEnd + 1;
        extending = s < cur.tgtStart && same(s, j);
        if (extending) {
          cur.srcEnd = s;
          cur.tgtEnd = j;
        }
      }
      if (j + 1 < REPEAT_MIN_LINES) return;
      const w0 = j - REPEAT_MIN_LINES + 1;
      let wk1 = 0;
      let wk2 = 0;
      for (let i = w0; i <= j; i++) {
        wk1 = Math.imul(wk1 ^ h1s.at(i), 0x01000193) ^ (wk1 >>> 13);
        wk2 = Math.imul(wk2 ^ h2s.at(i), 0x5bd1e995) ^ (wk2 >>> 11);
      }
      const wkey = key(wk1, wk2);
      const src = firstOf.get(wkey);
      if (src === undefined) {
        firstOf.set(wkey, j);
        return;
      }
      if (extending || (cur && w0 <= cur.tgtEnd)) return;
      const s0 = src - REPEAT_MIN_LINES + 1;
      if (src >= w0) return; // overlapping copies (a line repeated many times in a row)
      for (let i = 0; i < REPEAT_MIN_LINES; i++) if (!same(s0 + i, w0 + i)) return;
      extending = true;
      // A run that continues the copy being read after a few changed lines joins it.
      if (
        cur &&
        w0 - cur.tgtEnd <= REPEAT_GAP + 1 &&
        s0 > cur.srcEnd &&
        s0 - cur.srcEnd <= REPEAT_GAP + 1 &&
        src < cur.tgtStart
      ) {
        cur.srcEnd = src;
        cur.tgtEnd = j;
        return;
      }
      if (cur) copies.push(cur);
      cur = { srcStart: s0, srcEnd: src, tgtStart: w0, tgtEnd: j, excerpt: excerptOf(recent[0]!) };
    },
    end(): Finding[] {
      if (cur) copies.push(cur);
      cur = undefined;
      // Copies whose sources overlap are copies of one passage.
      const bySource = [...copies].sort((a, b) => a.srcStart - b.srcStart || a.tgtStart - b.tgtStart);
      const out: Finding[] = [];
      for (let i = 0; i < bySource.length; ) {
        const head = bySource[i]!;
        let srcEnd = head.srcEnd;
        const group: Copy[] = [];
        // Overlapping copies belong together when they share at least half of each other's lines, so
        // a copy of a whole document does not swallow the smaller passages repeated inside it.
        while (i < bySource.length) {
          const c = bySource[i]!;
          const shared = Math.min(srcEnd, c.srcEnd) - c.srcStart + 1;
          const halfOf = (n: number) => shared * 2 >= n;
          if (group.length > 0 && !(halfOf(c.srcEnd - c.srcStart + 1) && halfOf(srcEnd - head.srcStart + 1)))
            break;
          srcEnd = Math.max(srcEnd, c.srcEnd);
          group.push(c);
          i++;
        }
        group.sort((a, b) => a.tgtStart - b.tgtStart);
        const at = place(head.srcStart, srcEnd, head.excerpt);
        const m = {
          en: `The passage of lines ${at.line}–${at.endLine} is repeated later in the document (${group.length}×).`,
          zh: `第${at.line}–${at.endLine}行的内容在文中重复出现（${group.length}次）。`,
        };
        out.push({
          rule: 'text.repeat',
          severity: 'info',
          verdict: 'match',
          at,
          message: m.en,
          messages: m,
          reason: `${srcEnd - head.srcStart + 1} non-trivial lines repeated ${group.length} time(s)`,
          alsoAt: group.map((c) => place(c.tgtStart, c.tgtEnd, c.excerpt)),
        });
      }
      return out;
    },
  };
}
