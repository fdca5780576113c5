import type { Finding, FindingLocation, TextFinding } from '../audit/finding.js';
import { HuiwuError } from '../errors.js';
import type { Claim } from './claim.js';
import { extractRestated, RESTATE_LOOKAHEAD } from './extract-breakdowns.js';
import { extractDates } from './extract-dates.js';
import { extractListCount, LIST_LOOKAHEAD } from './extract-lists.js';
import { extractRateChanges } from './extract-rates.js';
import { blankFinding, findingOf, internalFinding, typoFinding } from './findings.js';
import { type LineRecord, type LineWindow, lineRecord, locate } from './lines.js';
import { createRepeatDetector } from './repeats.js';
import { ruleContext } from './rules/context.js';
import { LIST_REACH } from './rules/list-total.js';
import { RULES } from './rules/registry.js';
import { createTreeBuilder } from './tree/build.js';
import type { Block } from './tree/types.js';
import { unreadFindings } from './unread.js';

/** Options for {@link auditText} and {@link createTextAuditor}. */
export interface AuditTextOptions {
  /** Keep claims that are only facts (dates, times, date ranges). Default true. */
  facts?: boolean;
  /** Keep findings whose verdict is `match`. Default true. */
  matches?: boolean;
  /** Keep the list of claims. Default true; turn it off for long streams so memory stays flat. */
  claims?: boolean;
  /**
   * What to do when an extractor throws (a bug, never the input's fault). By default the audit goes
   * on and reports an `info` finding `text.internal` naming the extractor; `'throw'` rethrows, for
   * tests and debugging.
   */
  onInternalError?: 'report' | 'throw';
}

/** The extractors run on every line, by name (the name appears in `text.internal` findings). */
const EXTRACTORS: readonly [string, (win: LineWindow, rec: LineRecord) => Claim[]][] = [
  ['rate-changes', (_w, r) => extractRateChanges(r)],
  // A count of a part restated further on (签约项目2个 … (3)签约项目1个); the shares are the share rule's.
  ['restated', (w, r) => (r.text.includes('其中') ? extractRestated(w, r) : [])],
  ['list-count', extractListCount],
  // Dates and times stay facts here; durations are the duration rule's.
  ['dates', (_w, r) => extractDates(r).filter((c) => c.rule !== 'duration.days')],
];

/** A passage reported once although it appears several times. */
export interface Repeat {
  rule: string;
  at: FindingLocation;
  alsoAt: FindingLocation[];
}

/** What {@link auditText} returns. */
export interface TextAuditResult {
  /** Every claim found, in document order, repeats included. */
  claims: Claim[];
  /** One finding per distinct checked passage, in document order; repeats listed in `alsoAt`. */
  findings: TextFinding[];
  repeats: Repeat[];
}

/** A streaming auditor: push text in chunks of any size, then call `end()`. */
export interface TextAuditor {
  push(chunk: string): void;
  end(): TextAuditResult;
}

const AHEAD = Math.max(LIST_LOOKAHEAD, RESTATE_LOOKAHEAD);
const BEHIND = LIST_REACH;
/** Blocks kept behind the one being checked, and lines of lookahead a block waits for. */
const BLOCKS_BEHIND = LIST_REACH + 20;
const BLOCK_AHEAD = 16;

function keyOf(f: Finding): string {
  const at = f.at as { excerpt?: string };
  return [f.rule, at.excerpt ?? '', f.stated ?? '', f.expected ?? '', f.verdict].join('\u0001');
}

const lineOf = (f: Finding): number => ('line' in f.at ? f.at.line : 0);

/** Inserts `extra` (sorted by line) into `into` (sorted by line), each after the findings of its line. */
function mergeByLine(into: Finding[], extra: Finding[]): void {
  if (extra.length === 0) return;
  const out: Finding[] = [];
  let k = 0;
  for (const f of into) {
    while (k < extra.length && lineOf(extra[k]!) < lineOf(f)) out.push(extra[k++]!);
    out.push(f);
  }
  while (k < extra.length) out.push(extra[k++]!);
  into.length = 0;
  for (const f of out) into.push(f);
}

/**
 * Creates a streaming text auditor. Memory holds a window of about a hundred lines, one entry per
 * distinct finding, and — for finding repeated passages — a few integers per non-empty line (two
 * 32-bit hashes, line and columns, one hash-table entry); no text is kept beyond the window, so memory
 * does not grow with the length of the lines, only by a small constant per line. Results are the same
 * as {@link auditText} on the concatenated chunks, however the text is split.
 *
 * @example
 * ```ts
 * const a = createTextAuditor();
 * a.push('奖牌:60元*40=2400');
 * a.push('元\n共计:2400元\n');
 * a.end().findings.map((f) => f.rule); // ['product.line']
 * ```
 */
export function createTextAuditor(options: AuditTextOptions = {}): TextAuditor {
  const keepFacts = options.facts ?? true;
  const keepMatches = options.matches ?? true;
  const keepClaims = options.claims ?? true;
  const strict = options.onInternalError === 'throw';
  const repeats = createRepeatDetector();
  const window = new Map<number, LineRecord>();
  const win: LineWindow = { get: (no) => window.get(no) };
  const claims: Claim[] = [];
  // Every finding the text auditor records is placed by line and column.
  const findings: TextFinding[] = [];
  const byKey = new Map<string, TextFinding>();
  const byStated = new Set<string>();
  let partial: string[] = [];
  let lineNo = 0;
  let line = 0; // lines of the original text read so far (lineNo counts segments)
  let done = 0; // lines examined so far
  let ended: TextAuditResult | undefined;
  const blocks = new Map<number, Block>();
  const memory = new Map<string, unknown>();
  const waiting: Block[] = [];
  const tree = createTreeBuilder((b) => {
    blocks.set(b.index, b);
    waiting.push(b);
  });
  const lastLineOf = (b: Block): number =>
    b.kind === 'paragraph' ? b.line.no : b.rows[b.rows.length - 1]!.line.no;

  function checkBlock(b: Block): void {
    const found: Claim[] = [];
    const ctx = ruleContext(b, blocks, (c) => found.push(c), memory);
    for (const rule of RULES) {
      try {
        rule.check(ctx);
      } catch (e) {
        if (strict) throw e;
        const rec = b.kind === 'paragraph' ? b.line : b.rows[0]!.line;
        record(internalFinding(rule.name, locate(rec, 0, 0), e));
      }
    }
    for (const c of found) {
      if (!c.rule && !keepFacts) continue;
      if (keepClaims) claims.push(c);
      const f = findingOf(c);
      if (f) record(f);
      // Both ends of a range off: the high end is a finding of its own.
      if (c.high && c.stated) {
        const h = findingOf({
          ...c,
          stated: { ...c.stated, value: c.high.stated },
          expected: c.high.expected,
          difference: c.high.difference,
        });
        if (h) record(h);
      }
    }
    for (const f of unreadFindings(b, found)) record(f);
    blocks.delete(b.index - BLOCKS_BEHIND);
  }

  function checkBlocks(all: boolean): void {
    let k = 0;
    while (k < waiting.length && (all || lastLineOf(waiting[k]!) <= lineNo - BLOCK_AHEAD))
      checkBlock(waiting[k++]!);
    if (k > 0) waiting.splice(0, k);
  }

  function record(f: Finding): void {
    if (f.verdict === 'match' && !keepMatches && !f.rule.startsWith('text.')) return;
    const k = keyOf(f);
    const first = byKey.get(k);
    if (first) {
      const at = f.at as { line: number; column: number; excerpt: string };
      if (!first.alsoAt) first.alsoAt = [];
      first.alsoAt.push({ line: at.line, column: at.column, excerpt: at.excerpt });
      return;
    }
    // Two rules that read the same statement (`300元/人/天×50人×2天，小计31000元` is an equation and
    // a product closed by 小计) and reach the same verdict on the same figure report it once.
    if (f.statedAt && f.verdict !== 'match' && !f.rule.startsWith('text.')) {
      const s = `${f.statedAt.line}:${f.statedAt.column}\u0001${f.stated ?? ''}\u0001${f.expected ?? ''}\u0001${f.verdict}`;
      if (byStated.has(s)) return;
      byStated.add(s);
    }
    // Text findings are built from claims and places in the text: their `at` is always a line.
    const tf = f as TextFinding;
    byKey.set(k, tf);
    findings.push(tf);
  }

  function examine(rec: LineRecord): void {
    const found: Claim[] = [];
    for (const [name, extract] of EXTRACTORS) {
      // Dates and times are facts for the claims list; without it they are not worth reading.
      if (name === 'dates' && !keepClaims) continue;
      // An extractor bug must not cost the rest of the audit, and input must never make auditing
      // throw; but it must not go unseen either: it becomes a `text.internal` finding.
      try {
        const cs = extract(win, rec);
        for (const c of cs) found.push(c);
      } catch (e) {
        if (strict) throw e;
        record(internalFinding(name, locate(rec, 0, 0), e));
      }
    }
    for (const c of found) {
      if (!c.rule && !keepFacts) continue;
      if (keepClaims) claims.push(c);
      const f = findingOf(c);
      if (f) record(f);
    }
    for (const f of rec.figures) {
      if (f.blank) record(blankFinding(locate(rec, f.start, f.end), f.text.trim()));
    }
    for (const t of rec.norm.typos) {
      const at = locate(rec, t.offset, t.offset + 1);
      record(
        typoFinding(
          { line: rec.line, column: t.originalColumn + 1, excerpt: at.excerpt },
          t.found,
          t.replacement,
        ),
      );
    }
    try {
      repeats.add(rec);
    } catch (e) {
      if (strict) throw e;
      record(internalFinding('repeats', locate(rec, 0, 0), e));
    }
  }

  function addLine(raw: string): void {
    const whole = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // A lone CR ends a line too (old Mac files), as editors number them.
    if (whole.includes('\r')) {
      for (const part of whole.split('\r')) addOneLine(part);
      return;
    }
    addOneLine(whole);
  }

  function addOneLine(text: string): void {
    line++;
    // A line of megabytes (a document with no line breaks) is examined in segments, so memory is
    // bounded by the segment, not the line; positions still report the line and its columns.
    for (let from = 0; from < text.length || from === 0; ) {
      const to = segmentEnd(text, from);
      lineNo++;
      const rec = lineRecord(
        lineNo,
        from === 0 && to === text.length ? text : text.slice(from, to),
        line,
        from,
      );
      window.set(lineNo, rec);
      tree.push(rec);
      checkBlocks(false);
      while (done + 1 <= lineNo - AHEAD) step();
      if (to >= text.length) break;
      from = to;
    }
  }

  function step(): void {
    done++;
    const rec = window.get(done);
    if (rec) examine(rec);
    window.delete(done - BEHIND);
  }

  return {
    push(chunk: string): void {
      if (typeof chunk !== 'string')
        throw new HuiwuError('TEXT_INPUT', `expected text chunks (strings), got ${typeof chunk}`);
      if (ended) throw new HuiwuError('TEXT_INPUT', 'push() after end(): create a new auditor for new text');
      // Pieces of an unfinished line are joined once, when its end arrives, so a long line sent in many
      // chunks costs linear time.
      let start = 0;
      for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
        partial.push(chunk.slice(start, nl));
        addLine(partial.join(''));
        partial = [];
        start = nl + 1;
      }
      if (start < chunk.length) partial.push(chunk.slice(start));
    },
    end(): TextAuditResult {
      if (ended) return ended;
      addLine(partial.join(''));
      partial = [];
      tree.end();
      checkBlocks(true);
      while (done < lineNo) step();
      let passages: Finding[] = [];
      try {
        passages = repeats.end();
      } catch (e) {
        if (strict) throw e;
        passages = [internalFinding('repeats', { line, column: 1, excerpt: '' }, e)];
      }
      // Blocks are checked a little behind the lines: put everything back in document order.
      findings.sort((a, b) => lineOf(a) - lineOf(b));
      mergeByLine(findings, passages);
      const repeated: Repeat[] = findings
        .filter((f) => f.alsoAt && f.alsoAt.length > 0)
        .map((f) => ({ rule: f.rule, at: f.at, alsoAt: f.alsoAt ?? [] }));
      ended = { claims, findings, repeats: repeated };
      return ended;
    },
  };
}

/**
 * Audits a document's text: normalizes it, extracts claims (products, budget totals, head counts,
 * part/whole counts, percentage breakdowns, durations, announced list counts, dates and times) and
 * checks each. A passage repeated later in the document is reported once, at its first place, with
 * the other places in `alsoAt`. Throws only for non-string input (HuiwuError `TEXT_INPUT`).
 *
 * @example
 * ```ts
 * const r = auditText('場租費：2800元\n餐費：15000元\n共計：45000元');
 * r.findings[0]?.verdict;    // 'mismatch'
 * r.findings[0]?.difference; // '27200'
 * ```
 */
/** Longest stretch of one line examined at once. */
export const MAX_SEGMENT = 1 << 16;

/**
 * Where a segment of a long line starting at `from` ends: at a clause break (。；！？) in its last
 * quarter when there is one, else at a comma, 、 or space there, else never between two digits, so
 * a figure or a formula is rarely cut.
 *
 * @example
 * ```ts
 * segmentEnd('短句。', 0); // 3 (the whole line)
 * ```
 */
export function segmentEnd(text: string, from: number): number {
  if (text.length - from <= MAX_SEGMENT) return text.length;
  const hard = from + MAX_SEGMENT;
  for (let i = hard; i > hard - MAX_SEGMENT / 4; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0xff1f) return i;
  }
  // No sentence ends there: a comma or a space between clauses (not 1,000's comma) still keeps a
  // formula such as 100元×3=300元 whole, where a cut at the limit could fall inside it.
  const isDigit = (k: number) => {
    const c = text.charCodeAt(k);
    return c >= 48 && c <= 57;
  };
  for (let i = hard; i > hard - MAX_SEGMENT / 4; i--) {
    const c = text.charCodeAt(i - 1);
    if ((c === 0xff0c || c === 0x2c || c === 0x3001 || c === 0x20) && !(isDigit(i - 2) && isDigit(i)))
      return i;
  }
  // No clause break at all: never inside a figure or a formula (digits, signs, units), so
  // 60元×3=180元 stays whole; past 256 characters of such, the limit itself.
  const inFormula = (k: number) => FORMULA_CHARS.has(text.charCodeAt(k));
  for (let i = hard; i > hard - 256; i--) if (!inFormula(i - 1) && !inFormula(i)) return i;
  return hard;
}

/** Characters a figure or a formula is written with: digits, points, signs, brackets and units. */
const FORMULA_CHARS = new Set(
  [...'0123456789.,，%％×*xX=+-−/÷()（）元万亿千百十个人天次间份'].map((c) => c.charCodeAt(0)),
);

export function auditText(text: string, options: AuditTextOptions = {}): TextAuditResult {
  if (typeof text !== 'string')
    throw new HuiwuError('TEXT_INPUT', `expected text (a string), got ${typeof text}`);
  const a = createTextAuditor(options);
  a.push(text);
  return a.end();
}

/**
 * Audits text arriving as an (async) iterable of chunks — a file stream, say — with memory that does
 * not grow with the input.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * const r = await auditChunks(createReadStream('plan.txt', 'utf8'));
 * ```
 */
export async function auditChunks(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: AuditTextOptions = {},
): Promise<TextAuditResult> {
  const a = createTextAuditor(options);
  for await (const c of chunks) a.push(c);
  return a.end();
}
