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
    options?: { cause?: unknown },
  ) {
    super(withWhere(message, where), options);
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

function withWhere(message: string, where: ErrorLocation): string {
  if (where.path?.length) return `${formatPath(where.path)}: ${message}`;
  if (where.line !== undefined) return `${where.line}:${where.column ?? 1}: ${message}`;
  return message;
}
