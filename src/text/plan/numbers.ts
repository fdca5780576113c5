import { parseChineseNumber } from '../numerals.js';

/** A count written in digits or Chinese numerals (`12`, `十二`, `两`) as a digit string. */
export function countOf(s: string): string | undefined {
  if (/^\d+$/.test(s)) return String(Number.parseInt(s, 10));
  if (s === '两') return '2';
  if (s === '半') return undefined;
  const d = parseChineseNumber(s.replace(/〇/g, '零'));
  return d?.isInteger() ? d.toFixed(0) : undefined;
}

/** A year written in digits or one numeral per digit (`二〇二三`). */
export function yearOf(s: string): string | undefined {
  if (/^\d{4}$/.test(s)) return s;
  // 民國99年, 110年 (Taiwan): the Republic of China counts its years from 1912.
  const roc = /^(?:民国|民國)?\s*(\d{1,3})$/.exec(s);
  if (roc) return String(Number.parseInt(roc[1]!, 10) + 1911);
  const digits = '〇一二三四五六七八九';
  const alt = '零一二三四五六七八九';
  let out = '';
  for (const c of s) {
    const k = digits.indexOf(c) >= 0 ? digits.indexOf(c) : alt.indexOf(c);
    if (k < 0) return undefined;
    out += String(k);
  }
  return out.length === 4 ? out : undefined;
}

const pad = (s: string) => s.padStart(2, '0');

/** `YYYY-MM-DD` with `??` for the parts not given. */
export function isoDate(y: string | undefined, m: string | undefined, d: string | undefined): string {
  return `${y ?? '????'}-${m ? pad(m) : '??'}-${d ? pad(d) : '??'}`;
}

/** `HH:MM`, 24-hour, from an hour, minutes and the part of day (下午 3 → 15). */
export function clock(h: string, min: string | undefined, part: string | undefined): string | undefined {
  let hour = Number.parseInt(countOf(h) ?? '', 10);
  const m = min ? Number.parseInt(countOf(min) ?? (min === '半' ? '30' : ''), 10) : 0;
  if (!Number.isFinite(hour) || !Number.isFinite(m) || hour > 24 || m > 59) return undefined;
  if (part && /下午|晚上|晚|傍晚|中午/.test(part) && hour < 12 && !(part === '中午' && hour >= 11))
    hour += 12;
  return `${pad(String(hour))}:${pad(String(m))}`;
}
