import { clean, type PlanDoc, placeOf } from './doc.js';
import type { Sourced } from './types.js';

const VENUE_LABEL = /地点|会场|场地|地址|会址/;
// A clause of a 时间及地点 value that gives the time or the length, not the place.
const NOT_PLACE = /\d{1,2}\s*[月日时点:：]|会期|为期|上午|下午|晚上|[年月]\s*$|时间|\d+\s*(?:天|日)$/;
// 在市政府三楼会议室召开: a place between 在 and the verb of holding.
const HELD_AT =
  /在\s*([^，。；;,:：在（(]{2,30}?)\s*(?:[（(][^（()）]{0,60}[)）])?\s*(?:组织|隆重|正式|胜利|统一)?\s*(?:召开|举行|举办|开幕|进行)/;

/**
 * The venue: a `会议地点：` line, else the place a sentence holds the meeting at (`在…召开`).
 *
 * @example
 * ```ts
 * readVenue(planDoc('会议地点：市政府三楼会议室'))?.value; // '市政府三楼会议室'
 * ```
 */
export function readVenue(doc: PlanDoc): Sourced | undefined {
  // 培训地点：… is the place; a 培训时间与地点 value only holds it among its clauses.
  const labels = [
    ...doc.labelled.filter((l) => /地点$/.test(l.label) && !/时间/.test(l.label)),
    ...doc.labelled.filter((l) => !(/地点$/.test(l.label) && !/时间/.test(l.label))),
  ];
  for (const l of labels) {
    // 报到地点 is where people register, not where the meeting is held.
    if (!VENUE_LABEL.test(l.label) || /报到|报名|联系/.test(l.label) || !l.value || l.label.length > 10)
      continue;
    // The place ends at the first full stop or semicolon; a second field may follow it. In a
    // 时间及地点 value it is the clause that is not the time.
    const clauses = l.value
      .split(/[。；;，,]|\s{2,}/)
      .map((c) => clean(c.replace(/^\s*(?:会议)?地点\s*[:：]/, '')))
      // A line to fill in (______) is a blank, not a place.
      .filter((c) => c.length >= 2 && !/^[_＿\s]+$/.test(c));
    // 省民政厅六楼视频会议室（西关大街60号）及各市…设分会场: the room, without its address or the
    // other rooms that join it.
    const clause = clauses.find((c) => !NOT_PLACE.test(c)) ?? '';
    // 经主任会议表决通过在浏阳市召开: a sentence in the field; the place is where it holds the meeting.
    const held = HELD_AT.exec(clause);
    const v = clean(
      (held ? held[1]! : clause)
        .replace(/\s*[（(][^（()）]*(?:路|街|号|大道|巷)[^（()）]*[)）].*$/, '')
        .replace(/及各.*$/, ''),
    );
    if (v.length < 2) continue;
    const k = l.rec.text.indexOf(v, l.valueStart);
    return { value: v, at: placeOf(l.rec, k, k + v.length) };
  }
  for (const rec of doc.recs) {
    const m = HELD_AT.exec(rec.text);
    if (!m) continue;
    const v = clean(m[1]!);
    // 在…期间, 在…的领导下: not a place.
    if (/期间|领导|基础|指导|支持|关心|前提|过程|背景|要求/.test(v) || /\d+\s*月|\d+\s*日/.test(v)) continue;
    const k = m.index + m[0].indexOf(m[1]!);
    return { value: v, at: placeOf(rec, k, k + v.length) };
  }
  return undefined;
}
