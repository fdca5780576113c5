import type { LineRecord } from '../lines.js';
import { clean, markerFrom, markersIn, type PlanDoc, placeOf } from './doc.js';
import { countOf } from './numbers.js';
import type { GroupReading, Sourced } from './types.js';

// 参会人员, 参加典礼人员, 出席会议人员, 培训对象: a field naming who attends.
const ATTENDEE_LABEL =
  /^(?:活动|大会)(?:对象|人员|人数)$|^(?:参会|参加|参与|出席|与会|列席|邀请|培训|参训|参赛|会议)?(?:人员|对象|范围|单位|嘉宾|人员范围|人员及人数|人数)$|^(?:参加|出席|列席|参会|与会)[\u4e00-\u9fff]{1,4}?(?:人员|对象|嘉宾|范围|单位)$|^(?:出席|列席|参加)$|^参会人员及分组$/;
const NUM = '\\d{1,5}|[一二三四五六七八九十百两]{1,4}';
// 6人, 约50人, 50余人, 50人左右, 各1人.
// 6人, 约50人, 50余人, 50人左右, 各1人; 53家 for units that attend.
// 30至40位: a range of counts.
const COUNT = new RegExp(
  `(约|近|大约|共约)?\\s*(各)?\\s*(?:(${NUM})\\s*[至到~～]\\s*)?(${NUM})\\s*(余|多)?\\s*(?:人|名|位|家)(左右)?`,
);
const TOTAL = new RegExp(
  `(?:共计|合计|总计|共|总人数|参会人数|人数)\\s*[为:：约]?\\s*(约)?\\s*(${NUM})\\s*(余|多)?\\s*(?:人|名)(左右)?`,
);

/**
 * The attendee groups and their stated total, from a `参会人员：` line or section: one group per
 * item (`（一）局领导6人；`), with its count as written (`6`, `约50`, `50余`), or blank when the text
 * gives none. A 共计N人 line is the total, not a group.
 *
 * @example
 * ```ts
 * readGroups(planDoc('参会人员：局领导6人；各科室负责人12人。共计18人')).groups.length; // 2
 * ```
 */
export function readGroups(doc: PlanDoc): { groups: GroupReading[]; total?: Sourced } {
  const groups: GroupReading[] = [];
  let total: Sourced | undefined;
  const seen = new Set<LineRecord>();
  for (const l of doc.labelled) {
    if (!ATTENDEE_LABEL.test(l.label)) continue;
    const section = doc.sectionOf.get(l);
    const lines: { rec: LineRecord; from: number }[] = [];
    if (l.value) lines.push({ rec: l.rec, from: l.valueStart });
    for (const rec of section?.body ?? []) {
      if (rec.text.trim() !== '') lines.push({ rec, from: 0 });
    }
    for (const { rec, from } of lines) {
      if (seen.has(rec)) continue;
      seen.add(rec);
      const t = rec.text;
      const tm = TOTAL.exec(t.slice(from));
      if (tm && !total) {
        const s = from + tm.index;
        total = { value: countOf(tm[2]!) ?? tm[2]!, at: placeOf(rec, s, s + tm[0].length) };
      }
      for (const p of pieces(t, from)) {
        const g = groupOf(rec, p.start, p.end);
        if (g) groups.push(g);
      }
    }
    if (groups.length) break;
  }
  if (groups.length === 0) {
    groups.push(...inProse(doc));
    // …村主任、文书。共计22人左右: the total stated right after the groups prose gives.
    const last = groups[groups.length - 1];
    const rec = last ? doc.recs.find((r) => r.line === last.at.line) : undefined;
    if (rec && !total) {
      const from = Math.max(0, rec.text.indexOf(last!.name) + last!.name.length);
      const tm = TOTAL.exec(rec.text.slice(from));
      if (tm && tm.index <= 12) {
        const s = from + tm.index;
        total = { value: countOf(tm[2]!) ?? tm[2]!, at: placeOf(rec, s, s + tm[0].length) };
      }
    }
  }
  return { groups, ...(total ? { total } : {}) };
}

// What a group's name ends with: the people it counts.
const PEOPLE_WORDS =
  '领导|人员|代表|负责人|员工|职工|干部|同志|委员|常委|部长|主任|书记|局长|县长|市长|区长|镇长|校长|院长|经理|老师|教师|学生|同学|班长|嘉宾|专家|家长|党员|成员|队员|运动员|记者|志愿者|辅导员|保安|主席|秘书长|厂长|组长|站长|所长|人士|工作者|居民|群众|村民|选手|学员|班导|单导|随行人员|专干|联络员|召集人|团长';
const PEOPLE = new RegExp(`(?:${PEOPLE_WORDS})$`);

// 全市正局级以上离退休干部参加, 请各乡镇分管领导出席, （三）会议特别邀请…负责同志参加会议,
// …办公室主任在主会场参加会议: the people a sentence says attend.
const ATTEND = new RegExp(
  `(?:^|[，。；;,])\\s*(?:[(（][一二三四五六七八九十\\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)?\\s*(?:[^，。；;,:：]{0,8}?(?:邀请|请|由))?\\s*([^，。；;,:：请]{2,100}?(?:${PEOPLE_WORDS}))\\s*(?:[\u4e00-\u9fff]{0,8}?)(?:参加|出席|列席)(?:会议|活动|培训|典礼|仪式)?\\s*(?=[，。；;,]|$)`,
  'g',
);

// 出席今天会议的有, 参加本次活动的是, 莅临本次开班典礼的领导有: a list of who attends follows.
const LISTED =
  /(?:出席|参加|参与|莅临|列席)(?:今天|本次|这次|此次|今日|本届)?(?:的)?[\u4e00-\u9fff]{0,8}?(?:会议|大会|活动|典礼|仪式|培训|晚会|座谈会)的[\u4e00-\u9fff]{0,4}?(?:有|是)\s*[:：]\s*/g;

// …参会的嘉宾共有291人, 与会代表达306人, 出席会议的委员共120名: who attend, and how many.
const COUNTED_ATTENDING =
  /((?:参会|与会|出席|参加)(?:会议|大会|活动)?的?[\u4e00-\u9fff]{0,6}?(?:嘉宾|代表|人员|人士|学员|选手|专家|委员|职工|党员|同志))(共有|共计|共|达到|达|有|为)\s*(约|近)?\s*(\d{1,6})\s*(余|多)?\s*(?:人|名|位)/g;

/** With no 参会人员 field: the groups prose says attend, as one or more named by their people. */
function inProse(doc: PlanDoc): GroupReading[] {
  const out: GroupReading[] = [];
  const take = (rec: LineRecord, s: number, e: number) => {
    for (const p of pieces(rec.text.slice(0, e), s)) {
      const g = groupOf(rec, p.start, p.end);
      // 保证各有关人员参加会议: a duty to see that people attend names no group.
      if (
        g &&
        !/^(?:准时|按时|全体参会|所有|参会|保证|确保|要求|督促|组织(?!委员)|通知|安排|动员)/.test(g.name)
      )
        out.push(g);
    }
  };
  for (const rec of doc.recs.slice(0, 200)) {
    // 出席今天会议的有:镇领导班子成员、各党支部书记…; 莅临本次开班典礼的领导有:…: the list after it.
    LISTED.lastIndex = 0;
    for (let m = LISTED.exec(rec.text); m; m = LISTED.exec(rec.text)) {
      const s = m.index + m[0].length;
      const stop = rec.text.slice(s).search(/[。；;!！]/);
      take(rec, s, stop < 0 ? rec.text.length : s + stop);
    }
    // 台湾方面已确定参会的嘉宾共有291人, 与会嘉宾达306人: a group counted as it attends.
    for (const m of rec.text.matchAll(COUNTED_ATTENDING)) {
      const from =
        Math.max(
          rec.text.lastIndexOf('，', m.index),
          rec.text.lastIndexOf(',', m.index),
          rec.text.lastIndexOf('。', m.index),
        ) + 1;
      const name = clean(rec.text.slice(from, m.index + m[1]!.length));
      if (name.length < 2 || name.length > 30) continue;
      const count = `${m[3] ?? ''}${m[4]!}${m[5] ?? ''}`;
      out.push({ name, count, at: placeOf(rec, from, m.index + m[0].length) });
    }
    ATTEND.lastIndex = 0;
    for (let m = ATTEND.exec(rec.text); m; m = ATTEND.exec(rec.text)) {
      const s = m.index + m[0].indexOf(m[1]!);
      // 各市州…负责人,比照主会场确定的其他人员在当地分会场参加会议: the clause before the comma,
      // when it names people and nothing else, attends too.
      if (/[，,]/.test(rec.text[m.index] ?? '')) {
        const from = Math.max(rec.text.lastIndexOf('。', m.index), rec.text.lastIndexOf('；', m.index)) + 1;
        const clause = clean(rec.text.slice(from, m.index));
        if (PEOPLE.test(clause) && !/[，,:：]|参加|出席|召开|举行|定于|为|是/.test(clause))
          take(rec, from, m.index);
      }
      take(rec, s, s + m[1]!.length);
    }
    if (out.length >= 6) break;
  }
  return out;
}

/** The pieces of a line that name one group each: split at ；。 and at list markers. */
function pieces(t: string, from: number): { start: number; end: number }[] {
  const cuts = [from];
  for (const m of markersIn(t)) if (m.start > from) cuts.push(m.start);
  for (let i = from; i < t.length; i++) if (/[;；。]/.test(t[i]!)) cuts.push(i + 1);
  cuts.push(t.length);
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const out: { start: number; end: number }[] = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k]!;
    const b = sorted[k + 1]!;
    if (t.slice(a, b).trim().length >= 2) out.push({ start: a, end: b });
  }
  // 局领导6人，处室负责人12人: several counted groups in one piece, split at commas; 各市委宣传部长、
  // 柳铁党委宣传部长: several groups each named by its people (not 各街道主任、分管领导, one group).
  return out.flatMap((p) => {
    const piece = t.slice(p.start, p.end);
    const counted = piece.split(/[，,]/);
    if (counted.length >= 2 && counted.filter((x) => COUNT.test(x)).length >= 2)
      return cut(p.start, piece, /[，,]/g);
    const groups = byPeople(p.start, piece);
    return groups.length >= 2 ? groups : [p];
  });
}

/**
 * A piece cut after each stretch that names its people (…工作人员, …负责人), at a comma or 、, or at
 * 及/和 when a new set begins (及各学院…): `各机关、企事业单位…工作人员,各社区…工作人员` is two groups, while
 * `各街道主任、分管领导` (分管 only qualifies) and `项目经理及全体保安人员` stay one.
 */
function byPeople(start: number, piece: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of piece.matchAll(/[，,、及和与]/g)) {
    const before = clean(piece.slice(from, m.index)).replace(/等$/, '');
    const after = clean(piece.slice(m.index + 1));
    // 及/和 begins a new set when it starts with 各 or names a unit of its own (…干部职工和厅属事业单位
    // 主要负责同志), not when it only adds people (项目经理及全体保安人员).
    const joins =
      /[及和与]/.test(m[0]) &&
      !(UNIT_OF_OWN.test(after.split(/[、，,]/)[0] ?? '') && PEOPLE.test(after.split(/[、，,]/)[0] ?? ''));
    if (!PEOPLE.test(before) || qualifies(after) || BARE_TITLE.test(after) || (joins && !/^各/.test(after)))
      continue;
    out.push({ start: start + from, end: start + m.index });
    from = m.index + 1;
  }
  out.push({ start: start + from, end: start + piece.length });
  return out.filter((x) => x.end - x.start >= 2);
}

const UNIT_OF_OWN = /单位|部门|机关|局|厅|委|办|中心|学校|学院|公司|企业/;
// A part that only qualifies the head before it: 各街道主任、分管领导 is one group.
const MODIFIER = /^(?:分管|主要|相关|有关|其他|其它|副职|正职)/;

/**
 * True when the part after a separator only qualifies the people before it (…主任、分管领导): a
 * modifier and a bare word for people. 相关科室人员 names people of its own (科室).
 */
function qualifies(after: string): boolean {
  const m = MODIFIER.exec(after);
  if (!m) return false;
  const part = after.slice(m[0].length).split(/[、，,及和与]/)[0] ?? '';
  return (
    /^(?:[\u4e00-\u9fff]{0,6}工作的?)?(?:领导|负责人|负责同志|人员|同志|干部|副职|同事)$/.test(part) ||
    part.length <= 2
  );
}
// A title with no unit of its own belongs to the unit before it: 区文明办主任、副主任、工作人员 is one group.
const BARE_TITLE =
  /^(?:副?(?:主任|组长|部长|局长|书记|秘书长|科长|处长|校长|院长)|工作人员|负责人)(?:[、，,及和与]|$)/;

function cut(start: number, piece: string, at: RegExp): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of piece.matchAll(at)) {
    out.push({ start: start + from, end: start + m.index });
    from = m.index + m[0].length;
  }
  out.push({ start: start + from, end: start + piece.length });
  return out.filter((x) => x.end - x.start >= 2);
}

function groupOf(rec: LineRecord, start: number, end: number): GroupReading | undefined {
  const t = rec.text;
  let s = start;
  const m = markerFrom(t, start, start + 3);
  if (m) s = m.end;
  const piece = t.slice(s, end);
  if (/^(?:以上|共计|合计|总计|共|总人数|详见|见附件)/.test(clean(piece))) return undefined;
  const c = COUNT.exec(piece);
  let name: string;
  let count = '';
  if (c) {
    name = clean(
      piece
        .slice(0, c.index)
        .replace(/[（(]\s*$/, '')
        .replace(/(?:共|计|等|各|约)+$/, ''),
    );
    // 30至40位青年志愿队队员(初定): the count first, then whom it counts.
    if (name === '' && c.index === 0)
      name = clean(piece.slice(c[0].length).replace(/\s*[（(][^（()）]{1,8}[)）]\s*$/, ''));
    const n = countOf(c[4]!) ?? c[4]!;
    const lo = c[3] ? `${countOf(c[3]) ?? c[3]}至` : '';
    count = `${c[1] && c[1] !== '共约' ? c[1] : c[1] === '共约' ? '约' : ''}${c[2] ?? ''}${lo}${n}${c[5] ?? ''}${c[6] ?? ''}`;
    if (name === '' || /[，,]$/.test(name)) return undefined;
  } else {
    name = clean(piece);
    // 各级政府领导：副市长等: the group is named before the colon, the people after it.
    const colon = name.search(/[:：]/);
    if (colon >= 2 && PEOPLE.test(clean(name.slice(0, colon)))) name = clean(name.slice(0, colon));
    // A sentence is not a group's name: a group is short (a long list of units ends with its people),
    // and not an instruction.
    if (
      (name.length > 30 && !(PEOPLE.test(name) && name.length <= 100)) ||
      /请|要求|务必|须|应|报送|于.*前/.test(name)
    )
      return undefined;
  }
  // 学生干部代表（每个学院安排学生20名）: a bracket the count sat in is not part of the name.
  const open = name.search(/[（(][^)）]*$/);
  if (open >= 2) name = clean(name.slice(0, open));
  // （市领导）: a name wrapped in brackets; 理事长（秘书长） keeps its own.
  if (/^[（(][^（()）]*[)）]$/.test(name)) name = name.slice(1, -1);
  else name = name.replace(/^[（(]/, '');
  // …科技局局长参加二天的会议: what the group attends is not its name.
  // 图书馆未参加消防培训的员工: a 参加 inside the name (before 的 and what it names) stays.
  name = clean(
    name.replace(
      /(?<=..)(?<![未没不])(?:参加|出席|列席)(?![^，,、]*的(?:员工|人员|同志|干部|代表|学生|老师|教师|职工|党员|委员|成员))[^，,、]{0,16}$/,
      '',
    ),
  );
  // 主会场：省民政厅各厅级领导: a sub-label before the group is not its name.
  name = name.replace(/^[\u4e00-\u9fff]{2,5}[:：]\s*/, '');
  if (name.length < 2) return undefined;
  return { name, count, at: placeOf(rec, s, end) };
}
