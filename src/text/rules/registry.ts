import { equation } from './equation.js';
import { listTotal } from './list-total.js';
import type { TextRule } from './types.js';

/**
 * Every relation rule the text auditor runs, in the order they run. Adding a rule is a file of its
 * own and a line here.
 *
 * @example
 * ```ts
 * RULES.map((r) => r.name); // ['equation', 'list-total', …]
 * ```
 */
export const RULES: readonly TextRule[] = [equation, listTotal];
