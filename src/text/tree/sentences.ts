/** A span `[start, end)` of a normalized line. */
export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?']);
const CLAUSE_END = new Set([',', '，', ';', '；', ':', '：']);

/**
 * The sentences of `text[start, end)`: up to and including 。！？ (a full stop inside brackets or a
 * decimal point is not one).
 *
 * @example
 * ```ts
 * sentences('共91条。其中13条。', 0, 11); // [{ start: 0, end: 5 }, { start: 5, end: 11 }]
 * ```
 */
export function sentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    else if (depth === 0 && SENTENCE_END.has(c)) {
      out.push({ start: from, end: i + 1 });
      from = i + 1;
    }
  }
  if (from < end && text.slice(from, end).trim() !== '') out.push({ start: from, end });
  return out;
}

const cache = new WeakMap<object, Span[]>();

/**
 * The sentences of a whole line's text, computed once per line.
 *
 * @example
 * ```ts
 * sentencesOf(lineRecord(1, '共91条。其中13条。')).length; // 2
 * ```
 */
export function sentencesOf(rec: { text: string }): Span[] {
  let s = cache.get(rec);
  if (!s) {
    s = sentences(rec.text, 0, rec.text.length);
    cache.set(rec, s);
  }
  return s;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** True when the comma at `i` groups a number's digits (12,000.00), rather than ending a clause. */
function groupsDigits(text: string, i: number): boolean {
  return (
    text[i] === ',' &&
    isDigit(text[i - 1]) &&
    isDigit(text[i + 1]) &&
    isDigit(text[i + 2]) &&
    isDigit(text[i + 3]) &&
    !isDigit(text[i + 4])
  );
}

/**
 * The clauses of a sentence span: split after ，,；;：: outside brackets, but not at the comma that
 * groups a number's digits (`12,000.00元`).
 *
 * @example
 * ```ts
 * clauses('交通项目18个,已开工11个', { start: 0, end: 14 }).length; // 2
 * ```
 */
export function clauses(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let from = span.start;
  let depth = 0;
  for (let i = span.start; i < span.end; i++) {
    const c = text[i]!;
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    else if (depth === 0 && CLAUSE_END.has(c) && !groupsDigits(text, i)) {
      out.push({ start: from, end: i + 1 });
      from = i + 1;
    }
  }
  if (from < span.end) out.push({ start: from, end: span.end });
  return out;
}

/**
 * True when offset `at` of `text` lies inside round brackets.
 *
 * @example
 * ```ts
 * inBrackets('2800元(含茶水100元)', 9); // true
 * ```
 */
export function inBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
  }
  return depth > 0;
}
