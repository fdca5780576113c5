import { Dec } from '../decimal/dec.js';
import { type ErrorIssue, HuiwuError, schemaError } from '../errors.js';
import { schemaIssues } from '../schema-issues.js';
import { comparePartialDates, parseTime, readPartialDate } from './partial-date.js';
import { type CountInput, type Meeting, MeetingSchema } from './schema.js';

type Path = (string | number)[];

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Keys that could reach an object's prototype are refused anywhere, even inside free-form records. */
function forbiddenKeys(x: unknown, path: Path, out: ErrorIssue[], depth = 0): void {
  if (depth > 64 || x === null || typeof x !== 'object') return;
  if (Array.isArray(x)) {
    x.forEach((v, i) => {
      forbiddenKeys(v, [...path, i], out, depth + 1);
    });
    return;
  }
  for (const key of Object.keys(x)) {
    if (FORBIDDEN_KEYS.has(key)) {
      out.push({ code: 'forbidden_key', path: [...path, key], message: `the key "${key}" is not allowed` });
      continue;
    }
    forbiddenKeys((x as Record<string, unknown>)[key], [...path, key], out, depth + 1);
  }
}

function checkCount(c: CountInput | undefined, path: Path, out: ErrorIssue[]): void {
  if (c === undefined || typeof c !== 'object') return;
  const v = new Dec(c.value);
  if (c.min !== undefined && new Dec(c.min).gt(v))
    out.push({
      code: 'range',
      path: [...path, 'min'],
      message: `min ${c.min} is above the value ${c.value}`,
    });
  if (c.max !== undefined && new Dec(c.max).lt(v))
    out.push({
      code: 'range',
      path: [...path, 'max'],
      message: `max ${c.max} is below the value ${c.value}`,
    });
  if (c.qualifier === undefined && c.min === undefined && c.max === undefined) {
    out.push({
      code: 'approx',
      path,
      message:
        'an approximate count needs a qualifier (左右/约/余…) or min/max; write a plain number if it is exact',
    });
  }
}

function checkDate(s: string | undefined, path: Path, out: ErrorIssue[]): void {
  if (s === undefined) return;
  const r = readPartialDate(s);
  if (!r.ok) out.push({ code: 'date', path, message: r.message });
}

function checkWindow(w: { start: string; end: string } | undefined, path: Path, out: ErrorIssue[]): void {
  if (w && parseTime(w.end) <= parseTime(w.start))
    out.push({
      code: 'range',
      path: [...path, 'end'],
      message: `session ends at ${w.end}, not after its start ${w.start}`,
    });
}

function uniqueIds(
  items: readonly { id?: string | undefined }[] | undefined,
  path: Path,
  dup: ErrorIssue[],
): Set<string> {
  const seen = new Set<string>();
  items?.forEach((it, i) => {
    if (it.id === undefined) return;
    if (seen.has(it.id))
      dup.push({ code: 'duplicate_id', path: [...path, i, 'id'], message: `id "${it.id}" is used twice` });
    seen.add(it.id);
  });
  return seen;
}

/** Checks that zod cannot express: cross-references, ordered bounds, calendar validity. */
function semanticIssues(m: Meeting, dup: ErrorIssue[]): ErrorIssue[] {
  const out: ErrorIssue[] = [];
  checkDate(m.start, ['start'], out);
  m.groups.forEach((g, i) => {
    checkCount(g.count, ['groups', i, 'count'], out);
  });
  checkCount(m.statedTotal, ['statedTotal'], out);
  if (m.statedTotal === 'pending' || m.statedTotal === '待定')
    out.push({
      code: 'invalid',
      path: ['statedTotal'],
      message: 'a stated total cannot be pending; leave it out instead',
    });
  const d = m.duration;
  if (d !== undefined && typeof d === 'object') {
    if ('days' in d && new Dec(d.days).isZero())
      out.push({
        code: 'range',
        path: ['duration', 'days'],
        message: 'a meeting lasts at least one day (use "half-day" for 半天)',
      });
    if ('from' in d) {
      const before = out.length;
      checkDate(d.from, ['duration', 'from'], out);
      checkDate(d.to, ['duration', 'to'], out);
      if (out.length === before) {
        const a = readPartialDate(d.from);
        const b = readPartialDate(d.to);
        if (a.ok && b.ok) {
          const c = comparePartialDates(a.date, b.date);
          if (c === 1)
            out.push({
              code: 'range',
              path: ['duration', 'to'],
              message: `the meeting ends (${d.to}) before it starts (${d.from})`,
            });
          if (c === null)
            out.push({
              code: 'date',
              path: ['duration'],
              message: 'a date range needs month and day on both ends',
            });
        }
      }
    }
  }
  for (const s of ['上午', '下午', '晚上'] as const) checkWindow(m.sessions?.[s], ['sessions', s], out);
  uniqueIds(m.groups, ['groups'], dup);
  const taskIds = uniqueIds(m.tasks, ['tasks'], dup);
  const visitIds = uniqueIds(m.visits, ['visits'], dup);
  uniqueIds(m.agenda, ['agenda'], dup);
  m.tasks?.forEach((t, i) => {
    if (typeof t.deadline === 'string') checkDate(t.deadline, ['tasks', i, 'deadline'], out);
    t.after?.forEach((id, j) => {
      if (!taskIds.has(id))
        out.push({
          code: 'reference',
          path: ['tasks', i, 'after', j],
          message: `no task has the id "${id}"`,
        });
      if (id === t.id)
        out.push({
          code: 'reference',
          path: ['tasks', i, 'after', j],
          message: 'a task cannot come after itself',
        });
    });
  });
  m.agenda?.forEach((a, i) => {
    if (a.visit !== undefined && !visitIds.has(a.visit))
      out.push({
        code: 'reference',
        path: ['agenda', i, 'visit'],
        message: `no site visit has the id "${a.visit}"`,
      });
    if (a.minutes !== undefined && new Dec(a.minutes).gt(24 * 60))
      out.push({
        code: 'range',
        path: ['agenda', i, 'minutes'],
        message: 'an agenda item lasts at most a day (1440 minutes)',
      });
    if (a.day !== undefined && new Dec(a.day).gt(366))
      out.push({ code: 'range', path: ['agenda', i, 'day'], message: 'day is beyond a year' });
  });
  const lg = m.logistics;
  const meals = lg?.catering?.meals;
  uniqueIds(meals, ['logistics', 'catering', 'meals'], dup);
  meals?.forEach((meal, i) => {
    checkCount(meal.diners, ['logistics', 'catering', 'meals', i, 'diners'], out);
    if (meal.tableSize !== undefined && new Dec(meal.tableSize).isZero())
      out.push({
        code: 'range',
        path: ['logistics', 'catering', 'meals', i, 'tableSize'],
        message: 'a table seats at least one',
      });
  });
  const vehicles = lg?.transport?.vehicles;
  uniqueIds(vehicles, ['logistics', 'transport', 'vehicles'], dup);
  vehicles?.forEach((v, i) => {
    checkCount(v.riders, ['logistics', 'transport', 'vehicles', i, 'riders'], out);
    if (new Dec(v.reservedSeats ?? 0).gte(new Dec(v.seats)))
      out.push({
        code: 'range',
        path: ['logistics', 'transport', 'vehicles', i, 'seats'],
        message: `a vehicle of ${v.seats} seats with ${v.reservedSeats ?? 0} reserved carries nobody`,
      });
  });
  const area = lg?.area?.perPersonM2;
  if (area && new Dec(area.min).gt(new Dec(area.max)))
    out.push({
      code: 'range',
      path: ['logistics', 'area', 'perPersonM2', 'max'],
      message: `max ${area.max} m² is below min ${area.min} m²`,
    });
  const mealKeys = new Set((meals ?? []).flatMap((x) => (x.id !== undefined ? [x.id, x.name] : [x.name])));
  for (const key of Object.keys(m.prices?.meals ?? {})) {
    if (!mealKeys.has(key))
      out.push({
        code: 'reference',
        path: ['prices', 'meals', key],
        message: `no meal has the id or name "${key}"`,
      });
  }
  const vehicleKeys = new Set(
    (vehicles ?? []).flatMap((x) => (x.id !== undefined ? [x.id, x.name] : [x.name])),
  );
  for (const key of Object.keys(m.prices?.vehicles ?? {})) {
    if (!vehicleKeys.has(key))
      out.push({
        code: 'reference',
        path: ['prices', 'vehicles', key],
        message: `no vehicle has the id or name "${key}"`,
      });
  }
  return out;
}

/** Every rank a rule or group names must be one the meeting declares (or, without `ranks`, one a group carries). */
function rankIssues(m: Meeting): ErrorIssue[] {
  const out: ErrorIssue[] = [];
  const declared = m.ranks ? new Set(m.ranks) : undefined;
  const known = declared ?? new Set(m.groups.flatMap((g) => (g.rank ? [g.rank] : [])));
  if (declared) {
    m.groups.forEach((g, i) => {
      if (g.rank !== undefined && !declared.has(g.rank))
        out.push({
          code: 'unknown_rank',
          path: ['groups', i, 'rank'],
          message: `rank "${g.rank}" is not in ranks [${[...declared].join(', ')}]`,
        });
    });
  }
  const lodging = m.logistics?.lodging;
  if (lodging?.singleFromRank !== undefined) {
    const path = ['logistics', 'lodging', 'singleFromRank'];
    if (!declared)
      out.push({
        code: 'unknown_rank',
        path,
        message: `"${lodging.singleFromRank} and above" needs the rank order: list ranks from highest to lowest in "ranks"`,
      });
    else if (!declared.has(lodging.singleFromRank))
      out.push({
        code: 'unknown_rank',
        path,
        message: `rank "${lodging.singleFromRank}" is not in ranks [${[...declared].join(', ')}]`,
      });
  }
  lodging?.singleRanks?.forEach((r, i) => {
    if (!known.has(r))
      out.push({
        code: 'unknown_rank',
        path: ['logistics', 'lodging', 'singleRanks', i],
        message: `rank "${r}" is not a rank of this meeting`,
      });
  });
  return out;
}

/**
 * Validates a meeting. Throws a {@link HuiwuError}: `SCHEMA` listing every problem with its path
 * (unknown keys named one by one, `__proto__`-style keys refused), `DUPLICATE_ID` for ids used twice,
 * `UNKNOWN_RANK` for a rule or group naming a rank the meeting does not declare.
 *
 * @example
 * ```ts
 * const m = parseMeeting({ title: '工作会议', groups: [{ name: '代表', count: 120 }] });
 * parseMeeting({ title: '工作会议', groups: [], colour: 'red' }); // throws SCHEMA: unknown key "colour"
 * ```
 */
export function parseMeeting(input: unknown): Meeting {
  const early: ErrorIssue[] = [];
  forbiddenKeys(input, [], early);
  const r = MeetingSchema.safeParse(input);
  const issues = [...early, ...(r.success ? [] : schemaIssues(r.error, input, { skipKeys: FORBIDDEN_KEYS }))];
  if (!r.success || issues.length) throw schemaError('meeting', issues);
  const dup: ErrorIssue[] = [];
  const semantic = semanticIssues(r.data, dup);
  if (semantic.length) throw schemaError('meeting', [...semantic, ...dup]);
  if (dup.length) throw new HuiwuError('DUPLICATE_ID', dup[0]!.message, { path: dup[0]!.path }, dup);
  const ranks = rankIssues(r.data);
  if (ranks.length) throw new HuiwuError('UNKNOWN_RANK', ranks[0]!.message, { path: ranks[0]!.path }, ranks);
  return r.data;
}

/**
 * Like {@link parseMeeting} but returns the error instead of throwing.
 *
 * @example
 * ```ts
 * const r = safeParseMeeting({ title: '' , groups: [] });
 * if (!r.ok) r.error.issues[0]?.path; // ['title']
 * ```
 */
export function safeParseMeeting(
  input: unknown,
): { ok: true; meeting: Meeting } | { ok: false; error: HuiwuError } {
  try {
    return { ok: true, meeting: parseMeeting(input) };
  } catch (e) {
    if (e instanceof HuiwuError) return { ok: false, error: e };
    throw e;
  }
}
