import { Dec } from '../../decimal/dec.js';
import type { Figure } from '../figures.js';
import { addQ, exact, type Quantity, quantityOf } from '../interval.js';
import { type LineRecord, labelBefore } from '../lines.js';
import { clauses, sentencesOf } from '../tree/sentences.js';
import type { Segment } from '../tree/types.js';
import { newClaim } from './claims.js';
import { complementary, mayHoldPair, namedByWhole, partitionOf, partitionPrefix } from './complements.js';
import { figuresIn, NEAR } from './find.js';
import type { RuleContext, RuleExamples, TextRule } from './types.js';
import { bracketDepth, familyOf, type UnitFamily } from './units.js';
import { decide, type Placed } from './verdict.js';

// Words that open an enumeration of a whole's parts.
const OPENERS =
  /(?<=在[^,，。]{1,24})中[,，:：]|其中[,，:：]?|分别为|分别是|分别|包括[:：]?|包含[:：]?|分为[:：]?/g;
/** A cheap look for an enumeration's opener before the regular expression runs. */
const mayEnumerate = (t: string): boolean =>
  t.includes('其中') ||
  t.includes('分别') ||
  t.includes('包括') ||
  t.includes('包含') ||
  t.includes('分为') ||
  (t.includes('在') && t.includes('中'));
const AVERAGE = /人均|户均|平均|均价|单价|每|比重|比例|增长|增速/;
// Words of a period or a cumulative figure: never added to figures of another period.
const PERIOD = /累计|上半年|下半年|一季度|前三季度|[1-9１-９]-[0-9]{1,2}月|全年|同比|去年|上年/;

interface Part extends Placed {
  head: string;
}

/**
 * The longest ending all labels share: the noun that says what is counted (项目, 组, 人员). Empty
 * when the parts name different kinds of thing (党员, 女性) and may overlap.
 */
export function commonEnding(labels: readonly string[]): string {
  const ls = labels.map((l) => l.replace(/[的之]$/, ''));
  if (ls.length === 0) return '';
  let n = 0;
  for (;;) {
    const c = ls[0]!.charAt(ls[0]!.length - 1 - n);
    if (c === '' || !ls.every((l) => l.length > n && l.charAt(l.length - 1 - n) === c)) break;
    n++;
  }
  return ls[0]!.slice(ls[0]!.length - n);
}

const ROLE_END =
  /(?:代表|委员|工作人员|列席人员|特邀人员|嘉宾|记者|领导|学员|选手|运动员|裁判员|志愿者|服务人员|教练员|评委)$/;
const ATTRIBUTE = /女|男|党员|少数民族|以上|以下|学历|大专|本科|研究生|岁|年龄|退休|在职|新任|连任|骨干|优秀/;

/**
 * Parts count the same kind of thing when their names end alike in two characters or more (竣工项目,
 * 在建项目), or end with what the whole's name ends with (种植业收入 … of 总收入). One shared character
 * (销售额, 营业额) is too little: they may be other measures than the whole's parts.
 */
function sameKind(labels: readonly string[], whole: string): boolean {
  const parts = commonEnding(labels);
  if (parts.length >= 2) return true;
  // 代表, 工作人员, 列席人员: roles at a meeting are disjoint; 女性, 党员, 大专以上 are attributes that overlap.
  if (labels.length >= 2 && labels.every((l) => ROLE_END.test(l) && !ATTRIBUTE.test(l))) return true;
  return parts.length >= 1 && commonEnding([...labels, whole]).length >= 2;
}

/**
 * Bare names of kinds (油菜, 蔬菜, 花卉): short, with no attribute that could cut across them (女,
 * 党员, 大专以上) and no verb or qualifier. Kinds named so, in brackets after their whole, are its
 * breakdown, and do not overlap.
 */
function plainKinds(labels: readonly string[]): boolean {
  return (
    labels.length >= 3 &&
    labels.every((l) => /^[\u4e00-\u9fff]{1,4}$/.test(l) && !ATTRIBUTE.test(l) && !/[是有为占]/.test(l))
  );
}

/** The last two characters of a label: the noun that says what is counted (项目, 人员, 经费). */
function headOf(label: string): string {
  const t = label.replace(/[的之]$/, '');
  return t.slice(-2);
}

/**
 * The whole an enumeration opened at `at` belongs to: the last figure before it in the same
 * sentence, or `在30337个专业技术人员中` style.
 */
const CHANGE_BEFORE = /(?:增加|减少|增长|下降|提高|降低|新增|净增|减|增)了?\s*$/;

function wholeBefore(rec: LineRecord, start: number, at: number): Figure | undefined {
  let w: Figure | undefined;
  for (const f of figuresIn(rec, Math.max(start, at - NEAR), at)) {
    if (f.start < start || f.end > at) continue;
    // 常住人口94.9万人,比上年末增加0.1万人,其中…: a change is not the whole the parts make up.
    if (CHANGE_BEFORE.test(rec.text.slice(Math.max(0, f.start - 6), f.start))) continue;
    if (familyOf(f) && !f.every) w = f;
  }
  return w;
}

interface FoundPart extends Part {
  ambiguous: boolean;
}

/**
 * The whole, in the sentence `prev`, of the parts in `[from, to)`: the only figure of their family
 * whose name holds the noun the parts' names end with (收入 of 国税收入, 地税收入).
 */
function wholeByNoun(
  rec: LineRecord,
  prev: { start: number; end: number },
  from: number,
  to: number,
): { whole: Figure; family: UnitFamily; parts: FoundPart[] } | undefined {
  let found: { whole: Figure; family: UnitFamily; parts: FoundPart[] } | undefined;
  for (const f of figuresIn(rec, Math.max(prev.start, prev.end - NEAR), prev.end)) {
    if (!familyOf(f) || f.every) continue;
    const family = wholeFamily(rec.text, f)!;
    const parts = partsIn(rec, from, to, family);
    if (parts.length < 2) continue;
    const noun = commonEnding(parts.map((p) => p.label ?? '')).slice(-2);
    if (noun.length < 2 || !labelBefore(rec.text, f.start).includes(noun)) continue;
    if (found) return undefined;
    found = { whole: f, family, parts };
  }
  if (!found) return undefined;
  // 立案799件。其中:集体提案133件,个人提案666件;…经济建设方面290件…: the first parts already make
  // another figure of that sentence, so the list classifies something else, and more than once.
  const others = figuresIn(rec, Math.max(prev.start, prev.end - NEAR), prev.end);
  const sums = prefixSums(found.parts);
  if (others.some((f) => f.value && sums.some((x) => x.eq(f.value!)))) return undefined;
  return found;
}

/**
 * The sums of the first 2, 3, … n−2 parts: those a second classification (two parts or more) could
 * follow.
 */
function prefixSums(parts: readonly FoundPart[]): Dec[] {
  const out: Dec[] = [];
  let sum = new Dec(0);
  for (let i = 0; i + 2 < parts.length; i++) {
    const v = parts[i]!.fig.value;
    if (!v) return out;
    sum = sum.plus(v);
    if (i >= 1) out.push(sum);
  }
  return out;
}

const PEOPLE_NOUN =
  /^[\u4e00-\u9fff]{0,6}?(人员|人才|职工|员工|干部|教师|学生|代表|党员|农民|居民|工人|医生|护士|学员|选手|委员)/;

/** 30337个专业技术人员: a count in 个 of people is a head count. */
function wholeFamily(text: string, f: Figure): UnitFamily | undefined {
  const fam = familyOf(f);
  if ((f.unit === '个' || f.unit === '名') && PEOPLE_NOUN.test(text.slice(f.end, f.end + 10)))
    return 'people';
  return fam;
}

/**
 * A part's name: the words before it, or, for `工程技术人员较多,有7518人`, the clause before (from
 * `prev`, where that clause starts).
 */
function partLabel(text: string, f: Figure, from: number, prev = from): string {
  const own = labelBefore(text, f.start).replace(/^(有|为|达|是|共|计|约)$/, '');
  if (own.length >= 2) return own;
  let before = text.slice(from, f.start).replace(/[,，]?\s*(有|为|达|是|共|计|约)?\s*$/, '');
  if (before === '' && prev < from) before = text.slice(prev, from).replace(/[,，;；\s]+$/, '');
  const m = /([\u4e00-\u9fff]{2,12})[^\u4e00-\u9fff]*$/.exec(before.split(/[,，;；]/)[0] ?? '');
  return m ? m[1]!.replace(/(较多|较少|最多|最少)$/, '') : own;
}

/**
 * The pieces of a clause that hold one part each: the clause itself, or, for
 * `农村支部5个、机关支部2个、学校支部1个`, its 、-separated pieces when each holds exactly one figure.
 */
function piecesOf(text: string, cl: { start: number; end: number }, figs: readonly Figure[]) {
  if (figs.length < 2) return [{ start: cl.start, figs }];
  const cuts: number[] = [];
  for (let i = 0; i + 1 < figs.length; i++) {
    const gap = text.slice(figs[i]!.end, figs[i + 1]!.start);
    const k = gap.search(/[、]/);
    if (k < 0) return [{ start: cl.start, figs }];
    cuts.push(figs[i]!.end + k + 1);
  }
  return figs.map((f, i) => ({ start: i === 0 ? cl.start : cuts[i - 1]!, figs: [f] }));
}

/** One part per clause of `[from, to)`: its first figure of the family, outside brackets. */
function partsIn(
  rec: LineRecord,
  from: number,
  to: number,
  family: UnitFamily,
  itemOfList = false,
): FoundPart[] {
  const text = rec.text;
  const depth = bracketDepth(rec);
  const out: FoundPart[] = [];
  // A whole that is itself one item of a ；-list (…增长2.7%;第二产业265.8亿元,其中工业212.2亿元;第三产业…)
  // has its parts before the next ；: what follows is its sibling.
  let end = to;
  if (itemOfList) {
    const semi = text.slice(from, to).search(/[;；]/);
    if (semi >= 0) end = from + semi;
  }
  let prev = from;
  for (const cl of clauses(text, { start: from, end })) {
    const figs = figuresIn(rec, cl.start, cl.end).filter(
      (f) => depth[f.start] === depth[from] && familyOf(f) === family && !f.every,
    );
    if (figs.length === 0) {
      prev = cl.start;
      continue;
    }
    for (const piece of piecesOf(text, cl, figs)) {
      const f = piece.figs[0]!;
      const label = partLabel(text, f, piece.start, prev);
      out.push({ fig: f, rec, label, head: headOf(label), ambiguous: piece.figs.length > 1 });
    }
    prev = cl.start;
  }
  return out;
}

/** A part's name as its clause gives it, for matching a partition (因公出国(境)费: past the bracket). */
function partitionName(rec: LineRecord, p: FoundPart): string {
  return (
    rec.text
      .slice(Math.max(0, p.fig.start - 24), p.fig.start)
      .split(/[,，;；、:：]/)
      .pop() ?? ''
  );
}

/** Parts listed on the lines below `其中:`, one per line, until a line that is not one. */
function partsBelow(ctx: RuleContext, last: Segment, family: UnitFamily): FoundPart[] {
  const out: FoundPart[] = [];
  let skipped = 0;
  for (const seg of ctx.segmentsAfter(last)) {
    const t = seg.line.text.slice(seg.start, seg.end);
    const f = seg.figures.find((x) => familyOf(x) === family && !x.every);
    if (f && f.start - seg.start <= 24 && !/其中|合计|共计|总计/.test(t.slice(0, f.start - seg.start))) {
      // A wrapped paragraph may hold several of the parts, one per clause.
      out.push(...partsIn(seg.line, seg.start, seg.end, family));
      skipped = 0;
      if (out.length >= 12) break;
      continue;
    }
    if (seg.marker || ++skipped > 2) break;
  }
  return out;
}

/**
 * `sum.parts`: a stated whole and the parts that 其中 (分别, 包括) enumerates after it, within its
 * sentence: `续建项目45个,其中竣工项目20个,在建项目15个,新开工项目8个`. The parts are figures of the
 * whole's unit, one per clause, outside brackets; a part's own breakdown (含…) is not a part. The
 * parts must name the same kind of thing (their labels end in the same noun), or they may overlap
 * (党员, 女性) and the check is uncheckable. Two parts that fall short of the whole may be a partial
 * list: uncheckable too; three or more, or parts that exceed the whole, are a mismatch.
 */
export const enumeratedParts: TextRule = {
  name: 'enumerated-parts',
  emits: ['sum.parts'],
  summary: 'A whole equals the parts that 其中 (分别, 包括) enumerates after it.',
  check(ctx) {
    if (ctx.block.kind !== 'paragraph') return;
    const block = ctx.block;
    const rec = block.line;
    const text = rec.text;
    checkPairs(ctx, rec);
    // Most paragraphs enumerate nothing: a cheap look before the regular expression.
    if (!mayEnumerate(text)) {
      checkBracketed(ctx, rec);
      return;
    }
    const depth = bracketDepth(rec);
    const sents = sentencesOf(rec);
    for (let si = 0; si < sents.length; si++) {
      const sent = sents[si]!;
      const body = text.slice(sent.start, sent.end);
      OPENERS.lastIndex = 0;
      const m = OPENERS.exec(body);
      if (!m) continue;
      const at = sent.start + m.index;
      if (depth[at]! > 0) continue;
      // 主要包括, 重点包括: the list says it is not all of the whole.
      if (/(主要|重点|部分|一般|大致)$/.test(text.slice(Math.max(sent.start, at - 2), at))) continue;
      let whole = wholeBefore(rec, sent.start, at);
      let family = whole ? wholeFamily(text, whole) : undefined;
      const itemOfList = whole !== undefined && /[;；]/.test(text.slice(sent.start, whole.start));
      let parts = family ? partsIn(rec, at + m[0].length, sent.end, family, itemOfList) : [];
      if (
        parts.length === 0 &&
        whole &&
        family &&
        text.slice(at + m[0].length, sent.end).trim().length <= 2
      ) {
        // 其中: at the end of its line, the parts are the lines below.
        parts = partsBelow(ctx, block.segments[block.segments.length - 1]!, family);
      }
      if (!whole && text.slice(sent.start, at).trim() === '' && si > 0) {
        // 。其中…: the whole is in the sentence before, named as the parts name it (到位资金).
        const prev = sents[si - 1]!;
        // The last few figures of that sentence: the whole is named right before the 其中.
        for (const f of figuresIn(rec, prev.start, prev.end).slice(-5)) {
          if (!familyOf(f) || f.every) continue;
          const fam = wholeFamily(text, f)!;
          const ps = partsIn(rec, at + m[0].length, sent.end, fam);
          const label = labelBefore(text, f.start);
          if (
            ps.length >= 2 &&
            label.length >= 2 &&
            ps.every((p) => (p.label ?? '').endsWith(label) || label.endsWith(p.label ?? '\u0000'))
          ) {
            whole = f;
            family = fam;
            parts = ps;
          }
        }
        if (!whole) {
          // …财税总收入累计完成419万元,为全年任务740万元的56.6%。其中国税收入70万元…地税收入375万元: the
          // one figure of that sentence whose name holds the noun the parts share (收入) is their whole.
          const found = wholeByNoun(rec, prev, at + m[0].length, sent.end);
          if (found) ({ whole, family, parts } = found);
        }
        if (!whole) {
          // …国民生产总值4558万元。其中:第一产业2228万元,第二产业1285万元,第三产业1055万元: parts that
          // are a known partition (the three industries) are all of the figure right before the 其中.
          // Not a change (较上年减少0.5万元): the amount it changes.
          const last = wholeBefore(rec, prev.start, prev.end);
          if (last) {
            const fam = wholeFamily(text, last)!;
            const ps = partsIn(rec, at + m[0].length, sent.end, fam);
            const k = partitionPrefix(ps.map((p) => partitionName(rec, p)));
            if (k >= 2) {
              whole = last;
              family = fam;
              parts = ps.slice(0, k);
            }
          }
        }
      }
      if (!whole?.value || !family || parts.length < 2) continue;
      // 第一产业…,第二产业…,第三产业…,财政收入108万元: a partition is all of the whole; what follows it in
      // the sentence is another figure.
      const k = partitionPrefix(parts.map((p) => partitionName(rec, p)));
      if (k >= 2 && k < parts.length) parts = parts.slice(0, k);
      // 一批, 一个: a Chinese 一 before a measure word is an article, not a count.
      if ([whole, ...parts.map((p) => p.fig)].some((f) => f.chinese && f.value?.eq(1))) continue;
      // Averages and prices (人均, 平均, 单价) of parts do not add up to the whole's.
      if ([whole, ...parts.map((p) => p.fig)].some((f) => AVERAGE.test(labelBefore(text, f.start)))) continue;
      judgeParts(
        ctx,
        rec,
        text,
        sent.end,
        whole,
        parts,
        parts.some((p) => p.ambiguous),
      );
    }
    checkBracketed(ctx, rec);
  },
};

/** What {@link enumeratedParts} accepts and reports: its examples, run by the tests and shown in docs/rules.md. */
export const enumeratedPartsExamples: RuleExamples = {
  ok: [
    // The whole is the figure the change follows, not the change.
    {
      text: '年末常住人口94.9万人,比上年末增加0.1万人,其中城镇人口41.4万人,乡村人口53.5万人。',
      findings: [{ rule: 'sum.parts', verdict: 'match', stated: '949000', expected: '949000' }],
    },
    {
      text: '全年共引进项目9个,其中已开工项目6个,签约项目2个,在谈项目1个。',
      findings: [{ rule: 'sum.parts', verdict: 'match', stated: '9', expected: '9' }],
    },
    {
      text: '全年立案80件,其中集体提案30件,个人提案50件,经济类提案45件,社会类提案35件。',
      findings: [{ rule: 'sum.parts', verdict: 'uncheckable', stated: '80' }],
    },
    // 女代表 is an attribute of 代表, not a third role: the parts may overlap.
    {
      text: '参会人员共计120人,其中:代表100人,女代表30人,工作人员15人。',
      findings: [{ rule: 'sum.parts', verdict: 'uncheckable', stated: '120' }],
    },
    // 女运动员 and 男运动员 are all of the 运动员; the 代表团 holds more than its 运动员.
    {
      text: '中国体育代表团总人数为777人,包括女运动员298人、男运动员133人。',
      findings: [{ rule: 'sum.parts', verdict: 'uncheckable', stated: '777' }],
    },
    // 女生 and 党员 may be the same pupils: attributes, not kinds.
    {
      text: '在校学生900人(其中:女生430人、党员120人、团员500人)。',
      findings: [{ rule: 'sum.parts', verdict: 'uncheckable', stated: '900' }],
    },
  ],
  notOk: [
    {
      text: '全年完成其他农作物种植6675亩(其中:油菜1830亩、蔬菜3850亩、花卉745亩、草莓280亩)。',
      findings: [{ rule: 'sum.parts', verdict: 'mismatch', stated: '6675', expected: '6705' }],
    },
    {
      text: '全年共向省财政厅和市财政局争取资金5620万元。其中,市财政局安排资金2340万元,省财政厅安排资金3300万元。',
      findings: [{ rule: 'sum.parts', verdict: 'mismatch', stated: '56200000', expected: '56400000' }],
    },
    {
      text: '续建项目45个,其中竣工项目20个,在建项目15个,新开工项目8个。',
      findings: [{ rule: 'sum.parts', verdict: 'mismatch', stated: '45', expected: '43' }],
    },
    {
      text: '全县有卫生院9个,其中中心卫生院3个、乡镇卫生院4个、社区卫生院3个。',
      findings: [{ rule: 'sum.parts', verdict: 'mismatch', stated: '9', expected: '10' }],
    },
    {
      text: '参会人员共计120人,其中:代表100人,工作人员15人,列席人员6人。',
      findings: [{ rule: 'sum.parts', verdict: 'mismatch', stated: '120', expected: '121' }],
    },
    {
      text: '全村外出务工人员310人,在县内务工140人,到县外务工150人。',
      findings: [{ rule: 'sum.parts', verdict: 'mismatch', stated: '310', expected: '290' }],
    },
    {
      text: '三公经费支出25.6万元,其中:因公出国(境)费3万元,公务用车购置及运行维护费15.2万元,公务接待费6.4万元。',
      findings: [{ rule: 'sum.parts', verdict: 'mismatch', stated: '256000', expected: '246000' }],
    },
    // 车辆运行费 is the 公务用车 of the three 三公 funds.
    {
      text: '“三公”经费合计31.23万元,其中:公务接待费1.58万元,车辆运行费28.91万元,因公出国(境)费0万元。',
      findings: [{ rule: 'sum.parts', verdict: 'mismatch', stated: '312300', expected: '304900' }],
    },
    // The three industries are all of a product; the figure after them is another one.
    {
      text: '全乡实现国民生产总值4558万元。其中:第一产业2228万元,第二产业1285万元,第三产业1055万元,财政收入108万元。',
      findings: [{ rule: 'sum.parts', verdict: 'mismatch', stated: '45580000', expected: '45680000' }],
    },
    {
      text: '基本支出120.5万元,其中:人员经费80.2万元,公用经费30.3万元。',
      findings: [{ rule: 'sum.parts', verdict: 'mismatch', stated: '1205000', expected: '1105000' }],
    },
    {
      text: '上半年全镇财税收入完成520万元,为全年任务的60%。其中国税收入200万元;地税收入300万元。',
      findings: [{ rule: 'sum.parts', verdict: 'mismatch', stated: '5200000', expected: '5000000' }],
    },
  ],
};

/**
 * `5832件(小学生组3306件、中学生组543件、…)`: a breakdown in brackets right after its whole, parts joined
 * by 、 or ，, names the whole's parts (a list that only picks some says 其中 or 等).
 */
function checkBracketed(ctx: RuleContext, rec: LineRecord): void {
  const text = rec.text;
  for (const whole of rec.figures) {
    const open = text[whole.end];
    if ((open !== '(' && open !== '（') || !whole.value) continue;
    const family = wholeFamily(text, whole);
    if (!family) continue;
    const close = text.slice(whole.end + 1).search(/[)）]/);
    if (close < 0) continue;
    let inner = text.slice(whole.end + 1, whole.end + 1 + close);
    // (其中:油菜1830亩、蔬菜3850亩…): the list may name only some of the parts.
    const opener = /^其中[:：,，]?/.exec(inner)?.[0] ?? '';
    inner = inner.slice(opener.length);
    if (/其中|等|含|包括|以上|约|多/.test(inner) || /[(（]/.test(inner)) continue;
    const from = whole.end + 1 + opener.length;
    const to = from + inner.length;
    const parts: FoundPart[] = [];
    let ambiguous = false;
    let at = from;
    for (const piece of inner.split(/[、,，;；]/)) {
      const start = at;
      at += piece.length + 1;
      if (piece.trim() === '') continue;
      const figs = figuresIn(rec, start, start + piece.length).filter(
        (f) => familyOf(f) === family && !f.every,
      );
      if (figs.length === 0) return;
      if (figs.length > 1) {
        ambiguous = true;
        continue;
      }
      const label = labelBefore(text, figs[0]!.start);
      parts.push({ fig: figs[0]!, rec, label, head: headOf(label), ambiguous: false });
    }
    if (parts.length < 2 || parts[parts.length - 1]!.fig.end > to) continue;
    const claim = newClaim('sum', 'sum.parts', rec, whole.start, whole);
    let value: Quantity | undefined = exact(new Dec(0));
    for (const p of parts) {
      const q = quantityOf(p.fig, true);
      value = value && q ? addQ(value, q) : undefined;
    }
    decide(claim, whole, true, [{ value, operands: parts, how: 'the breakdown in brackets' }]);
    const labels = parts.map((p) => p.label ?? '');
    const pair = (parts.length === 2 && complementary(labels[0]!, labels[1]!)) || partitionOf(labels);
    const same = pair || commonEnding(labels) !== '' || plainKinds(labels);
    const short = value !== undefined && whole.value.gt(value.value);
    const remainder = labels.some((l) => /其他|其它|其余|另有|剩余/.test(l));
    if (claim.verdict === 'mismatch') {
      let why: string | undefined;
      if (ambiguous) why = 'a part states more than one figure';
      else if (!same) why = 'the parts name different things and may overlap';
      else if (opener && short && !remainder && !pair) why = 'the parts may be only some of the whole';
      if (why) {
        claim.verdict = 'uncheckable';
        claim.reason = why;
        delete claim.difference;
      }
    }
    ctx.claim(claim);
  }
}

/**
 * `外出务工295人,在省内务工125人,到省外务工47人`: a whole followed, with no 其中, by the two sides of a
 * complementary pair that name what the whole counts (务工). The pair is all of the whole.
 */
function checkPairs(ctx: RuleContext, rec: LineRecord): void {
  const text = rec.text;
  if (rec.figures.length < 3 || !mayHoldPair(text)) return;
  const depth = bracketDepth(rec);
  for (const sent of sentencesOf(rec)) {
    const figs = figuresIn(rec, Math.max(sent.start, sent.end - NEAR), sent.end).filter(
      (f) => depth[f.start] === 0 && familyOf(f) && !f.every && f.value,
    );
    for (let k = 0; k + 2 < figs.length; k++) {
      const [whole, a, b] = [figs[k]!, figs[k + 1]!, figs[k + 2]!];
      const family = wholeFamily(text, whole);
      if (familyOf(a) !== family || familyOf(b) !== family) continue;
      // A third figure of the family right after is a third part, or another list.
      if (figs[k + 3] && familyOf(figs[k + 3]!) === family) continue;
      const between = text.slice(whole.end, a.start);
      if (/其中|分别|包括|包含|分为/.test(between)) continue;
      // …乡村人口57920人;男性人口57753人,女性人口54882人: a figure one ；-item before the pair is
      // another item, not the pair's whole.
      if (/[;；]/.test(between)) continue;
      const la = partLabel(text, a, a.start - labelBefore(text, a.start).length);
      if (!mayHoldPair(la)) continue;
      const lb = partLabel(text, b, b.start - labelBefore(text, b.start).length);
      if (!complementary(la, lb)) continue;
      const noun = commonEnding([la, lb]).slice(-2);
      if (noun.length < 2 || !labelBefore(text, whole.start).includes(noun)) continue;
      const parts: FoundPart[] = [a, b].map((fig, i) => {
        const label = i === 0 ? la : lb;
        return { fig, rec, label, head: headOf(label), ambiguous: false };
      });
      judgeParts(ctx, rec, text, sent.end, whole, parts, false);
    }
  }
}

/** The parts' own shares (占总收入的66% …) add to less than 100%: the list may be incomplete. */
function sharesShort(rec: LineRecord, from: number, to: number): boolean {
  let sum = new Dec(0);
  let n = 0;
  for (const f of figuresIn(rec, from, to)) {
    if (
      f.unit !== '%' ||
      !f.value ||
      !/占[^,，;；。]{0,12}$/.test(rec.text.slice(Math.max(0, f.start - 14), f.start))
    )
      continue;
    sum = sum.plus(f.value);
    n++;
  }
  // Nominally short of 100% (98.6%): rounding may explain it, but so may a part left out; a false
  // alarm costs more than a miss.
  return n >= 2 && sum.lt(100);
}

/** The longest ending two names share: 女运动员, 男运动员 → 运动员. */
function commonSuffix(a: string, b: string): string {
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return a.slice(a.length - k);
}

function judgeParts(
  ctx: RuleContext,
  rec: LineRecord,
  text: string,
  sentEnd: number,
  whole: Figure,
  parts: FoundPart[],
  ambiguous: boolean,
): void {
  const claim = newClaim('sum', 'sum.parts', rec, whole.start, whole);
  let value: Quantity | undefined = exact(new Dec(0));
  for (const p of parts) {
    const q = quantityOf(p.fig, true);
    value = value && q ? addQ(value, q) : undefined;
  }
  decide(claim, whole, true, [{ value, operands: parts, how: 'the parts after 其中' }]);
  if (claim.verdict === 'mismatch') {
    const short = value !== undefined && whole.value!.gt(value.value);
    const heads = new Set(parts.map((p) => p.head));
    const wholeLabel = labelBefore(text, whole.start);
    const wholePeriod = PERIOD.exec(wholeLabel)?.[0];
    // A part of another period than its whole (累计, 1-6月 under a yearly figure) is not its part.
    const periods = new Set(
      parts.map((p) => PERIOD.exec(p.label ?? '')?.[0] ?? wholePeriod).filter((x) => x !== wholePeriod),
    );
    const wholeHead = headOf(wholeLabel);
    const remainder = parts.some((p) => /其他|其它|其余|另有|剩余/.test(p.label ?? ''));
    const lastPart = parts[parts.length - 1]!;
    const etc = lastPart.rec === rec && /等[^\d]{0,6}$/.test(text.slice(lastPart.fig.end, sentEnd));
    // 人员经费 and 公用经费, 省内 and 省外: two parts that split their whole with nothing left over.
    // A label may stop at a bracket (因公出国(境)费 → 费): the partition is read from the clause.
    const clauseNames = parts.map(
      (p) =>
        p.rec.text
          .slice(Math.max(0, p.fig.start - 24), p.fig.start)
          .split(/[,，;；、:：]/)
          .pop() ?? '',
    );
    const pair =
      (parts.length === 2 && complementary(parts[0]!.label ?? '', parts[1]!.label ?? '')) ||
      partitionOf(clauseNames) ||
      namedByWhole(
        wholeLabel,
        parts.map((p) => p.label ?? ''),
      );
    // 代表团总人数777人,包括女运动员298人、男运动员133人: a pair that splits 运动员 is all of the
    // 运动员, and the whole, named otherwise, may hold more than them.
    const split = parts.length === 2 ? commonSuffix(parts[0]!.label ?? '', parts[1]!.label ?? '') : '';
    // Only a split by sex says so: 人员经费 and 公用经费 are all of a 基本支出 named otherwise.
    const bySex = parts.every((p) => /[男女]$/.test((p.label ?? '').slice(0, -split.length || undefined)));
    const ofAnother =
      short &&
      split.length >= 2 &&
      bySex &&
      complementary(parts[0]!.label ?? '', parts[1]!.label ?? '') &&
      !wholeLabel.includes(split);
    let why: string | undefined;
    if (ambiguous) why = 'a part states more than one figure';
    else if (ofAnother) why = `the parts split the ${split}, and the whole may hold more than them`;
    else if (prefixSums(parts).some((x) => x.eq(whole.value!)))
      why = 'the first parts already make the whole: the list classifies it more than once';
    else if (
      !pair &&
      !sameKind(
        parts.map((p) => p.label ?? ''),
        wholeLabel,
      )
    )
      why = 'the parts name different things and may overlap';
    else if (etc) why = 'the list ends with 等: it may not be all of the whole';
    else if (short && !remainder && !pair && (parts.length < 3 || !heads.has(wholeHead)))
      why = 'the parts may be only some of the whole';
    else if (short && !remainder && sharesShort(rec, parts[0]!.fig.start, sentEnd))
      why = 'the shares of the parts add to less than 100%: a part is left out';
    else if (periods.size > 0) why = 'the figures are of different periods';
    if (why) {
      claim.verdict = 'uncheckable';
      claim.reason = why;
      delete claim.difference;
    }
  }
  ctx.claim(claim);
}
