import { clean, type PlanDoc, placeOf } from './doc.js';
import type { Sourced } from './types.js';

const HOST_LABEL = /^(?:会议|大会|活动|会议主持|大会主持)?主持(?:人)?$/;
const HOST_PROSE = /由\s*([^，。；;,:：由]{2,24}?)\s*主持(?!人)/;
const ORG_LABEL = /^(?:主办|主办单位|主办方|主办处室|主办部门|举办单位|组织单位|牵头单位|召集单位)$/;
const ORG_LABEL_2 = /^(?:承办|承办单位|承办方)$/;
const ORG_PROSE = /由\s*([^，。；;,:：由]{2,30}?)\s*(?:主办|召开|举办|组织召开)/;
// 济南市科技局办公室关于召开…的通知: the heading names who convenes before 关于.
const ORG_HEADING = /^([\u4e00-\u9fff、（）()]{3,40}?)关于(?:召开|举办|举行|开展|组织)/;

function fromLabel(doc: PlanDoc, label: RegExp): Sourced | undefined {
  for (const l of doc.labelled) {
    if (!label.test(l.label) || !l.value) continue;
    const v = clean(l.value.split(/[。；;]|\s{2,}/)[0]!);
    if (v.length < 2) continue;
    const k = l.rec.text.indexOf(v, l.valueStart);
    return { value: v, at: placeOf(l.rec, k, k + v.length) };
  }
  return undefined;
}

/** The body a heading near the top names before 关于召开 (`济南市科技局办公室关于召开…的通知`). */
function fromHeading(doc: PlanDoc): Sourced | undefined {
  for (const rec of doc.recs.filter((r) => r.text.trim() !== '').slice(0, 6)) {
    const lead = rec.text.length - rec.text.trimStart().length;
    const m = ORG_HEADING.exec(rec.text.trimStart());
    if (!m) continue;
    const v = clean(m[1]!);
    return { value: v, at: placeOf(rec, lead, lead + v.length) };
  }
  return undefined;
}

function fromProse(doc: PlanDoc, re: RegExp): Sourced | undefined {
  for (const rec of doc.recs) {
    const m = re.exec(rec.text);
    if (!m) continue;
    const v = clean(m[1]!);
    const k = m.index + m[0].indexOf(m[1]!);
    return { value: v, at: placeOf(rec, k, k + v.length) };
  }
  return undefined;
}

/**
 * Who chairs the meeting: a `主持人：` line, else `由…主持`.
 *
 * @example
 * ```ts
 * readHost(planDoc('会议主持：市政府副秘书长王明'))?.value; // '市政府副秘书长王明'
 * ```
 */
export function readHost(doc: PlanDoc): Sourced | undefined {
  return fromLabel(doc, HOST_LABEL) ?? fromProse(doc, HOST_PROSE);
}

/**
 * Who convenes the meeting: a `主办单位：` line (or 承办 when no 主办 is named), else `由…主办`.
 *
 * @example
 * ```ts
 * readOrganiser(planDoc('主办单位：市人民政府'))?.value; // '市人民政府'
 * ```
 */
export function readOrganiser(doc: PlanDoc): Sourced | undefined {
  return (
    fromLabel(doc, ORG_LABEL) ??
    fromHeading(doc) ??
    fromProse(doc, ORG_PROSE) ??
    fromProse(doc, ORG_DECIDES) ??
    fromProse(doc, ORG_SUBJECT) ??
    fromLabel(doc, ORG_LABEL_2) ??
    signature(doc)
  );
}

// 经县政府研究，决定召开…: the body that decides to hold the meeting.
const ORG_DECIDES = /经\s*([^，。；;,:：经]{2,30}?)\s*(?:研究|同意|批准|审定)+[,，]?\s*(?:决定|定于|拟)/;
// 县爱卫办决定，举办…: the subject of 决定.
const ORG_SUBJECT =
  /(?:^|[，。；;,])\s*([^，。；;,:：]{2,20}?(?:政府|委员会|办公室|办|局|委|厅|处|部|中心|公司|协会|学会|学院|学校|团委|工会))\s*(?:决定|定于|拟定于|将于)[,，]?\s*(?:召开|举办|举行|组织|开展|于)/;
const ORG_END =
  /(?:政府|委员会|办公室|办|局|委|厅|处|部|中心|公司|协会|学会|学院|学校|大学|团委|工会|班|队|院|站|所|会)$/;
const DATE_LINE =
  /^\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$/;

/** The body a notice is signed by: a short name line next to the signing date (落款). */
function signature(doc: PlanDoc): Sourced | undefined {
  const recs = doc.recs;
  for (let i = recs.length - 1; i >= 0; i--) {
    if (!DATE_LINE.test(recs[i]!.text)) continue;
    for (const j of [i - 1, i - 2, i + 1]) {
      const r = recs[j];
      const t = r?.text.trim() ?? '';
      if (r && t.length >= 2 && t.length <= 30 && ORG_END.test(t) && !/[，。；;,:：]/.test(t)) {
        const k = r.text.indexOf(t);
        return { value: t, at: placeOf(r, k, k + t.length) };
      }
    }
  }
  return undefined;
}
