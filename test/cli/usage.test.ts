import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { huiwu, oneLineError, ROOT, tempDir } from './run.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const dir = tempDir();
const clean = join(dir, 'clean.txt');
writeFileSync(clean, '奖品500元×22=11000元\n');

describe('huiwu usage errors: exit 2, one line on stderr, nothing on stdout', async () => {
  it('prints the help and exits 2 when no command is given', async () => {
    const r = await huiwu([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Usage:');
    expect(r.stdout).toContain('huiwu audit FILE|DIR...');
  });

  it('--help exits 0 and --version prints the package version', async () => {
    const h = await huiwu(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain(
      'Exit codes: 0 no mismatch, 1 a mismatch was found, 2 usage error or a file that could not be read.',
    );
    const v = await huiwu(['-v']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe(pkg.version);
  });

  it.each([
    [['frob', 'x.txt'], /unknown command "frob"/],
    [['audit', '--bogus', clean], /Unknown option '--bogus'.*\(try huiwu --help\)$/],
    [['audit', '--format', 'xml', clean], /--format must be text, markdown, json, jsonl or html, not "xml"/],
    [['audit', '--lang', 'fr', clean], /--lang must be zh or en, not "fr"/],
    [['audit', '--encoding', 'latin1', clean], /--encoding must be auto, utf-8 or gb18030, not "latin1"/],
    [['audit'], /audit needs at least one file/],
    [['budget', '--format', 'json'], /budget needs at least one file/],
    [['uppercase'], /uppercase needs at least one amount/],
  ])('huiwu %j', async (args, message) => {
    const r = await huiwu(args);
    expect(r.code).toBe(2);
    expect(oneLineError(r.stderr)).toBe(true);
    expect(r.stderr.trim()).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe('huiwu input errors', async () => {
  it('a JSON number with a fraction is refused with its place, not read as a float', async () => {
    const f = join(dir, 'float.json');
    writeFileSync(f, '{"title":"t","items":[{"name":"a","amount":2400.0000000000001}],"total":"2400"}');
    const r = await huiwu(['budget', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/1:\d+: .*the number 2400\.0000000000001 has a fraction or exponent/);
    expect(r.stdout).toBe('');
  });

  it('a budget given to plan, or a meeting to budget, names the right command, exit 2', async () => {
    const budget = join(ROOT, 'examples/budgets/city-work-meeting.json');
    const p = await huiwu(['plan', budget]);
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/looks like a budget .*huiwu budget /);
    expect(p.stdout).toBe('');
    const meeting = join(ROOT, 'examples/meetings/city-work-meeting.json');
    const b = await huiwu(['budget', meeting]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/looks like a meeting .*huiwu plan /);
  });

  it('a missing file is a one-line error naming it, exit 2', async () => {
    const missing = join(dir, 'no-such-plan.txt');
    const r = await huiwu(['audit', missing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`huiwu: cannot read ${missing}: no such file\n`);
    expect(r.stdout).toBe('');
  });

  it('a directory with nothing the command reads is a one-line error, exit 2', async () => {
    const sub = join(dir, 'a-directory');
    mkdirSync(sub);
    writeFileSync(join(sub, 'picture.png'), 'not a document');
    for (const cmd of ['audit', 'budget', 'plan']) {
      const r = await huiwu([cmd, sub]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`huiwu: no file to read in ${sub} (see --include)\n`);
    }
  });

  it('an unreadable file is a one-line error (as root, whom chmod does not stop, it is read)', async () => {
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, '奖品500元×22=12000元\n');
    chmodSync(locked, 0o000);
    const r = await huiwu(['audit', locked]);
    if (process.getuid?.() === 0) {
      // root reads it anyway: the file is audited normally and its mismatch found.
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(`${locked}:1:3`);
      expect(r.stderr).toBe('');
    } else {
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`huiwu: cannot read ${locked}: permission denied\n`);
    }
  });

  it('--debug adds the stack trace; without it there is none', async () => {
    const missing = join(dir, 'gone.json');
    const plain = await huiwu(['budget', missing]);
    expect(oneLineError(plain.stderr)).toBe(true);
    const debug = await huiwu(['budget', '--debug', missing]);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/HuiwuError: cannot read .*gone\.json: no such file\n\s+at /);
    expect(debug.stderr.trimEnd().split('\n').at(-1)).toBe(`huiwu: cannot read ${missing}: no such file`);
  });

  it('invalid JSON names the file and the place, exit 2', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"title": "会议", "items": [\n  {"name": "场租费", "amount": 2800,}\n]}');
    const r = await huiwu(['budget', bad]);
    expect(r.code).toBe(2);
    expect(oneLineError(r.stderr)).toBe(true);
    expect(r.stderr).toContain(`${bad}: invalid JSON`);
    expect(r.stderr).toMatch(/^huiwu: 2:\d+: /);
  });

  it('a budget that breaks the schema is a one-line error naming the path, exit 2', async () => {
    const bad = join(dir, 'schema.json');
    writeFileSync(bad, JSON.stringify({ title: '会议', items: [{ name: '场租费', amount: 19.99 }] }));
    const r = await huiwu(['budget', bad]);
    expect(r.code).toBe(2);
    expect(oneLineError(r.stderr)).toBe(true);
    expect(r.stderr).toContain('items[0].amount');
  });

  it('a meeting that breaks the schema is a one-line error, exit 2', async () => {
    const bad = join(dir, 'meeting.json');
    writeFileSync(bad, JSON.stringify({ title: 42 }));
    const r = await huiwu(['plan', bad]);
    expect(r.code).toBe(2);
    expect(oneLineError(r.stderr)).toBe(true);
  });

  it('invalid UTF-8 that is not GB18030 either is an input error, exit 2', async () => {
    const bad = join(dir, 'bad-bytes.txt');
    writeFileSync(bad, Buffer.from([0xff, 0xfe, 0xfa, 0x80, 0x81, 0x20, 0x61, 0x62, 0x63]));
    const r = await huiwu(['audit', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`huiwu: ${bad} is neither UTF-8 nor GB18030 text (is it a binary file?)\n`);
  });

  it('a binary file is refused, exit 2', async () => {
    const bin = join(dir, 'archive.bin');
    writeFileSync(
      bin,
      Buffer.concat(Array.from({ length: 200 }, () => Buffer.from([0, 1, 2, 0x50, 0x4b, 0]))),
    );
    for (const cmd of ['audit', 'budget']) {
      const r = await huiwu([cmd, bin]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`huiwu: ${bin} looks like a binary file, not text\n`);
    }
  });

  it('with several files, an unreadable one is reported in place and the others still checked (exit 2)', async () => {
    const wrong = join(dir, 'wrong.txt');
    writeFileSync(wrong, '奖品500元×22=12000元\n');
    const missing = join(dir, 'missing.txt');
    const r = await huiwu(['audit', wrong, missing, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${wrong}:1:3  ✗ product.line [error]`);
    expect(r.stdout).toContain(`${missing}: cannot read ${missing}: no such file`);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      '2 file(s): 1 mismatch(es), 0 uncheckable, 1 unreadable.',
    );
    const json = JSON.parse((await huiwu(['audit', wrong, missing, '--format', 'json'])).stdout);
    expect(json.files[1].error).toEqual({ code: 'IO', message: `cannot read ${missing}: no such file` });
    expect(json.summary).toMatchObject({ files: 2, errors: 1, mismatches: 1 });
  });
});

describe('huiwu uppercase', async () => {
  it('writes amounts in 大写, one per line', async () => {
    const r = await huiwu(['uppercase', '45000', '1005.20', '0.05']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('肆万伍仟元整\n壹仟零伍元贰角\n伍分\n');
    // A negative amount looks like an option to the argument parser; after `--` it is an amount.
    const neg = await huiwu(['uppercase', '--', '-3700']);
    expect(neg.code).toBe(0);
    expect(neg.stdout).toBe('负叁仟柒佰元整\n');
  });

  it('a bad amount is a one-line error, exit 2', async () => {
    const r = await huiwu(['uppercase', '12abc']);
    expect(r.code).toBe(2);
    expect(oneLineError(r.stderr)).toBe(true);
    expect(r.stderr).toContain('"12abc" is not a number');
  });
});
