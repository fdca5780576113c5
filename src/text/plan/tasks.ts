import type { LineRecord } from '../lines.js';
import { clean, type PlanDoc, placeOf } from './doc.js';
import type { TaskReading, TaskRole } from './types.js';

const ROLE = /(负责|牵头|配合|落实|承办)/;
// 由办公室负责, 由县委宣传部牵头: the owner stands between 由 and the role word.
const BY_OWNER = /由\s*([^，。；;,:：由]{2,30}?)\s*(?:具体|统一|全面|共同|协助)?(负责|牵头|配合|落实|承办)/;
// 办公室负责会场布置: the owner opens the clause.
const LEAD_OWNER = /^([^，。；;,:：]{2,20}?)\s*(?:具体|统一|全面|共同|协助)?(负责|牵头|配合|落实|承办)/;
// 材料组（办公室）：…, 会务组：…: a group and its unit label the tasks after it.
const GROUP_LABEL =
  /^([\u4e00-\u9fff]{1,10}(?:组|部|处|科|室|办|中心|局|委|队))\s*(?:[（(]([^）)]{2,30})[)）])?\s*[:：]/;
const DEADLINE =
  /(\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*日)\s*(?:[上下]午)?\s*(?:\d{1,2}[:：]\d{2})?\s*(?:前|之前|以前)|会前\s*\d+\s*天|会议召开前\s*\d*\s*天?|提前\s*\d+\s*天|前一天|会前/;
const TASK_SECTION = /分工|职责|任务|筹备|工作安排|会务|保障|组织|要求|准备/;

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
    if (!ROLE.test(t)) continue;
    const group = GROUP_LABEL.exec(
      t.replace(
        /^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])\s*/,
        '',
      ),
    );
    for (const sent of sentences(t)) {
      const body = t.slice(sent.start, sent.end);
      if (!ROLE.test(body)) continue;
      let owner: string | undefined;
      let role: TaskRole | undefined;
      const by = BY_OWNER.exec(body);
      const lead = LEAD_OWNER.exec(
        body.replace(
          /^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])\s*/,
          '',
        ),
      );
      if (by) {
        owner = clean(by[1]!);
        role = by[2] as TaskRole;
      } else if (
        lead &&
        !/要|应|须|请|各|全体|确保/.test(lead[1]!) &&
        !/^(?:为|按|根据|对|在|以|把|将|通过|围绕|结合)/.test(lead[1]!)
      ) {
        owner = clean(lead[1]!.replace(/^[^：:]*[：:]/, ''));
        role = lead[2] as TaskRole;
      } else if (group) {
        owner = clean(group[2] ?? group[1]!);
        role = (ROLE.exec(body)?.[1] as TaskRole | undefined) ?? '负责';
      }
      if (!owner || owner.length < 2) continue;
      // A role word far from a task section is prose about duties in general; keep only owned tasks.
      if (!inTaskSection.has(rec) && !by) continue;
      const task = clean(
        body.replace(
          /^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])\s*/,
          '',
        ),
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
  return out;
}

function sentences(t: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (let i = 0; i < t.length; i++) {
    if (/[。；;]/.test(t[i]!)) {
      if (t.slice(from, i).trim()) out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (t.slice(from).trim()) out.push({ start: from, end: t.length });
  return out;
}
