import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { normalizeLine, t2sTable } from '../../src/text/normalize.js';

// The shipped table is generated from OpenCC (scripts/gen-t2s.ts); this keeps the two in step.
describe('Traditional → Simplified character table', () => {
  const convert = OpenCC.Converter({ from: 't', to: 'cn' });

  it('maps each Traditional ideograph to one other character, as OpenCC does', () => {
    const t = t2sTable();
    expect(t.size).toBeGreaterThan(2000);
    for (const [from, to] of t) {
      const c = String.fromCharCode(from);
      expect(to).not.toBe(from);
      expect(String.fromCharCode(to)).toBe(convert(c));
    }
  });

  it('converts every BMP character as OpenCC converts it alone, unless that would change the length', () => {
    const wrong: string[] = [];
    for (let k = 0x2e80; k <= 0xffff; k++) {
      if (k >= 0xd800 && k <= 0xdfff) continue;
      const c = String.fromCharCode(k);
      const o = convert(c);
      // normalizeLine also folds full-width forms and drops variation selectors and the BOM, and reads ︰ ﹕ as colons;
      // only what it keeps as written is compared here.
      if (
        k >= 0x3001 &&
        k < 0xff00 &&
        !(k >= 0xfe00 && k <= 0xfe0f) &&
        k !== 0xfeff &&
        k !== 0xfe30 &&
        k !== 0xfe55
      ) {
        const want = o.length === 1 ? o : c;
        const got = normalizeLine(c).text;
        if (got !== want) wrong.push(`${c}→${got} (OpenCC ${o})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('converts a Traditional budget line and keeps every column', () => {
    const line = '會議費：住宿費用共計１２０００元';
    const n = normalizeLine(line);
    expect(n.text).toBe(convert(line).replace('１２０００', '12000').replace('：', ':'));
    expect(n.text.length).toBe(line.length);
  });
});
