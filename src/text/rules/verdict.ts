import type { Claim, Operand } from '../claim.js';
import type { Figure } from '../figures.js';
import { checkQuantity, type Quantity, quantityOf } from '../interval.js';
import type { LineRecord } from '../lines.js';
import { operandOf } from '../lines.js';

/** A figure together with the line it stands in. */
export interface Placed {
  fig: Figure;
  rec: LineRecord;
  label?: string;
}

/**
 * The operand of a placed figure.
 *
 * @example
 * ```ts
 * operand({ fig, rec, label: '奖牌' }).value; // '60'
 * ```
 */
export function operand(p: Placed): Operand {
  return operandOf(p.rec, p.fig, p.label);
}

/** One way of reading what a stated figure should equal. */
export interface Reading {
  /** The recomputed range, or undefined when a part is a placeholder. */
  value: Quantity | undefined;
  /** The operands of this reading. */
  operands: Placed[];
  /** How this reading takes the text, for reasons (`the items above`, `the subtotals`). */
  how: string;
}

/**
 * Decides a claim over every plausible reading: a match when any reading matches, a mismatch only
 * when every reading is a mismatch (reported with the first reading, the others named in the
 * reason), and uncheckable otherwise. `rounded` says whether the stated figure stands for the range
 * its written digits allow (prose) or is exact (budget lines, formulas).
 *
 * @example
 * ```ts
 * decide(claim, statedFigure, true, [{ value, operands, how: 'the items above' }]);
 * claim.verdict; // 'match' | 'mismatch' | 'uncheckable'
 * ```
 */
export function decide(claim: Claim, stated: Figure, rounded: boolean, readings: Reading[]): void {
  const s = quantityOf(stated, rounded);
  if (!s) {
    claim.verdict = 'uncheckable';
    claim.reason = 'the stated figure is a placeholder';
    return;
  }
  const results = readings.map((r) => ({
    r,
    c: r.value ? checkQuantity(s, stated.places, r.value) : undefined,
  }));
  const first = results[0];
  if (!first) return;
  const match = results.find((x) => x.c?.verdict === 'match');
  const pick = match ?? results.find((x) => x.c?.verdict === 'uncheckable' || !x.c) ?? first;
  claim.operands = pick.r.operands.map(operand);
  if (!pick.c) {
    claim.verdict = 'uncheckable';
    claim.reason = 'a part is a placeholder';
    return;
  }
  claim.verdict = pick.c.verdict;
  claim.expected = pick.c.expected.toFixed();
  claim.difference = pick.c.difference.toFixed();
  // A range's wrong high end is the figure at fault: it is what the finding states.
  if (pick.c.end === 'high' && claim.stated && stated.high)
    claim.stated = { ...claim.stated, value: stated.high.toFixed() };
  if (pick.c.high)
    claim.high = {
      stated: pick.c.high.stated.toFixed(),
      expected: pick.c.high.expected.toFixed(),
      difference: pick.c.high.difference.toFixed(),
    };
  const why: string[] = [];
  if (pick.c.reason) why.push(pick.c.reason);
  if (pick.c.verdict !== 'match' && results.length > 1) {
    const others = results
      .filter((x) => x !== pick)
      .map((x) => `${x.r.how} give ${x.c ? x.c.expected.toFixed() : 'nothing'}`);
    why.push(`read as ${pick.r.how}; ${others.join('; ')}`);
  } else if (results.length > 1 && match) why.push(`read as ${pick.r.how}`);
  if (why.length) claim.reason = why.join('; ');
  else delete claim.reason;
}
