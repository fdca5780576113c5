import { describe, expect, it } from 'vitest';
import { Dec, HuiwuError, round } from '../../src/index.js';

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return e instanceof HuiwuError ? e.code : `untyped ${(e as Error).message}`;
  }
  return undefined;
};

describe('round at the edges', () => {
  it('rounds a long input once, to the hundred 元, without a division that rounds first', () => {
    expect(round(`49.${'9'.repeat(130)}`, '万元2').toString()).toBe('0');
    expect(round('149.5', '万元2').toString()).toBe('100');
    expect(round('150', '万元2').toString()).toBe('200');
    expect(round(`${'9'.repeat(140)}.5`, '元').toFixed()).toBe(`1${'0'.repeat(140)}`);
  });

  it('gives typed errors for what is not a plain finite decimal', () => {
    expect(codeOf(() => round('NaN'))).toBe('AMOUNT_NOT_FINITE');
    expect(codeOf(() => round(new Dec(Number.NaN)))).toBe('AMOUNT_NOT_FINITE');
    expect(codeOf(() => round('1,234.565'))).toBe('AMOUNT_SYNTAX');
    expect(codeOf(() => round('1.5万元'))).toBe('AMOUNT_SYNTAX');
    expect(codeOf(() => round((2 ** 60) as never))).toBe('AMOUNT_UNSAFE_NUMBER');
    expect(codeOf(() => round(null as never))).toBe('AMOUNT_TYPE');
  });

  it('knows only its own modes, not the prototype’s', () => {
    for (const m of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(codeOf(() => round('1.5', '分', m as never))).toBe('ROUNDING_MODE');
  });

  it('never returns -0', () => {
    expect(JSON.stringify(round('-0.001'))).toBe('"0"');
    expect(Object.is(round('-0.004', '分').toNumber(), -0)).toBe(false);
  });
});
