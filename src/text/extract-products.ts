import { Dec } from '../decimal/dec.js';
import type { Claim } from './claim.js';
import type { Figure } from './figures.js';
import { checkQuantity, exact, mulQ, type Quantity, quantityOf } from './interval.js';
import { type LineRecord, labelBefore, locate, operandOf } from './lines.js';

const TIMES = new Set(['*', '×', 'x', 'X', '✕', '·']);

/** The operator between two figures, when only spaces surround it. */
function between(text: string, a: Figure, b: Figure): string {
  return text.slice(a.end, b.start).trim();
}

/** A product found in a line: factors, the stated result, and where the factors sit. */
export interface ProductMatch {
  factors: Figure[];
  result: Figure;
  /** Index of the result in the line's figures. */
  resultIndex: number;
  label: string;
}

/**
 * Finds `a × b (× c …) = d` chains in a line, in any of the spellings `*`, `×`, `x`, `X`
 * (`60元/个*40=2400元`, `500元×22=11000元`, `300元 × 2天 × 10人 = 6000元`).
 *
 * @example
 * ```ts
 * findProducts(lineRecord(1, '奖牌:60元/个*40=2400元'))[0]?.result.text; // '2400元'
 * ```
 */
export function findProducts(rec: LineRecord): ProductMatch[] {
  const out: ProductMatch[] = [];
  const fs = rec.figures;
  let i = 0;
  while (i < fs.length) {
    const factors: Figure[] = [fs[i]!];
    let j = i;
    while (j + 1 < fs.length && TIMES.has(between(rec.text, fs[j]!, fs[j + 1]!))) {
      factors.push(fs[j + 1]!);
      j++;
    }
    const next = fs[j + 1];
    if (factors.length >= 2 && next && between(rec.text, fs[j]!, next) === '=') {
      out.push({
        factors,
        result: next,
        resultIndex: j + 1,
        label: labelBefore(rec.text, factors[0]!.start),
      });
      i = j + 2;
    } else i = j + 1;
  }
  return out;
}

/**
 * Checks every product in a line: the stated result against the exact product of the factors
 * (rule `product.line`). A placeholder or an approximate factor makes it uncheckable.
 *
 * @example
 * ```ts
 * extractProducts(lineRecord(1, '奖品500元×22=11000元'))[0]?.verdict; // 'match'
 * ```
 */
export function extractProducts(rec: LineRecord): Claim[] {
  const claims: Claim[] = [];
  for (const p of findProducts(rec)) {
    const operands = p.factors.map((f, k) => operandOf(rec, f, k === 0 ? p.label : undefined));
    const stated = operandOf(rec, p.result, p.label);
    const claim: Claim = {
      kind: 'product',
      rule: 'product.line',
      at: locate(rec, p.factors[0]!.start, p.result.end),
      operands,
      stated,
    };
    let q: Quantity | undefined = exact(new Dec(1));
    for (const f of p.factors) {
      const fq = quantityOf(f, false);
      q = q && fq ? mulQ(q, fq) : undefined;
    }
    const s = quantityOf(p.result, false);
    if (!q || !s) {
      claim.verdict = 'uncheckable';
      claim.reason = 'a figure is a placeholder';
    } else {
      const r = checkQuantity(s, p.result.places, q);
      claim.expected = r.expected.toFixed();
      claim.verdict = r.verdict;
      claim.difference = r.difference.toFixed();
      if (r.reason) claim.reason = r.reason;
    }
    claims.push(claim);
  }
  return claims;
}
