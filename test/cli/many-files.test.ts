/** `huiwu audit DIR…`: walking, filters, lists, jsonl, the summary, parallel workers and exit codes. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { huiwu, tempDir } from './run.js';

let dir: string;
const WRONG = '奖品500元×22=12000元\n';
const RIGHT = '奖品500元×22=11000元\n';

beforeAll(() => {
  dir = tempDir();
  mkdirSync(join(dir, 'b/deep'), { recursive: true });
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'a/1-wrong.txt'), WRONG);
  writeFileSync(join(dir, 'a/2-right.txt'), RIGHT);
  writeFileSync(join(dir, 'b/deep/3-wrong.md'), `标题\n${WRONG}`);
  writeFileSync(join(dir, 'b/draft-4.txt'), WRONG);
  writeFileSync(join(dir, 'b/picture.png'), 'not a document');
  writeFileSync(join(dir, 'top.txt'), RIGHT);
});

const rel = (lines: string[]) => lines.map((l) => l.replace(`${dir}/`, ''));

describe('huiwu audit DIR', () => {
  it('walks directories in a fixed order: a directory’s files, then its subdirectories', async () => {
    const r = await huiwu(['audit', dir, '--format', 'jsonl', '--quiet', '--jobs', '1']);
    const files = r.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { file: string }).file);
    expect(rel([...new Set(files)])).toEqual([
      'top.txt',
      'a/1-wrong.txt',
      'a/2-right.txt',
      'b/draft-4.txt',
      'b/deep/3-wrong.md',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
  });

  it('prints the same output, in the same order, with one thread or a pool of workers', async () => {
    const one = await huiwu(['audit', dir, '--jobs', '1', '--lang', 'en']);
    const pool = await huiwu(['audit', dir, '--jobs', '2', '--lang', 'en']);
    expect(pool.stdout).toBe(one.stdout);
    expect(pool.code).toBe(one.code);
    expect(one.stdout).toContain('a/1-wrong.txt:1:3  ✗ product.line');
  });

  it('ends with a summary table: files, files with a mismatch, mismatches, uncheckable, unreadable', async () => {
    const r = await huiwu(['audit', dir, join(dir, 'missing.txt'), '--lang', 'en']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(
      lines
        .at(-3)!
        .trim()
        .split(/\s{2,}/),
    ).toEqual(['files', 'files with a mismatch', 'mismatches', 'uncheckable', 'unreadable']);
    expect(lines.at(-2)!.trim().split(/\s+/)).toEqual(['6', '3', '3', '0', '1']);
    expect(lines.at(-1)).toBe('6 file(s): 3 mismatch(es), 0 uncheckable, 1 unreadable.');
    expect(r.code).toBe(2);
  });

  it('--include and --exclude filter the files found in a directory, by their path below it', async () => {
    const r = await huiwu([
      'audit',
      dir,
      '--include',
      '**/*.md',
      '--format',
      'jsonl',
      '--quiet',
      '--mismatches-only',
    ]);
    expect(
      rel(
        r.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l).file),
      ),
    ).toEqual(['b/deep/3-wrong.md']);
    const x = await huiwu([
      'audit',
      dir,
      '--exclude',
      '**/draft-*',
      '--format',
      'jsonl',
      '--quiet',
      '--mismatches-only',
    ]);
    expect(
      rel(
        x.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l).file),
      ),
    ).toEqual(['a/1-wrong.txt', 'b/deep/3-wrong.md']);
  });

  it('--files-from reads paths one per line, from a file or from stdin', async () => {
    const list = join(dir, 'list');
    writeFileSync(list, `${join(dir, 'a/2-right.txt')}\r\n\n${join(dir, 'a/1-wrong.txt')}\n`);
    const a = await huiwu(['audit', '--files-from', list, '--format', 'json']);
    expect(JSON.parse(a.stdout).files.map((f: { file: string }) => f.file)).toEqual([
      join(dir, 'a/2-right.txt'),
      join(dir, 'a/1-wrong.txt'),
    ]);
    const b = await huiwu(['audit', '--files-from', '-', '--format', 'json'], {
      input: `${join(dir, 'a/1-wrong.txt')}\n`,
    });
    expect(JSON.parse(b.stdout).summary).toMatchObject({ files: 1, mismatches: 1 });
    expect(b.code).toBe(1);
  });

  it('--format jsonl: one finding per line with its file; an unreadable file is one line; totals on stderr', async () => {
    const missing = join(dir, 'missing.txt');
    const r = await huiwu(['audit', join(dir, 'a'), missing, '--format', 'jsonl', '--lang', 'en']);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({
      file: join(dir, 'a/1-wrong.txt'),
      rule: 'product.line',
      verdict: 'mismatch',
      line: 1,
    });
    expect(lines.at(-1)).toEqual({
      file: missing,
      error: { code: 'IO', message: `cannot read ${missing}: no such file` },
    });
    expect(r.stderr).toMatch(/files\s+files with a mismatch/);
    expect(r.code).toBe(2);
    const quiet = await huiwu(['audit', join(dir, 'a'), '--format', 'jsonl', '--quiet']);
    expect(quiet.stderr).toBe('');
  });

  it('exit code 0 when every file is right, 1 with a mismatch, 2 with an unreadable file', async () => {
    expect((await huiwu(['audit', join(dir, 'a/2-right.txt'), join(dir, 'top.txt')])).code).toBe(0);
    expect((await huiwu(['audit', join(dir, 'a')])).code).toBe(1);
    expect((await huiwu(['audit', join(dir, 'a'), join(dir, 'nope.txt')])).code).toBe(2);
  });

  it('refuses a --jobs that is not a whole number of at least 1', async () => {
    for (const j of ['0', '-1', '1.5', 'many']) {
      const r = await huiwu(['audit', dir, '--jobs', j]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--jobs must be a whole number of at least 1');
    }
  });

  it('--format html writes one page with a section per file, an unreadable one said in its place', async () => {
    const missing = join(dir, 'missing.txt');
    const r = await huiwu(['audit', join(dir, 'a'), missing, '--format', 'html', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    const sections = [...r.stdout.matchAll(/<section class="file" id="(d-?\d+)" data-file="([^"]+)"/g)].map(
      (m) => [m[1], m[2]],
    );
    expect(sections).toEqual([
      ['d0', join(dir, 'a/1-wrong.txt')],
      ['d1', join(dir, 'a/2-right.txt')],
      ['d-1', missing],
    ]);
    expect(r.stdout).toContain(`cannot read ${missing}: no such file`);
    expect(r.stdout).toMatch(/<mark class="sev-error v-mismatch"[^>]*>[^<]*12000元<\/mark>/);
    const pool = await huiwu([
      'audit',
      join(dir, 'a'),
      missing,
      '--format',
      'html',
      '--lang',
      'en',
      '--jobs',
      '2',
    ]);
    expect(pool.stdout).toBe(r.stdout);
  });

  it('huiwu budget --format html shows the budget table with its wrong line', async () => {
    const r = await huiwu([
      'budget',
      'examples/budgets/city-work-meeting.json',
      '--format',
      'html',
      '--lang',
      'zh',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('<table class="budget">');
    expect(r.stdout).toMatch(/<tr class="total wrong" data-path="total">/);
  });
});
