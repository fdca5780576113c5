/**
 * The browser playground in a real headless Chromium (Debian's, driven by playwright-core): build it,
 * serve playground/dist over HTTP, paste the city work-meeting plan and check the 45000 vs 48700
 * finding is listed and marked on the text; load a budget JSON and check the table and the chart.
 *
 * Run with `npm run test:browser` (installs Chromium with scripts/install-chromium.sh first).
 * Screenshots go to test-output/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DIST = join(ROOT, 'playground', 'dist');
const OUT = join(ROOT, 'test-output');

const SEEDS = join(ROOT, 'test', 'fixtures', 'text', 'seeds');
const seed = readdirSync(SEEDS).find((n) => n.startsWith('000_') && n.endsWith('.txt'));
if (!seed) throw new Error('seed 000 missing from test/fixtures/text/seeds');
/** Lines 205–222 of the city work-meeting plan: the budget, stated 共計:45000元, items adding to 48700. */
const CITY_TEXT = readFileSync(join(SEEDS, seed), 'utf8').split('\n').slice(204, 222).join('\n');

/** A budget with sections and one wrong line (资料印刷 12×120 = 1440, written 1400). */
const BUDGET = {
  title: '县级工作会议经费预算',
  unit: '元',
  headCount: 120,
  days: 2,
  sections: [
    {
      name: '住宿费',
      items: [
        {
          name: '标准间',
          unitPrice: '340',
          quantity: [
            { value: 60, unit: '间' },
            { value: 2, unit: '晚' },
          ],
          amount: '40800',
        },
      ],
      subtotal: '40800',
    },
    {
      name: '伙食费',
      items: [
        {
          name: '工作餐',
          unitPrice: '100',
          quantity: [
            { value: 120, unit: '人' },
            { value: 2, unit: '天' },
          ],
          amount: '24000',
        },
      ],
      subtotal: '24000',
    },
    {
      name: '会场及其他',
      items: [
        { name: '会议室租金', unitPrice: '3000', quantity: 2, amount: '6000' },
        { name: '资料印刷', unitPrice: '12', quantity: 120, amount: '1400' },
      ],
      subtotal: '7400',
    },
  ],
  total: '72200',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A static file server for `dir` on a random localhost port. */
function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}

/** The text of each cell of a table row. */
function cells(row: Locator): Promise<string[]> {
  return row.locator('td').evaluateAll((tds) => tds.map((td) => td.textContent?.trim() ?? ''));
}

describe('browser playground', () => {
  let server: Server | undefined;
  let url = '';
  let browser: Browser | undefined;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-playground.mjs')], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    ({ server, url } = await serve(DIST));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    mkdirSync(OUT, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  });

  it('serves a page that declares UTF-8 and loads without errors', async () => {
    const res = await page.goto(`${url}?lang=zh`);
    expect(res?.ok()).toBe(true);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.locator('meta[charset]').getAttribute('charset')).toBe('utf-8');
    expect(await page.title()).toContain('会务');
    expect(await page.locator('#summary').textContent()).toContain('尚无输入');
    expect(problems).toEqual([]);
  });

  it('pasting the city work-meeting text lists the 45000 vs 48700 finding and marks it on the text', async () => {
    await page.goto(`${url}?lang=zh`);
    await page.locator('#text-input').fill(CITY_TEXT);

    const finding = page.locator('#findings li.finding[data-rule="sum.total"][data-verdict="mismatch"]');
    await finding.waitFor();
    expect(await finding.count()).toBe(1);
    expect(await finding.getAttribute('data-stated')).toBe('45000');
    expect(await finding.getAttribute('data-expected')).toBe('48700');
    expect(await finding.getAttribute('data-difference')).toBe('-3700');
    const text = await finding.textContent();
    expect(text).toContain('合计写作 45000元，按各项计算应为 48700，相差 -3700');
    expect(text).toContain('写明 45,000');
    expect(text).toContain('应为 48,700');
    expect(text).toContain('差额 -3,700');
    expect(text).toContain('第 18 行第 6 列');
    expect(await page.locator('#summary').textContent()).toContain('1 处不符');

    // Highlighted on line 18 of the text, from 共計 to the stated figure, with the message as tooltip.
    const id = await finding.getAttribute('data-finding');
    const mark = page.locator(`#annotated .line[data-line="18"] mark[data-findings~="${id}"]`);
    expect(await mark.count()).toBe(1);
    expect(await mark.textContent()).toBe('共計:45000元');
    expect(await mark.getAttribute('class')).toContain('sev-error');
    expect(await mark.getAttribute('title')).toContain('48700');
    // Products that agree are marked too (奖牌 60×40 = 2400), as matches.
    expect(await page.locator('#annotated .line[data-line="13"] mark.v-match').textContent()).toBe(
      '60元/個*40=2400元',
    );

    // Clicking the finding scrolls to its mark and outlines it.
    await finding.click();
    await expect.poll(() => mark.getAttribute('class')).toContain('active');
    expect(await mark.isVisible()).toBe(true);

    // The budget the text implies: a table whose computed total is 48,700.00 against the stated 45000.
    const total = page.locator('#budgets table.budget tr.total');
    expect(await cells(total)).toEqual(['共计', '', '', '48,700.00', '45000', '-3,700 ✗']);
    const names = await page
      .locator('#budgets table.budget tr.item td.name')
      .evaluateAll((tds) => tds.map((td) => td.textContent));
    expect(names).toEqual([
      '场租费（会场、音响、茶水）',
      '横额、桌签、请柬、文件袋、鲜花',
      '奖牌（暂定）',
      '荣誉证书（暂定）',
      '奖品（模范、优秀）',
      '奖品（系统先进及省市先进）',
      '记者',
      '餐费',
      '领导纪念品（领导）',
    ]);
    expect(await page.locator('#budgets svg.chart g.bar').count()).toBe(11);

    await page.screenshot({ path: join(OUT, 'playground.png'), fullPage: true });

    // English messages on request.
    await page.locator('#lang-en').click();
    await expect
      .poll(() => finding.textContent())
      .toContain('Stated total 45000元 should be 48700 (off by -3700).');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#annotated mark.sev-error').getAttribute('title')).toContain(
      'should be 48700',
    );
    await page.locator('#lang-zh').click();
    await expect.poll(() => finding.textContent()).toContain('相差 -3700');
    expect(problems).toEqual([]);
  });

  it('the example button fills in the same plan', async () => {
    await page.goto(`${url}?lang=zh`);
    await page.locator('#load-text-example').click();
    const finding = page.locator('#findings li.finding[data-rule="sum.total"][data-difference="-3700"]');
    await finding.waitFor();
    expect(await page.locator('#text-input').inputValue()).toContain('共計:45000元');
  });

  it('a budget JSON renders the computed table, its findings and an SVG bar chart', async () => {
    await page.goto(`${url}?lang=zh`);
    await page.locator('#tab-budget').click();
    await page.locator('#budget-input').fill(JSON.stringify(BUDGET, null, 2));

    const table = page.locator('#budgets table.budget');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    // 3 sections × (heading + subtotal) + 4 items + total.
    expect(await rows.count()).toBe(11);
    const printing = table.locator('tr.item.wrong');
    expect(await cells(printing)).toEqual(['资料印刷', '12.00', '120', '1,440.00', '1400', '-40 ✗']);
    expect(await cells(table.locator('tr.total'))).toEqual(['共计', '', '', '72,240.00', '72200', '-40 ✗']);
    expect(await page.locator('#budgets .extras').textContent()).toContain('柒万贰仟贰佰肆拾元整');

    // The findings: the wrong line first, then the subtotal and total it throws off.
    const rules = await page
      .locator('#findings li.finding.v-mismatch')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-rule')));
    expect(rules).toEqual(['product.line', 'sum.subtotal', 'sum.total']);

    // The chart by section: one bar per section, the computed total and the stated total.
    const chart = page.locator('#budgets svg.chart');
    expect(await chart.count()).toBe(1);
    const labels = await chart
      .locator('g.bar')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-label')));
    expect(labels).toEqual(['住宿费', '伙食费', '会场及其他', '共计（计算）', '共计（写明）']);
    const widths = await chart
      .locator('g.bar rect')
      .evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))));
    // The longest bar is the computed total; 住宿费 40800 is a bit over half of it.
    expect(Math.max(...widths)).toBe(widths[3]);
    expect(widths[0]! / widths[3]!).toBeCloseTo(40800 / 72240, 2);
    expect(await chart.locator('g.bar.wrong').count()).toBe(2);

    // By item: one bar per item.
    await page.locator('[data-chart="item"]').click();
    expect(await page.locator('#budgets svg.chart g.bar.item').count()).toBe(4);

    // Clicking the printing finding outlines its row.
    await page.locator('#findings li.finding[data-rule="product.line"]').click();
    await expect.poll(() => printing.getAttribute('class')).toContain('active');

    await page.screenshot({ path: join(OUT, 'playground-budget.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('bad JSON and an invalid budget are reported, not thrown', async () => {
    await page.goto(`${url}?lang=en`);
    await page.locator('#tab-budget').click();
    await page.locator('#budget-input').fill('{ "title": ');
    await expect.poll(() => page.locator('#summary').textContent()).toContain('Invalid JSON');
    await page.locator('#budget-input').fill('{ "items": [] }');
    await expect.poll(() => page.locator('#summary').textContent()).toContain('Cannot compute the budget');
    expect(problems).toEqual([]);
  });
});
