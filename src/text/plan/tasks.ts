import type { LineRecord } from '../lines.js';
import { cellTableTasks } from './cell-table.js';
import { clean, type PlanDoc, placeOf, withoutMarker } from './doc.js';
import { listsStaff } from './logistics.js';
import { teamBlocks } from './team-blocks.js';
import type { TaskReading, TaskRole } from './types.js';

const ROLE = /(负责(?!人)|牵头|配合|落实|承办|协助)/;
const SUBJECT_HINT = /做好|提交|报送|通知|审核|登记|前报|于.{2,16}前/;
// 由办公室负责, 由县委宣传部牵头: the owner stands between 由 and the role word.
const BY_OWNER =
  /由\s*([^，。；;,:：由]{2,30}?)\s*(?:具体|统一|全面|共同|合力|主要)?(负责(?!人)|牵头|配合|落实|承办|协助)/;
// 办公室负责会场布置: the owner opens the clause.
const LEAD_OWNER =
  /^([^，。；;,:：]{2,20}?)\s*(?:具体|统一|全面|共同|合力|主要)?(负责(?!人)|牵头|配合|落实|承办|协助)/;
// 材料组（办公室）：…, 会务组：…: a group and its unit label the tasks after it.
const GROUP_LABEL =
  /^([\u4e00-\u9fff]{1,10}(?:组长|副组长|负责人|组|部|处|科|室|办|中心|局|委|队))\s*(?:[（(]([^）)]{2,30})[)）])?\s*[:：]/;
// 4月11日前, 3月4日下午4:00前, 5月20日下午五点前, 11月19日下班前, 会前3天, 提前至少10天, 提前一小时,
// 前一天, 活动前, 报到时: a deadline as written, absolute or relative to the meeting.
const DEADLINE =
  /(?:\d{4}\s*年\s*)?(\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*日)\s*(?:[(（][^)）]{1,4}[)）])?\s*(?:[上下]午)?\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[:：]\d{2}|点|时)(?:\d{1,2}分)?)?\s*(?:下班)?\s*(?:前|之前|以前)|会前\s*\d+\s*天|会议召开前\s*\d*\s*天?|提前\s*(?:至少)?\s*(?:\d+|[一二三四五六七八九十两]+)\s*(?:个)?(?:天|日|小时|周)|前一天|(?:会议|活动|晚会|大会|典礼|仪式|会)(?:开始)?(?:前|之前)|报到(?:时|前)/;
const TASK_SECTION = /分工|职责|任务|筹备|工作安排|人员安排|会务|保障|组织|要求|准备|事项/;
// Who can own a task: a unit (办公室, 宣传部, 各乡镇), a team (会务组), or a person by title.
const ORG =
  '(?:单位|部门|办公室|部|办|局|委|委员会|处|科|室|组|中心|团委|分团委|总支|团总支|支部|党委|街道|乡镇|镇|县区|区县|县|区|乡|社区|各地|分会场|学院|公司|站|所|院|队|厅|小组|主席团|同志|主任|书记|经理|负责人|专人|老师|班长)';
const OWNER_END = new RegExp(`${ORG}$`);
// 各单位将名单于3月4日前报区创建办, 区委宣传部做好宣传报道工作: the owner is the subject.
const SUBJECT = new RegExp(
  `^(?:请)?\\s*([^，。；;,:：请]{1,20}?${ORG})\\s*(?:要|须|务必|应|需)?\\s*(?:(?:于|在)[^，。]{2,16}前\\s*)?(?:做好|负责|组织|安排|准备|提交|报送|报|通知|落实|协调|审核|登记|制作|布置|联系|确保|进行|对|将|把|及时)`,
);

/**
 * Preparation tasks with their owners: sentences that say who is responsible (`由办公室负责…`,
 * `宣传部牵头…`, a `会务组（办公室）：` label), the kind of responsibility (负责, 牵头, 配合, 落实), and
 * the deadline as written (`4月11日前`, `会前3天`).
 *
 * @example
 * ```ts
 * readTasks(planDoc('会议材料由办公室负责起草，4月11日前拿出初稿。'))[0]?.owner; // '办公室'
 * ```
 */
export function readTasks(doc: PlanDoc): TaskReading[] {
  const out: TaskReading[] = [];
  const inTaskSection = new Set<LineRecord>();
  for (const s of doc.sections) {
    if (TASK_SECTION.test(s.heading.label)) for (const r of [s.heading.rec, ...s.body]) inTaskSection.add(r);
  }
  for (const rec of doc.recs) {
    const t = rec.text;
    if (!ROLE.test(t) && !SUBJECT_HINT.test(t)) continue;
    const group = GROUP_LABEL.exec(withoutMarker(t));
    for (const sent of sentences(t).flatMap((x) => clauses(t, x))) {
      const body = t.slice(sent.start, sent.end);
      let owner: string | undefined;
      let taskText: string | undefined;
      let role: TaskRole | undefined;
      const by = BY_OWNER.exec(body);
      const bare = withoutMarker(body);
      const lead = LEAD_OWNER.exec(bare);
      const subject = SUBJECT.exec(bare);
      if (by) {
        owner = clean(by[1]!);
        role = by[2] as TaskRole;
        // 会场布置由办公室负责: the task is what stands before 由; 由办公室负责会场布置: what follows.
        const before = clean(withoutMarker(body.slice(0, by.index)));
        taskText = before.length >= 2 ? before : body.slice(by.index + by[0].length);
      } else if (
        lead &&
        !/要|应|须|请|全体|确保/.test(lead[1]!) &&
        !/^(?:为|按|根据|对|在|以|把|将|通过|围绕|结合)/.test(lead[1]!) &&
        OWNER_END.test(clean(lead[1]!))
      ) {
        owner = clean(lead[1]!.replace(/^[^：:]*[：:]/, ''));
        role = lead[2] as TaskRole;
        taskText = bare.slice(lead.index + lead[0].length);
      } else if (subject && (inTaskSection.has(rec) || DEADLINE.test(body) || /^\s*请/.test(bare))) {
        owner = clean(subject[1]!);
        taskText = bare.slice(subject.index + subject[0].indexOf(subject[1]!) + subject[1]!.length);
      } else if (group && ROLE.test(body)) {
        owner = clean(group[2] ?? group[1]!);
        const r = ROLE.exec(body)!;
        role = r[1] as TaskRole;
        taskText = body.slice(r.index + r[0].length);
      }
      if (owner) owner = ownerOf(owner);
      if (!owner || owner.length < 2) continue;
      // 由…承办,将于4月27日至29日在…举行: who hosts the meeting itself, not a task.
      if (
        taskText !== undefined &&
        /^\s*[,，]?\s*(?:将于|定于|拟于|于)[^，。；;]{0,40}(?:举行|召开|举办)/.test(taskText)
      )
        continue;
      // A role word far from a task section is prose about duties in general; keep only owned tasks.
      if (!inTaskSection.has(rec) && !by && !subject) continue;
      const task = shortTask(
        taskText !== undefined && clean(taskText).length >= 2
          ? clean(taskText.replace(/^\s*(?:要|须|务必|应|需)/, ''))
          : clean(bare),
      );
      const dl = DEADLINE.exec(body);
      out.push({
        task: task.length > 80 ? `${task.slice(0, 79)}…` : task,
        owner,
        ...(role ? { role } : {}),
        ...(dl ? { deadline: clean(dl[0]).replace(/\s+/g, '') } : {}),
        at: placeOf(rec, sent.start, sent.end),
      });
    }
  }
  const blocks = teamBlocks(doc, (text) => {
    const dl = DEADLINE.exec(text);
    return dl ? clean(dl[0]).replace(/\s+/g, '') : undefined;
  });
  byTeam(doc, out);
  const rosters = teamDuties(doc, out);
  duties(doc, out, inTaskSection);
  const table = cellTableTasks(doc, OWNER_END);
  // A team block's lines are read as the block: its label and owner line are no tasks of their own;
  // a table's cells likewise.
  const kept = out.filter((t) => !blocks.lines.has(t.at.line) && !table.lines.has(t.at.line));
  kept.push(...blocks.tasks, ...table.tasks);
  // A team's line of roles with counts (指挥人员3人,志愿者4人) says who serves, not what is to be done.
  const staffLines = new Set(doc.recs.filter(listsStaff).map((r) => r.line));
  return kept
    .filter((t) => !staffLines.has(t.at.line) && !rosters.has(t.at.line) && !CONTACT.test(t.task))
    .sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
}

// 联系人:郑大远, 联系电话:…: how to reach a team is no task of it.
const CONTACT = /^\s*(?:联系人|联系电话|联系方式|电话|手机|邮箱|传真|地址|邮政编码|邮编)\s*[:：]/;
// 1)人事行政组:李先林、杨德尧 ⏎ 任务:负责本次活动人员调配: a team with its members, then its duty.
const TEAM_MEMBERS =
  /^\s*(?:[a-zA-Z][、.)）]\s*)?(?:[(（]?\d{1,2}[)）、.．]\s*)?([\u4e00-\u9fff]{2,10}(?:组|部|处|科|室|办|中心|队))\s*[:：]\s*\S/;
const TEAM_MARKS = /^\s*(?:[a-zA-Z][、.)）]\s*)?(?:[(（]?\d{1,2}[)）、.．]\s*)?/;
const DUTY_LINE = /^\s*(?:任务|职责|工作职责|工作任务|主要职责|工作内容|分工)\s*[:：]\s*(\S.*)$/;

/**
 * A team line naming its members, and the 任务: line under it: the duty is the team's task. Returns
 * the team lines, which hold no task of their own.
 */
function teamDuties(doc: PlanDoc, out: TaskReading[]): Set<number> {
  const rosters = new Set<number>();
  const recs = doc.recs.filter((r) => r.text.trim() !== '');
  for (let i = 0; i + 1 < recs.length; i++) {
    const team = TEAM_MEMBERS.exec(recs[i]!.text);
    const duty = team ? DUTY_LINE.exec(recs[i + 1]!.text) : null;
    if (!team || !duty) continue;
    const rec = recs[i + 1]!;
    rosters.add(recs[i]!.line);
    const task = clean(duty[1]!).replace(/[。；;]$/, '');
    const start = rec.text.indexOf(duty[1]!);
    for (let k = out.length - 1; k >= 0; k--)
      if (out[k]!.at.line === rec.line || out[k]!.at.line === recs[i]!.line) out.splice(k, 1);
    out.push({
      task,
      owner: clean(recs[i]!.text.replace(TEAM_MARKS, '')),
      ...(/^负责/.test(task) ? { role: '负责' as const } : {}),
      at: placeOf(rec, start, start + duty[1]!.length),
    });
    i++;
  }
  return rosters;
}

// 国旗、校旗:毛金敏  标语方阵:蔡园园: a duty and the people named for it.
// A name may carry its post in brackets: 陈彬(进场总负责).
const DUTY =
  /([\u4e00-\u9fff、]{2,12})\s*(?:[:：]|-{3,}|—{2,})\s*((?:[\u4e00-\u9fff]{2,5}(?:[(（][^()（）]{1,12}[)）])?(?:\s*[、+＋]\s*|\s+|(?=[\s。；;，,(（]|$))){1,6})/g;
// Who a duty falls to when no one is named: 正副班主任, 各班老师.
const ROLE_OWNER = /^[\u4e00-\u9fff]{0,3}(?:班主任|老师|教师|辅导员)$/;
// A field of the plan, not a duty: 时间, 地点, 主持人, 参会人员 ….
const FIELD_LABEL =
  /时间|日期|地点|地址|主持|参会|参加|出席|人员|对象|主办|承办|协办|电话|联系|邮箱|名称|主题|内容|要求|备注|费用|预算|方式|形式|规模|人数|物品|物资|设备|用品|器材/;
const OWNER_FIELD = /(?:牵头|配合|协助|责任|负责)(?:部门|单位|人|领导)?$|部门$|单位$/;
const POSITION =
  /(?:组长|组员|主任|委员|书记|局长|部长|主席|秘书长|成员|处长|科长|校长|院长|顾问|团长|队长)$/;
// 县优秀共产党员, 优秀党务工作者, 先进个人: people honoured, not a duty.
const HONOUR = /(?:党员|工作者|个人|标兵|模范|积极分子|获奖者|之星|先进|集体|单位|教师|学生|干部|代表)$/;
// 摄影, 撰稿, 责任编辑: who made the report, not who does a task.
const CREDIT =
  /^(?:摄影|撰稿|编辑|责任编辑|审核|审稿|校对|供稿|来源|作者|通讯员|记者|图文|文图|初审|复审|终审)$/;

// Characters a personal name does not hold: 的, 和, 各, 部, 组 ….
const NOT_NAME = /[的了在是为和与及等各全部组处室局委会班级所院校队员长领导人时点日月年天前后上下中内外]/;

/**
 * Duties assigned to named people (`编导：杨春兰`, `国旗、校旗：毛金敏 标语方阵：蔡园园`): in a task
 * section, or on a line that assigns two or more.
 */
function duties(doc: PlanDoc, out: TaskReading[], inTaskSection: Set<LineRecord>): void {
  const lines = new Set(out.map((t) => t.at.line));
  for (const rec of doc.recs) {
    const t = withoutMarker(rec.text);
    const from = rec.text.length - t.length;
    const found: { duty: string; owner: string; start: number; end: number }[] = [];
    DUTY.lastIndex = 0;
    for (let m = DUTY.exec(t); m; m = DUTY.exec(t)) {
      const label = clean(m[1]!.replace(/^[、]+/, ''));
      // 音响室负责人 → 音响室; 总负责 stays a duty of its own.
      const cut = label.replace(/(?<!总)负责人?$/, '');
      const duty = cut.length >= 2 ? cut : label;
      // The people: names (2 to 3 characters, a post in brackets allowed) up to the first that is none.
      const tokens = m[2]!.split(/(?<=[)）])\s*|[\s、+＋]+/).filter(Boolean);
      let kept = 0;
      let length = 0;
      for (const tok of tokens) {
        const bare = tok.replace(/^[\s、+＋]+/, '').replace(/[(（][^)）]*[)）]$/, '');
        if (!ROLE_OWNER.test(bare) && (bare.length > 3 || NOT_NAME.test(bare))) break;
        kept++;
        length = m[2]!.indexOf(tok, length) + tok.length;
      }
      // 副组长：周巍、祁海龙: a position in a roster, not a duty; 优秀党务工作者：陈宪来, an honour; 摄影：
      // 李秀萍 撰稿：徐小琴, a report's credits.
      if (
        duty.length < 2 ||
        FIELD_LABEL.test(duty) ||
        POSITION.test(duty) ||
        HONOUR.test(duty) ||
        CREDIT.test(duty) ||
        kept === 0
      )
        continue;
      const owner = clean(m[2]!.slice(0, length));
      const start = from + m.index;
      found.push({ duty, owner, start, end: start + m[0].length - (m[2]!.length - length) });
    }
    if (!found.length || lines.has(rec.line)) continue;
    if (found.length < 2 && !inTaskSection.has(rec)) continue;
    for (const f of found) out.push({ task: f.duty, owner: f.owner, at: placeOf(rec, f.start, f.end) });
  }
  spacedDuties(doc, out);
}

// 倡议书 单丹 ⏎ 联系血站 吴双 ⏎ 新闻稿 吴双 周文洁 梁远程: a duty, a space, the people named for it.
const SPACED_DUTY = /^\s*([\u4e00-\u9fff]{2,12})[ \u3000\t]+((?:[\u4e00-\u9fff]{2,3}[ \u3000\t、]*){1,6})$/;

// 活动地点 汀香园 甘怡园: a field and its values, not a duty (联系血站, 值班人员排班 are duties).
const SPACED_FIELD = /(?:时间|日期|地点|地址|时长|人数|对象|电话|方式|主题|名称|单位|嘉宾|主持人?)$/;

/** Duties parted from their people by a space alone: only a run of three or more such lines says so. */
function spacedDuties(doc: PlanDoc, out: TaskReading[]): void {
  const lines = new Set(out.map((t) => t.at.line));
  let run: { rec: LineRecord; duty: string; owner: string }[] = [];
  const flush = () => {
    if (run.length >= 3)
      for (const x of run)
        if (!lines.has(x.rec.line))
          out.push({ task: x.duty, owner: x.owner, at: placeOf(x.rec, 0, x.rec.text.length) });
    run = [];
  };
  for (const rec of doc.recs) {
    const t = rec.text;
    if (t.trim() === '') continue;
    const m = SPACED_DUTY.exec(t);
    const names = m ? m[2]!.trim().split(/[\s\u3000、]+/) : [];
    if (!m || SPACED_FIELD.test(m[1]!) || POSITION.test(m[1]!) || names.some((n) => NOT_NAME.test(n))) {
      flush();
      continue;
    }
    run.push({ rec, duty: m[1]!, owner: names.join(' ') });
  }
  flush();
}

// 会务组, 宣传组（县委宣传部）, 办公室: a team or unit a heading names, which owns the lines under it.
const TEAM =
  /^([\u4e00-\u9fff、]{1,12}?(?:(?<![分编])组|部|处|科|室|办|办公室|中心|小组|队|局|委|团委|学生会))(?:[（(]([^）)]{2,30})[)）])?$/;

/** Tasks listed under a heading or label that names the team doing them (`宣传组：负责…`, `（二）办公室` ⏎ …). */
function byTeam(doc: PlanDoc, out: TaskReading[]): void {
  const taken = new Set(out.map((t) => `${t.at.line}:${t.at.column}`));
  const lines = new Set(out.map((t) => t.at.line));
  const push = (rec: LineRecord, start: number, end: number, owner: string): void => {
    const body = rec.text.slice(start, end);
    // 负责制定…方案;起草…讲话;收集…细则: a line of duties parted by semicolons is one task each.
    const parts = [...body.matchAll(/[^;；]+/g)].filter((p) => clean(p[0]).length >= 4);
    if (parts.length >= 2) {
      for (const p of parts) push(rec, start + p.index, start + p.index + p[0].length, owner);
      return;
    }
    const task = clean(withoutMarker(body)).replace(/[。;；]$/, '');
    if (task.length < 4 || task.length > 120 || namesOnly(task)) return;
    const at = placeOf(rec, start, end);
    if (taken.has(`${at.line}:${at.column}`) || lines.has(at.line)) return;
    taken.add(`${at.line}:${at.column}`);
    const dl = DEADLINE.exec(body);
    const role = ROLE.exec(body)?.[1] as TaskRole | undefined;
    out.push({
      task,
      owner,
      ...(role ? { role } : {}),
      ...(dl ? { deadline: clean(dl[0]).replace(/\s+/g, '') } : {}),
      at,
    });
  };
  // The lines that name a team (not the line after a bare heading, taken as its value).
  const teamLines = new Set(
    doc.labelled.filter((x) => TEAM.test(x.label) && x.rec.text.includes(x.label)).map((x) => x.rec),
  );
  // 组长：XX, 地址：…: a member's post or a field under the team's heading is no duty of it.
  const notDuties = new Set(
    doc.labelled
      .filter(
        (x) =>
          // 牵头部门：⏎ 县委办: who leads or helps the team is no duty of it either.
          (x.value === '' && OWNER_FIELD.test(x.label)) ||
          (x.value &&
            (POSITION.test(x.label) ||
              FIELD_LABEL.test(x.label) ||
              OWNER_FIELD.test(x.label) ||
              CONTACT.test(`${x.label}:`))),
      )
      .map((x) => x.rec),
  );
  for (const l of doc.labelled) {
    const m = TEAM.exec(l.label);
    // 参加球队：…, 参赛队伍：…: who takes part, not a team with duties.
    if (!m || /^(?:参加|参赛|参会|出席|参与)/.test(l.label)) continue;
    const owner = clean(m[2] ?? m[1]!);
    if (l.value) push(l.rec, l.valueStart, l.rec.text.length, owner);
    const section = doc.sectionOf.get(l);
    for (const rec of (section?.body ?? []).slice(0, 30)) {
      if (rec.text.trim() === '') continue;
      // The next team's label ends this one's list.
      if (teamLines.has(rec)) break;
      if (notDuties.has(rec)) continue;
      push(rec, 0, rec.text.length, owner);
    }
  }
}

/** `把谢留(组长)`, `施红春(组长)王丽萍`: a roster of names (each with its post), no task. */
function namesOnly(task: string): boolean {
  const tokens = task.split(/[(（][^)）]{1,8}[)）]|[\s、,，]+/).filter(Boolean);
  return tokens.length >= 1 && tokens.length <= 8 && tokens.every((x) => x.length <= 3 && !NOT_NAME.test(x));
}

/** An owner without the date or connective that opened its clause (`4月25日校团委` → `校团委`). */
function ownerOf(owner: string): string {
  return clean(
    owner
      .replace(
        /^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[上下]午)?\s*(?:\d{1,2}[:：点时]\d{0,2}\s*)?(?:前|之前|以前)?/,
        '',
      )
      .replace(/^(?:另外|另|并由|并|同时|再由|再)/, ''),
  );
}

/** A task as a short phrase: up to its first comma, when what precedes it says enough. */
function shortTask(task: string): string {
  const comma = task.search(/[,，]/);
  const short = comma >= 4 ? task.slice(0, comma) : task;
  // （涉及经费由…负责解决）: a bracket the sentence opened is not part of the task.
  return /^[（(][^）)]*$/.test(short) ? short.slice(1) : short;
}

/**
 * A sentence cut before each comma whose clause names its own owner and role (`…负责场地布置，另餐饮部
 * 负责礼仪小姐培训`): two owners are two tasks.
 */
function clauses(t: string, s: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = s.start;
  for (let i = s.start; i < s.end; i++) {
    if (t[i] !== ',' && t[i] !== '，') continue;
    const next = t.slice(i + 1, s.end).replace(/^\s*(?:另外|另|并由|并|同时|再由|再)/, '');
    const lead = LEAD_OWNER.exec(next);
    const owned =
      (lead && OWNER_END.test(ownerOf(lead[1]!)) && !/要|应|须|请|全体|确保/.test(lead[1]!)) ||
      /^由[^，。；;,:：]{2,30}?(?:负责(?!人)|牵头|配合|落实|承办|协助)/.test(next);
    if (owned && t.slice(from, i).trim()) {
      out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  out.push({ start: from, end: s.end });
  return out;
}

function sentences(t: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (let i = 0; i < t.length; i++) {
    // …准时出席,请区委宣传部做好宣传报道工作: a new request is a new task.
    if (t[i] === '请' && i > from && /[,，]/.test(t[i - 1]!)) {
      if (t.slice(from, i - 1).trim()) out.push({ start: from, end: i - 1 });
      from = i;
    }
    if (/[。；;]/.test(t[i]!)) {
      if (t.slice(from, i).trim()) out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (t.slice(from).trim()) out.push({ start: from, end: t.length });
  return out;
}
