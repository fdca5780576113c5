/**
 * One test per ErrorCode (docs/errors.md): each triggers the code through the public API — or the CLI
 * for USAGE and IO — and checks the code, where it points (path, or line:column) and the message.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  auditText,
  CENTRAL_2016,
  checkPolicy,
  createTextAuditor,
  type ErrorCode,
  parseAmount,
  parseChineseUppercase,
  parseMeeting,
  round,
  toChineseUppercase,
  toYuan,
} from '../../src/index.js';
import { errorOf } from '../helpers/errors.js';
import { computeBudget } from '../helpers/untyped.js';

const ROOT = join(__dirname, '../..');

/** Runs the CLI in a child process (importing src/cli/main.ts would run it with vitest's argv). */
function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'huiwu-errors-'));

const ALL_CODES: ErrorCode[] = [
  'AMOUNT_SYNTAX',
  'AMOUNT_EMPTY',
  'AMOUNT_NOT_FINITE',
  'AMOUNT_UNSAFE_NUMBER',
  'AMOUNT_TYPE',
  'AMOUNT_RANGE',
  'AMOUNT_PRECISION',
  'UNIT_UNKNOWN',
  'UPPERCASE_SYNTAX',
  'ALLOCATE_WEIGHTS',
  'ROUNDING_MODE',
  'SCHEMA',
  'DUPLICATE_ID',
  'NESTING_TOO_DEEP',
  'UNKNOWN_RANK',
  'POLICY',
  'TEXT_INPUT',
  'USAGE',
  'IO',
  'FILE_FORMAT',
];

describe('every ErrorCode is listed here and in docs/errors.md', () => {
  it('matches the ErrorCode union in src/errors.ts', () => {
    const src = readFileSync(join(ROOT, 'src/errors.ts'), 'utf8');
    const union = /export type ErrorCode =([^;]+);/.exec(src)![1]!;
    const codes = [...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]);
    expect(codes).toEqual(ALL_CODES);
  });

  it('documents each code with a heading in docs/errors.md', () => {
    const doc = readFileSync(join(ROOT, 'docs/errors.md'), 'utf8');
    for (const code of ALL_CODES) expect(doc, code).toContain(`## \`${code}\``);
  });
});

describe('amount codes', () => {
  it('AMOUNT_SYNTAX: a budget figure that is not a number', () => {
    const e = errorOf(() =>
      computeBudget({ title: '会议预算', items: [{ name: '奖牌', unitPrice: '12abc', quantity: '40' }] }),
    );
    expect(e.code).toBe('AMOUNT_SYNTAX');
    expect(e.path).toEqual(['items', 0, 'unitPrice']);
    expect(e.message).toBe(
      'items[0].unitPrice: "12abc" is not a number (expected digits like "2400", "-3700.50", "48,700" or "1.5万元")',
    );
  });

  it('AMOUNT_EMPTY: an empty amount string', () => {
    const e = errorOf(() => parseAmount('', { path: ['items', 0, 'unitPrice'] }));
    expect(e.code).toBe('AMOUNT_EMPTY');
    expect(e.path).toEqual(['items', 0, 'unitPrice']);
    expect(e.message).toBe('items[0].unitPrice: amount is empty; write 0 if the amount is zero');
  });

  it('AMOUNT_NOT_FINITE: Infinity or NaN', () => {
    const e = errorOf(() => parseAmount(Number.POSITIVE_INFINITY, { path: ['total'] }));
    expect(e.code).toBe('AMOUNT_NOT_FINITE');
    expect(e.path).toEqual(['total']);
    expect(e.message).toBe('total: Infinity is not a finite amount');
    expect(errorOf(() => parseAmount(Number.NaN)).code).toBe('AMOUNT_NOT_FINITE');
  });

  it('AMOUNT_UNSAFE_NUMBER: a float literal such as 19.99', () => {
    const e = errorOf(() => allocate(19.99, [1, 1]));
    expect(e.code).toBe('AMOUNT_UNSAFE_NUMBER');
    expect(e.path).toEqual(['total']);
    expect(e.message).toBe(
      'total: the JS number 19.99 may not be exact; pass it as a string ("19.99") or set allowFloat',
    );
    // The fix the message names works:
    expect(allocate('19.99', [1, 1]).map(String)).toEqual(['10', '9.99']);
  });

  it('AMOUNT_TYPE: null, an object or an array where an amount belongs', () => {
    const e = errorOf(() => allocate('100', [null as never, 1]));
    expect(e.code).toBe('AMOUNT_TYPE');
    expect(e.path).toEqual(['weights', 0]);
    expect(e.message).toBe(
      'weights[0]: expected an amount (decimal string, Decimal, bigint or safe integer), got null',
    );
  });

  it('AMOUNT_RANGE: 1e400 in a budget', () => {
    const e = errorOf(() =>
      computeBudget({ title: '会议预算', items: [{ name: '场租费', amount: '1e400' }] }),
    );
    expect(e.code).toBe('AMOUNT_RANGE');
    expect(e.path).toEqual(['items', 0, 'amount']);
    expect(e.message).toBe('items[0].amount: "1e400" has more than 30 integer digits');
  });

  it('AMOUNT_PRECISION: an uppercase amount below 分', () => {
    const e = errorOf(() => toChineseUppercase('1.005'));
    expect(e.code).toBe('AMOUNT_PRECISION');
    expect(e.path).toBeUndefined();
    expect(e.message).toBe('1.005 has more than two decimal places; round it to 分 first');
    expect(toChineseUppercase(round('1.005'))).toBe('壹元零壹分');
  });
});

describe('units, uppercase, allocation and rounding', () => {
  it('UNIT_UNKNOWN: a money unit huiwu does not know', () => {
    const e = errorOf(() => toYuan('1', '美元' as never));
    expect(e.code).toBe('UNIT_UNKNOWN');
    expect(e.path).toBeUndefined();
    expect(e.message).toBe('unknown money unit "美元"');
  });

  it('UPPERCASE_SYNTAX: text that is not a 大写 amount', () => {
    const e = errorOf(() => parseChineseUppercase('肆万伍仟美元'));
    expect(e.code).toBe('UPPERCASE_SYNTAX');
    expect(e.path).toBeUndefined();
    expect(e.message).toBe('"肆万伍仟美元" is not an uppercase amount: unexpected "美"');
  });

  it('ALLOCATE_WEIGHTS: a negative weight, no weights, or weights adding to zero', () => {
    const e = errorOf(() => allocate('100', [1, -1]));
    expect(e.code).toBe('ALLOCATE_WEIGHTS');
    expect(e.path).toEqual(['weights', 1]);
    expect(e.message).toBe('weights[1]: weight -1 is negative');
    expect(errorOf(() => allocate('100', [])).message).toBe('allocate needs at least one weight');
    expect(errorOf(() => allocate('100', [0, 0])).message).toBe(
      'weights add up to zero, so there is nothing to split by',
    );
  });

  it('ROUNDING_MODE: an unknown mode or a precision that is not whole places', () => {
    const e = errorOf(() => round('2.345', '分', 'bankers' as never));
    expect(e.code).toBe('ROUNDING_MODE');
    expect(e.path).toBeUndefined();
    expect(e.message).toBe(
      'unknown rounding mode "bankers"; use one of half-up, half-even, half-down, down, up, ceil, floor',
    );
    expect(errorOf(() => round('2.345', 0.5 as never)).message).toBe(
      'precision 0.5 is not a whole number of decimal places between -30 and 30',
    );
  });
});

describe('structured input codes', () => {
  it('SCHEMA: a budget without a title; every bad path is in `issues`', () => {
    const e = errorOf(() => computeBudget({ items: [{ name: '场租费', amount: '2800', colour: 'red' }] }));
    expect(e.code).toBe('SCHEMA');
    expect(e.issues.map((i) => i.path)).toEqual([['title'], ['items', 0, 'colour']]);
    expect(e.message).toBe(
      'invalid budget: title: required field is missing (expected string); items[0].colour: unknown field "colour"',
    );
  });

  it('SCHEMA: a meeting group with a negative count names its path', () => {
    const e = errorOf(() => parseMeeting({ title: '工作会议', groups: [{ name: '代表', count: -1 }] }));
    expect(e.code).toBe('SCHEMA');
    expect(e.path).toEqual(['groups', 0, 'count']);
    expect(e.message).toBe(
      'invalid meeting: groups[0].count: a count is a whole number ≥ 0 (number or digit string)',
    );
  });

  it('SCHEMA: a `__proto__` key is refused, and nothing is polluted', () => {
    const e = errorOf(() => computeBudget(JSON.parse('{"title":"t","__proto__":{"polluted":1}}')));
    expect(e.code).toBe('SCHEMA');
    expect(e.issues[0]).toMatchObject({ code: 'unknown_field', path: ['__proto__'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('SCHEMA: broken JSON given to the CLI is reported at its line and column, exit code 2', () => {
    const file = join(tmp, 'broken.json');
    writeFileSync(file, '{"title": "x",\n');
    const r = cli('budget', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`huiwu: 2:1: ${file}: invalid JSON (Expected double-quoted property name)\n`);
  });

  it('DUPLICATE_ID: two items with the same id', () => {
    const e = errorOf(() =>
      computeBudget({
        title: '会议预算',
        items: [
          { id: 'rent', name: '场租费', amount: '2800' },
          { id: 'rent', name: '音响', amount: '500' },
        ],
      }),
    );
    expect(e.code).toBe('DUPLICATE_ID');
    expect(e.path).toEqual(['items', 1, 'id']);
    expect(e.message).toBe('items[1].id: id "rent" is used twice (first at items[0])');
  });

  it('NESTING_TOO_DEEP: a cycle, and sections nested past the limit', () => {
    const section: { name: string; sections: unknown[] } = { name: '会务费', sections: [] };
    section.sections.push(section);
    const e = errorOf(() => computeBudget({ title: '会议预算', sections: [section] }));
    expect(e.code).toBe('NESTING_TOO_DEEP');
    expect(e.path).toEqual(['sections', 0, 'sections', 0]);
    expect(e.message).toBe(
      'sections[0].sections[0]: input refers to itself (a cycle); budgets and meetings must be trees',
    );

    let deep: unknown = { name: 'leaf', items: [{ name: '场租费', amount: '1' }] };
    for (let i = 0; i < 40; i++) deep = { name: `s${i}`, sections: [deep] };
    const d = errorOf(() => computeBudget({ title: '会议预算', sections: [deep] }));
    expect(d.code).toBe('NESTING_TOO_DEEP');
    expect(d.path?.slice(0, 2)).toEqual(['sections', 0]);
    expect(d.message).toMatch(/: input nests deeper than 32 levels of sections$/);
  });

  it('UNKNOWN_RANK: "处级以上" naming a rank the meeting does not declare', () => {
    const e = errorOf(() =>
      parseMeeting({
        title: '工作会议',
        ranks: ['处级', '科级'],
        groups: [{ name: '代表', count: 10, rank: '处级' }],
        logistics: { lodging: { nights: 1, singleFromRank: '厅级' } },
      }),
    );
    expect(e.code).toBe('UNKNOWN_RANK');
    expect(e.path).toEqual(['logistics', 'lodging', 'singleFromRank']);
    expect(e.message).toBe('logistics.lodging.singleFromRank: rank "厅级" is not in ranks [处级, 科级]');
    expect(e.issues).toHaveLength(1);
  });

  it('POLICY: a meeting category the policy does not have', () => {
    const e = errorOf(() =>
      checkPolicy(
        { title: '会议预算', items: [{ name: '场租费', amount: '2800' }] },
        { category: '五类', attendees: 40, days: 1 },
        CENTRAL_2016,
      ),
    );
    expect(e.code).toBe('POLICY');
    expect(e.path).toEqual(['meeting', 'category']);
    expect(e.message).toBe(
      'meeting.category: category "五类" is not in policy cn-central-2016 (it has 一类, 二类, 三类, 四类)',
    );
  });
});

describe('text and CLI codes', () => {
  it('TEXT_INPUT: text that is not a string, or a chunk after end()', () => {
    const e = errorOf(() => auditText(42 as never));
    expect(e.code).toBe('TEXT_INPUT');
    expect(e.path).toBeUndefined();
    expect(e.line).toBeUndefined();
    expect(e.message).toBe('expected text (a string), got number');
    const a = createTextAuditor();
    a.end();
    expect(errorOf(() => a.push('共计:45000元')).message).toBe(
      'push() after end(): create a new auditor for new text',
    );
  });

  it('TEXT_INPUT: the CLI refuses a binary file with exit code 2', () => {
    const file = join(tmp, 'image.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const r = cli('audit', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`huiwu: ${file} looks like a binary file, not text\n`);
  });

  it('USAGE: an unknown command, a bad --format, a missing file argument', () => {
    const r = cli('frobnicate', 'plan.txt');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('huiwu: unknown command "frobnicate" (try huiwu --help)\n');
    expect(cli('budget', '--format', 'yaml', 'b.json').stderr).toBe(
      'huiwu: --format must be text, markdown, json, jsonl or html, not "yaml"\n',
    );
    expect(cli('audit').stderr).toBe('huiwu: audit needs at least one file\n');
  });

  it('IO: a missing file and a directory with no document, one line each, exit code 2, no stack trace', () => {
    const missing = cli('audit', join(tmp, 'no-such-plan.txt'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`huiwu: cannot read ${join(tmp, 'no-such-plan.txt')}: no such file\n`);
    const empty = join(tmp, 'empty-directory');
    mkdirSync(empty, { recursive: true });
    const dir = cli('audit', empty);
    expect(dir.code).toBe(2);
    expect(dir.stderr).toBe(`huiwu: no file to read in ${empty} (see --include)\n`);
    expect(dir.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });

  it('FILE_FORMAT: a corrupt .docx, one line that says why, exit code 2', () => {
    const bad = join(tmp, 'plan.docx');
    writeFileSync(
      bad,
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/ truncated')]),
    );
    const r = cli('audit', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`^huiwu: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a readable zip container`),
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
