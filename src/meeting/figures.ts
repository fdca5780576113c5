import type { Tally } from './tally.js';

/**
 * Plan figures by name — `headCount.attendees`, `lodging.twin`, `meals.buffet.diners`, `badges.代表证` —
 * so a budget line's `source` can say which figures its quantity factors came from.
 */
export type PlanFigures = Record<string, Tally>;

/**
 * Splits a line's `source` into figure names: `'lodging.twin × lodging.nights'` → two names.
 *
 * @example
 * ```ts
 * sourceFigures('lodging.twin × lodging.nights'); // ['lodging.twin', 'lodging.nights']
 * sourceFigures('badges.代表证');                  // ['badges.代表证']
 * ```
 */
export function sourceFigures(source: string): string[] {
  return source
    .split(/\s*[×*]\s*/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Joins figure names into a `source`.
 *
 * @example
 * ```ts
 * joinSource(['lodging.single', 'lodging.nights']); // 'lodging.single × lodging.nights'
 * ```
 */
export function joinSource(names: readonly string[]): string {
  return names.join(' × ');
}
