import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/index.js';
import { huiwu, leaves, ROOT, sh, tempDir } from './run.js';

const CITY = 'examples/budgets/city-work-meeting.json';
const SEED = `test/fixtures/text/seeds/${readdirSync(join(ROOT, 'test/fixtures/text/seeds')).find((f) => f.startsWith('000_'))!}`;
const FIGURE_KEYS = new Set(['stated', 'expected', 'difference']);
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;
const dir = tempDir();
const cleanBudget = join(dir, 'clean.json');
writeFileSync(
  cleanBudget,
  JSON.stringify({
    title: '小型座谈会预算',
    items: [
      { name: '场租费', amount: '2800' },
      { name: '茶歇', unitPrice: '25.50', quantity: '40', amount: '1020' },
    ],
    total: '3820',
  }),
);

/** Every figure in CLI JSON output is a JSON string holding an exact decimal, never a JSON number. */
function expectStringFigures(raw: string): number {
  expect(raw).not.toMatch(/"(?:stated|expected|difference)":\s*[-\d]/);
  let n = 0;
  for (const { key, value } of leaves(JSON.parse(raw))) {
    if (!FIGURE_KEYS.has(key)) continue;
    expect(typeof value).toBe('string');
    n++;
  }
  return n;
}

describe('huiwu budget', async () => {
  it('exits 1 on the city budget, whose total is off by -3700', async () => {
    const r = await huiwu(['budget', CITY, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`${CITY}:total  ✗ sum.total [error]`);
    expect(r.stdout).toMatch(/stated 45000 +expected 48700 +difference -3700/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 file(s): 1 mismatch(es), 0 uncheckable.');
  });

  it('JSON output parses, every figure is a string, and difference = stated − expected exactly', async () => {
    const r = await huiwu(['budget', CITY, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(expectStringFigures(r.stdout)).toBeGreaterThan(0);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toMatchObject({ files: 1, errors: 0, mismatches: 1 });
    const total = out.files[0].findings.find((f: { rule: string }) => f.rule === 'sum.total');
    expect(total).toMatchObject({
      verdict: 'mismatch',
      path: ['total'],
      stated: '45000',
      expected: '48700',
      difference: '-3700',
    });
    for (const f of out.files[0].findings) {
      if (f.stated !== undefined && f.expected !== undefined && f.difference !== undefined)
        expect(new Dec(f.stated).minus(f.expected).eq(f.difference)).toBe(true);
    }
  });

  it('exits 0 on a clean budget and prints its table', async () => {
    const r = await huiwu(['budget', cleanBudget, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('小型座谈会预算');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('1 file(s): 0 mismatch(es), 0 uncheckable.');
    const json = JSON.parse((await huiwu(['budget', cleanBudget, '--format', 'json'])).stdout);
    expect(json.summary.mismatches).toBe(0);
  });

  it('markdown output has a heading per file and a findings table', async () => {
    const r = await huiwu(['budget', CITY, '--format', 'markdown', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`## ${CITY}`);
    expect(r.stdout).toContain('| where | rule | verdict | stated | expected | difference | message |');
    expect(r.stdout).toContain('| total | sum.total | mismatch | 45000 | 48700 | **-3700** |');
  });

  it('a figure beyond float precision survives the JSON writer digit for digit', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(
      big,
      JSON.stringify({
        title: '大额',
        items: [
          { name: '项目', unitPrice: '123456789012345.67', quantity: '3', amount: '370370367037037.00' },
        ],
        total: '370370367037037.02',
      }),
    );
    const out = JSON.parse((await huiwu(['budget', big, '--format', 'json'])).stdout);
    const total = out.files[0].findings.find((f: { rule: string }) => f.rule === 'sum.total');
    expect(total).toMatchObject({
      stated: '370370367037037.02',
      expected: '370370367037037.01',
      difference: '0.01',
    });
  });
});

describe('huiwu audit (text)', async () => {
  it('exits 1 on the seed plan and prints file:line:column for each finding', async () => {
    const r = await huiwu(['audit', SEED, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(`^${SEED.replace(/[.]/g, '\\.')}:222:6 {2}✗ sum\\.total \\[error\\]$`, 'm'),
    );
    expect(r.stdout).toContain('共计:45000元');
  });

  it('JSON output on the seed: strings for figures, line/column integers, summary consistent', async () => {
    const r = await huiwu(['audit', SEED, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(expectStringFigures(r.stdout)).toBeGreaterThan(5);
    const out = JSON.parse(r.stdout);
    const findings = out.files[0].findings as Record<string, unknown>[];
    expect(out.summary.findings).toBe(findings.length);
    expect(out.summary.mismatches).toBe(findings.filter((f) => f.verdict === 'mismatch').length);
    expect(out.summary.mismatches).toBeGreaterThan(0);
    for (const f of findings) {
      expect(Number.isInteger(f.line) && (f.line as number) > 0).toBe(true);
      expect(Number.isInteger(f.column) && (f.column as number) > 0).toBe(true);
      expect(typeof f.excerpt).toBe('string');
      const { stated, expected, difference } = f as Record<string, string>;
      if ([stated, expected, difference].every((x) => x !== undefined && PLAIN_DECIMAL.test(x)))
        expect(new Dec(stated!).minus(expected!).eq(difference!)).toBe(true);
    }
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'sum.total', stated: '45000', expected: '48700', difference: '-3700' }),
    );
  });

  it('--mismatches-only keeps exactly the mismatches', async () => {
    const all = JSON.parse((await huiwu(['audit', SEED, '--format', 'json'])).stdout);
    const only = await huiwu(['audit', SEED, '--format', 'json', '--mismatches-only']);
    expect(only.code).toBe(1);
    const out = JSON.parse(only.stdout);
    const mismatches = all.files[0].findings.filter((f: { verdict: string }) => f.verdict === 'mismatch');
    expect(out.files[0].findings).toEqual(mismatches);
    expect(out.summary.findings).toBe(mismatches.length);
    const text = (await huiwu(['audit', SEED, '--mismatches-only', '--lang', 'en'])).stdout;
    expect(text).not.toMatch(/ [✓?] /);
  });

  it('--lang zh and --lang en choose the message language; a Chinese locale defaults to zh', async () => {
    const zh = (await huiwu(['audit', SEED, '--lang', 'zh'])).stdout;
    const en = (await huiwu(['audit', SEED, '--lang', 'en'])).stdout;
    expect(zh.trimEnd().split('\n').at(-1)).toMatch(/^共 1 个文件：\d+ 处不符，\d+ 处无法核对。$/);
    expect(en.trimEnd().split('\n').at(-1)).toMatch(/^1 file\(s\): \d+ mismatch\(es\), \d+ uncheckable\.$/);
    expect(zh).toContain('写明 45000');
    expect(en).toContain('stated 45000');
    const byLocale = (await huiwu(['audit', SEED], { env: { LANG: 'zh_CN.UTF-8' } })).stdout;
    expect(byLocale).toBe(zh);
    const zhJson = JSON.parse((await huiwu(['audit', SEED, '--format', 'json', '--lang', 'zh'])).stdout);
    const enJson = JSON.parse((await huiwu(['audit', SEED, '--format', 'json', '--lang', 'en'])).stdout);
    const total = (o: { files: { findings: { rule: string; message: string }[] }[] }) =>
      o.files[0]!.findings.find((f) => f.rule === 'sum.total')!.message;
    expect(total(zhJson)).toMatch(/[\u4e00-\u9fff]/);
    expect(total(enJson)).toMatch(/^Stated total/);
  });

  it('reads stdin for "-"', async () => {
    const wrong = await huiwu(['audit', '-', '--lang', 'en'], { input: '奖品500元×22=12000元\n' });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain('-:1:3  ✗ product.line [error]');
    expect(wrong.stdout).toMatch(/stated 12000 +expected 11000 +difference 1000/);
    const right = await huiwu(['audit', '-'], { input: '奖品500元×22=11000元\n' });
    expect(right.code).toBe(0);
  });

  it('reads GB18030 input: detected automatically, forced with --encoding, refused as UTF-8', async () => {
    // "奖品500元×22=12000元\n" in GB18030, written byte for byte (TextEncoder only writes UTF-8).
    const gb = Buffer.from('bdb1c6b7353030d4aaa1c132323d3132303030d4aa0a', 'hex');
    const file = join(dir, 'gb18030.txt');
    writeFileSync(file, gb);
    expect(new TextDecoder('gb18030').decode(gb)).toBe('奖品500元×22=12000元\n');
    const auto = await huiwu(['audit', file, '--format', 'json']);
    expect(auto.code).toBe(1);
    const f = JSON.parse(auto.stdout).files[0].findings[0];
    expect(f).toMatchObject({ excerpt: '奖品500元×22=12000元', stated: '12000', expected: '11000' });
    expect((await huiwu(['audit', file, '--encoding', 'gb18030'])).code).toBe(1);
    expect((await huiwu(['audit', file, '--encoding', 'gbk'])).code).toBe(1);
    const strict = await huiwu(['audit', file, '--encoding', 'utf-8']);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toBe(`huiwu: ${file} is not valid UTF-8 (try --encoding gb18030)\n`);
  });

  it('a UTF-8 byte order mark is dropped, so column numbers stay right', async () => {
    const file = join(dir, 'bom.txt');
    writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('奖品500元×22=12000元\n')]),
    );
    const r = await huiwu(['audit', file, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].findings[0]).toMatchObject({ line: 1, column: 3 });
  });

  it('an empty file has no findings and exits 0', async () => {
    const file = join(dir, 'empty.txt');
    writeFileSync(file, '');
    const r = await huiwu(['audit', file, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].findings).toEqual([]);
  });
});

describe('huiwu plan', async () => {
  const meetings = readdirSync(join(ROOT, 'examples/meetings')).filter((f) => f.endsWith('.json'));

  it('there are example meetings to plan', async () => {
    expect(meetings.length).toBeGreaterThanOrEqual(3);
  });

  it.each(meetings)(
    'plans examples/meetings/%s: JSON parses, exit code follows the mismatches',
    async (name) => {
      const file = `examples/meetings/${name}`;
      const r = await huiwu(['plan', file, '--format', 'json']);
      expect(r.stderr).toBe('');
      expectStringFigures(r.stdout);
      const out = JSON.parse(r.stdout);
      expect(out.files[0].file).toBe(file);
      expect(r.code).toBe(out.summary.mismatches > 0 ? 1 : 0);
      const text = await huiwu(['plan', file, '--lang', 'en']);
      expect(text.code).toBe(r.code);
      expect(text.stdout.length).toBeGreaterThan(200);
    },
  );

  it('the city meeting plan finds the budget total mismatch under budget.total', async () => {
    const r = await huiwu(['plan', 'examples/meetings/city-work-meeting.json', '--format', 'json']);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).files[0].findings;
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'sum.total', verdict: 'mismatch', path: ['budget', 'total'] }),
    );
  });

  it('a meeting file read by `budget` is a one-line error naming the right command, not a crash', async () => {
    const r = await huiwu(['budget', 'examples/meetings/county-conference.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^huiwu: .* looks like a meeting .*huiwu plan /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('broken pipe', async () => {
  const big = join(dir, 'big.txt');
  let text = '';
  for (let i = 0; i < 20000; i++) {
    const p = (i % 90) + 10;
    const q = (i % 7) + 2;
    text += `第${i}项 奖品${p}元×${q}=${p * q + (i % 3)}元\n`;
  }
  writeFileSync(big, text);

  it.each([['text'], ['json']])(
    'huiwu audit big.txt --format %s | head -1: no crash, no stack trace',
    async (format) => {
      const err = join(dir, `pipe-${format}.err`);
      const out = await sh(
        `"${process.execPath}" --import tsx src/cli/main.ts audit "${big}" --format ${format} 2>"${err}" | head -1; echo "status=\${PIPESTATUS[0]}"`,
      );
      const lines = out.trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      // The first line is real output; the status is 0 or 1 (mismatches found), never 3 or a signal.
      if (format === 'json') expect(lines[0]).toBe('{');
      else
        expect(lines[0]).toMatch(
          new RegExp(`^${big.replace(/[.]/g, '\\.')}:1:\\d+ {2}✓ product\\.line \\[info\\]$`),
        );
      expect(lines[1]).toMatch(/^status=[01]$/);
      const stderr = readFileSync(err, 'utf8');
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(stderr).not.toContain('internal error');
      expect(stderr).not.toContain('EPIPE');
    },
  );
});

describe('renderJson with a budget written by budgetToJson', () => {
  it('places the raw JSON text where the object would be, and parses to the same document', async () => {
    const { rawJson, renderJson } = await import('../../src/cli/output.js');
    const inner = '{"a":"1.10","b":["\\u0000raw0",2]}';
    const out = renderJson([{ file: 'f', findings: [], data: { budget: rawJson(inner) } }], 'en');
    const doc = JSON.parse(out) as { files: { budget: unknown }[] };
    expect(doc.files[0]!.budget).toEqual(JSON.parse(inner));
  });
});
