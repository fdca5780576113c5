import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditBudget, auditText, renderHtmlReport } from '../../src/index.js';
import { annotatedHtml } from '../../src/report/html/annotated.js';

const TEXT = [
  '会议预算',
  '场租费:2800元',
  '餐费:500元×2=1200元',
  '合计:4000元',
  '<script>alert(1)</script>',
].join('\n');

/** The text of each line of annotated HTML, tags dropped and entities read back. */
function linesOf(html: string): string[] {
  return [...html.matchAll(/<span class="tx">(.*?)<\/span><\/div>/gs)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/\u200b/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

describe('HTML report', () => {
  const findings = auditText(TEXT).findings;
  const html = renderHtmlReport({ locale: 'en', files: [{ name: 'plan<1>.txt', text: TEXT, findings }] });

  it('is one self-contained page: no external script, style, font or image', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/url\(|@import|https?:\/\//);
  });

  it('escapes the document: its text is shown, never run', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('plan&lt;1&gt;.txt');
  });

  it('marks each mismatch on its line, starting at its column', () => {
    const wrong = findings.filter((f) => f.verdict === 'mismatch');
    expect(wrong.length).toBeGreaterThan(0);
    for (const f of wrong) {
      if (!('line' in f.at)) continue;
      const id = findings.indexOf(f);
      const line = html.match(
        new RegExp(`<div class="line has" id="d0-L${f.at.line}"[^>]*>(.*?)</div>`),
      )![1]!;
      const tx = line.replace(/^<span class="no"[^>]*>\d+<\/span><span class="tx">/, '');
      const mark = tx.search(
        new RegExp(`<mark class="[^"]*v-mismatch[^"]*" title="[^"]*" data-findings="[^"]*\\b${id}\\b`),
      );
      expect(mark).toBeGreaterThan(-1);
      expect(tx.slice(0, mark).replace(/<[^>]+>/g, '').length).toBe(f.at.column - 1);
    }
  });

  it('links every operand of a finding to its line', () => {
    const total = findings.find((f) => f.rule === 'sum.total')!;
    expect(total.operands?.length).toBeGreaterThan(0);
    for (const o of total.operands ?? [])
      expect(html).toContain(`href="#d0-L${o.line}" data-line="${o.line}"`);
  });

  it('shows a budget as a table with the wrong line marked', () => {
    const audit = auditBudget({
      title: '预算',
      items: [{ name: '资料', unitPrice: '12', quantity: '120', amount: '1400' }],
      total: '1440',
    });
    const page = renderHtmlReport({
      locale: 'zh',
      files: [{ name: 'b.json', findings: audit.findings, budgets: [audit] }],
    });
    expect(page).toMatch(/<tr class="item wrong" data-path="items\[0\]">/);
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('壹仟肆佰肆拾元整');
  });

  it('keeps every line of any text, in order, whatever the findings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('餐费500元×2=1200元', '合计:3元', '<&>"\'')), {
          maxLength: 8,
        }),
        (ls) => {
          const text = ls.join('\n');
          const out = annotatedHtml(text, auditText(text).findings, { locale: 'zh' });
          expect(linesOf(out)).toEqual(text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
