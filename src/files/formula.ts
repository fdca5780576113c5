import { Dec } from '../decimal/dec.js';
import { columnLetters, columnOf } from './columns.js';

/** A cell's value for a formula: its exact number, or undefined when it holds none. */
export type CellValue = (ref: string) => Dec | undefined;

type Token =
  | { t: 'num'; v: string }
  | { t: 'ref'; v: string }
  | { t: 'op'; v: string }
  | { t: 'fn'; v: string };

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|([A-Z][A-Z0-9.]*)\s*\(|([-+*/(),^]))/y;

function tokens(f: string): Token[] | undefined {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < f.length) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(f);
    if (!m) return /^\s*$/.test(f.slice(at)) ? out : undefined;
    if (m[1]) out.push({ t: 'num', v: m[1] });
    else if (m[2]) out.push({ t: 'ref', v: m[2].replace(/\$/g, '') });
    else if (m[3]) out.push({ t: 'fn', v: m[3] });
    else out.push({ t: 'op', v: m[4]! });
    at = TOKEN.lastIndex;
  }
  return out;
}

/** The cells of `A1:B3`, row by row (at most 100,000). */
function rangeCells(r: string): string[] | undefined {
  const [a, b] = r.split(':');
  const ma = /^([A-Z]+)(\d+)$/.exec(a!);
  const mb = /^([A-Z]+)(\d+)$/.exec(b ?? a!);
  if (!ma || !mb) return undefined;
  const [c1, c2] = [columnOf(ma[1]!), columnOf(mb[1]!)].sort((x, y) => x - y) as [number, number];
  const [r1, r2] = [Number.parseInt(ma[2]!, 10), Number.parseInt(mb[2]!, 10)].sort((x, y) => x - y) as [
    number,
    number,
  ];
  if ((c2 - c1 + 1) * (r2 - r1 + 1) > 100_000) return undefined;
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) out.push(`${columnLetters(c)}${r}`);
  return out;
}

/**
 * Evaluates a spreadsheet formula exactly, in decimals: numbers, cell references and ranges, `+ − * /`,
 * brackets, and SUM, PRODUCT, SUMPRODUCT, ROUND. Anything else (another function, another sheet, text)
 * gives undefined: the formula is not checked rather than guessed.
 *
 * @example
 * ```ts
 * evaluateFormula('SUM(D2:D4)', (ref) => values.get(ref)); // Dec 5700
 * ```
 */
export function evaluateFormula(formula: string, cell: CellValue): Dec | undefined {
  const parsed = tokens(formula.replace(/^=/, ''));
  if (!parsed) return undefined;
  const ts: Token[] = parsed;
  let i = 0;
  const peek = () => ts[i];
  const fail = (): never => {
    throw new Error('unsupported');
  };
  // A range stands for its cells only as a function argument.
  function arg(): Dec[] {
    const t = peek();
    if (t?.t === 'ref' && t.v.includes(':') && (ts[i + 1]?.v === ',' || ts[i + 1]?.v === ')')) {
      i++;
      const cells = rangeCells(t.v) ?? fail();
      return cells.map((c) => cell(c)).filter((v): v is Dec => v !== undefined);
    }
    return [expr()];
  }
  function args(): Dec[][] {
    const out: Dec[][] = [];
    if (peek()?.v === ')') {
      i++;
      return out;
    }
    for (;;) {
      out.push(arg());
      const t = ts[i++];
      if (t?.v === ')') return out;
      if (t?.v !== ',') fail();
    }
  }
  function atom(): Dec {
    const t = ts[i++] ?? fail();
    if (t.t === 'num') return new Dec(t.v);
    if (t.t === 'ref') {
      if (t.v.includes(':')) fail();
      return cell(t.v) ?? new Dec(0);
    }
    if (t.t === 'op' && t.v === '(') {
      const v = expr();
      if (ts[i++]?.v !== ')') fail();
      return v;
    }
    if (t.t === 'op' && t.v === '-') return atom().neg();
    if (t.t === 'op' && t.v === '+') return atom();
    if (t.t === 'fn') {
      const a = args();
      const flat = a.flat();
      switch (t.v) {
        case 'SUM':
          return flat.reduce((s, x) => s.plus(x), new Dec(0));
        case 'PRODUCT':
          return flat.reduce((s, x) => s.times(x), new Dec(1));
        case 'SUMPRODUCT': {
          const n = a[0]?.length ?? 0;
          if (a.some((x) => x.length !== n)) fail();
          let s = new Dec(0);
          for (let k = 0; k < n; k++) s = s.plus(a.reduce((p, x) => p.times(x[k]!), new Dec(1)));
          return s;
        }
        case 'ROUND': {
          const [v, d] = [a[0]?.[0], a[1]?.[0]];
          // The places are a small whole number (a spreadsheet allows −308 … 308); anything else is not read.
          if (!v || !d?.isInteger() || d.abs().gt(308)) fail();
          // Spreadsheets round half away from zero.
          return v!.toDecimalPlaces(d!.toNumber(), Dec.ROUND_HALF_UP);
        }
        default:
          fail();
      }
    }
    return fail();
  }
  function term(): Dec {
    let v = atom();
    for (;;) {
      const t = peek();
      if (t?.v === '*') {
        i++;
        v = v.times(atom());
      } else if (t?.v === '/') {
        i++;
        const d = atom();
        if (d.isZero()) fail();
        v = v.dividedBy(d);
      } else return v;
    }
  }
  function expr(): Dec {
    let v = term();
    for (;;) {
      const t = peek();
      if (t?.v === '+') {
        i++;
        v = v.plus(term());
      } else if (t?.v === '-') {
        i++;
        v = v.minus(term());
      } else return v;
    }
  }
  try {
    const v = expr();
    return i === ts.length ? v : undefined;
  } catch {
    return undefined;
  }
}
