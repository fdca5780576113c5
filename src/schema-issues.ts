import type { z } from 'zod';
import type { ErrorIssue } from './errors.js';

/** True when `path` leads to a value present in `root` (own properties only). */
function present(root: unknown, path: readonly (string | number)[]): boolean {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, p)) return false;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v !== undefined;
}

/**
 * A zod error as huiwu's issues, in the same words for budgets, meetings and policies: a missing
 * field, a wrong type, an unknown field (each unknown key its own issue), or the schema's message.
 *
 * @example
 * ```ts
 * const r = BudgetSchema.safeParse({ items: [{}] });
 * if (!r.success) schemaIssues(r.error, input)[0]?.message; // 'required field is missing (expected string)'
 * ```
 */
export function schemaIssues(
  error: z.ZodError,
  input: unknown,
  opts: { unionMessage?: string; skipKeys?: ReadonlySet<string> } = {},
): ErrorIssue[] {
  const out: ErrorIssue[] = [];
  for (const i of error.issues) {
    const path = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (i.code === 'unrecognized_keys') {
      for (const key of i.keys) {
        if (opts.skipKeys?.has(key)) continue;
        out.push({ code: 'unknown_field', path: [...path, key], message: `unknown field "${key}"` });
      }
    } else if (i.code === 'invalid_type' && !present(input, path)) {
      out.push({
        code: 'missing_field',
        path,
        message: `required field is missing (expected ${i.expected})`,
      });
    } else if (i.code === 'invalid_type') {
      out.push({ code: 'invalid_type', path, message: `wrong type: expected ${i.expected}` });
    } else if (i.code === 'invalid_union' && path.length && opts.unionMessage) {
      out.push({ code: 'invalid_value', path, message: opts.unionMessage });
    } else {
      out.push({ code: i.code, path, message: i.message });
    }
  }
  return out;
}
