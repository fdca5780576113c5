import type { Figure } from '../figures.js';

/** Kinds of figure a sum may add: money, people, or figures of one other unit. */
export type UnitFamily = 'money' | 'people' | `unit:${string}`;

const PEOPLE = new Set(['人', '名', '位']);

/**
 * The family a figure's unit belongs to, or undefined when it has none or is a rate (`元/人`).
 * Measure words (块, 个, 台, 辆, 项, 间, 份, 套, 双 …) are their own family, never money.
 *
 * @example
 * ```ts
 * familyOf(scanFigures('1.5万元')[0]!); // 'money'
 * familyOf(scanFigures('12块')[0]!);    // 'unit:块'
 * ```
 */
export function familyOf(f: Figure): UnitFamily | undefined {
  if (f.per || f.unit === '') return undefined;
  if (f.unit === '元') return 'money';
  if (PEOPLE.has(f.unit)) return 'people';
  if (f.unit === '%' || f.unit === '百分点' || f.unit === '‰') return undefined;
  return `unit:${f.unit}`;
}

/**
 * True for two people units that count the same thing (人, 名, 位), or the same unit.
 *
 * @example
 * ```ts
 * sameCountUnit('名', '人'); // true
 * sameCountUnit('间', '人'); // false
 * ```
 */
export function sameCountUnit(a: string, b: string): boolean {
  return (
    a === b || (PEOPLE.has(a) && PEOPLE.has(b)) || ((a === '天' || a === '日') && (b === '天' || b === '日'))
  );
}

const depths = new WeakMap<object, Uint16Array>();

/**
 * Bracket depth before each offset of a line's text, computed once per line.
 *
 * @example
 * ```ts
 * bracketDepth(rec)[9]; // 1 inside (…)
 * ```
 */
export function bracketDepth(rec: { text: string }): Uint16Array {
  let d = depths.get(rec);
  if (d) return d;
  const t = rec.text;
  d = new Uint16Array(t.length + 1);
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    d[i] = depth;
    const c = t[i];
    if (c === '(' || c === '（') depth = Math.min(depth + 1, 65535);
    else if ((c === ')' || c === '）') && depth > 0) depth--;
  }
  d[t.length] = depth;
  depths.set(rec, d);
  return d;
}
