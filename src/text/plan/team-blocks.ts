import type { LineRecord } from '../lines.js';
import { clean, type PlanDoc, placeOf } from './doc.js';
import type { TaskReading, TaskRole } from './types.js';

// 第一组：节目策划组, 会务组, 宣传组（县委宣传部）: the label that opens a team's block.
// 场地、器材组 names two charges; 组织机构及分组 heads the teams, it is none of them.
const OPENER =
  /^(?:第[一二三四五六七八九十\d]{1,3}(?:小)?组|[\u4e00-\u9fff][\u4e00-\u9fff、]{0,11}(?<![分编])(?:组|小组))$/;
// 负责部门：…, 负责人员：…, 责任人：…, 牵头单位：…: the line that names who does the block's tasks.
const OWNER_LABEL = /^(?:负责|责任|牵头)(?:部门|人员|人|单位|领导|科室)?$|^(?:组长|牵头人)$/;
// 任务：a、…, 工作职责：…, 主要职责：…: the line that opens the block's list of tasks.
const TASK_LABEL = /^(?:主要|工作)?(?:任务|职责|工作内容|内容)$/;
// a、, b.; 1、, (1): an item of the task list, at the start of a line or after a stop.
const ITEM =
  /(?:^|(?<=[\s;；。]))(?:[a-zA-Z]|\d{1,2}|[一二三四五六七八九十])[、.．)）]|(?:^|(?<=[\s;；。]))[(（]\d{1,2}[)）]|(?:^|(?<=[\s;；。]))[\u2460-\u2473][、.．]?/g;
const ROLE = /^(负责(?!人)|牵头|配合|落实|承办|协助)/;
/** Lines a block may hold before it ends without another opener. */
const MAX_BLOCK = 30;

/** Tasks read from team blocks, and the lines the blocks hold (no other reading of them stands). */
export interface TeamBlocks {
  tasks: TaskReading[];
  lines: Set<number>;
}

/**
 * Tasks listed in team blocks: a team's label, the line that names who is responsible, and a list
 * of tasks, each item one task owned by them.
 *
 * ```
 * 第二组：礼仪组
 * 负责人员：办公室相关人员
 * 任务：a、晚会开始前座椅的摆放。
 * b、晚会之前准备好会场服务物品。
 * ```
 *
 * An owner left blank (`负责人员：（组长）、、`) leaves the team itself as the owner.
 *
 * @example
 * ```ts
 * teamBlocks(planDoc('第一组：节目策划组\n负责部门：人力资源部\n任务：a、完成节目筛选；b、编辑节目单')).tasks.length; // 2
 * ```
 */
export function teamBlocks(doc: PlanDoc, deadlineOf: (text: string) => string | undefined): TeamBlocks {
  const tasks: TaskReading[] = [];
  const lines = new Set<number>();
  const byRec = new Map(doc.labelled.map((l) => [l.rec, l]));
  const recs = doc.recs;
  for (let i = 0; i < recs.length; i++) {
    const open = byRec.get(recs[i]!);
    if (!open || !OPENER.test(open.label)) continue;
    // The block: up to the next opener.
    let end = i + 1;
    while (end < recs.length && end - i <= MAX_BLOCK) {
      const l = byRec.get(recs[end]!);
      if (l && OPENER.test(l.label)) break;
      end++;
    }
    const block = recs.slice(i, end);
    const ownerLine = block.map((r) => byRec.get(r)).find((l) => l && OWNER_LABEL.test(l.label));
    const taskAt = block.findIndex((r) => {
      const l = byRec.get(r);
      return l !== undefined && TASK_LABEL.test(l.label);
    });
    if (!ownerLine || taskAt < 0) continue;
    const team = /组$/.test(clean(open.value)) ? clean(open.value) : open.label;
    const named = clean(ownerLine.value.replace(/[(（][^)）]*[)）]/g, '').replace(/[、,，\s]+/g, ''));
    // 组长：xxx: a person masked or left to fill leaves the team as the owner.
    const masked = /^[xX×*＊?？_＿\-—]+$/.test(named);
    const owner = named.length >= 2 && !masked ? clean(ownerLine.value) : team;
    const role: TaskRole | undefined =
      /^负责/.test(ownerLine.label) && named.length >= 2 && !masked ? '负责' : undefined;
    for (const r of block) lines.add(r.line);
    const first = byRec.get(block[taskAt]!)!;
    const items: { rec: LineRecord; start: number; end: number }[] = [];
    for (let k = taskAt; k < block.length; k++) {
      const rec = block[k]!;
      // Blank lines between the items do not end the list.
      if (k > taskAt && rec.text.trim() === '') continue;
      const from = k === taskAt ? first.valueStart : 0;
      // After the list, a line that is no item ends it.
      const marks = [...rec.text.slice(from).matchAll(ITEM)].map((m) => ({
        start: from + m.index,
        end: from + m.index + m[0].length,
      }));
      const indent = rec.text.length - rec.text.trimStart().length;
      if (k > taskAt && (marks.length === 0 || marks[0]!.start > indent)) break;
      if (marks.length === 0) items.push({ rec, start: from, end: rec.text.length });
      marks.forEach((m, j) => {
        items.push({ rec, start: m.end, end: j + 1 < marks.length ? marks[j + 1]!.start : rec.text.length });
      });
    }
    for (const it of items) {
      const text = clean(it.rec.text.slice(it.start, it.end).replace(/[;；。\s]+$/, ''));
      if (text.length < 2) continue;
      const taskRole = (ROLE.exec(text)?.[1] as TaskRole | undefined) ?? role;
      // 9月6日编辑出节目单: in a list of tasks, a date that opens an item is the day it is due.
      const opening = /^\d{1,2}\s*月\s*\d{0,2}\s*日/.exec(text)?.[0];
      const deadline = deadlineOf(text) ?? opening?.replace(/\s+/g, '');
      tasks.push({
        task: text,
        owner,
        ...(taskRole ? { role: taskRole } : {}),
        ...(deadline ? { deadline } : {}),
        at: placeOf(it.rec, it.start, it.end),
      });
    }
  }
  return { tasks, lines };
}
