import type { LineRecord } from '../lines.js';
import { clean, type PlanDoc, placeOf } from './doc.js';
import type { Sourced } from './types.js';

/** Nouns that name a meeting or an event. */
export const EVENT =
  /(?:(?:艺术|文化|合唱|音乐|读书|科技|体育|美食|旅游|电影|戏剧)节|工作会议|会议|大会|全会|常委会|培训班|培训会|培训|座谈会|研讨会|推进会|动员会|部署会|表彰会|联席会|发布会|运动会|茶话会|团拜会|联谊会|恳谈会|见面会|说明会|推介会|洽谈会|博览会|展览会|展销会|庆祝会|纪念会|誓师会|总结会|分析会|汇报会|通报会|协调会|评审会|听证会|演唱会|音乐会|联欢会|宴会|晚宴|聚餐|联欢|比拼|开幕式|闭幕式|典礼|庆典|校庆|周年庆|仪式|年会|论坛|峰会|招商会|交流会|报告会|观摩会|现场会|调度会|例会|讲座|分享会|沙龙|路演|[\u4e00-\u9fff]赛|晚会|活动)/;
const EVENT_END = new RegExp(`${EVENT.source}$`);
// What a heading adds to the meeting's name: 关于召开…的通知, …筹备工作方案.
const SUFFIX =
  /(?:的)?(?:筹备|组织|会务|实施|工作|活动|策划|执行|总体|具体|日程|议程)*(?:方案|通知|安排|策划书|计划书|策划|计划|预算|议程|流程|细则|请示|函)(?:[(（].*[)）])?$/;
const NAME_LABEL = /^(?:会议|活动|培训班?|大会|项目|赛事)?名称$/;
// 活动主题：关爱他人,福利院之行, 年会主题：…: near the top, the theme names the event; deep in an
// agenda (主题：如何做一个优秀的志愿者) it names a talk.
const THEME_LABEL = /^(?:活动|会议|大会|年会|晚会|论坛)?主题$/;
const THEME_REACH = 10;

// Words before a meeting's name that are not part of it: 此次, 本次, 审议通过, a list marker.
const LEAD =
  /^(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．:：]\s*|篇[一二三四五六七八九十\d]+[:：]?|第[一二三四五六七八九十\d]+篇\s*[:：]?|此次|本次|这次|一次|该|的|在|于|上午|下午|晚上|今天|明天|近日|日前|各种|各项|召开|举办|举行|组织|开展|审议通过|关于|做好|筹备|参加|出席|根据|按照|围绕)+/;
// A name that is only a generic noun (会议, 团拜活动) names no meeting.
const GENERIC = new RegExp(`^(?:[\u4e00-\u9fff]{0,2}、)?[\u4e00-\u9fff]{0,2}${EVENT.source}$`);

/** The meeting's name a heading or phrase holds, without 关于召开 … 的通知, or undefined. */
export function meetingName(s: string): string | undefined {
  // …的通知 二维码, 筹备方案 打印: page debris after a heading.
  let t = clean(s.replace(/\s+(?:二维码|分享|打印|收藏|关闭|字体|【[^】]*】)+\s*$/, '')).replace(
    /[》”"]$/g,
    '',
  );
  // 济南市科技局办公室关于召开…: the name starts after 关于 and the verb.
  // 当前位置:工作总结 > 2023年秋季运动会: a page's breadcrumb ends where the name begins.
  const crumb = Math.max(t.lastIndexOf('>'), t.lastIndexOf('›'), t.lastIndexOf('»'));
  if (crumb >= 0) t = t.slice(crumb + 1);
  // 2:30----3:00各代表团召集人第一次会议: the time a step of a schedule starts is no part of its name.
  t = t.replace(
    /^\s*(?:上午|下午|晚上|中午)?\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[-—~～至到]+\s*\d{1,2}\s*[:：]\s*\d{2})?\s*/,
    '',
  );
  // 由…共同主办的第五届…合唱节, 下面是小编给大家分享的…: who holds it, or a page's patter, before the name.
  t = t.replace(/^由[^，。；;]{2,40}?(?:共同)?(?:主办|承办|举办|组织)的/, '');
  t = t.replace(/^.*?(?:小编|为大家|给大家|为你|为您)[^，。]{0,12}?(?:分享|整理|准备|收集|推荐)的/, '');
  const about = /关于(?:召开|举办|举行|开展|组织)/.exec(t);
  if (about && about.index > 0) t = t.slice(about.index);
  for (let k = 0; k < 3; k++) t = t.replace(LEAD, '');
  // 大学篮球赛活动策划书怎么写?(三), …方案范文(精选11篇): a page's title around the document's.
  t = t.replace(
    /(?:怎么写|如何写|怎样写|范文|模板|范本|大全|精选)+\s*[?？]?\s*(?:[(（][^)）]*[)）])?\s*$/,
    '',
  );
  // 公司中秋节活动策划: the 活动 is the event, 策划 the document.
  t = t.replace(/活动策划(?:书|方案)?$/, '活动');
  for (let k = 0; k < 3; k++) t = t.replace(SUFFIX, '').replace(/的$/, '');
  t = clean(t);
  // 什么是会议: a question about meetings names none.
  // …作出安排的会议: a description of a kind of meeting names none.
  if (/^(?:什么|如何|怎样|怎么|为什么|为何)/.test(t) || /[?？]/.test(t) || /的(?:会议|活动)$/.test(t))
    return undefined;
  // “五四”表彰大会 keeps its quotes; a quote with no partner is page debris.
  if (/^[“"《]/.test(t) && !/[”"》]/.test(t.slice(1))) t = t.slice(1);
  for (let k = 0; k < 3; k++) t = t.replace(LEAD, '');
  if (t.length < 4 || t.length > 50 || !EVENT_END.test(t) || GENERIC.test(t)) return undefined;
  // 00各代表团会议: digits a name opens with count something (2023年, 第3届, 100周年), or are a clock's.
  if (/^\d+(?![\d.年届周月日号次期批])/.test(t)) return undefined;
  return t;
}

// 组织部 is a department, not the verb 组织. 举行了“国培计划(2015)”…开班典礼: a bracket may sit in the name.
const CALLED = /(?:召开|举办|举行|组织(?!部)|开展)了?([^，。；;,:：]{2,60})/;
// 景德镇陶瓷大学第八届教代会…第五次会议定于2019年4月25日…召开: the subject of 定于 is the meeting.
const SCHEDULED = /([^，。；;,:：\s]{4,50})(?:定于|将于|拟于|计划于)/;
// 第七届先进陶瓷国际研讨会各项准备工作已经基本就绪: a sentence about the event opens with its name.
const SUBJECT_EVENT = new RegExp(
  `(?:^|[。；;!！])\\s*([^，。；;,:：\\s]{4,40}?(?:${EVENT.source}))(?=各项|的筹备|筹备|即将|已经|于\\d|将于)`,
);
// 公布“2010年海峡两岸企业家紫金山峰会”日程: a quoted name of an event.
const QUOTED = /“([^“”]{4,40})”/g;
const NAME_INLINE = /^(?:会议|活动|培训班?|大会)名称\s*/;

/**
 * The meeting's title: a `会议名称：` line, else a heading near the top that names a meeting (its name
 * without 关于召开 … 的通知 or 筹备方案), else the meeting a sentence says is held (`召开全市…工作会议`).
 *
 * @example
 * ```ts
 * readTitle(planDoc('关于召开2023年全市安全生产工作会议的通知'))?.value; // '2023年全市安全生产工作会议'
 * ```
 */
export function readTitle(doc: PlanDoc): Sourced | undefined {
  for (const l of doc.labelled) {
    if (NAME_LABEL.test(l.label) && l.value) {
      const v = clean(l.value);
      return { value: v, at: placeOf(l.rec, l.valueStart, l.valueStart + v.length) };
    }
  }
  const top = doc.recs.filter((r) => r.text.trim() !== '').slice(0, 12);
  for (const rec of top) {
    const t = rec.text.trim().replace(LEAD, '');
    const inline = NAME_INLINE.exec(t);
    if (inline) {
      const v = clean(t.slice(inline[0].length));
      if (v.length >= 4) return at(rec, v);
    }
  }
  for (const rec of top) {
    const t = rec.text.trim();
    if (t.length > 60 || /[。]$/.test(t)) continue;
    // 5、重大项目签约仪式: a line numbered past the first is one part of the event, not its name.
    if (/^(?:[2-9]|\d{2})[、.．]/.test(t)) continue;
    const name = meetingName(t);
    if (name) return fuller(doc, at(rec, name));
  }
  // 土牛国小创校100年校庆筹备委员会: the event a preparatory committee is named after.
  for (const rec of doc.recs.slice(0, 40)) {
    const m =
      /([\u4e00-\u9fff\d“”~]{4,40}?)(?:筹备(?:委员会|工作领导小组|领导小组|小组|组)|(?:工作)?领导小组|组委会|筹委会)/.exec(
        rec.text,
      );
    const name = m ? meetingName(m[1]!.replace(/^.*[、，,:：]/, '')) : undefined;
    if (name) return at(rec, name);
  }
  for (const rec of doc.recs.slice(0, 80)) {
    const s = SCHEDULED.exec(rec.text);
    const name = s ? meetingName(s[1]!) : undefined;
    if (name) return at(rec, name);
    for (const q of rec.text.matchAll(QUOTED)) {
      const name = EVENT_END.test(q[1]!) ? meetingName(q[0]) : undefined;
      if (name) return at(rec, name);
    }
    const subj = SUBJECT_EVENT.exec(rec.text);
    const named = subj ? meetingName(subj[1]!) : undefined;
    if (named && named.length >= 6) return at(rec, named);
    const m = CALLED.exec(rec.text);
    if (!m) continue;
    const called = meetingName(upToEvent(m[1]!.replace(/[(（][^)）]*$/, '')));
    if (called) return at(rec, called);
  }
  // 活动主题：关爱他人,福利院之行: with nothing else naming the event, a theme near the top does; deep in
  // an agenda (主题：如何做一个优秀的志愿者) it names a talk.
  const firstLine = doc.recs.find((r) => r.text.trim() !== '')?.line ?? 1;
  for (const l of doc.labelled) {
    if (THEME_LABEL.test(l.label) && l.value && l.rec.line - firstLine < THEME_REACH) {
      const v = clean(l.value);
      return { value: v, at: placeOf(l.rec, l.valueStart, l.valueStart + v.length) };
    }
  }
  return undefined;
}

/** A phrase cut after its last meeting noun: 全区安全生产工作会议 of 全区安全生产工作会议,总结…. */
function upToEvent(s: string): string {
  const re = new RegExp(EVENT.source, 'g');
  let end = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) end = m.index + m[0].length;
  return end > 0 ? s.slice(0, end) : s;
}

/**
 * A heading often shortens the name the text gives in full (安全生产工作会议 for 全区安全生产工作会议,
 * 开工仪式 for …项目开工仪式): the longest phrase of the first lines that ends with the heading's name.
 */
function fuller(doc: PlanDoc, found: Sourced): Sourced {
  const name = found.value;
  let best = found;
  for (const rec of doc.recs.slice(0, 60)) {
    let k = rec.text.indexOf(name);
    while (k >= 0) {
      let a = k;
      while (a > 0 && a > k - 30 && /[\u4e00-\u9fff\dA-Za-z“”"·]/.test(rec.text[a - 1]!)) a--;
      const v = meetingName(rec.text.slice(a, k + name.length));
      if (v && v.length > best.value.length && v.endsWith(name)) {
        const s = rec.text.indexOf(v, a);
        best = { value: v, at: placeOf(rec, s, s + v.length) };
      }
      k = rec.text.indexOf(name, k + 1);
    }
  }
  return best;
}

function at(rec: LineRecord, name: string): Sourced {
  const k = Math.max(0, rec.text.indexOf(name));
  return { value: name, at: placeOf(rec, k, k + name.length) };
}
