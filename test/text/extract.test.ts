import { describe, expect, it } from 'vitest';
import { extractBreakdowns } from '../../src/text/extract-breakdowns.js';
import { extractDates } from '../../src/text/extract-dates.js';
import { extractListCount } from '../../src/text/extract-lists.js';
import { type LineRecord, type LineWindow, labelBefore, lineRecord, markers } from '../../src/text/lines.js';

function doc(lines: string[]): { win: LineWindow; rec: (no: number) => LineRecord } {
  const recs = lines.map((l, i) => lineRecord(i + 1, l));
  const win: LineWindow = { get: (no) => recs[no - 1] };
  return { win, rec: (no) => recs[no - 1]! };
}

describe('breakdowns', () => {
  it('checks parts after 其中 and restated headings', () => {
    const d = doc([
      '全年共引进项目9个,其中已开工建设的项目8个,签约项目2个,在谈项目2个。',
      '(1)已开工建设项目8个:',
      '(3)签约项目1个:',
    ]);
    const cs = extractBreakdowns(d.win, d.rec(1));
    expect(cs.map((c) => [c.rule, c.verdict, c.stated?.value, c.expected])).toEqual([
      ['sum.parts', 'mismatch', '9', '12'],
      ['count.restated', 'match', '8', '8'],
      ['count.restated', 'mismatch', '2', '1'],
    ]);
  });
  it('pairs shares with the counts they fit even when scraping moved them', () => {
    const line = '占总数的50.0%乙类2条,共信息4条。其中:甲类1条。占总数的25.0%丙类1条,占总数的10.0%';
    const cs = extractBreakdowns(doc([line]).win, lineRecord(1, line));
    expect(cs.filter((c) => c.rule === 'percent.share').map((c) => c.verdict)).toEqual([
      'match',
      'match',
      'mismatch',
    ]);
    expect(cs.find((c) => c.rule === 'sum.parts')?.verdict).toBe('match');
    expect(cs.find((c) => c.rule === 'percent.total')?.verdict).toBe('mismatch');
  });
});

describe('dates and durations', () => {
  it('counts both ends of a range', () => {
    const cs = extractDates(lineRecord(1, '从3月18日开始至28日结束,为期10天。'));
    expect(cs.find((c) => c.rule === 'duration.days')).toMatchObject({ verdict: 'mismatch', expected: '11' });
    expect(extractDates(lineRecord(1, '5月10日至15日,会期6天')).find((c) => c.rule)?.verdict).toBe('match');
  });
  it('exposes dates with blanks and times', () => {
    const cs = extractDates(lineRecord(1, '2011年4月 日上午9:00,下午2:30'));
    expect(cs.map((c) => c.fact)).toEqual([
      { year: '2011', month: '4', day: '?' },
      { time: '09:00' },
      { time: '14:30' },
    ]);
  });
});

describe('list counts', () => {
  it('compares an announced count with the items that follow', () => {
    const lines = [
      '围绕"三大扶贫"举措。',
      '一是搬迁扶贫。',
      '内容',
      '二是产业扶贫。',
      '三是整村扶贫。',
      '四是能力扶贫。',
    ];
    const d = doc(lines);
    expect(extractListCount(d.win, d.rec(1))[0]).toMatchObject({ verdict: 'mismatch', expected: '4' });
  });
});

describe('line helpers', () => {
  it('labels and markers', () => {
    expect(labelBefore('其中已开工建设的项目8个', 10)).toBe('已开工建设的项目');
    expect(markers('(四)局机关(38人); (五)代表(30人)').map((m) => m.ordinal)).toEqual([4, 5]);
  });
});

describe('extractRestated', () => {
  it('gives exactly the count.restated claims of extractBreakdowns, on every corpus document', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { extractRestated } = await import('../../src/text/extract-breakdowns.js');
    const root = 'test/fixtures/corpus';
    let seen = 0;
    for (const g of readdirSync(root).filter((x) => !x.includes('.')))
      for (const f of readdirSync(`${root}/${g}`).filter((x) => x.endsWith('.txt'))) {
        const d = doc(readFileSync(`${root}/${g}/${f}`, 'utf8').split(/\r?\n/));
        for (let no = 1; d.win.get(no); no++) {
          const want = extractBreakdowns(d.win, d.rec(no)).filter((c) => c.rule === 'count.restated');
          expect(extractRestated(d.win, d.rec(no)), `${g}/${f}:${no}`).toEqual(want);
          seen += want.length;
        }
      }
    // And on a document that restates a part with another count.
    const d = doc(['全年共引进项目9个,其中开工项目7个,签约项目2个。', '(1)开工项目7个', '(2)签约项目1个']);
    const want = extractBreakdowns(d.win, d.rec(1)).filter((c) => c.rule === 'count.restated');
    expect(extractRestated(d.win, d.rec(1))).toEqual(want);
    seen += want.length;
    expect(seen).toBeGreaterThan(0);
  });
});
