import type { Messages } from '../audit/finding.js';

/** Values a message template may use. */
export type MessageArgs = Record<string, string>;

type Template = (a: MessageArgs) => Messages;

/**
 * Message templates of the budget rules, in English and Chinese. Kept together so a translator sees
 * every sentence at once, and so docs/rules.md can be checked against them.
 *
 * @example
 * ```ts
 * BUDGET_MESSAGES['sum.total']({ expected: '48700', stated: '45000', difference: '-3700', unit: '元' }).zh;
 * ```
 */
export const BUDGET_MESSAGES = {
  'product.line': (a) => ({
    en: `${a.name}: ${a.unitPrice} × ${a.quantity} = ${a.expected} ${a.unit}, but the plan states ${a.stated} (off by ${a.difference}).`,
    zh: `${a.name}：${a.unitPrice}×${a.quantity} 应为 ${a.expected}${a.unit}，写作 ${a.stated}，相差 ${a.difference}。`,
  }),
  'sum.subtotal': (a) => ({
    en: `Subtotal of ${a.name}: its parts add to ${a.expected} ${a.unit}, but the plan states ${a.stated} (off by ${a.difference})${a.cause ?? ''}.`,
    zh: `${a.name}小计：各项相加为 ${a.expected}${a.unit}，写作 ${a.stated}，相差 ${a.difference}${a.causeZh ?? ''}。`,
  }),
  'sum.total': (a) => ({
    en: `Total: the items add to ${a.expected} ${a.unit}, but the plan states ${a.stated} (off by ${a.difference})${a.cause ?? ''}.`,
    zh: `共计：各项相加为 ${a.expected}${a.unit}，写作 ${a.stated}，相差 ${a.difference}${a.causeZh ?? ''}。`,
  }),
  'sum.stated-parts': (a) => ({
    en: `${a.what} is right (${a.expected} ${a.unit}), but the figures stated above it add to ${a.partsSum} because of the wrong line(s) ${a.causes}.`,
    zh: `${a.whatZh}（${a.expected}${a.unit}）正确，但上面写出的各项相加为 ${a.partsSum}，因为 ${a.causes} 有误。`,
  }),
  'stated.rounded': (a) => ({
    en: `${a.what} is stated as ${a.stated}: the exact value ${a.expected} rounded to the places it was written with.`,
    zh: `${a.whatZh}写作 ${a.stated}，是精确值 ${a.expected} 按书写位数四舍五入的结果。`,
  }),
  'stated.placeholder': (a) => ({
    en: `${a.what} is a placeholder (${a.stated || 'blank'}); it cannot be checked.`,
    zh: `${a.whatZh}为占位符（${a.stated || '空白'}），无法核对。`,
  }),
  'stated.approximate': (a) => ({
    en: `${a.what} is approximate (${a.stated}); the exact value is ${a.expected} ${a.unit}, not judged as an error.`,
    zh: `${a.whatZh}为约数（${a.stated}），精确值为 ${a.expected}${a.unit}，不作差错处理。`,
  }),
  'sum.unknown-part': (a) => ({
    en: `${a.what} cannot be checked: the amount of ${a.part} is unknown.`,
    zh: `${a.whatZh}无法核对：${a.part} 的金额未知。`,
  }),
  'item.provisional': (a) => ({
    en: `${a.name}: the quantity is provisional (数量暂定); the amount may change.`,
    zh: `${a.name}：数量暂定，金额可能变化。`,
  }),
  'budget.empty': () => ({
    en: 'The budget has no items; its total is 0.',
    zh: '预算中没有任何项目，合计为 0。',
  }),
  'budget.per-person': (a) => ({
    en: `Per-person figures are not given: the head count is ${a.headCount}.`,
    zh: `人数为 ${a.headCount}，无法计算人均费用。`,
  }),
  'input.unknown-field': (a) => ({
    en: `Unknown field "${a.key}" was ignored; check its spelling.`,
    zh: `未知字段“${a.key}”已忽略，请检查拼写。`,
  }),
} satisfies Record<string, Template>;

/** Rule ids of budget audits. */
export type BudgetRule = keyof typeof BUDGET_MESSAGES;
