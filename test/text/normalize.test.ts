import { describe, expect, it } from 'vitest';
import { normalize, normalizeLine, splitLines } from '../../src/text/normalize.js';

describe('normalizeLine', () => {
  it('drops pinyin glosses, folds width, converts to Simplified', () => {
    expect(normalizeLine('會(huì)議(yì)費(fèi)：１２０元').text).toBe('会议费:120元');
    expect(normalizeLine('機(jī)關(guān)').text).toBe('机关');
  });

  it('keeps brackets that are not glosses', () => {
    expect(normalizeLine('奖品(模范、优秀)').text).toBe('奖品(模范、优秀)');
    expect(normalizeLine('A(hello)').text).toBe('A(hello)');
  });

  it('reads letters inside numbers as digits and records them', () => {
    const n = normalizeLine('补助2o00―5000元，8月2o日');
    expect(n.text).toBe('补助2000―5000元,8月20日');
    expect(n.typos.map((t) => [t.found, t.replacement, t.originalColumn])).toEqual([
      ['o', '0', 3],
      ['o', '0', 16],
    ]);
    expect(normalizeLine('H2O and mp3l').typos).toEqual([]);
  });

  it('maps every offset back to the original column', () => {
    const raw = '三、 獎(jiǎng)牌：６０元/個(gè)';
    const n = normalizeLine(raw);
    expect(n.text).toBe('三、 奖牌:60元/个');
    expect(raw[n.origin[n.text.indexOf('6')]!]).toBe('６');
    expect(raw[n.origin[n.text.indexOf('牌')]!]).toBe('牌');
    expect(n.origin[n.text.length]).toBe(raw.length);
  });
});

describe('normalize', () => {
  it('keeps line numbers and locates offsets', () => {
    const { text, map, typos } = normalize('標題\r\n獎牌(jiǎng)：６０元\n2o00');
    expect(text).toBe('标题\n奖牌:60元\n2000');
    expect(map.locate(text.indexOf('6'))).toEqual({ line: 2, column: 11 });
    expect(typos[0]).toMatchObject({ line: 3, column: 2 });
  });

  it('splits lines like an editor', () => {
    expect(splitLines('a\r\nb\nc')).toEqual(['a', 'b', 'c']);
  });

  it('rejects non-string input with TEXT_INPUT', () => {
    expect(() => normalize(null as unknown as string)).toThrow(/text/);
  });
});
