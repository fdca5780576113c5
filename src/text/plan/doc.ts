import type { TextPlace } from '../../audit/finding.js';
import { type LineRecord, lineRecord, type Marker, markers, pointAt } from '../lines.js';
import { splitLines } from '../normalize.js';
import { runOnCuts } from './run-on.js';

/** A `标签：内容` line or heading: `会议地点：市政府三楼会议室`, `三、参会人员`. */
export interface Labelled {
  rec: LineRecord;
  marker?: Marker;
  /** The label, without marker and colon. */
  label: string;
  /** Where the value starts in `rec.text` (after the colon), and the value, trimmed. */
  valueStart: number;
  value: string;
}

/** A section: a heading (`三、参会人员`) and the lines under it, until the next heading of its level. */
export interface Section {
  heading: Labelled;
  /** The lines after the heading line. */
  body: LineRecord[];
}

/** A plan's lines, normalized, with the labelled lines and sections found in them. */
export interface PlanDoc {
  recs: LineRecord[];
  labelled: Labelled[];
  sections: Section[];
  /** The section a heading opens. */
  sectionOf: Map<Labelled, Section>;
}

// A label is short: 会议时间, 参会人员, 主持人.
const LABEL = /^([\u4e00-\u9fff][\u4e00-\u9fff（）()、]{0,13}?)\s*[:：]\s*/;
// 二、开幕仪式（20 min）: a heading may carry a note in brackets.
const HEADING =
  /^([\u4e00-\u9fff][\u4e00-\u9fff、和及与]{1,13})\s*(?:[（(][^（()）]{1,20}[)）])?\s*[:：]?\s*$/;
const SPACED = /^([\u4e00-\u9fff][\u4e00-\u9fff、和及与]{1,9})\s+(?=\S)/;
const BRACKETED = /^【([\u4e00-\u9fff、]{2,12})】\s*/;
// 时  间：, 地 点：, 主 持 人：: a short label spaced out to line up with longer ones.
const SPREAD = /^([\u4e00-\u9fff](?:[ \u3000]{1,4}[\u4e00-\u9fff]){1,3})[ \u3000]*[:：]\s*/;
// 二、活动地点学校操场: a field's heading run into its value, as a page run together on one line
// writes it (only the fields whose labels are words of their own, never 时间安排 or 时间和地点).
const GLUED =
  /^((?:会议|活动|培训|大会|晚会|比赛|演练|仪式)?(?:时间|地点|地址|对象|主持人?|主题|(?:参加|参会|参与|出席|与会|参训)(?:人员|对象|范围)))(?![和及与、安要表为的范名情分:：\s])(?=[\d\u4e00-\u9fff（(])/;
const STOPPED = /^([\u4e00-\u9fff][\u4e00-\u9fff、和及与]{1,7})\s*。\s*(?=\S)/;

/**
 * Reads the lines of a plan into records, and finds the `label：value` lines and the sections.
 *
 * @example
 * ```ts
 * planDoc('一、会议时间：5月14日上午9:00').labelled[0]?.label; // '会议时间'
 * ```
 */
export function planDoc(text: string): PlanDoc {
  const recs: LineRecord[] = [];
  splitLines(text).forEach((raw, i) => {
    for (const p of piecesOfLine(raw)) recs.push(lineRecord(recs.length + 1, p.text, i + 1, p.offset));
  });
  return planDocOf(recs);
}

// A page that joins its paragraphs on one line: ` 二、会议内容 …`, ` (三)参会人员 …` start a new one.
const INLINE_HEADING =
  /(?<=[\s。；;])(?=(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）])\s*[\u4e00-\u9fff]{2,12}[\s:：。])/g;

/** A line cut before each heading it holds inline, with each piece's offset in the line. */
// 时间：14:00；地点：1718会议室；主持人：周宇: several fields on one line, each after a semicolon.
const INLINE_FIELD = /(?<=[;；。]\s*)(?=[\u4e00-\u9fff]{2,6}\s*[:：])/g;
// …召开座谈会。会议主要内容：…: a field that names what the meeting is, after a full stop in prose.
const INLINE_KNOWN =
  /(?<=[。；;]\s*)(?=(?:会议|活动|培训|大会)?(?:主要)?(?:内容|议程|日程|议题|时间|地点|参会人员|参加人员|出席人员|参会对象|(?:参加|参会|出席|与会)(?:会议|大会|活动|培训)?(?:人员|对象|范围))\s*[:：])/g;

function piecesOfLine(raw: string): { text: string; offset: number }[] {
  const fields = [...raw.matchAll(INLINE_FIELD)].length;
  const known = [...raw.matchAll(INLINE_KNOWN)].length;
  const runOn = raw.length >= 40 ? runOnCuts(raw) : [];
  if (raw.length < 80 && fields < 2 && known === 0 && runOn.length === 0) return [{ text: raw, offset: 0 }];
  const cuts = [0];
  if (fields >= 2) for (const m of raw.matchAll(INLINE_FIELD)) if (m.index > 0) cuts.push(m.index);
  for (const m of raw.matchAll(INLINE_KNOWN)) if (m.index > 0) cuts.push(m.index);
  for (const m of raw.matchAll(INLINE_HEADING)) if (m.index > 0) cuts.push(m.index);
  for (const c of runOn) if (c > 0) cuts.push(c);
  cuts.push(raw.length);
  const at = [...new Set(cuts)].sort((a, b) => a - b);
  const out: { text: string; offset: number }[] = [];
  for (let k = 0; k + 1 < at.length; k++) out.push({ text: raw.slice(at[k]!, at[k + 1]!), offset: at[k]! });
  return out;
}

/**
 * The plan view of some of a document's lines (one meeting's part of a longer page).
 *
 * @example
 * ```ts
 * planDocOf(planDoc(text).recs.slice(40, 90)).labelled.length;
 * ```
 */
export function planDocOf(recs: LineRecord[]): PlanDoc {
  const labelled: Labelled[] = [];
  const headings: { at: number; l: Labelled }[] = [];
  recs.forEach((rec, i) => {
    const l = labelledLine(rec);
    if (!l) return;
    labelled.push(l);
    if (l.marker && l.value.length <= 40) headings.push({ at: i, l });
    // 会议地点：⏎ 市政府三楼会议室 — the value on the next line.
    const next = recs.slice(i + 1, i + 3).find((r) => r.text.trim() !== '');
    if (l.value === '' && next && !labelledLine(next) && !markers(next.text).some((m) => m.start <= 1))
      labelled.push({
        rec: next,
        label: l.label,
        valueStart: next.text.length - next.text.trimStart().length,
        value: next.text.trim(),
      });
  });
  const sections: Section[] = headings.map((h, k) => {
    let end = recs.length;
    for (let j = k + 1; j < headings.length; j++) {
      const next = headings[j]!.l.marker!;
      if (next.style === h.l.marker!.style || rank(next.style) < rank(h.l.marker!.style)) {
        end = headings[j]!.at;
        break;
      }
    }
    return { heading: h.l, body: recs.slice(h.at + 1, end) };
  });
  // 一、活动背景 ⏎ 二、活动时间 ⏎ 三、活动对象 … at the top, then each again with its text: the
  // headings of a table of contents (three or more in a row, each opening nothing, each coming again
  // later) open no sections, and the fields are where they come again.
  const repeated = sections.filter(
    (x) =>
      x.body.every((r) => r.text.trim() === '') &&
      labelled.some((y) => y.marker && y.label === x.heading.label && y.rec.no > x.heading.rec.no + 1),
  );
  const contents = new Set<Labelled>();
  for (let i = 0; i < repeated.length; ) {
    let j = i + 1;
    while (j < repeated.length && repeated[j]!.heading.rec.no - repeated[j - 1]!.heading.rec.no <= 2) j++;
    if (j - i >= 3) for (const x of repeated.slice(i, j)) contents.add(x.heading);
    i = j;
  }
  const kept = sections.filter((x) => !contents.has(x.heading));
  return {
    recs,
    labelled: labelled.filter((x) => !contents.has(x)),
    sections: kept,
    sectionOf: new Map(kept.map((x) => [x.heading, x])),
  };
}

/**
 * The level of a list marker's style, outer levels first: 一、 > （一） > 1. > （1） > ①.
 *
 * @example
 * ```ts
 * rank('cn') < rank('num'); // true
 * ```
 */
export function rank(style: Marker['style']): number {
  return ['cn', 'paren-cn', 'num', 'paren-num', 'circled'].indexOf(style);
}

function labelledLine(rec: LineRecord): Labelled | undefined {
  const text = rec.text;
  const lead = text.length - text.trimStart().length;
  const m = markers(text).find((x) => x.start === lead);
  const from = m ? m.end : lead;
  const rest = text.slice(from).trimStart();
  const restAt = text.length - rest.length;
  // 【参加人员】部门全体人员, 参加人员为：…, 一、授课地点。县疾病中心会议室。
  const lm = LABEL.exec(rest) ?? SPREAD.exec(rest) ?? BRACKETED.exec(rest) ?? (m ? STOPPED.exec(rest) : null);
  if (lm) {
    const valueStart = restAt + lm[0].length;
    return {
      rec,
      ...(m ? { marker: m } : {}),
      label: lm[1]!.replace(/[ \u3000]/g, '').replace(/为$/, ''),
      valueStart,
      value: text.slice(valueStart).trim(),
    };
  }
  if (m) {
    const gm = GLUED.exec(rest);
    if (gm) {
      const valueStart = restAt + gm[0].length;
      return { rec, marker: m, label: gm[1]!, valueStart, value: text.slice(valueStart).trim() };
    }
    const hm = HEADING.exec(rest);
    if (hm) return { rec, marker: m, label: hm[1]!, valueStart: text.length, value: '' };
    // 一、会议时间及地点 2013年4月17日…: a field's heading and its value, parted by a space.
    const sm = SPACED.exec(rest);
    if (sm) {
      const valueStart = restAt + sm[0].length;
      return { rec, marker: m, label: sm[1]!, valueStart, value: text.slice(valueStart).trim() };
    }
  }
  return undefined;
}

/**
 * The list markers of a text, computed once per text object (a record's `text` is read many times).
 *
 * @example
 * ```ts
 * markersIn(rec.text).length;
 * ```
 */
export function markersIn(text: string): Marker[] {
  // Strings cannot key a WeakMap; a small Map of the last texts keeps lookups linear.
  let m = lastMarkers.get(text);
  if (!m) {
    m = markers(text);
    if (lastMarkers.size > 64) lastMarkers.clear();
    lastMarkers.set(text, m);
  }
  return m;
}
const lastMarkers = new Map<string, Marker[]>();

/**
 * The first marker of `text` that starts in `[from, to)`, by binary search.
 *
 * @example
 * ```ts
 * markerFrom(rec.text, piece.start, piece.start + 3);
 * ```
 */
export function markerFrom(text: string, from: number, to: number): Marker | undefined {
  const ms = markersIn(text);
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const m = ms[lo];
  return m && m.start < to ? m : undefined;
}

/**
 * The place of `[start, end)` of a record: its original line and column, and the passage.
 *
 * @example
 * ```ts
 * placeOf(rec, 5, 12); // { line: 3, column: 6, excerpt: '市政府三楼会议室' }
 * ```
 */
export function placeOf(rec: LineRecord, start: number, end: number): TextPlace {
  const p = pointAt(rec, start);
  const excerpt = rec.text.slice(start, Math.max(start, end)).trim();
  return {
    line: p.line,
    column: p.column,
    excerpt: excerpt.length > 80 ? `${excerpt.slice(0, 79)}…` : excerpt,
  };
}

const LEADING_MARKER =
  /^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])\s*/;

/**
 * A text without the list marker that opens it (`（二）`, `3.`, `一、`).
 *
 * @example
 * ```ts
 * withoutMarker('（二）会务组负责会场布置'); // '会务组负责会场布置'
 * ```
 */
export function withoutMarker(text: string): string {
  return text.replace(LEADING_MARKER, '');
}

/** Trims spaces and the punctuation a value ends or starts with. */
export function clean(s: string): string {
  return s.replace(/^[\s,，。;；:：、]+|[\s,，。;；:：、]+$/g, '');
}
