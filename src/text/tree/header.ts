import type { Cell, ColumnRole } from './types.js';

// Words that name a column. Order matters: the first that a header cell contains decides.
const ROLE_WORDS: readonly [RegExp, ColumnRole][] = [
  [/增减|增长|增幅|变动|同比|比上年|减少/, 'change'],
  [/比例|比重|占比|%|百分比|完成率/, 'percent'],
  [/上年|去年|上一年/, 'prior'],
  [/本年|今年|当年/, 'current'],
  [/单价|标准|价格|元\/|费用标准|单位价格/, 'price'],
  [/数量|人数|天数|次数|间数|份数|个数|场次|课时|学时|桌数|台数|批次|期数|晚数|数\s*$/, 'quantity'],
  [/金额|小计|合计|总计|预算|费用|总价|经费|决算|支出|收入|资金|价款|计/, 'amount'],
  [/名称|项目|内容|科目|类别|品名|费用项目|用途|明细|摘要|分类|说明|事项/, 'label'],
];

/**
 * The role of each column named by a header row, or undefined when the row is not a header: a
 * header has no figures in its cells (a year such as 2023年 aside) and names at least two columns.
 *
 * @example
 * ```ts
 * headerRoles(cellsOf(rec, splitCells('项目 | 单价 | 数量 | 金额')!.cells));
 * // ['label', 'price', 'quantity', 'amount']
 * ```
 */
export function headerRoles(cells: readonly Cell[]): ColumnRole[] | undefined {
  let named = 0;
  const roles: ColumnRole[] = [];
  for (const c of cells) {
    const numeric = c.figures.some((f) => f.unit !== '年' && f.unit !== '%' && f.unit !== '月');
    if (numeric && /^\s*[\d.,]+\s*$/.test(c.text)) return undefined;
    let role: ColumnRole = 'other';
    for (const [re, r] of ROLE_WORDS) {
      if (re.test(c.text)) {
        role = r;
        break;
      }
    }
    if (role !== 'other') named++;
    roles.push(role);
  }
  return named >= 2 ? roles : undefined;
}
