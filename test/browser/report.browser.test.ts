/**
 * The HTML report (`huiwu audit FILE --format html`) in a real headless Chromium: opened from disk
 * with every network request refused, the 45000 vs 48700 mismatch of the city work-meeting plan is
 * marked red at its line:column, a click on its finding scrolls to the figure, and the print styles
 * apply. Screenshots go to test-output/ (CI keeps them as the run's artifacts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const OUT = join(ROOT, 'test-output');
const SEEDS = join(ROOT, 'test', 'fixtures', 'text', 'seeds');
const SEED = join(SEEDS, readdirSync(SEEDS).find((n) => n.startsWith('000_') && n.endsWith('.txt'))!);

/** Runs the CLI from source and returns what it printed. */
function huiwu(args: string[]): { code: number | null; stdout: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return { code: r.status, stdout: r.stdout };
}

describe('HTML report', () => {
  let browser: Browser | undefined;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];
  let mismatch: { line: number; column: number; id: string };

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const jsonl = huiwu(['audit', SEED, '--format', 'jsonl', '--mismatches-only', '--quiet']);
    const total = jsonl.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { rule: string; line: number; column: number; stated: string })
      .find((f) => f.rule === 'sum.total' && f.stated === '45000');
    if (!total) throw new Error('the seed no longer has its 45000 total mismatch');
    for (const lang of ['en', 'zh']) {
      const r = huiwu(['audit', SEED, '--format', 'html', '--lang', lang]);
      expect(r.code).toBe(1);
      writeFileSync(join(OUT, `report-${lang}.html`), r.stdout);
    }
    mismatch = { line: total.line, column: total.column, id: '' };
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The report is self-contained: any request beyond the file itself is a failure.
    await page.route('**/*', (route) => {
      const u = route.request().url();
      if (!u.startsWith('file://')) {
        requests.push(u);
        return route.abort();
      }
      return route.continue();
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(pathToFileURL(join(OUT, 'report-en.html')).href);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads from disk without fetching anything and without script errors', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('meta[charset]').getAttribute('charset')).toBe('utf-8');
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    expect(await page.locator('header .totals').textContent()).toMatch(/^1 file\(s\): \d+ mismatch/);
  });

  it('marks the mismatch at its line:column red, and the checked figures green or grey', async () => {
    const li = page.locator(
      `li.finding[data-rule="sum.total"][data-line="${mismatch.line}"][data-column="${mismatch.column}"]`,
    );
    expect(await li.getAttribute('data-verdict')).toBe('mismatch');
    expect(await li.getAttribute('data-difference')).toBe('-3700');
    mismatch.id = (await li.getAttribute('data-finding'))!;
    const mark = page.locator(`#d0-L${mismatch.line} mark[data-findings~="${mismatch.id}"]`).first();
    expect(await mark.getAttribute('class')).toContain('v-mismatch');
    expect(await mark.textContent()).toContain('45000');
    // The mark starts at the finding's column: the text before it on the line is column − 1 long.
    const before = await mark.evaluate((m) => {
      let n = 0;
      for (let x = m.previousSibling; x; x = x.previousSibling) n += x.textContent?.length ?? 0;
      return n;
    });
    expect(before).toBe(mismatch.column - 1);
    expect(await mark.evaluate((m) => getComputedStyle(m).backgroundColor)).toBe('rgb(255, 235, 233)');
    const match = page.locator('mark.v-match').first();
    expect(await match.evaluate((m) => getComputedStyle(m).backgroundColor)).toBe('rgb(218, 251, 225)');
    const grey = page.locator('mark.v-uncheckable').first();
    expect(await grey.evaluate((m) => getComputedStyle(m).backgroundColor)).toBe('rgb(234, 238, 242)');
  });

  it('clicking a finding scrolls its figure into view and outlines it', async () => {
    const mark = page.locator(`#d0-L${mismatch.line} mark[data-findings~="${mismatch.id}"]`).first();
    const inView = () =>
      mark.evaluate((m) => {
        const r = m.getBoundingClientRect();
        const box = m.closest('.annotated')!.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom && r.top >= 0 && r.bottom <= innerHeight;
      });
    expect(await inView()).toBe(false); // line 222 of a long plan starts out of sight
    await page.locator(`li.finding[data-finding="${mismatch.id}"] .message`).click();
    await expect.poll(inView).toBe(true);
    expect(await mark.getAttribute('class')).toContain('active');
    await page.screenshot({ path: join(OUT, 'report-en.png') });
  });

  it('prints the whole text, without the scrolling panes', async () => {
    await page.emulateMedia({ media: 'print' });
    const style = await page.locator('.annotated').evaluate((e) => {
      const s = getComputedStyle(e);
      return { overflow: s.overflow, maxHeight: s.maxHeight };
    });
    expect(style).toEqual({ overflow: 'visible', maxHeight: 'none' });
    await page.emulateMedia({ media: 'screen' });
  });

  it('is written in Chinese with --lang zh', async () => {
    const zh = await browser!.newPage();
    await zh.goto(pathToFileURL(join(OUT, 'report-zh.html')).href);
    expect(await zh.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await zh.locator('header .totals').textContent()).toContain('处不符');
    expect(await zh.locator('li.finding.v-mismatch .verdict').first().textContent()).toBe('不符');
    await zh.screenshot({ path: join(OUT, 'report-zh.png'), fullPage: false });
    await zh.close();
  });
});
