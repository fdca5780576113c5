import type { Figure } from '../figures.js';
import type { LineRecord } from '../lines.js';
import { labelBefore } from '../lines.js';
import type { RuleContext } from './types.js';

/** A head count (or households) a paragraph states as the whole population, with its year. */
export interface Population {
  fig: Figure;
  rec: LineRecord;
  households: boolean;
  /** The year the paragraph states before it (`2011年末,…总人口6864人` → 2011), when it states one. */
  year?: string;
}

const MEMORY = 'population:heads';
const DONE = 'population:done';
// 农业人口, 劳动力, 男性人口: a part of the population, not the whole the profile divides by.
const PART_OF_POPULATION =
  /农业|非农|劳动|男|女|流动|外出|少数民族|贫困|[0-9]岁|以上|以下|学生|党员|干部|城镇/;
const MAX_HEADS = 12;
const YEAR = /((?:19|20)\d{2})\s*年/g;

/**
 * The last year written before `pos` in a paragraph (`2011年,关津乡有耕地7.9万亩,人均` → '2011'),
 * or undefined. A year that is itself a figure's time (`从1949年的96.2万元`) counts as well: it dates
 * what follows.
 *
 * @example
 * ```ts
 * yearBefore('2011年末,总人口6864人', 12); // '2011'
 * ```
 */
export function yearBefore(text: string, pos: number): string | undefined {
  const head = text.slice(Math.max(0, pos - 600), pos);
  let year: string | undefined;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(head); m; m = YEAR.exec(head)) year = m[1];
  return year;
}

/**
 * The populations `rec` states between `from` and `to`: figures in 人 labelled as the whole
 * population (总人口, 户籍人口, 常住人口), or in 户 labelled as all households (农户, 总户数).
 *
 * @example
 * ```ts
 * populationsIn(lineRecord(1, '2011年末,全乡总人口6864人')).map((p) => p.year); // ['2011']
 * ```
 */
export function populationsIn(rec: LineRecord, from = 0, to = rec.text.length): Population[] {
  const out: Population[] = [];
  for (const p of rec.figures) {
    if (p.start < from || p.end > to) continue;
    if (!p.value || p.every || p.per || p.approx) continue;
    const households = p.unit === '户';
    if (!households && p.unit !== '人') continue;
    const label = labelBefore(rec.text, p.start);
    const words = households ? /农户|总户数|户数|住户/ : /人口/;
    if (!words.test(label) || PART_OF_POPULATION.test(label.slice(-6))) continue;
    const year = yearBefore(rec.text, p.start);
    out.push(year ? { fig: p, rec, households, year } : { fig: p, rec, households });
  }
  return out;
}

/** Remembers the populations a paragraph states, for the paragraphs after it. */
export function rememberPopulations(memory: Map<string, unknown>, rec: LineRecord): void {
  // Several rules remember; a paragraph is remembered once.
  const done = (memory.get(DONE) as WeakSet<LineRecord> | undefined) ?? new WeakSet<LineRecord>();
  memory.set(DONE, done);
  if (done.has(rec)) return;
  done.add(rec);
  const found = populationsIn(rec);
  if (found.length === 0) return;
  let seen = memory.get(MEMORY) as Population[] | undefined;
  if (!seen) {
    seen = [];
    memory.set(MEMORY, seen);
  }
  for (const p of found) if (seen.length < MAX_HEADS) seen.push(p);
}

/**
 * The document's population for a figure of `year`: the one it stated for that year, before or in
 * the few paragraphs after `ctx`'s block (a profile's 人口 section may follow its 耕地 one), every
 * statement agreeing. With no year, or none stated for it, the one the document stated without a
 * year, or — with no year asked — the one every statement so far gives. Two different populations
 * (a county's and a township's, 2011's and 2018's) leave it unknown.
 *
 * @example
 * ```ts
 * documentPopulation(ctx, false, '2011')?.fig.text; // '6864人'
 * ```
 */
export function documentPopulation(
  ctx: RuleContext,
  households: boolean,
  year: string | undefined,
): Population | undefined {
  const seen = ((ctx.memory.get(MEMORY) as Population[] | undefined) ?? []).filter(
    (r) => r.households === households,
  );
  if (seen.length >= MAX_HEADS) return undefined;
  if (year) {
    let same = seen.filter((r) => r.year === year);
    if (same.length === 0) {
      const last =
        ctx.block.kind === 'paragraph' ? ctx.block.segments[ctx.block.segments.length - 1] : undefined;
      let n = 0;
      if (last)
        for (const seg of ctx.segmentsAfter(last)) {
          if (++n > 4) break;
          same = populationsIn(seg.line, seg.start, seg.end).filter(
            (r) => r.households === households && r.year === year,
          );
          if (same.length) break;
        }
    }
    if (same.length === 0) same = seen.filter((r) => r.year === undefined);
    return uniform(same);
  }
  return uniform(seen);
}

/**
 * The first of `list` when every one states the same number, else undefined.
 *
 * @example
 * ```ts
 * uniform([]); // undefined
 * ```
 */
export function uniform<T extends { fig: Figure }>(list: readonly T[]): T | undefined {
  const first = list[0];
  if (!first || !list.every((r) => r.fig.value!.eq(first.fig.value!))) return undefined;
  return first;
}
