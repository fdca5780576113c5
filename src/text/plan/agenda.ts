import type { LineRecord } from '../lines.js';
import { clean, markerFrom, markersIn, type PlanDoc, placeOf, withoutMarker } from './doc.js';
import type { AgendaReading } from './types.js';
import { timeIn } from './when.js';

// 会议议程, 会议主要议程, 培训内容, 活动流程, 典礼程序, 晚会节目安排.
const AGENDA_LABEL =
  /议程|议题|流程|程序|日程|(?:会议|培训|活动|主要|大会)(?:主要)?内容|^内容$|^会议安排$|^活动安排$|节目(?:安排|单)?$/;
const SPEECH =
  '讲话|致(?:欢迎|感谢|答谢|开幕|闭幕)?[辞词]|作报告|作.{0,12}报告|作.{0,12}汇报|汇报|发言|宣读|宣布|传达|通报|部署|总结|讲课|授课|解读|介绍|主持';
// 典型经验发言, 工作情况通报: a topic before the verb is what is spoken about, not who speaks.
const TOPIC_END =
  /(?:经验|精神|情况|工作|事项|材料|文件|意见|方案|内容|问题|要求|成果|计划|规划|政策|知识|名单)$/;
// （乐队演奏《迎宾曲》…）: a stage direction wholly in brackets is not an item.
const DIRECTION = /^[（(].*[)）]$/;
const PRESENTER_BRACKET = new RegExp(
  `[（(]\\s*([^（()）]{2,24}?)\\s*(?:同志)?(?:${SPEECH})[^（()）]{0,10}[)）]`,
);
const PRESENTER_BY = new RegExp(`由\\s*([^，。；;,:：由]{2,24}?)\\s*(?:同志)?(?:${SPEECH})`);
const PRESENTER_LEAD = new RegExp(
  `^([^，。；;,:：]{2,28}?)\\s*(?:同志)?\\s*(?:作|做)?(?:重要|专题|总结|动员|工作)?(?:${SPEECH})`,
);
// 镇党委副书记、镇长林*同志作纪念…暨表彰大会主题讲话: the speaker, 作, and the speech's long title.
const PRESENTER_MAKES =
  /^([^，。；;,:：作做]{2,28}?)\s*(?:同志)?\s*(?:作|做)[^，。；;]{2,30}?(?:讲话|报告|汇报|发言|说明)/;
// 各街镇副主任就申报登记工作作三分钟以内的发言: the speaker, then 就 and the topic.
const PRESENTER_ON = /^([^，。；;,:：就]{2,20}?)\s*就[^，。；;]{2,40}?(?:发言|讲话|汇报|说明|表态)/;
// 请…专业人员宣讲…: the one asked to speak.
const PRESENTER_PLEASE =
  /^(?:邀请|请)\s*([^，。；;,:：]{2,30}?)\s*(?:作|做)?(?:宣讲|讲授|讲解|讲课|授课|介绍|报告|讲话|致辞|发言|解读|培训)/;
// 工程引进单位代表表态发言(产业招商三局刘建绪): the speech, then who gives it in brackets (a name
// or a post, never a length of time).
const PRESENTER_AFTER = new RegExp(`(?:${SPEECH})\\s*[（(]\\s*([^（()）\\d]{2,24}?)\\s*[)）]\\s*[。;；]?$`);
// 中国绿茶产业发展现状(浙江省农业厅报告): a report's title, then who reports it in brackets.
const PRESENTER_REPORTS = /[（(]\s*([^（()）\d]{2,24}?)\s*(?:报告|主讲|讲授|讲解)\s*[)）]\s*[。;；]?$/;
// Another field's line is not an item: 主持人：…, 培训对象：….
const OTHER_FIELD =
  /^(?:主持人?|会议主持|时间|会议时间|地点|会议地点|参会人员|参加人员|参加对象|培训对象|参训人员|出席人员|联系人|联系电话|报名|报到|住宿|就餐|[\u4e00-\u9fff]{0,6}(?:方式|数量|时间|要求|地点|对象|人数|截止|标准))\s*[:：]/;
// A session's name or a day is not an item: 上午, 第一天.
const SESSION =
  /^(?:上午|下午|晚上|中午|第[一二三四五六七八九十\d]+天(?:上午|下午|晚上)?|\d{1,2}月\d{1,2}日(?:[上下]午)?|[\d./／-]{1,10}\s*(?:上午|下午|晚上|中午))$/;
const PRESENTER_LABEL =
  /(?:主讲人|主讲|授课人|授课|讲师|报告人|发言人|汇报人|责任人|负责人|致辞人|分享人|演讲人)\s*[:：]\s*([^，。；;,()（）]{2,24})/;
// 。(责任人:赵园长): the bracket that names who leads an item is no part of the item.
const LABEL_BRACKET =
  /[。.]?\s*[(（]\s*(?:主讲人|主讲|授课人|报告人|发言人|汇报人|责任人|负责人)\s*[:：][^()（）]{2,24}[)）]\s*$/;

/**
 * The agenda: the items of an `会议议程` section (or line) in order, each with its presenter
 * (`（市长王明讲话）`, `由…作报告`, `主讲人：…`) and start time when written.
 *
 * @example
 * ```ts
 * readAgenda(planDoc('会议议程：\n1.传达上级会议精神；\n2.市长王明讲话。'))[1]?.presenter; // '市长王明'
 * ```
 */
export function readAgenda(doc: PlanDoc): AgendaReading[] {
  let tried = 0;
  const agendaHeads = new Set(
    doc.labelled
      .filter((x) => AGENDA_LABEL.test(x.label) && x.value === '' && doc.sectionOf.get(x)?.body.length)
      .map((x) => x.rec),
  );
  let labelled: AgendaReading[] | undefined;
  for (const l of doc.labelled) {
    // A page of many 议程 labels is not a plan: a bounded look keeps the reader linear.
    if (!AGENDA_LABEL.test(l.label) || ++tried > 20) continue;
    const section = doc.sectionOf.get(l);
    // 三、活动内容 ⏎ … 4. 活动流程 ⏎ 9:00 …: the agenda is the innermost section that names one.
    if (section?.body.some((r) => r !== l.rec && agendaHeads.has(r))) continue;
    const out: AgendaReading[] = [];
    const lines: { rec: LineRecord; from: number }[] = [];
    if (l.value) lines.push({ rec: l.rec, from: l.valueStart });
    // 会议流程: with no section of its own (or an empty one): the numbered lines right below it.
    const body = section?.body.length ? section.body : l.value ? [] : nextLines(doc, l.rec);
    for (const rec of body) lines.push({ rec, from: 0 });
    let marked = false;
    // How many items the label's own value gave, before the lines under it.
    let fromValue = 0;
    // The numbered list's own style and the number it reached: 1. 2. … under 议程.
    let main: { style: string; ordinal: number } | undefined;
    for (const [k, { rec, from }] of lines.entries()) {
      const t = rec.text.trim();
      if (t === '') continue;
      // 注：…, （第4、5项议程可以…）: a note or an aside neither ends the list nor is an item of it.
      if (from === 0 && (NOTE.test(t) || DIRECTION.test(clean(withoutMarker(t))))) continue;
      const lead = markersIn(rec.text)[0];
      const numbered = lead !== undefined && lead.start <= 2;
      const opens = numbered || TIMED.test(rec.text);
      if (from === 0 && main) {
        const next = numbered && lead.style === main.style && lead.ordinal === main.ordinal + 1;
        const strayed = numbered ? lead.style === main.style && !next : !opens;
        if (next) main.ordinal++;
        else if (strayed) {
          // A day or session heading (下午, 第二天) only groups the items after it.
          if (!numbered && SESSION.test(clean(t))) continue;
          // (一)开场致辞 ⏎ 由学校校长或相关负责人致开幕词…: the line under a step that says who gives it.
          const last = out[out.length - 1];
          if (!numbered && last && !last.presenter && /^由/.test(t)) {
            const by = presenterOf(t.replace(/[,，。].*$/, ''));
            if (by) last.presenter = by;
          }
          // An item's own lines (a remark, its sub-list 1. 2.) sit between two numbers of the list;
          // a line that no later number follows (the signature, the next part) ends it.
          if (resumes(lines, k, main)) continue;
          break;
        }
      } else if (from === 0 && marked && !opens) {
        if (SESSION.test(clean(t))) continue;
        // 9:00-9:10 开场致辞 ⏎ 致辞人:…: the line under a step that names who gives it.
        const by = BY_LINE.exec(t);
        const last = out[out.length - 1];
        if (by && last) {
          if (!last.presenter) last.presenter = clean(by[1]!);
          continue;
        }
        // 主题:…, 由主讲人提出问题…: a note under a step, when the schedule goes on right after it.
        if (lines.slice(k + 1, k + 1 + NOTE_LINES).some((x) => TIMED.test(x.rec.text))) continue;
        break;
      }
      if (from === 0 && numbered && !marked) main = { style: lead.style, ordinal: lead.ordinal };
      // 典礼前…安排乐队表演。⏎ 1、宣布典礼开始: prose before the numbered items sets the scene.
      if (from === 0 && opens && !marked) out.splice(fromValue);
      marked ||= opens && from === 0;
      for (const p of items(rec.text, from)) {
        const item = itemOf(rec, p.start, p.end);
        if (item) out.push(item);
      }
      if (from > 0) fromValue = out.length;
    }
    if (out.length) {
      labelled = out;
      break;
    }
  }
  // 一、进场部分（70 min）, 二、开幕仪式 ⏎ 1.介绍领导 1min …: sections that are parts of the event,
  // each listing its numbered steps; they outweigh an agenda label that lists fewer.
  const steps = partsOfEvent(doc);
  const chosen = steps.length >= 2 && steps.length > (labelled?.length ?? 0) ? steps : labelled;
  if (chosen) {
    // 13:45 代表报到 … 14:30 开幕会 in a schedule table, and 会议议程 for the session's business: a
    // timed run before the items, on lines of its own, is the schedule they belong to.
    const lines = new Set(chosen.map((a) => a.at.line));
    const timed = schedule(doc).filter((a) => !lines.has(a.at.line));
    if (timed.length >= 3 && timed.every((a) => a.at.line < chosen[0]!.at.line)) return [...timed, ...chosen];
    // A timed schedule read under its label, then the business of its session in a section after it.
    const lastLine = chosen[chosen.length - 1]!.at.line;
    if (
      chosen === labelled &&
      chosen.every((a) => a.time) &&
      steps.length >= 2 &&
      steps.every((a) => a.at.line > lastLine)
    )
      return [...chosen, ...steps];
    return chosen;
  }
  // 会议议程 alone on a line, neither numbered nor followed by a colon: the numbered lines below it.
  for (const rec of doc.recs) {
    if (!BARE_HEADING.test(rec.text.trim())) continue;
    const out = nextLines(doc, rec)
      .map((r) => itemOf(r, 0, r.text.length))
      .filter((x): x is AgendaReading => x !== undefined);
    if (out.length) return out;
  }
  const timed = schedule(doc);
  if (timed.length) return timed;
  return inProse(doc);
}

// 议程第一项,…;议程第二项,…: the items a report of the event counts out.
const NTH_ITEM = /(?:议程)?第[一二三四五六七八九十\d]{1,2}项(?:议程)?\s*[,，:：是为]\s*/g;
// 峰会期间将举办开幕式、主题论坛、专题论坛…: the parts an event is said to hold.
const HOLDS = /期间(?:将|还将|还)?(?:举办|举行|安排|开展)(?:了)?/;

/** With no agenda section or schedule: the items prose counts out (议程第一项…) or lists (期间将举办…). */
function inProse(doc: PlanDoc): AgendaReading[] {
  for (const rec of doc.recs.slice(0, 80)) {
    const t = rec.text;
    const starts = [...t.matchAll(NTH_ITEM)];
    if (starts.length >= 2) {
      const out: AgendaReading[] = [];
      for (const [k, m] of starts.entries()) {
        const s = m.index + m[0].length;
        const next = starts[k + 1]?.index ?? t.length;
        // …副院长致欢迎辞,并对…表示欢迎: what follows 并 only says more of the same item.
        const stop = t.slice(s, next).search(/[。；;]|[,，](?:并|同时|还)/);
        const item = itemOf(rec, s, stop < 0 ? next : s + stop);
        if (item) out.push(item);
      }
      if (out.length >= 2) return out;
    }
    const h = HOLDS.exec(t);
    if (!h) continue;
    const s = h.index + h[0].length;
    const stop = t.slice(s).search(/[。；;，,]|等/);
    const e = stop < 0 ? t.length : s + stop;
    const parts = t.slice(s, e).split('、');
    if (parts.length < 3 || parts.some((x) => x.trim().length < 2 || x.trim().length > 20)) continue;
    const out: AgendaReading[] = [];
    let at = s;
    for (const x of parts) {
      const item = itemOf(rec, at, at + x.length);
      if (item) out.push(item);
      at += x.length + 1;
    }
    if (out.length >= 3) return out;
  }
  return [];
}

// 致辞人：…, 主讲人：…, 分享人：…: a line that names who gives the step above it.
const BY_LINE =
  /^\s*(?:致辞人|主讲人|主讲|授课人|讲师|报告人|发言人|汇报人|分享人|演讲人|讲解人|表演者|表演人)\s*[:：]\s*([^，。；;]{2,40})$/;
/** Lines of notes a timed schedule may hold under a step before its next step. */
const NOTE_LINES = 3;

// 注：…, 备注：…, 说明：…: a note on the items.
const NOTE = /^(?:注|备注|说明|附注)\s*[:：]/;
// How far an item's own lines may run before the list's next number.
const RESUME_WITHIN = 8;

/** True when the list's next number comes within a few lines after line `k`. */
function resumes(
  lines: readonly { rec: LineRecord; from: number }[],
  k: number,
  main: { style: string; ordinal: number },
): boolean {
  for (const { rec } of lines.slice(k + 1, k + 1 + RESUME_WITHIN)) {
    const lead = markersIn(rec.text)[0];
    if (lead && lead.start <= 2 && lead.style === main.style && lead.ordinal === main.ordinal + 1)
      return true;
  }
  return false;
}

// A heading that names a part of the event; one that names its rules or logistics does not.
const EVENT_PART = /仪式|会议|部分|环节|阶段|开幕|闭幕|典礼|程序|流程/;
const NOT_PART =
  /要求|须知|注意|纪律|分工|职责|保障|经费|预算|住宿|交通|报名|联系|人员|对象|筹备|准备|宣传|安全|目的|意义|背景|时间|地点|材料|事项|费用/;
// 1min, 3分钟: the length of a step, written after it.
const STEP_LENGTH = /\s*[(（]?\d+\s*(?:min|分钟|分)[)）]?\s*$/i;

/** The numbered steps of the sections that are parts of the event, in order. */
function partsOfEvent(doc: PlanDoc): AgendaReading[] {
  const out: AgendaReading[] = [];
  for (const s of doc.sections) {
    const h = s.heading;
    if (h.marker?.style !== 'cn' || !EVENT_PART.test(h.label) || NOT_PART.test(h.label)) continue;
    const items: AgendaReading[] = [];
    for (const [k, rec] of s.body.entries()) {
      const mark = markersIn(rec.text)[0];
      // 1.7:50各班级候场: a number and a time (not the decimal 1.7).
      const numbered = /^\s*\d{1,2}[.．、]\s*\d{1,2}[:：]\d{2}/.test(rec.text);
      // An indented line keeps its number after the indent.
      const indent = rec.text.length - rec.text.trimStart().length;
      const lead = mark && mark.start <= indent + 2 && mark.style !== 'cn' ? mark : undefined;
      if (!lead && !numbered) continue;
      const from = lead ? lead.end : 0;
      let body = rec.text.slice(from).replace(STEP_LENGTH, '');
      // 7:50各班级候场，各方阵按…排列: a long step is named by its first clause.
      if (clean(body).length > 40) body = body.slice(0, Math.max(0, body.search(/[，,。；;]/))) || body;
      if (clean(body).length > 60) continue;
      const item = itemOf(rec, lead ? lead.start : indent, from + body.length);
      // 1.各代表团团长会议。时间:14:00--14:40;地点:…: a session with its time as a field of the line.
      // The fields may have been cut into pieces of their own: the pieces of the same line.
      let fields = rec.text;
      for (let j = k + 1; j < s.body.length && s.body[j]!.line === rec.line; j++) fields += s.body[j]!.text;
      const at = /时间\s*[:：]\s*(\d{1,2})[:：](\d{2})/.exec(fields);
      if (item && !item.time && at) item.time = `${at[1]!.padStart(2, '0')}:${at[2]}`;
      if (item && clean(item.item).length >= 2 && !/^第.?$/.test(item.item)) items.push(item);
    }
    if (items.length >= 2) out.push(...items);
  }
  return out;
}

const BARE_HEADING = /^(?:会议|大会|活动|培训|典礼|仪式)?(?:主要)?(?:议程|流程|程序|日程)(?:安排)?$/;

// 9:00-9:30 开幕式, 上午8:30 报到: a line that opens with a time is a step of a schedule.
const TIMED =
  /^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?:上午|下午|晚上|中午)?\s*\d{1,2}[:：]\d{2}/;

// (二)第二天, (二)2d(15号), 第二天(5月15日): a day of a schedule that runs over days.
const DAY_HEADING =
  /^\s*(?:[(（][一二三四五六七八九十]{1,2}[)）])?\s*(?:第[一二三四五六七八九十\d]{1,2}天|\d\s*d\b|D\d)/i;

/** True when a line opens with a list marker. */
function opensItem(text: string): boolean {
  const lead = markersIn(text)[0];
  return lead !== undefined && lead.start <= text.length - text.trimStart().length + 1;
}

/** Untimed lines a schedule may hold between two timed ones. */
const MAX_GAP = 2;
/** Cell lines (`地点 |`) a schedule copied a cell a line may hold between two timed ones. */
const MAX_CELLS = 10;

/** With no agenda section: a run of two or more lines that each open with a time. */
function schedule(doc: PlanDoc): AgendaReading[] {
  let best: AgendaReading[] = [];
  let run: AgendaReading[] = [];
  let gap = 0;
  let cells = 0;
  let pm = false;
  for (const rec of doc.recs) {
    if (rec.text.trim() === '') continue;
    // 9月28日下午, 第二天: a day or session heading between timed lines keeps the schedule going,
    // and a 下午 heading makes the times under it afternoon times (2:30 → 14:30).
    const heading = clean(rec.text);
    if (SESSION.test(heading) || /^[\d./／-]{1,10}\s*(?:上午|下午|晚上)\s*\S{0,12}$/.test(heading)) {
      if (/下午|晚上/.test(heading)) pm = true;
      else if (/上午|第/.test(heading)) pm = false;
      if (run.length) continue;
    }
    const item = TIMED.test(rec.text) ? itemOf(rec, 0, rec.text.length) : undefined;
    if (item?.time && pm && !/上午|下午|晚上|中午/.test(rec.text.slice(0, 12))) {
      const [h, m] = item.time.split(':');
      if (Number(h) < 12) item.time = `${String(Number(h) + 12).padStart(2, '0')}:${m}`;
    }
    if (item?.time) {
      run.push(item);
      gap = 0;
      cells = 0;
    } else if (run.length > 0 && /[|│┃]\s*$/.test(rec.text) && ++cells <= MAX_CELLS) {
      // 国际学术报告厅 |, 正式代表 |: the other cells of a schedule's row, copied a cell a line.
    } else if (run.length > 0 && ++gap <= MAX_GAP && (DAY_HEADING.test(rec.text) || !opensItem(rec.text))) {
      // A note or an item's wrapped tail between timed lines (其他车辆自行出发, …歌舞比赛……)) or a
      // day's heading ((二)2d(15号)) does not end the schedule; a numbered line (a session's own
      // items, a section) does.
    } else {
      if (run.length > best.length) best = run;
      run = [];
      gap = 0;
    }
  }
  if (run.length > best.length) best = run;
  return best.length >= 2 ? best : [];
}

/** A heading with no section (no marker): the list items right below it. */
function nextLines(doc: PlanDoc, rec: LineRecord): LineRecord[] {
  // A label and its value split over two lines is a record of its own: find its line by number.
  let i = doc.recs.indexOf(rec);
  if (i < 0) i = doc.recs.findIndex((r) => r.line === rec.line);
  const out: LineRecord[] = [];
  for (const r of doc.recs.slice(i + 1, i + 30)) {
    const t = r.text.trim();
    if (t === '') {
      if (out.length) break;
      continue;
    }
    const m = markersIn(r.text)[0];
    if (!(m && m.start <= 2) && !TIMED.test(t)) break;
    out.push(r);
  }
  return out;
}

function items(t: string, from: number): { start: number; end: number }[] {
  const cuts = [from];
  // 消防安全知识、火灾扑救演练: a short list of topics in one labelled value (a numbered line is one
  // item: 县委常委、宣传部长李xx讲话 names one speaker, 通报…；传达… is one speaker's item).
  const value = withoutMarker(t.slice(from));
  const labelled = from > 0;
  if (
    labelled &&
    !/[，,。;；]/.test(value.trim().replace(/[。；;]$/, '')) &&
    value.split('、').every((x) => x.trim().length >= 4 && x.trim().length <= 16)
  ) {
    for (let i = from; i < t.length; i++) if (t[i] === '、') cuts.push(i + 1);
  }
  // 9:10-9:20 (一)志愿者意识教育讲座: a marker right after the step's time opens no item of its own.
  const afterTime = (k: number) =>
    /^\s*(?:上午|下午|晚上|中午)?\s*\d{1,2}[:：]\d{2}(?:\s*[-—–~～至到]+\s*\d{1,2}[:：]\d{2})?\s*$/.test(
      t.slice(from, k),
    );
  for (const m of markersIn(t)) if (m.start > from && !afterTime(m.start)) cuts.push(m.start);
  // A labelled value's items end at ；, and at 。 too (会议内容：X介绍…；Y安排…。Z讲话。).
  if (labelled || markersIn(t).filter((m) => m.start > from).length > 0)
    for (let i = from; i < t.length; i++) if ((labelled ? /[;；。]/ : /[;；]/).test(t[i]!)) cuts.push(i + 1);
  cuts.push(t.length);
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const out: { start: number; end: number }[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    if (t.slice(sorted[k]!, sorted[k + 1]!).trim().length >= 2)
      out.push({ start: sorted[k]!, end: sorted[k + 1]! });
  }
  return out;
}

function itemOf(rec: LineRecord, start: number, end: number): AgendaReading | undefined {
  const t = rec.text;
  let s = start;
  const m = markerFrom(t, start, start + 3);
  if (m) s = m.end;
  let text = t.slice(s, end);
  const tm = timeIn(rec, s, Math.min(end, s + 14));
  if (tm && tm.start - s <= 2) {
    // 9:00-9:30 开幕式: the item follows its time (range).
    // 9:00--11:00体育比赛: a range may be written with two dashes.
    // 9:10-9:40 (一)消防安全讲座: a marker after the time numbers the step; it is no part of it.
    const rest = t
      .slice(tm.end, end)
      .replace(/^\s*[-—–~～至到]+\s*\d{1,2}[:：]\d{2}/, '')
      .replace(/^\s*[(（][一二三四五六七八九十\d]{1,2}[)）]\s*/, '');
    text = rest;
  }
  // 主席团会议 |: a table copied a cell a line closes each cell with a bar.
  let item = clean(text.replace(/\s*[|│┃]+\s*$/, ''));
  if (
    item.length < 2 ||
    item.length > 120 ||
    SESSION.test(item) ||
    OTHER_FIELD.test(item) ||
    DIRECTION.test(item)
  )
    return undefined;
  const presenter = presenterOf(item);
  if (presenter && LABEL_BRACKET.test(item)) item = clean(item.replace(LABEL_BRACKET, ''));
  if (
    presenter &&
    (PRESENTER_AFTER.exec(item)?.[1]?.trim() === presenter ||
      PRESENTER_REPORTS.exec(item)?.[1]?.trim() === presenter)
  )
    item = clean(item.replace(/\s*[（(][^（()）]*[)）]\s*[。;；]?$/, ''));
  // 张少初副书记作重要讲话: the item is what is done; its presenter is a field of its own.
  if (presenter && item.startsWith(presenter) && item.length > presenter.length + 1)
    item = clean(item.slice(presenter.length).replace(/^\s*同志/, ''));
  else if (presenter && /^(?:邀请|请)/.test(item))
    item = clean(item.replace(/^(?:邀请|请)/, '').slice(presenter.length));
  return {
    item,
    ...(presenter ? { presenter } : {}),
    ...(tm && tm.start - s <= 2 ? { time: tm.value } : {}),
    at: placeOf(rec, s, end),
  };
}

/** The presenter an agenda item names, as written. */
export function presenterOf(item: string): string | undefined {
  for (const re of [
    PRESENTER_LABEL,
    PRESENTER_BRACKET,
    PRESENTER_AFTER,
    PRESENTER_REPORTS,
    PRESENTER_BY,
    PRESENTER_PLEASE,
    PRESENTER_ON,
    PRESENTER_MAKES,
    PRESENTER_LEAD,
  ]) {
    const m = re.exec(item);
    // (时间不超过五分钟), (限时三分钟), 报告(草案): a bracket that times the speech or says what
    // draft it is names nobody.
    if (
      m &&
      (re === PRESENTER_AFTER || re === PRESENTER_REPORTS) &&
      /书面|口头|专题|主题|时间|分钟|小时|以内|不超过|限时|左右|草案|试行|稿$/.test(m[1]!)
    )
      continue;
    if (m) {
      const p = clean(m[1]!);
      // 年度总结, 全省工作总结: a period or a scope says what is summed up, never who speaks.
      if (
        /^(?:全(?:国|省|市|县|区|镇|乡|校|院)|(?:本|今|上|下)?(?:半)?年度?|季度|全年|上半年|下半年)$/.test(p)
      )
        continue;
      // 全省工作总结: 工 and 作 are one word (工作), not a speaker and 作.
      if (
        /[工合操创写运协]$/.test(p) &&
        item
          .slice(m.index + m[0].indexOf(m[1]!) + m[1]!.length)
          .trimStart()
          .startsWith('作')
      )
        continue;
      // 传达会议精神: a verb phrase is not a presenter.
      if (
        p.length >= 2 &&
        !TOPIC_END.test(p) &&
        !/^(?:传达|学习|观看|审议|通报|听取|宣读|讨论|总结|部署|会议|大会|播放|宣布|进行|组织|召开|举行|开展|研究|交流|安排|布置|开场|活动|全体|集体|现场|开幕|闭幕|在|于|到|向|对|从|[(（])/.test(
          p,
        )
      )
        return p;
    }
  }
  return undefined;
}
