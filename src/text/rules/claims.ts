import type { Claim, ClaimKind, Operand } from '../claim.js';
import type { Figure } from '../figures.js';
import type { LineRecord } from '../lines.js';
import { locate, pointAt } from '../lines.js';

/**
 * The operand for a stated figure.
 *
 * @example
 * ```ts
 * statedOperand(rec, fig).value; // '45000'
 * ```
 */
export function statedOperand(rec: LineRecord, f: Figure): Operand {
  const o: Operand = {
    text: f.text,
    value: f.value && !f.placeholder ? f.value.toFixed() : null,
    unit: f.unit,
    ...pointAt(rec, f.start),
  };
  if (f.approx) o.approx = f.approx;
  return o;
}

/**
 * A new claim about the stated figure `f`, located from `start` to the figure's end.
 *
 * @example
 * ```ts
 * newClaim('sum', 'sum.parts', rec, 0, fig);
 * ```
 */
export function newClaim(kind: ClaimKind, rule: string, rec: LineRecord, start: number, f: Figure): Claim {
  return {
    kind,
    rule,
    at: locate(rec, Math.min(start, f.start), f.end),
    operands: [],
    stated: statedOperand(rec, f),
  };
}
