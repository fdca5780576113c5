import type { Finding } from '../audit/finding.js';
import type { Claim } from './claim.js';
import { pointAt } from './lines.js';
import { totalOf } from './rules/total-segment.js';
import type { Block } from './tree/types.js';

const TOTAL_BEFORE = /(?:合计|共计|总计|小计|总共)[:：为约达]?\s*$/;
const SHARE_OR_RATE = /(?:占[^,，。;；%]{0,16}|率(?:为|达|达到|是)?)\s*$/;

/**
 * `text.unread`: a figure that looks like something to check — a stated total (合计, 共计 …), a share
 * (占…%) or a rate (…率) — that no rule could check, so a user knows what was not examined. `info`,
 * `uncheckable`.
 *
 * @example
 * ```ts
 * unreadFindings(block, claims).map((f) => f.rule); // ['text.unread']
 * ```
 */
export function unreadFindings(b: Block, claims: readonly Claim[]): Finding[] {
  if (b.kind !== 'paragraph') return [];
  const seen = new Set(claims.flatMap((c) => (c.stated ? [`${c.stated.line}:${c.stated.column}`] : [])));
  const out: Finding[] = [];
  const rec = b.line;
  const report = (start: number, text: string, what: 'total' | 'share') => {
    const at = pointAt(rec, start);
    if (seen.has(`${at.line}:${at.column}`)) return;
    seen.add(`${at.line}:${at.column}`);
    const m =
      what === 'total'
        ? {
            en: `The total ${text} was not checked: huiwu could not tell which figures it adds up.`,
            zh: `合计 ${text} 未核对：无法确定它由哪些数字相加。`,
          }
        : {
            en: `The share ${text} was not checked: its whole or its part is not stated plainly.`,
            zh: `比例 ${text} 未核对：其总数或部分未明确写出。`,
          };
    out.push({
      rule: 'text.unread',
      severity: 'info',
      verdict: 'uncheckable',
      at: { ...at, excerpt: rec.text.slice(Math.max(0, start - 20), start + text.length).trim() },
      stated: text,
      message: m.en,
      messages: m,
      reason:
        what === 'total'
          ? 'no list of parts found for this total'
          : 'no stated whole and part found for this share',
    });
  };
  for (const seg of b.segments) {
    const t = totalOf(seg);
    if (t && !t.fig.placeholder) report(t.fig.start, t.fig.text, 'total');
  }
  for (const f of rec.figures) {
    if (f.placeholder || f.per || f.every) continue;
    if (TOTAL_BEFORE.test(rec.text.slice(Math.max(0, f.start - 6), f.start))) {
      report(f.start, f.text, 'total');
      continue;
    }
    if (f.unit !== '%' || f.approx) continue;
    if (SHARE_OR_RATE.test(rec.text.slice(Math.max(0, f.start - 18), f.start)))
      report(f.start, f.text, 'share');
  }
  return out;
}
