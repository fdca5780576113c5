import type { LineRecord } from '../lines.js';
import { clean, type PlanDoc, placeOf, withoutMarker } from './doc.js';
import type { Sourced } from './types.js';

const KINDS = {
  lodging: /住宿|单人单间|单间|标准间|标间|双人间|入住|客房|房间/,
  meals: /就餐|用餐|工作餐|工作午餐|午餐|晚餐|早餐|自助餐|桌餐|伙食|餐饮|宴请|茶歇/,
  vehicles: /车辆|大巴|客车|中巴|用车|接送|班车|交通车|接站|送站/,
  staff:
    /(?:服务员|工作人员|礼仪人员|礼仪小姐|志愿者|安保人员|讲解员|司机|医护人员)\s*\d+\s*(?:名|人)|\d+\s*(?:名|个|位)\s*(?:服务员|工作人员|礼仪|志愿者|安保|讲解员|司机|医护)/,
  materials:
    /席卡|桌签|座签|台签|代表证|工作证|记者证|出席证|嘉宾证|胸卡|胸牌|证件|材料袋|文件袋|会议材料|会议手册|会议指南|笔记本|签到表|签到簿|横幅|横额|背景板/,
} as const;

/** Logistics arrangements the text states, by kind, each as the clause that states it. */
export type Logistics = { [K in keyof typeof KINDS]: Sourced[] };

/**
 * Lodging, meals, vehicles, staff and materials: each clause of the text that arranges one of them
 * (`处级以上单人单间`, `工作午餐`, `大巴车2辆`, `服务员4名`, `代表证`), as written.
 *
 * @example
 * ```ts
 * readLogistics(planDoc('住宿：处级以上单人单间，其余双人标间。')).lodging.length; // 2
 * ```
 */
export function readLogistics(doc: PlanDoc): Logistics {
  const out: Logistics = { lodging: [], meals: [], vehicles: [], staff: [], materials: [] };
  for (const rec of doc.recs) {
    if (rec.text.trim() === '') continue;
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
  return out;
}

function clausesOf(rec: LineRecord): { start: number; end: number }[] {
  const t = rec.text;
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (let i = 0; i < t.length; i++) {
    if (/[。；;，,]/.test(t[i]!)) {
      if (t.slice(from, i).trim()) out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (t.slice(from).trim()) out.push({ start: from, end: t.length });
  return out;
}
