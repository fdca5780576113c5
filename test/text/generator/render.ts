/**
 * A generator of consistent documents in many surface forms, for property tests of the text
 * auditor. A document is a small model (budget lines, attendee groups, shares, a date range); a
 * surface picks how it is written (prose or table, which × sign, how a per-unit is spelt, Simplified
 * or Traditional, full-width digits, Chinese numerals, pinyin glosses, noise between lines). Every
 * figure the renderer writes is computed exactly from the model, so a consistent model must give no
 * mismatch in any surface, and one injected error exactly one.
 */
import { addDays, getISODay } from 'date-fns';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { formatChineseNumber } from '../../../src/text/numerals.js';

export interface Line {
  name: string;
  price: string;
  /** quantities with their units: [40, '间'], [3, '天'] */
  qty: [number, string][];
}

export interface Group {
  name: string;
  count: number;
}

export interface Model {
  title: string;
  lines: Line[];
  groups: Group[];
  shares: { name: string; part: number }[];
  start: Date;
  days: number;
}

export interface Surface {
  layout: 'prose' | 'table';
  times: '×' | '*' | 'x' | '乘以';
  per: 'slash' | 'dot' | 'mei';
  script: 'simplified' | 'traditional';
  fullWidth: boolean;
  chineseCounts: boolean;
  glosses: boolean;
  noise: boolean;
  markers: 'cn' | 'paren' | 'num';
  /** How table cells are separated. */
  cells: ' | ' | '\t' | '   ';
}

/** Where to put one wrong figure. */
export type Injection =
  | { kind: 'none' }
  | { kind: 'line'; index: number; delta: number }
  | { kind: 'total'; delta: number }
  | { kind: 'group-total'; delta: number }
  | { kind: 'weekday'; delta: number };

const NAMES = ['住宿费', '伙食费', '场租费', '资料费', '交通费', '讲课费', '会标制作费', '茶歇费'];
const GROUPS = ['局领导', '各处室负责人', '基层代表', '特邀嘉宾', '工作人员', '新闻记者'];
const QTY_UNITS: readonly [string, string][] = [
  ['间', '天'],
  ['人', '天'],
  ['人', '餐'],
  ['份', ''],
  ['辆', '天'],
  ['场', ''],
];

const amountArb = fc
  .integer({ min: 1, max: 99999 })
  .chain((yuan) => fc.constantFrom(String(yuan), (yuan / 100).toFixed(2), `${yuan}.5`));

/** A consistent model. */
export const modelArb: fc.Arbitrary<Model> = fc.record({
  title: fc.constantFrom('年度工作会议', '业务培训班', '表彰大会'),
  lines: fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 2, maxLength: 6 }).chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc.record({
          name: fc.constant(name),
          price: amountArb,
          qty: fc.constantFrom(...QTY_UNITS).chain(([u1, u2]) =>
            fc.tuple(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 5 })).map(
              ([a, b]) =>
                (u2
                  ? [
                      [a, u1],
                      [b, u2],
                    ]
                  : [[a, u1]]) as [number, string][],
            ),
          ),
        }),
      ),
    ),
  ),
  groups: fc
    .uniqueArray(fc.constantFrom(...GROUPS), { minLength: 2, maxLength: 5 })
    .chain((names) =>
      fc.tuple(
        ...names.map((name) =>
          fc.record({ name: fc.constant(name), count: fc.integer({ min: 1, max: 300 }) }),
        ),
      ),
    ),
  shares: fc
    .uniqueArray(fc.constantFrom('住宿费', '伙食费', '其他费用', '交通费'), { minLength: 2, maxLength: 4 })
    .chain((names) =>
      fc.tuple(
        ...names.map((name) =>
          fc.record({ name: fc.constant(name), part: fc.integer({ min: 1, max: 5000 }) }),
        ),
      ),
    ),
  start: fc
    .date({ min: new Date(2010, 0, 1), max: new Date(2030, 11, 1), noInvalidDate: true })
    .map((d) => new Date(d.getFullYear(), d.getMonth(), d.getDate())),
  days: fc.integer({ min: 1, max: 9 }),
});

export const surfaceArb: fc.Arbitrary<Surface> = fc.record({
  layout: fc.constantFrom('prose', 'table'),
  times: fc.constantFrom('×', '*', 'x', '乘以'),
  per: fc.constantFrom('slash', 'dot', 'mei'),
  script: fc.constantFrom('simplified', 'traditional'),
  fullWidth: fc.boolean(),
  chineseCounts: fc.boolean(),
  glosses: fc.boolean(),
  noise: fc.boolean(),
  markers: fc.constantFrom('cn', 'paren', 'num'),
  cells: fc.constantFrom(' | ' as const, '\t' as const, '   ' as const),
});

export const lineAmount = (l: Line): Decimal =>
  l.qty.reduce((acc, [n]) => acc.times(n), new Decimal(l.price));

let toTraditional: ((s: string) => string) | undefined;

const CN = '一二三四五六七八九十';
function marker(k: number, style: Surface['markers']): string {
  const cn = k < 10 ? CN[k]! : `十${CN[k - 10] ?? ''}`;
  if (style === 'cn') return `${cn}、`;
  if (style === 'paren') return `（${cn}）`;
  return `${k + 1}、`;
}

const WEEK = ['', '一', '二', '三', '四', '五', '六', '日'];
const GLOSS: Readonly<Record<string, string>> = {
  会: 'huì',
  议: 'yì',
  费: 'fèi',
  计: 'jì',
  人: 'rén',
  员: 'yuán',
};

/** A rendered document and the place of every figure an injection may touch. */
export interface Rendered {
  text: string;
  /** 1-based line of each budget line's amount, of the total, of the head-count total, of the weekday. */
  at: { lines: number[]; total: number; groupTotal: number; weekday: number };
}

/**
 * Renders a model in a surface, with one injected error (or none).
 *
 * @example
 * ```ts
 * render(model, surface, { kind: 'total', delta: 100 }).text;
 * ```
 */
export function render(m: Model, s: Surface, inj: Injection = { kind: 'none' }): Rendered {
  const out: string[] = [];
  const at = { lines: [] as number[], total: 0, groupTotal: 0, weekday: 0 };
  const push = (line: string) => {
    out.push(line);
    return out.length;
  };
  const count = (n: number) =>
    s.chineseCounts && s.layout === 'prose' ? formatChineseNumber(BigInt(n)) : String(n);
  const end = addDays(m.start, m.days - 1);
  const y = m.start.getFullYear();
  const md = (d: Date) => `${d.getMonth() + 1}月${d.getDate()}日`;
  const wd = getISODay(m.start);
  const statedWd = inj.kind === 'weekday' ? ((wd - 1 + inj.delta + 70) % 7) + 1 : wd;
  push(`关于召开${y}年${m.title}的通知`);
  at.weekday = push(
    `会议定于${y}年${md(m.start)}（星期${WEEK[statedWd]}）至${md(end)}举行，为期${count(m.days)}天。`,
  );
  if (s.noise) push('');
  push('一、参会人员');
  for (const [k, g] of m.groups.entries()) push(`${marker(k, s.markers)}${g.name}（${count(g.count)}人）；`);
  const heads = m.groups.reduce((n, g) => n + g.count, 0) + (inj.kind === 'group-total' ? inj.delta : 0);
  at.groupTotal = push(`总计：${heads}人。`);
  if (s.noise) push('会议期间请关闭手机，遵守会场纪律。');
  push('二、经费预算');
  let total = new Decimal(0);
  if (s.layout === 'table') {
    const row = (cells: string[]) => cells.join(s.cells);
    push(row(['项目', '单价', '数量', '天数', '金额']));
    m.lines.forEach((l, k) => {
      const amount = lineAmount(l);
      total = total.plus(amount);
      const stated = inj.kind === 'line' && inj.index === k ? amount.plus(inj.delta) : amount;
      const [q1, q2] = l.qty;
      at.lines.push(push(row([l.name, l.price, String(q1![0]), String(q2 ? q2[0] : 1), stated.toFixed()])));
    });
    const sum = total.plus(inj.kind === 'total' ? inj.delta : 0).toFixed();
    at.total = push(s.cells === ' | ' ? `合计 | | | | ${sum}` : row(['合计', sum]));
  } else {
    m.lines.forEach((l, k) => {
      const amount = lineAmount(l);
      total = total.plus(amount);
      const stated = inj.kind === 'line' && inj.index === k ? amount.plus(inj.delta) : amount;
      const units = l.qty.map(([, u]) => u);
      const per =
        s.per === 'slash'
          ? units.map((u) => `/${u}`).join('')
          : s.per === 'dot'
            ? `/${units.join('·')}`
            : units.map((u) => `每${u}`).join('');
      const factors = l.qty.map(([n, u]) => `${n}${u}`).join(s.times);
      at.lines.push(
        push(
          `${marker(k, s.markers)}${l.name}：${l.price}元${per}${s.times}${factors}=${stated.toFixed()}元`,
        ),
      );
    });
    at.total = push(`共计：${total.plus(inj.kind === 'total' ? inj.delta : 0).toFixed()}元`);
  }
  if (s.noise) push('');
  const whole = m.shares.reduce((n, x) => n + x.part, 0);
  const shares = largestRemainder(
    m.shares.map((x) => x.part),
    whole,
  );
  push(`经费构成：${m.shares.map((x, k) => `${x.name}占${shares[k]}%`).join('，')}。`);
  let text = out.join('\n');
  if (s.glosses) text = text.replace(/[会议费计人员]/g, (c) => `${c}(${GLOSS[c]})`);
  if (s.script === 'traditional') {
    toTraditional ??= OpenCC.Converter({ from: 'cn', to: 't' });
    text = toTraditional(text);
  }
  if (s.fullWidth) text = text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  return { text, at };
}

/** Shares to 0.1% that add to exactly 100.0 (largest remainder), so the breakdown is consistent. */
function largestRemainder(parts: number[], whole: number): string[] {
  const tenths = parts.map((p) => new Decimal(p).times(1000).dividedBy(whole));
  const floors = tenths.map((t) => t.floor());
  let left = 1000 - floors.reduce((n, f) => n + f.toNumber(), 0);
  const order = tenths
    .map((t, k) => [t.minus(floors[k]!), k] as const)
    .sort((a, b) => b[0].comparedTo(a[0]) || a[1] - b[1]);
  for (const [, k] of order) {
    if (left <= 0) break;
    floors[k] = floors[k]!.plus(1);
    left--;
  }
  return floors.map((f) => f.dividedBy(10).toFixed(1));
}
