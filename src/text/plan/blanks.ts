import type { PlanDoc } from './doc.js';
import { placeOf } from './doc.js';
import type { BlankReading } from './types.js';

// 4月 日, 年 月 日: a date with a part left blank.
const DATE_BLANK =
  /(?:\d{4}\s*年|年)?\s*(?:\d{1,2}\s*月|(?<![\u4e00-\u9fff])\s*月)\s{1,}日|\d{1,2}\s*月\s*[_＿×X]{1,4}\s*日|[_＿]{2,}\s*月|[×X]{1,2}月[×X]{1,2}日/;
// 就餐人员 人, 共 人: a count left blank before its measure word.
const COUNT_BLANK =
  /(?<=[\u4e00-\u9fff:：])\s{2,}(?:人|名|桌|间|辆)(?![\u4e00-\u9fff]*\d)|(?<=[\u4e00-\u9fff])[_＿]{2,}\s*(?:人|名|桌|间|辆)/;
const EMPTY_LABEL = /^(?:(?:会议|活动)?(?:时间|地点|主持人?))$/;

/**
 * Places where the text leaves a value blank: a date (`4月 日`), a count (`就餐人员 人`), or an empty
 * `地点：` field. A blank stays a blank in the draft, with a finding; it is never guessed.
 *
 * @example
 * ```ts
 * readBlanks(planDoc('会议时间：4月 日上午9:00'))[0]?.field; // 'date'
 * ```
 */
export function readBlanks(doc: PlanDoc): BlankReading[] {
  const out: BlankReading[] = [];
  for (const rec of doc.recs) {
    const d = DATE_BLANK.exec(rec.text);
    if (d) out.push({ field: 'date', text: d[0].trim(), at: placeOf(rec, d.index, d.index + d[0].length) });
    const c = COUNT_BLANK.exec(rec.text);
    if (c) {
      const s = Math.max(0, c.index - 6);
      out.push({
        field: 'count',
        text: rec.text.slice(s, c.index + c[0].length).trim(),
        at: placeOf(rec, s, c.index + c[0].length),
      });
    }
  }
  const valued = new Set(doc.labelled.filter((x) => x.value !== '').map((x) => x.label));
  for (const l of doc.labelled) {
    // An empty field whose value is not on the next line either (planDoc gives it there).
    const filled = valued.has(l.label);
    if (l.value === '' && !l.marker && !filled && EMPTY_LABEL.test(l.label)) {
      const field = /地点/.test(l.label) ? 'venue' : /主持/.test(l.label) ? 'host' : 'time';
      out.push({ field, text: l.rec.text.trim(), at: placeOf(l.rec, 0, l.rec.text.length) });
    }
  }
  return out.sort((a, b) => a.at.line - b.at.line);
}
