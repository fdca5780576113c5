import type { LineRecord } from '../lines.js';
import { clean, type PlanDoc, placeOf, withoutMarker } from './doc.js';
import type { Sourced } from './types.js';

const KINDS = {
  lodging: /住宿|单人单间|单间|标准间|标间|双人间|入住|客房|房间/,
  meals: /就餐|用餐|工作餐|工作午餐|午餐|晚餐|早餐|自助餐|桌餐|伙食|餐饮|宴请|茶歇/,
  vehicles: /车辆|大巴|客车|中巴|用车|接送|班车|交通车|接站|送站/,
  // 服务员4名, 4名服务员, 派一名管理人员, 安排技术人员: people assigned to serve the meeting.
  staff:
    /(?:服务员|工作人员|技术人员|管理人员|礼仪人员|礼仪小姐|志愿者|安保人员|讲解员|摄影师|摄像师|司机|医护人员|保洁员)\s*(?:\d+|[一二三四五六七八九十两]+)\s*(?:名|人)|(?:\d+|[一二三四五六七八九十两]+)\s*(?:名|个|位)\s*(?:服务员|工作人员|技术人员|管理人员|礼仪|志愿者|安保|讲解员|摄影|摄像|司机|医护|保洁)|(?:安排|派|配备|抽调)[^，。；;,]{0,8}?(?:工作人员|技术人员|管理人员|服务人员|专人)/,
} as const;

// Badges, seat cards and documents a meeting prepares (the brief's materials; banners and flags are
// the venue's dressing, not materials): each one is an item of its own.
const MATERIAL =
  '席卡|桌签|座签|台签|坐牌|桌牌|代表证|委员证|工作证|记者证|出席证|列席证|嘉宾证|报到证|通行证|餐证|胸卡|胸牌|胸花|材料袋|文件袋|资料袋|手提袋|会议材料|会议手册|会议指南|日程表|座次表|座次图|花名册|节目单|主持词|邀请函|请柬|回执|笔记本|签到表|签到簿|证书|座位图|登记表|汇总表';
const COUNTED = '(?:至少|约)?\\s*(?:\\d+|[一二三四五六七八九十两]+)\\s*[个张条份块本套支面幅]';
const MATERIAL_ITEM = new RegExp(`(?:${COUNTED}\\s*)?(?:宣传)?(?:${MATERIAL})(?:\\s*${COUNTED})?`, 'g');
// 四、向会议提交的材料, 会议材料：: a heading of materials, whose numbered lines are the materials.
const MATERIAL_HEADING =
  /^\s*(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）])?\s*[\u4e00-\u9fff]{0,8}(?:材料|物资|物品|用品|物料|器材)(?:准备|清单)?\s*[:：]?\s*$/;
// 文件袋内装下列材料：⏎ ⑴…, 负责准备以下物资: ⏎ 1. …: the numbered lines after such an intro are the materials.
const MATERIAL_LIST =
  /(?:下列|以下)(?:材料|物资|物品|用品|物料)|(?:材料|物资|物品|用品|物料)(?:如下|包括)|内装/;
const ITEM_MARK =
  /^\s*(?:[\u2474-\u2487\u2460-\u2473]|[(（]?\d{1,2}[)）、.．]|[(（][一二三四五六七八九十]{1,2}[)）])\s*/;

/**
 * Logistics arrangements the text states, by kind: lodging, meals, vehicles and staff as the clause
 * that states each, materials item by item.
 */
export type Logistics = { [K in keyof typeof KINDS | 'materials']: Sourced[] };

/**
 * Lodging, meals, vehicles and staff: each clause of the text that arranges one of them
 * (`处级以上单人单间`, `工作午餐`, `大巴车2辆`, `服务员4名`), as written. Materials are read item by
 * item (`代表证`, `桌签42个`), and the numbered lines after `文件袋内装下列材料` are materials too.
 *
 * @example
 * ```ts
 * readLogistics(planDoc('住宿：处级以上单人单间，其余双人标间。')).lodging.length; // 2
 * ```
 */
export function readLogistics(doc: PlanDoc): Logistics {
  const out: Logistics = { lodging: [], meals: [], vehicles: [], staff: [], materials: [] };
  let listing = 0; // lines left in a list of materials
  // 二、人员配备(70人) ⏎ 指挥人员3人,志愿者4人…: under a staffing heading, every role with a count is staff.
  const staffing = new Set<LineRecord>();
  for (const s of doc.sections) {
    if (!STAFF_HEADING.test(s.heading.label)) continue;
    if (/\d+\s*(?:人|名)/.test(s.heading.rec.text)) staffing.add(s.heading.rec);
    for (const r of s.body) staffing.add(r);
  }
  // 所需物品:音响一、大屏液晶电视一、灯笼…: each item of a list of things to prepare is a material.
  const listed = new Set<LineRecord>();
  for (const l of doc.labelled) {
    if (!SUPPLIES_LABEL.test(l.label) || l.value === '') continue;
    listed.add(l.rec);
    out.materials.push(...itemsOf(l.rec, l.valueStart));
  }
  for (const rec of doc.recs) {
    if (rec.text.trim() === '') continue;
    if (listed.has(rec)) continue;
    if (staffing.has(rec)) {
      const found = staffOf(rec);
      if (found.length > 0) {
        out.staff.push(...found);
        continue;
      }
    }
    const mark = ITEM_MARK.exec(rec.text);
    if (listing > 0 && mark) {
      const v = clean(rec.text.slice(mark[0].length).replace(/[。；;，,\s]+$/, ''));
      if (v.length >= 2 && v.length <= 30 && !/[。；;]/.test(v)) {
        out.materials.push({ value: v, at: placeOf(rec, mark[0].length, rec.text.length) });
        listing--;
        continue;
      }
    }
    listing = MATERIAL_LIST.test(rec.text) || MATERIAL_HEADING.test(rec.text) ? 40 : mark ? listing : 0;
    MATERIAL_ITEM.lastIndex = 0;
    for (let m = MATERIAL_ITEM.exec(rec.text); m; m = MATERIAL_ITEM.exec(rec.text))
      out.materials.push({ value: clean(m[0]), at: placeOf(rec, m.index, m.index + m[0].length) });
    for (const cl of clausesOf(rec)) {
      const body = rec.text.slice(cl.start, cl.end);
      for (const k of Object.keys(KINDS) as (keyof typeof KINDS)[]) {
        if (!KINDS[k].test(body)) continue;
        const v = clean(withoutMarker(body));
        if (v.length < 2 || v.length > 60) continue;
        out[k].push({ value: v, at: placeOf(rec, cl.start, cl.end) });
      }
    }
  }
  // 主持词 four times in a page's title is one mention; 证书 on each prize's line and again in the
  // budget is one material, listed where it is last named (where it is bought).
  const lines = new Map<string, Set<number>>();
  for (const m of out.materials) lines.set(m.value, (lines.get(m.value) ?? new Set()).add(m.at.line));
  const seen = new Set<string>();
  out.materials = out.materials.filter((m) => {
    const on = lines.get(m.value)!;
    const key = `${m.value}\u0001${m.at.line}`;
    if (seen.has(key) || (on.size >= 3 && m.at.line !== Math.max(...on))) return false;
    seen.add(key);
    return true;
  });
  return out;
}

// 所需物品, 物资准备, 活动物料, 器材清单: a label over the things a meeting prepares.
const SUPPLIES_LABEL =
  /^(?:所需|需要|准备|活动|会议|会场)?(?:物品|物资|物料|用品|器材|道具)(?:清单|准备|需求|安排)?$/;

/** The items of a 、-list from `from` to the end of the line, outside brackets, each as written. */
function itemsOf(rec: LineRecord, from: number): Sourced[] {
  const t = rec.text;
  const out: Sourced[] = [];
  let depth = 0;
  let start = from;
  const push = (end: number) => {
    const raw = t.slice(start, end);
    const v = clean(raw.replace(/[。；;，,\s]+$/, '').replace(/等$/, ''));
    if (v.length >= 1 && v.length <= 30) {
      const at = start + raw.indexOf(raw.trim()[0] ?? '');
      out.push({ value: v, at: placeOf(rec, at, at + raw.trim().length) });
    }
  };
  for (let i = from; i < t.length; i++) {
    const c = t[i]!;
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    else if (depth === 0 && /[、；;。]/.test(c)) {
      push(i);
      start = i + 1;
    }
  }
  if (t.slice(start).trim()) push(t.length);
  return out;
}

// A heading over the people who serve the meeting: 人员配备, 工作人员安排, 人员分工.
const STAFF_HEADING = /人员(?:配备|配置|安排|分工|组成)|工作人员/;
// 安保人员14人(登录大厅入口4人,…), 礼仪8人: a role and its count, with the count's breakdown.
const ROLE_COUNT =
  /^[\u4e00-\u9fff][\u4e00-\u9fff、]{0,11}\s*[(（]?\s*(?:\d+|[一二三四五六七八九十两]+)\s*(?:人|名)\s*[)）]?(?:\s*[(（][^()（）]{1,40}[)）])?$/;

/** The roles with counts a staffing line lists, each as written. */
function staffOf(rec: LineRecord): Sourced[] {
  const out: Sourced[] = [];
  for (const cl of clausesOf(rec)) {
    const body = rec.text.slice(cl.start, cl.end);
    // 音像4人(…)安保人员8人(…): a missing comma after a bracket still parts two roles.
    for (const piece of body.split(/(?<=[)）])(?=[\u4e00-\u9fff])/)) {
      const v = clean(withoutMarker(piece));
      if (!ROLE_COUNT.test(v)) continue;
      const at = rec.text.indexOf(piece, cl.start);
      out.push({ value: v, at: placeOf(rec, at, at + piece.length) });
    }
  }
  return out;
}

/**
 * True when a line only lists roles with their counts (`指挥人员3人,志愿者4人`): staff, not a duty.
 *
 * @example
 * ```ts
 * listsStaff(lineRecord(1, '统筹4人,交通保障2人,财务1人')); // true
 * ```
 */
export function listsStaff(rec: LineRecord): boolean {
  const cls = clausesOf(rec);
  return cls.length > 0 && staffOf(rec).length >= cls.length;
}

/** The clauses of a line: split at 。；，, outside brackets. */
function clausesOf(rec: LineRecord): { start: number; end: number }[] {
  const t = rec.text;
  const out: { start: number; end: number }[] = [];
  let from = 0;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    else if (depth === 0 && /[。；;，,]/.test(c)) {
      if (t.slice(from, i).trim()) out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (t.slice(from).trim()) out.push({ start: from, end: t.length });
  return out;
}
