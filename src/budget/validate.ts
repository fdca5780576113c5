import type * as z from 'zod';
import { type ErrorIssue, formatPath, HuiwuError, schemaError } from '../errors.js';
import { schemaIssues } from '../schema-issues.js';

/**
 * How deeply sections may nest. Plans rarely go past three levels; the limit keeps recursion bounded.
 *
 * @example
 * ```ts
 * MAX_DEPTH; // 32
 * ```
 */
export const MAX_DEPTH = 32;

/** Options for parsing structured input. */
export interface ParseInputOptions {
  /**
   * What to do with fields the schema does not know: `'error'` (default) refuses the input and names
   * them; `'report'` drops them from the parsed value and lists them in `unknownFields`, so nothing
   * the user gave disappears unnoticed.
   */
  unknownKeys?: 'error' | 'report';
}

/** A field the schema does not know, and where it was. */
export interface UnknownField {
  path: (string | number)[];
  key: string;
}

/**
 * Walks plain JSON-like input without recursion to refuse cycles and nesting deeper than `maxDepth`
 * before zod (which recurses) ever sees it.
 *
 * @example
 * ```ts
 * checkShape({ title: 't', sections: [] }); // ok; a cycle or 70 levels of nesting throws NESTING_TOO_DEEP
 * ```
 */
export function checkShape(input: unknown, maxDepth = MAX_DEPTH * 2 + 4): void {
  // Only objects on the current path make a cycle; the same object shared by two branches is fine.
  const onPath = new Set<object>();
  const stack: { v: unknown; path: (string | number)[]; leave?: boolean }[] = [{ v: input, path: [] }];
  while (stack.length) {
    const { v, path, leave } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (leave) {
      onPath.delete(v);
      continue;
    }
    if (onPath.has(v)) {
      throw new HuiwuError(
        'NESTING_TOO_DEEP',
        'input refers to itself (a cycle); budgets and meetings must be trees',
        { path },
      );
    }
    if (path.length > maxDepth) {
      throw new HuiwuError('NESTING_TOO_DEEP', `input nests deeper than ${MAX_DEPTH} levels of sections`, {
        path: path.slice(0, 12),
      });
    }
    onPath.add(v);
    stack.push({ v, path, leave: true });
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push({ v: v[i], path: [...path, i] });
    } else {
      for (const k of Object.keys(v))
        stack.push({ v: (v as Record<string, unknown>)[k], path: [...path, k] });
    }
  }
}

function toIssues(error: z.ZodError, input: unknown): ErrorIssue[] {
  return schemaIssues(error, input, {
    unionMessage: 'expected a decimal string such as "2400" or a safe integer',
  });
}

function deleteAt(root: unknown, path: (string | number)[], key: string): void {
  let v: unknown = root;
  for (const p of path) v = (v as Record<string | number, unknown>)[p];
  if (v && typeof v === 'object') delete (v as Record<string, unknown>)[key];
}

/**
 * Validates input with a zod schema and turns failures into one {@link HuiwuError} (`SCHEMA`) whose
 * `issues` name every bad path; the message lists the first few so a person sees what and where.
 *
 * @example
 * ```ts
 * parseWith(BudgetSchema, input, 'budget').value.title;
 * ```
 */
export function parseWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  what: string,
  opts: ParseInputOptions = {},
): { value: T; unknownFields: UnknownField[] } {
  checkShape(input);
  let r = schema.safeParse(input);
  const unknownFields: UnknownField[] = [];
  if (!r.success && opts.unknownKeys === 'report') {
    const issues = r.error.issues;
    if (issues.every((i) => i.code === 'unrecognized_keys')) {
      const copy = structuredClone(input);
      for (const i of issues) {
        if (i.code !== 'unrecognized_keys') continue;
        const path = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        for (const key of i.keys) {
          unknownFields.push({ path, key });
          deleteAt(copy, path, key);
        }
      }
      r = schema.safeParse(copy);
      unknownFields.sort((a, b) =>
        formatPath([...a.path, a.key]).localeCompare(formatPath([...b.path, b.key])),
      );
    }
  }
  if (!r.success) {
    const issues = toIssues(r.error, input);
    throw schemaError(what, issues);
  }
  return { value: r.data, unknownFields };
}
