import { describe, expect, it } from 'vitest';
import { auditText } from '../../src/text/index.js';

const totals = (text: string) =>
  auditText(text)
    .findings.filter((f) => f.rule === 'sum.total')
    .map((f) => [f.verdict, f.stated, f.expected]);

describe('text at the edges', () => {
  it('drops invisible characters inside numbers instead of cutting them', () => {
    for (const c of ['\u200b', '\ufeff', '\u00ad', '\u0000', '\u0301', '\u2060']) {
      const text = `场租费:1${c}5000元\n餐费:3000元\n共计:18000元`;
      expect(totals(text), JSON.stringify(c)).toEqual([['match', '18000', '18000']]);
    }
    // Column positions still count the original characters.
    const [f] = auditText('场租费:2\u200b800元\n餐费:3000元\n共计:6000元').findings.filter(
      (x) => x.rule === 'sum.total',
    );
    expect(f?.operands?.[0]).toMatchObject({ line: 1, column: 5 });
  });

  it('ends lines at a lone CR, so a total on its own line is checked', () => {
    expect(totals('场租费:2800元\r餐费:15000元\r共计:45000元')).toEqual([['mismatch', '45000', '17800']]);
    const [f] = auditText('标题\r场租费:2800元\r餐费:15000元\r共计:45000元').findings.filter(
      (x) => x.rule === 'sum.total',
    );
    expect(f?.at).toMatchObject({ line: 4 });
  });

  it('reads a number grouped with one space', () => {
    expect(totals('场租费:45 000元\n餐费:3 240元\n共计:48240元')).toEqual([['match', '48240', '48240']]);
  });

  it('checks every total on a line, not only the first', () => {
    const text = '场租2000元,餐费3000元,合计5000元;讲课费1000元,资料费500元,合计1600元';
    expect(totals(text)).toEqual([
      ['match', '5000', '5000'],
      ['mismatch', '1600', '1500'],
    ]);
  });
});
