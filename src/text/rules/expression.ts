import { Dec } from '../../decimal/dec.js';
import type { Figure } from '../figures.js';
import { addQ, divQ, exact, mulQ, type Quantity, quantityOf, subQ } from '../interval.js';

/** An arithmetic operator written between figures. */
export type Op = '+' | '-' | '*' | '/';

/** `a op b op c … = result`, as written in one line. */
export interface Equation {
  /** The figures of the left side, in order. */
  terms: Figure[];
  /** `ops[k]` stands between `terms[k]` and `terms[k + 1]`. */
  ops: Op[];
  /** Brackets: `open[k]` / `close[k]` count the grouping brackets before / after `terms[k]`. */
  open: number[];
  close: number[];
  /** The stated result. */
  result: Figure;
  /** True when the result is closed by a word (共, 合计) rather than `=`. */
  closedByWord: boolean;
  /** True when the result is written first: `200,000元 = 2 × 10,000`. */
  resultFirst?: boolean;
}

const OPS: readonly [string, Op | '='][] = [
  // \times and times: a formula typeset in LaTeX and copied out as its source, or its spelled words.
  ['\\times', '*'],
  ['times', '*'],
  ['乘以', '*'],
  ['除以', '/'],
  ['等于', '='],
  ['+', '+'],
  ['＋', '+'],
  ['加', '+'],
  ['-', '-'],
  ['−', '-'],
  ['减', '-'],
  ['×', '*'],
  ['*', '*'],
  ['x', '*'],
  ['X', '*'],
  ['✕', '*'],
  ['乘', '*'],
  ['÷', '/'],
  ['/', '/'],
  ['=', '='],
  ['＝', '='],
];

const CLOSING_WORDS = /^[,，]?\s*(?:共计|合计|总计|共|计|小计)[:：为]?\s*$/;
// A note in brackets between figures carries no digits: 260元(冬装)*4, 2400元(数量暂定).
const NOTE = /[(（][^()（）]{1,24}[)）]/g;
const LABEL = /^[\u4e00-\u9fff]{1,10}$/;

interface Gap {
  close: number;
  op: Op | '=' | 'closing';
  open: number;
}

/**
 * Reads the text between two figures as `)…` operator `(…` with an optional label after the operator
 * (`+水果45.5元`) and notes in brackets anywhere (`(冬装)`). Returns undefined when the gap is
 * anything else (prose, punctuation, a second operator).
 */
function readGap(raw: string, allowClosing: boolean): Gap | undefined {
  let g = raw.replace(NOTE, '').trim();
  if (g === '') return undefined;
  // 合计(元) 1000: a column's header with its unit, in a table run together, closes nothing.
  if (allowClosing && CLOSING_WORDS.test(g) && !/(?:计|共)\s*[(（][^)）]*[)）]/.test(raw))
    return { close: 0, op: 'closing', open: 0 };
  // A measure word not in the unit list may stand between a figure and its operator: 3层*12小时.
  const unitWord = /^[\u4e00-\u9fff]{1,3}(?=[+＋\-−×*xX✕÷/=＝])/.exec(g);
  if (unitWord) g = g.slice(unitWord[0].length);
  let close = 0;
  while (g.startsWith(')') || g.startsWith('）')) {
    close++;
    g = g.slice(1).trimStart();
  }
  let op: Op | '=' | undefined;
  let word = false;
  for (const [w, o] of OPS) {
    if (g.startsWith(w)) {
      op = o;
      word = /[\u4e00-\u9fff]/.test(w);
      g = g.slice(w.length).trimStart();
      break;
    }
  }
  if (!op) return undefined;
  let open = 0;
  while (g.startsWith('(') || g.startsWith('（')) {
    open++;
    g = g.slice(1).trimStart();
  }
  // 加 减 乘 除 are operators only right before a figure: 4.5加油2020元 is a date and a refuel.
  if (word && g !== '') return undefined;
  if (g !== '' && !(op !== '=' && LABEL.test(g))) return undefined;
  return { close, op, open };
}

/**
 * Finds the equations written in one line: figures joined by `+ − × * x ÷ /` (or 加 减 乘以 除以),
 * with notes in brackets and short labels between them, closed by `=` (or by 共/合计 after at least
 * one operator) and a result: `60元/个*40=2400元`, `茶叶80元+水果45.5元+纸杯12元=138.5元`,
 * `260元(冬装)*4+120元(夏装)*2*4=2000元`, `260元/间/天×40间×3天,共31200元`.
 *
 * @example
 * ```ts
 * const rec = lineRecord(1, '奖牌:60元/个*40=2400元');
 * findEquations(rec.text, rec.figures)[0]?.result.text; // '2400元'
 * ```
 */
export function findEquations(text: string, all: readonly Figure[]): Equation[] {
  const out: Equation[] = [];
  // A figure alone in brackets right after a figure or a word is a note (10条(30个/条)×1.5元), not a term.
  const figures = all.filter((f) => !isNote(text, f));
  let i = 0;
  while (i < figures.length - 1) {
    const first = resultFirst(text, figures, i);
    if (first) out.push(first);
    const terms: Figure[] = [figures[i]!];
    const ops: Op[] = [];
    const open: number[] = [leadingOpen(text, figures[i]!.start)];
    const close: number[] = [0];
    let j = i;
    let done: Equation | undefined;
    while (j + 1 < figures.length) {
      const gap = readGap(text.slice(figures[j]!.end, figures[j + 1]!.start), ops.length > 0);
      if (!gap) break;
      close[close.length - 1]! += gap.close;
      if (gap.op === '=' || gap.op === 'closing') {
        if (ops.length > 0 || gap.op === '=') {
          done = {
            terms,
            ops,
            open,
            close,
            result: figures[j + 1]!,
            closedByWord: gap.op === 'closing',
          };
        }
        break;
      }
      ops.push(gap.op);
      terms.push(figures[j + 1]!);
      open.push(gap.open);
      close.push(0);
      j++;
    }
    // (7080+102-890)/26=6292/26=242: a "result" that an operator continues is another side of a
    // chain, not a figure to judge; the chain after it is read on its own.
    if (done) {
      const k = figures.indexOf(done.result);
      const after =
        k + 1 < figures.length
          ? readGap(text.slice(done.result.end, figures[k + 1]!.start), false)
          : undefined;
      if (after && after.op !== '=' && after.op !== 'closing') {
        i = k;
        continue;
      }
    }
    if (done && terms.length >= 1 && ops.length >= 1) {
      out.push(done);
      i = figures.indexOf(done.result) + 1;
    } else i = j + 1;
  }
  return out;
}

/**
 * `200,000元 = 2 × 10,000`: the figure at `i` followed by `=` and a chain of terms with at least one
 * operator, which the clause ends after or which another `=` closes.
 */
function resultFirst(text: string, figures: readonly Figure[], i: number): Equation | undefined {
  const result = figures[i]!;
  if (i + 2 >= figures.length) return undefined;
  // Only a figure that starts its chain: one after an operator is a term of an equation before it.
  if (i > 0 && readGap(text.slice(figures[i - 1]!.end, result.start), false)) return undefined;
  const g0 = readGap(text.slice(result.end, figures[i + 1]!.start), false);
  if (g0?.op !== '=' || g0.close > 0) return undefined;
  const terms: Figure[] = [figures[i + 1]!];
  const ops: Op[] = [];
  const open: number[] = [g0.open];
  const close: number[] = [0];
  for (let j = i + 1; j + 1 < figures.length; j++) {
    const gap = readGap(text.slice(figures[j]!.end, figures[j + 1]!.start), false);
    if (!gap || gap.op === '=' || gap.op === 'closing') break;
    close[close.length - 1]! += gap.close;
    ops.push(gap.op);
    terms.push(figures[j + 1]!);
    open.push(gap.open);
    close.push(0);
  }
  if (ops.length === 0) return undefined;
  const depth = open.reduce((a, b) => a + b, 0) - close.reduce((a, b) => a + b, 0);
  if (depth !== 0) return undefined;
  return { terms, ops, open, close, result, closedByWord: false, resultFirst: true };
}

const OPEN = new Set(['(', '（']);
const CLOSE = new Set([')', '）']);
const OPERATOR_CHARS = new Set([
  '+',
  '＋',
  '-',
  '−',
  '×',
  '*',
  'x',
  'X',
  '✕',
  '÷',
  '/',
  '=',
  '＝',
  '(',
  '（',
]);

function isNote(text: string, f: Figure): boolean {
  if (!OPEN.has(text[f.start - 1] ?? '') || !CLOSE.has(text[f.end] ?? '')) return false;
  let k = f.start - 2;
  while (k >= 0 && text[k] === ' ') k--;
  return k >= 0 && !OPERATOR_CHARS.has(text[k]!);
}

function leadingOpen(text: string, start: number): number {
  let n = 0;
  let k = start - 1;
  while (k >= 0 && (text[k] === '(' || text[k] === '（')) {
    n++;
    k--;
  }
  return n;
}

/** The range of the left side, exact for exact figures; undefined for a placeholder or ÷ 0. */
export function evaluate(eq: Equation): Quantity | undefined {
  // Shunting-yard over the terms, with the brackets the gaps carried.
  const vals: (Quantity | undefined)[] = [];
  const stack: (Op | '(')[] = [];
  const prec = (o: Op) => (o === '+' || o === '-' ? 1 : 2);
  let bad = false;
  const apply = () => {
    const o = stack.pop() as Op;
    const b = vals.pop();
    const a = vals.pop();
    if (!a || !b) {
      vals.push(undefined);
      return;
    }
    vals.push(combine(a, o, b));
    if (vals[vals.length - 1] === undefined) bad = true;
  };
  for (let k = 0; k < eq.terms.length; k++) {
    if (k > 0) {
      const o = eq.ops[k - 1]!;
      while (
        stack.length &&
        stack[stack.length - 1] !== '(' &&
        prec(stack[stack.length - 1] as Op) >= prec(o)
      )
        apply();
      stack.push(o);
    }
    for (let b = 0; b < eq.open[k]!; b++) stack.push('(');
    const f = eq.terms[k]!;
    vals.push(quantityOf(f, false));
    for (let b = 0; b < eq.close[k]!; b++) {
      while (stack.length && stack[stack.length - 1] !== '(') apply();
      if (stack.pop() !== '(') return undefined;
    }
  }
  while (stack.length) {
    if (stack[stack.length - 1] === '(') return undefined;
    apply();
  }
  if (bad || vals.length !== 1) return undefined;
  return vals[0];
}

function combine(a: Quantity, o: Op, b: Quantity): Quantity | undefined {
  switch (o) {
    case '+':
      return addQ(a, b);
    case '-':
      return subQ(a, b);
    case '*':
      return mulQ(a, b);
    case '/':
      return divQ(a, b);
  }
}

/**
 * True when every operator is × (a product: `60元/个*40`).
 *
 * @example
 * ```ts
 * isProduct(eq); // true for 60元/个*40=2400元
 * ```
 */
export function isProduct(eq: Equation): boolean {
  return eq.ops.every((o) => o === '*');
}

/** Zero, for sums that start empty. */
export const ZERO: Quantity = exact(new Dec(0));
