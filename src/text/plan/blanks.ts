import type { LineRecord } from '../lines.js';
import type { Labelled, PlanDoc } from './doc.js';
import { placeOf, rank } from './doc.js';
import type { BlankReading } from './types.js';

// 4月 日, 年 月 日, 2013年1月x日, 20年12月30日, 年3月9日: a date with a part left blank or lost.
const DATE_BLANK =
  /(?:\d{4}\s*年|(?<![\d〇零一二三四五六七八九十xX×])年)?\s*(?:\d{1,2}\s*月|(?<![\u4e00-\u9fff\d])\s*月)\s{1,}日|\d{0,2}[xX×]{1,2}\d?\s*年|\d{1,2}\s*月\s*[_＿xX×]{1,4}\s*日|[_＿]{2,}\s*月|[xX×]{1,2}\s*月\s*[xX×\d]{1,2}\s*日|(?<![\d〇零一二三四五六七八九十xX×])年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?<!\d)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
// 就餐人员 人, 共 人: a count left blank before its measure word; 表彰x个: a placeholder count.
const COUNT_BLANK =
  /(?<=[\u4e00-\u9fff:：])\s{2,}(?:人|名|桌|间|辆)(?![\u4e00-\u9fff]*\d)|(?<=[\u4e00-\u9fff])[_＿]{2,}\s*(?:人|名|桌|间|辆|个)|(?<=[\u4e00-\u9fff])[xX×]\s*(?:个|人|名|项|家)/;
// 沈阳市XX, xx大学, 宋xx: a name left as a placeholder.
const NAME_BLANK = /[\u4e00-\u9fff]{0,8}(?:XX|xx|××|\*{2,}|＊{2,})[\u4e00-\u9fff]{0,8}/;
// **县, XX市委, ××乡人民政府: a mask standing for a place or a body.
const MASKED_PLACE = /(?:XX|xx|××|\*{2,}|＊{2,})(?:省|市|县|区|乡|镇|村|街道|社区|自治州|州)/;
// ____:__, 地点：_______: a value left as a line to fill in.
const LINE_BLANK = /[_＿]{3,}/;

// 统战部长李xx: the name starts after the title before it; 宋xx介绍…: it ends before what the person does.
const TITLE_BEFORE = /.*(?:长|书记|主任|委员|记者|主席|经理|同志|老师|教授|邀请|请)/;
const ACT_AFTER =
  /(?:讲话|致辞|致感谢辞|致谢|介绍|发言|主持|宣读|宣布|致|作|在|参加|出席|报到|负责|及|和|与)/;

/** The placeholder name within the CJK run around `XX`: a title before it and an act after it cut off. */
function nameSpan(run: string): { start: number; end: number } {
  const x = run.search(/XX|xx|××|\*{2,}|＊{2,}/);
  const before = TITLE_BEFORE.exec(run.slice(0, x));
  const start = before ? before[0].length : 0;
  const tail = run.slice(x).replace(/^(?:XX|xx|××|\*+|＊+)/, '');
  const act = tail.search(ACT_AFTER);
  const end = run.length - tail.length + (act >= 0 ? act : tail.length);
  return { start, end };
}

// Labels of a roster: who is on a committee or team.
const ROSTER = /^(?:组\s*长|副\s*组\s*长|成\s*员|组员|委员|主任|副主任|秘书长|联系人|队长|团长)$/;

/** The field an empty `label：` stands for. */
function fieldOf(label: string): string {
  if (/主办|承办|举办单位|组织单位/.test(label)) return 'organiser';
  if (/地点|会场|场地|地址/.test(label)) return 'venue';
  if (/时间|日期/.test(label)) return 'time';
  if (/主持/.test(label)) return 'host';
  if (/参会|参加|出席|嘉宾|参与|对象|人员/.test(label)) return 'groups';
  if (/组长|指挥|负责人|负责/.test(label)) return 'owner';
  if (/预算|经费|费用/.test(label)) return 'budget';
  if (/名称|主题/.test(label)) return 'title';
  return 'value';
}

/**
 * Places where the text leaves a value blank: a date (`4月 日`, `2013年1月x日`), a count
 * (`就餐人员 人`), a name left as a placeholder (`沈阳市XX`), a line to fill in (`地点：_____`), or an
 * empty `主办单位：` field. A blank stays a blank in the draft, with a finding; it is never guessed.
 *
 * @example
 * ```ts
 * readBlanks(planDoc('会议时间：4月 日上午9:00'))[0]?.field; // 'date'
 * ```
 */
export function readBlanks(doc: PlanDoc): BlankReading[] {
  const out: BlankReading[] = [];
  const byRec = new Map<LineRecord, string>();
  for (const l of doc.labelled) if (!byRec.has(l.rec)) byRec.set(l.rec, l.label);
  const add = (field: string, rec: LineRecord, start: number, end: number) =>
    out.push({ field, text: rec.text.slice(start, end).trim(), at: placeOf(rec, start, end) });
  let inRoster = false;
  for (const rec of doc.recs) {
    const t = rec.text;
    const line = LINE_BLANK.exec(t);
    if (line) {
      const label = byRec.get(rec);
      add(label ? fieldOf(label) : 'value', rec, t.length - t.trimStart().length, t.trimEnd().length);
      continue;
    }
    const d = DATE_BLANK.exec(t);
    if (d) {
      // 20xx年10月25日: a lost year takes the month and day written after it.
      const rest = /[年]$/.test(d[0])
        ? /^\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?/.exec(t.slice(d.index + d[0].length))
        : null;
      add('date', rec, d.index, d.index + d[0].length + (rest ? rest[0].length : 0));
    }
    const c = COUNT_BLANK.exec(t);
    if (c) {
      const s = Math.max(0, c.index - 6);
      add('count', rec, s, c.index + c[0].length);
    }
    const n = NAME_BLANK.exec(t);
    // 组长:XX, 副组长: ⏎ XXX区委常委…: masked names in a roster of people are no blanks of the
    // meeting's; the roster runs from its label to the next heading or field.
    const label = byRec.get(rec);
    if (label !== undefined) inRoster = fieldOf(label) === 'owner' || ROSTER.test(label);
    else if (/^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/.test(t)) inRoster = false;
    // **县人民政府, 为了大力培育**县休闲农业: in running prose, a masked place or body is the
    // publisher's anonymising, not a field left to fill (in a field, 地点：**乡, it is one).
    const anonymised = label === undefined && n !== null && MASKED_PLACE.test(n[0]);
    if (n && !d && !inRoster && !anonymised) {
      const span = nameSpan(n[0]);
      add('name', rec, n.index + span.start, n.index + span.end);
    }
  }
  // An empty field: `一、主办单位：` with nothing after it, on its line or the next.
  const labelOf = new Map<LineRecord, Labelled>();
  for (const l of doc.labelled) if (!labelOf.has(l.rec)) labelOf.set(l.rec, l);
  const position = new Map(doc.recs.map((r, i) => [r, i]));
  doc.labelled.forEach((l, i) => {
    if (l.value !== '' || !/[:：]\s*$/.test(l.rec.text)) return;
    // 1、投篮(400元):, (三)工作经费预算(600元):: a heading that states its amount is not left blank.
    if (/[(（][^)）]*\d[^)）]*[)）]\s*[:：]\s*$/.test(l.rec.text)) return;
    // planDoc puts a value written on the next line right after its label.
    const next = doc.labelled[i + 1];
    if (next && next.label === l.label && next.rec !== l.rec && next.value !== '') return;
    // 三、参加人员： ⏎ 1、… — a heading whose lines follow it is not blank: the next line is not a
    // field of its own, or is one a level below (2、地点： ⏎ 二、… is blank: the next is a level up).
    const after = doc.recs.slice((position.get(l.rec) ?? 0) + 1).find((r) => r.text.trim() !== '');
    if (after) {
      const nl = labelOf.get(after);
      if (!nl || (l.marker && nl.marker && rank(nl.marker.style) > rank(l.marker.style))) return;
    }
    add(
      fieldOf(l.label),
      l.rec,
      l.rec.text.length - l.rec.text.trimStart().length,
      l.rec.text.trimEnd().length,
    );
  });
  return out.sort((a, b) => a.at.line - b.at.line);
}
