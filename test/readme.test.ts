/** The README's example, run as written: if the library changes what it prints, the README must change. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditBudget, toChineseUppercase } from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('its budget example gives the figures it shows', () => {
    const { budget, findings } = auditBudget({
      title: '工作会议经费预算',
      items: [
        { name: '场租费', amount: '2800' },
        { name: '奖牌', unitPrice: '60', quantity: '40', amount: '2600' },
        {
          name: '餐费',
          unitPrice: '50',
          quantity: [
            { value: '60', unit: '人' },
            { value: '2', unit: '天' },
          ],
          amount: '6000',
        },
      ],
      total: '10000',
    });
    expect(budget.total?.toString()).toBe('11200');
    expect(toChineseUppercase(budget.total!)).toBe('壹万壹仟贰佰元整');
    expect(findings.map((f) => [f.rule, f.stated, f.expected, f.difference])).toEqual([
      ['product.line', '2600', '2400', '200'],
      ['sum.total', '10000', '11200', '-1200'],
    ]);
    expect(findings[0]!.messages.zh).toBe('奖牌：60×40 应为 2400元，写作 2600，相差 200。');
    for (const shown of [
      "'11200'",
      "'壹万壹仟贰佰元整'",
      "['product.line', '2600', '2400', '200']",
      "'奖牌：60×40 应为 2400元，写作 2600，相差 200。'",
    ]) {
      expect(readme).toContain(shown);
    }
  });

  it('has the two quick-start commands', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });
});

describe('README CLI sample', () => {
  it('is what huiwu audit prints for the bundled plan', async () => {
    const { huiwu } = await import('./cli/run.js');
    const r = await huiwu([
      'audit',
      'examples/plans/city-work-meeting.txt',
      '--mismatches-only',
      '--lang',
      'zh',
    ]);
    expect(r.code).toBe(1);
    const shown = readme.slice(readme.indexOf('examples/plans/city-work-meeting.txt:37:6'));
    for (const line of r.stdout.trimEnd().split('\n')) expect(shown).toContain(line);
  });
});
