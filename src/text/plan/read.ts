import { HuiwuError } from '../../errors.js';
import { splitLines } from '../normalize.js';
import { readAgenda } from './agenda.js';
import { asWritten } from './as-written.js';
import { readBlanks } from './blanks.js';
import { readBudget } from './budget-lines.js';
import { markersIn, type PlanDoc, planDoc, planDocOf, withoutMarker } from './doc.js';
import { readGroups } from './groups.js';
import { readLogistics } from './logistics.js';
import { readHost, readOrganiser } from './people.js';
import { readVenue } from './place.js';
import { readTasks } from './tasks.js';
import { meetingName, readTitle } from './title.js';
import type { PlanReading } from './types.js';
import { readWhen } from './when.js';

/**
 * Reads a meeting plan's text (a 会议筹备方案, a notice, a training plan) into a {@link PlanReading}:
 * title, organiser, date, time, duration, venue, host, attendee groups and their total, agenda,
 * tasks, logistics, budget lines and blanks, each with the line and column it was read from. What
 * the text does not state is absent; what it leaves blank is listed in `blanks`.
 *
 * @example
 * ```ts
 * const plan = readPlan('关于召开全市安全生产工作会议的通知\n会议时间：2024年3月5日上午9:00\n会议地点：市政府三楼会议室');
 * plan.title?.value;  // '全市安全生产工作会议'
 * plan.date?.value;   // '2024-03-05'
 * plan.venue?.at.line; // 3
 * ```
 */
export function readPlan(text: string): PlanReading {
  return readPlans(text)[0]!;
}

/**
 * Reads every meeting a text plans: a page that holds several plans (two articles, a notice and an
 * unrelated plan) gives one reading per plan; a notice followed by its own plan gives one. Always at
 * least one reading.
 *
 * @example
 * ```ts
 * readPlans(pageWithTwoPlans).map((p) => p.title?.value); // ['…工作会议', '…表彰大会']
 * ```
 */
export function readPlans(text: string): PlanReading[] {
  if (typeof text !== 'string')
    throw new HuiwuError('TEXT_INPUT', `expected plan text (a string), got ${typeof text}`);
  const doc = planDoc(text);
  const raw = splitLines(text);
  const units = unitsOf(doc);
  if (units.length > 1) {
    const readings = units
      .map((u) => {
        const d = planDocOf(u);
        return asWritten(readDoc(d), d, raw);
      })
      .filter((r) => substance(r) >= 2);
    if (readings.length > 0) return readings;
  }
  return [asWritten(readDoc(doc), doc, raw)];
}

/** How many of the fields that make a plan a reading holds. */
function substance(r: PlanReading): number {
  return [
    r.date,
    r.time,
    r.venue,
    r.host,
    r.groups.length,
    r.agenda.length,
    r.tasks.length,
    r.budget.length,
  ].filter(Boolean).length;
}

/** The document cut at each heading that names a meeting; a heading naming the one before continues it. */
function unitsOf(doc: PlanDoc): PlanDoc['recs'][] {
  const starts: { at: number; name: string }[] = [];
  doc.recs.forEach((rec, i) => {
    const t = rec.text.trim();
    if (t.length > 60 || /[。；;]$/.test(t) || (/[，,]/.test(t) && !t.startsWith('关于'))) return;
    // （一）大会类型：召开会员代表大会: a field that says what kind of meeting this is, not another one.
    if (KIND_FIELD.test(withoutMarker(t))) return;
    const name = meetingName(t);
    if (name) starts.push({ at: i, name });
  });
  return cutAt(doc, starts.length >= 2 ? starts : entryStarts(doc));
}

/** The records cut at each start that names another meeting than the one before. */
// 类型, 规模, 形式, 主题: fields of the meeting a line belongs to.
const KIND_FIELD = /^[\u4e00-\u9fff]{0,6}(?:类型|规模|形式|性质|方式|主题|内容)\s*[:：]/;

function cutAt(doc: PlanDoc, starts: { at: number; name: string }[]): PlanDoc['recs'][] {
  if (starts.length < 2) return [doc.recs];
  const units: PlanDoc['recs'][] = [];
  let from = 0;
  let name = starts[0]!.name;
  for (const s of starts.slice(1)) {
    if (s.name === name || s.name.includes(name) || name.includes(s.name)) continue;
    // （二）…圆桌会议 / 项目洽谈会: a heading straight under another names a session of it.
    if (s.at - from <= 1) continue;
    units.push(doc.recs.slice(from, s.at));
    from = s.at;
    name = s.name;
  }
  units.push(doc.recs.slice(from));
  return units;
}

// 9:00 召集人会议（区政府八楼会议室）: a session of a schedule, named after its time.
const TIMED_ENTRY =
  /^\s*(?:[上下]午|晚上)?\s*\d{1,2}[:：]\d{2}(?:\s*[-—–~～至]\s*\d{1,2}[:：]\d{2})?\s*([^（(，,。；;]{2,40})/;
// （一）2月9日9时，在…召开“全市离退休干部迎新春茶话会”。: a numbered entry that holds its own meeting.
const CALLED_QUOTED = /(?:召开|举办|举行)\s*[“"《]([^”"》]{2,40})[”"》]/;

/**
 * With no headings naming meetings: the entries of a list or a schedule that each hold one (a
 * numbered paragraph that 召开“…”, a timed session line that names a meeting).
 */
function entryStarts(doc: PlanDoc): { at: number; name: string }[] {
  const out: { at: number; name: string }[] = [];
  doc.recs.forEach((rec, i) => {
    const t = rec.text;
    const timed = TIMED_ENTRY.exec(t);
    const lead = markersIn(t)[0];
    const numbered = lead !== undefined && lead.start <= 2;
    let name: string | undefined;
    if (timed) name = meetingName(timed[1]!);
    if (!name && numbered) {
      const first = t.split(/[。；;]/)[0] ?? '';
      const q = CALLED_QUOTED.exec(first);
      if (q) name = meetingName(q[1]!);
    }
    if (name) out.push({ at: i, name });
  });
  return new Set(out.map((x) => x.name)).size >= 2 ? out : [];
}

function readDoc(doc: PlanDoc): PlanReading {
  const when = readWhen(doc);
  const { groups, total } = readGroups(doc);
  const budget = readBudget(doc);
  const logistics = readLogistics(doc);
  const title = readTitle(doc);
  const organiser = readOrganiser(doc);
  const venue = readVenue(doc);
  const host = readHost(doc);
  return {
    ...(title ? { title } : {}),
    ...(organiser ? { organiser } : {}),
    ...when,
    ...(venue ? { venue } : {}),
    ...(host ? { host } : {}),
    groups,
    ...(total ? { total } : {}),
    agenda: readAgenda(doc),
    tasks: readTasks(doc),
    ...logistics,
    budget: budget.lines,
    ...(budget.total ? { budgetTotal: budget.total } : {}),
    blanks: readBlanks(doc),
  };
}
