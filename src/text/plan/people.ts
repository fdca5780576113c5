import { clean, type PlanDoc, placeOf } from './doc.js';
import type { Sourced } from './types.js';

const HOST_LABEL = /^(?:会议|大会|活动|会议主持|大会主持)?主持(?:人)?$/;
const HOST_PROSE = /由\s*([^，。；;,:：由]{2,24}?)\s*主持(?!人)/;
const ORG_LABEL = /^(?:主办|主办单位|主办方|举办单位|组织单位|牵头单位|召集单位)$/;
const ORG_LABEL_2 = /^(?:承办|承办单位|承办方)$/;
const ORG_PROSE = /由\s*([^，。；;,:：由]{2,30}?)\s*(?:主办|召开|举办|组织召开)/;

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
  return fromLabel(doc, ORG_LABEL) ?? fromProse(doc, ORG_PROSE) ?? fromLabel(doc, ORG_LABEL_2);
}
