import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HuiwuError } from '../../src/errors.js';
import { auditChunks, auditText, createTextAuditor } from '../../src/text/index.js';

const seed = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'text', 'seeds', '000_c3787bfa65556fd5.txt'),
  'utf8',
);

describe('auditText', () => {
  it('reports a wrong total with en and zh messages', () => {
    const r = auditText('場租費：2800元\n餐費：15000元\n共計：45000元');
    const f = r.findings.find((x) => x.rule === 'sum.total')!;
    expect(f).toMatchObject({
      verdict: 'mismatch',
      severity: 'error',
      difference: '27200',
      at: { line: 3, column: 1 },
    });
    expect(f.messages.zh).toContain('17800');
    expect(f.message).toBe(f.messages.en);
  });

  it('reports repeated passages once, with the other places', () => {
    const block = '奖牌:60元*40=2500元\n';
    const r = auditText(`${block}其他\n${block}`);
    const fs = r.findings.filter((f) => f.rule === 'product.line');
    expect(fs).toHaveLength(1);
    expect(fs[0]?.alsoAt).toEqual([{ line: 3, column: 4, excerpt: '奖牌:60元*40=2500元' }]);
    expect(r.repeats).toHaveLength(1);
  });

  it('reports typos as info', () => {
    const f = auditText('补助2o00元').findings.find((x) => x.rule === 'text.typo');
    expect(f).toMatchObject({ severity: 'info', at: { line: 1, column: 4 } });
  });

  it('can leave out matches and facts', () => {
    const r = auditText('奖牌:60元*40=2400元\n3月1日', { matches: false, facts: false });
    expect(r.findings).toEqual([]);
    expect(r.claims.filter((c) => c.kind === 'date')).toEqual([]);
  });

  it('throws only a typed error for non-strings', () => {
    expect(() => auditText(undefined as unknown as string)).toThrow(HuiwuError);
  });
});

describe('streaming', () => {
  it('gives the same result however the text is chunked', async () => {
    const whole = auditText(seed);
    const a = createTextAuditor();
    for (let i = 0; i < seed.length; i += 977) a.push(seed.slice(i, i + 977));
    expect(a.end()).toEqual(whole);
    const lines = seed.split(/(?<=\n)/);
    expect(await auditChunks(lines)).toEqual(whole);
  });

  it('refuses pushes after end', () => {
    const a = createTextAuditor();
    a.end();
    expect(() => a.push('x')).toThrow(HuiwuError);
  });
});

describe('memory options', () => {
  it('can drop the claims list and keep findings', () => {
    const r = auditText(seed, { claims: false });
    expect(r.claims).toEqual([]);
    expect(r.findings).toEqual(auditText(seed).findings);
  });
});

describe('TextFinding', () => {
  it('has a line and column with no narrowing (typechecked by npm run typecheck)', () => {
    const [f] = auditText('场租费:2800元\n餐费:15000元\n共计:18000元').findings;
    const line: number = f!.at.line;
    const excerpt: string = f!.at.excerpt;
    expect([line, excerpt]).toEqual([3, '共计:18000元']);
  });
});

describe('page furniture', () => {
  it('reads 第N页 / 共M页 as a page counter, never as a total of the pages above', () => {
    const text = Array.from({ length: 6 }, (_, k) => `方案.docx_第${k + 1}页\n第${k + 1}页 / 共14页`).join(
      '\n',
    );
    expect(auditText(text).findings.filter((f) => f.rule.startsWith('sum.'))).toEqual([]);
  });
});

describe('pairs of parts', () => {
  it('does not take one side of a pair (乡村人口) for the whole of the next pair (男性, 女性)', () => {
    const text = '年末全县户籍人口为1000人。其中,城镇人口400人,乡村人口600人;男性人口520人,女性人口480人。';
    expect(auditText(text).findings.filter((f) => f.verdict === 'mismatch')).toEqual([]);
  });
});

describe('tables with two breakdowns of one row', () => {
  it('does not take the last part of the first 其中 for the parent of the second', () => {
    const text = [
      '指 标 | 人数 | 比重(%)',
      '全镇人口 | 1000 | --',
      '其中:城镇 | 400 | 40',
      '乡村 | 600 | 60',
      '其中:男性 | 620 | 62',
      '女性 | 380 | 38',
    ].join('\n');
    expect(auditText(text).findings.filter((f) => f.verdict === 'mismatch')).toEqual([]);
  });
});

describe('shares whose whole or part is in doubt', () => {
  it('does not judge a share against a whole smaller than its part, nor a part nobody names', () => {
    const a = '2011年工资性纯收入614.77元,同比增长1.06%。\n家庭经营性纯收入为1381.23元,占纯收入的69.2%。';
    const b = '现有人口27063人。其中农业人口25511人,占总人口的94.27%;非农业丝。552人,占总人口的5.73%。';
    for (const t of [a, b])
      expect(
        auditText(t).findings.filter((f) => f.verdict === 'mismatch'),
        t,
      ).toEqual([]);
  });
});
