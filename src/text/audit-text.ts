import type { Finding, FindingLocation } from '../audit/finding.js';
import { HuiwuError } from '../errors.js';
import type { Claim } from './claim.js';
import { extractBreakdowns, RESTATE_LOOKAHEAD } from './extract-breakdowns.js';
import { extractDates } from './extract-dates.js';
import { extractListCount, LIST_LOOKAHEAD } from './extract-lists.js';
import { extractProducts } from './extract-products.js';
import { extractAttendees, extractBudgetTotal, SUM_LOOKBACK } from './extract-sums.js';
import { findingOf, typoFinding } from './findings.js';
import { type LineRecord, type LineWindow, lineRecord, locate } from './lines.js';

/** Options for {@link auditText} and {@link createTextAuditor}. */
export interface AuditTextOptions {
  /** Keep claims that are only facts (dates, times, date ranges). Default true. */
  facts?: boolean;
  /** Keep findings whose verdict is `match`. Default true. */
  matches?: boolean;
  /** Keep the list of claims. Default true; turn it off for long streams so memory stays flat. */
  claims?: boolean;
}

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
  findings: Finding[];
  repeats: Repeat[];
}

/** A streaming auditor: push text in chunks of any size, then call `end()`. */
export interface TextAuditor {
  push(chunk: string): void;
  end(): TextAuditResult;
}

const AHEAD = Math.max(LIST_LOOKAHEAD, RESTATE_LOOKAHEAD);
const BEHIND = SUM_LOOKBACK;

function keyOf(f: Finding): string {
  const at = f.at as { excerpt?: string };
  return [f.rule, at.excerpt ?? '', f.stated ?? '', f.expected ?? '', f.verdict].join('\u0001');
}

/**
 * Creates a streaming text auditor. Memory holds a window of about a hundred lines plus one entry per
 * distinct finding, so it does not grow with the length of the input; results are the same as
 * {@link auditText} on the concatenated chunks, however the text is split.
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
  const window = new Map<number, LineRecord>();
  const win: LineWindow = { get: (no) => window.get(no) };
  const claims: Claim[] = [];
  const findings: Finding[] = [];
  const byKey = new Map<string, Finding>();
  let partial: string[] = [];
  let lineNo = 0; // lines read so far
  let done = 0; // lines examined so far
  let ended: TextAuditResult | undefined;

  function record(f: Finding): void {
    if (f.verdict === 'match' && !keepMatches && f.rule !== 'text.typo') return;
    const k = keyOf(f);
    const first = byKey.get(k);
    if (first) {
      const at = f.at as { line: number; column: number; excerpt: string };
      if (!first.alsoAt) first.alsoAt = [];
      first.alsoAt.push({ line: at.line, column: at.column, excerpt: at.excerpt });
      return;
    }
    byKey.set(k, f);
    findings.push(f);
  }

  function examine(rec: LineRecord): void {
    const found: Claim[] = [];
    const run = (fn: () => Claim[]): void => {
      // An extractor bug must not cost the rest of the audit, and input must never make auditing throw.
      try {
        found.push(...fn());
      } catch {
        /* skip this extractor on this line */
      }
    };
    run(() => extractProducts(rec));
    run(() => extractBudgetTotal(win, rec));
    run(() => extractAttendees(win, rec));
    run(() => extractBreakdowns(win, rec));
    run(() => extractListCount(win, rec));
    run(() => extractDates(rec));
    for (const c of found) {
      if (!c.rule && !keepFacts) continue;
      if (keepClaims) claims.push(c);
      const f = findingOf(c);
      if (f) record(f);
    }
    for (const t of rec.norm.typos) {
      const at = locate(rec, t.offset, t.offset + 1);
      record(
        typoFinding(
          { line: rec.no, column: t.originalColumn + 1, excerpt: at.excerpt },
          t.found,
          t.replacement,
        ),
      );
    }
  }

  function addLine(raw: string): void {
    lineNo++;
    window.set(lineNo, lineRecord(lineNo, raw.endsWith('\r') ? raw.slice(0, -1) : raw));
    while (done + 1 <= lineNo - AHEAD) step();
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
      while (done < lineNo) step();
      const repeats: Repeat[] = findings
        .filter((f) => f.alsoAt && f.alsoAt.length > 0)
        .map((f) => ({ rule: f.rule, at: f.at, alsoAt: f.alsoAt ?? [] }));
      ended = { claims, findings, repeats };
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
