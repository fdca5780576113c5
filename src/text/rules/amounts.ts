import type { Figure } from '../figures.js';
import type { Quantity } from '../interval.js';
import { quantityOf } from '../interval.js';
import type { LineRecord } from '../lines.js';
import { labelBefore } from '../lines.js';
import type { Segment } from '../tree/types.js';
import { type Equation, evaluate, findEquations } from './expression.js';
import { bracketDepth, familyOf, type UnitFamily } from './units.js';
import type { Placed } from './verdict.js';

/** One amount a list item states: a plain figure, or the result of its equation. */
export interface ItemAmount extends Placed {
  /** The recomputed value when the amount closes an equation (`60元/个*40=2400元` → 2400). */
  computed?: Quantity;
  equation?: Equation;
}

const eqCache = new WeakMap<LineRecord, Equation[]>();

/**
 * The equations of a line, found once per line.
 *
 * @example
 * ```ts
 * equationsOf(lineRecord(1, '60元/个*40=2400元')).length; // 1
 * ```
 */
export function equationsOf(rec: LineRecord): Equation[] {
  let e = eqCache.get(rec);
  if (!e) {
    e = findEquations(rec.text, rec.figures);
    eqCache.set(rec, e);
  }
  return e;
}

/**
 * The whole name of a list item's line: from its marker to its first figure (`横额、桌签、请柬、文件袋、鲜花`),
 * when that is a name and not a sentence.
 */
function itemName(seg: Segment, f: Figure): string | undefined {
  const from = seg.marker ? seg.marker.end : seg.start;
  const first = seg.figures[0];
  if (!first || first.start < from) return undefined;
  // Only the figure the name stands before, or the first of its line.
  const end = Math.min(f.start, first.start);
  const raw = seg.line.text
    .slice(from, end)
    .replace(/[:：\s]+$/, '')
    .replace(/(为|约|共|计)$/, '')
    .trim();
  if (raw === '' || raw.length > 30 || /[,，。;；]/.test(raw)) return undefined;
  return raw;
}

/**
 * The amounts of family `family` that a segment states: equation results, and plain figures that are
 * neither a factor of an equation, nor a rate (元/人), nor after 每/各/均, nor a note in brackets
 * beside an amount outside them. `plain` counts the plain ones: two or more on one item make its
 * amount ambiguous (a price and a total, or two parts).
 *
 * @example
 * ```ts
 * amountsOf(segment, 'money'); // { amounts: [2800元], plain: 1 }
 * ```
 */
export function amountsOf(seg: Segment, family: UnitFamily): { amounts: ItemAmount[]; plain: number } {
  const rec = seg.line;
  const eqs = equationsOf(rec).filter((e) => e.result.start >= seg.start && e.result.end <= seg.end);
  const inEq = new Set<Figure>();
  for (const e of eqs) for (const t of e.terms) inEq.add(t);
  const results = new Map(eqs.map((e) => [e.result, e]));
  const depth = bracketDepth(rec);
  const out: ItemAmount[] = [];
  const bracketed: ItemAmount[] = [];
  let plain = 0;
  const name = (f: Figure, fallback: string): string => itemName(seg, f) ?? fallback;
  for (const f of seg.figures) {
    // 23*80=1840 in a list of 元: a result written without its unit counts in the list's unit.
    const unitless =
      results.has(f) &&
      f.unit === '' &&
      results.get(f)!.terms.every((t) => t.unit === '' || familyOf(t) === family);
    if (inEq.has(f) || (familyOf(f) !== family && !unitless) || f.every) continue;
    const label = name(f, labelBefore(rec.text, f.start));
    const eq = results.get(f);
    if (eq) {
      const computed = evaluate(eq);
      const a: ItemAmount = {
        fig: f,
        rec,
        label: name(eq.terms[0]!, labelBefore(rec.text, eq.terms[0]!.start)),
        equation: eq,
      };
      if (computed) a.computed = computed;
      out.push(a);
      continue;
    }
    const a: ItemAmount = { fig: f, rec, label };
    if (depth[f.start]! > 0) bracketed.push(a);
    else {
      out.push(a);
      plain++;
    }
  }
  if (out.length === 0 && bracketed.length > 0) {
    // (38人): a count written in brackets is the item's count when nothing stands outside them.
    return { amounts: bracketed, plain: bracketed.length };
  }
  return { amounts: out, plain };
}

/**
 * The range an amount stands for: its recomputation when it closes an equation, else as written.
 *
 * @example
 * ```ts
 * amountValue(a)?.value.toString(); // '2400'
 * ```
 */
export function amountValue(a: ItemAmount, stated = false): Quantity | undefined {
  if (!stated && a.computed) return a.computed;
  return quantityOf(a.fig, true);
}
