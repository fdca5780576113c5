/**
 * Stable error codes. A code never changes meaning once released, so callers may switch on it.
 *
 * @example
 * ```ts
 * import { parseAmount, HuiwuError } from 'huiwu';
 * try { parseAmount('12abc'); } catch (e) { if (e instanceof HuiwuError) console.log(e.code); } // 'AMOUNT_SYNTAX'
 * ```
 */
export type ErrorCode =
  | 'AMOUNT_SYNTAX'
  | 'AMOUNT_EMPTY'
  | 'AMOUNT_NOT_FINITE'
  | 'AMOUNT_UNSAFE_NUMBER'
  | 'AMOUNT_TYPE'
  | 'AMOUNT_RANGE'
  | 'AMOUNT_PRECISION'
  | 'UNIT_UNKNOWN'
  | 'UPPERCASE_SYNTAX'
  | 'ALLOCATE_WEIGHTS'
  | 'ROUNDING_MODE'
  | 'SCHEMA'
  | 'DUPLICATE_ID'
  | 'NESTING_TOO_DEEP'
  | 'UNKNOWN_RANK'
  | 'POLICY'
  | 'TEXT_INPUT'
  | 'USAGE'
  | 'IO'
  | 'FILE_FORMAT';

/** Where an error happened: a path into structured input, or a position in text. */
export interface ErrorLocation {
  /** Path into the input, e.g. `['sections', 0, 'items', 2, 'unitPrice']`. */
  path?: readonly (string | number)[];
  /** 1-based line in the original text. */
  line?: number;
  /** 1-based column in the original text. */
  column?: number;
}

/** One problem inside a {@link HuiwuError} that gathers several (e.g. schema validation). */
export interface ErrorIssue {
  code: string;
  path: readonly (string | number)[];
  message: string;
}

/**
 * The one error class huiwu throws. It carries a stable {@link ErrorCode}, where the problem is,
 * and a message meant for a person.
 *
 * @example
 * ```ts
 * import { parseAmount, HuiwuError } from 'huiwu';
 * try {
 *   parseAmount('', { path: ['items', 0, 'unitPrice'] });
 * } catch (e) {
 *   if (e instanceof HuiwuError) console.log(e.code, e.path); // AMOUNT_EMPTY [ 'items', 0, 'unitPrice' ]
 * }
 * ```
 */
export class HuiwuError extends Error {
  override readonly name = 'HuiwuError';
  readonly code: ErrorCode;
  readonly path: readonly (string | number)[] | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly issues: readonly ErrorIssue[];

  constructor(
    code: ErrorCode,
    message: string,
    where: ErrorLocation = {},
    issues: readonly ErrorIssue[] = [],
    options?: { cause?: unknown; messageHasPlace?: boolean },
  ) {
    // A message that already names its places (a schema error listing every problem) keeps its words.
    super(options?.messageHasPlace ? message : withWhere(message, where), options);
    this.code = code;
    this.path = where.path;
    this.line = where.line;
    this.column = where.column;
    this.issues = issues;
  }

  /** A plain object for JSON output (errors have no enumerable `message` by default). */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      ...(this.path ? { path: this.path } : {}),
      ...(this.line !== undefined ? { line: this.line, column: this.column } : {}),
      ...(this.issues.length ? { issues: this.issues } : {}),
    };
  }
}

/**
 * Formats a path the way people read it: `sections[0].items[2].unitPrice`.
 *
 * @example
 * ```ts
 * formatPath(['sections', 0, 'items', 2]); // 'sections[0].items[2]'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || '(root)';
}

/** How many problems a schema error's message lists before it says how many more there are. */
const LISTED = 50;

/**
 * The message of a schema error: every problem with its path (`items[1].name: required field is
 * missing; days: …`), in the same words for budgets, meetings and policies.
 *
 * @example
 * ```ts
 * schemaMessage('budget', [{ code: 'required', path: ['items', 1, 'name'], message: 'required field is missing' }]);
 * // 'invalid budget: items[1].name: required field is missing'
 * ```
 */
export function schemaMessage(what: string, issues: readonly ErrorIssue[]): string {
  if (!issues.length) return `invalid ${what}`;
  const shown = issues
    .slice(0, LISTED)
    .map((i) => (i.path.length ? `${formatPath(i.path)}: ${i.message}` : i.message))
    .join('; ');
  const more = issues.length > LISTED ? ` (and ${issues.length - LISTED} more)` : '';
  return `invalid ${what}: ${shown}${more}`;
}

/**
 * A `SCHEMA` error listing every problem with its path ({@link schemaMessage}); its `path` is the
 * first problem's.
 *
 * @example
 * ```ts
 * schemaError('meeting', issues).message; // 'invalid meeting: groups[0].count: …; groups[1].name: …'
 * ```
 */
export function schemaError(what: string, issues: readonly ErrorIssue[]): HuiwuError {
  const first = issues[0];
  return new HuiwuError('SCHEMA', schemaMessage(what, issues), first ? { path: first.path } : {}, issues, {
    messageHasPlace: true,
  });
}

function withWhere(message: string, where: ErrorLocation): string {
  if (where.path?.length) return `${formatPath(where.path)}: ${message}`;
  if (where.line !== undefined) return `${where.line}:${where.column ?? 1}: ${message}`;
  return message;
}
