/**
 * Pairs of words that split a whole in two with nothing left over: 男/女, 城镇/农村, 省内/省外,
 * 基本支出/项目支出, 人员经费/公用经费. Two parts named by such a pair are all of their whole, so a
 * shortfall is an error, not a partial list. This is knowledge of the language and of budget
 * accounting (`../shared/GLOSSARY.md`), not of any one document.
 */
const PAIRS: readonly (readonly [string, string])[] = [
  ['男', '女'],
  ['城镇', '农村'],
  ['城市', '农村'],
  ['城镇', '乡村'],
  ['省内', '省外'],
  ['市内', '市外'],
  ['县内', '县外'],
  ['区内', '区外'],
  ['境内', '境外'],
  ['国内', '国外'],
  ['国内', '境外'],
  ['本地', '外地'],
  ['在职', '退休'],
  ['在职', '离退休'],
  ['公办', '民办'],
  ['线上', '线下'],
  ['室内', '室外'],
  ['国税', '地税'],
  ['中央', '地方'],
  ['基本', '项目'],
  ['人员', '公用'],
  ['财政拨款', '其他资金'],
  ['上半年', '下半年'],
  ['已完成', '未完成'],
  ['合格', '不合格'],
];

const escapeWord = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ANY_SIDE = new RegExp(PAIRS.flat().map(escapeWord).join('|'));

/**
 * True when `text` holds a word of some complementary pair: a cheap look before pairing names.
 *
 * @example
 * ```ts
 * mayHoldPair('在省内务工125人'); // true
 * ```
 */
export function mayHoldPair(text: string): boolean {
  return ANY_SIDE.test(text);
}

/**
 * True when two part names differ exactly by the words of a complementary pair: `在省内务工` and
 * `到省外务工`, `人员经费` and `公用经费`.
 *
 * @example
 * ```ts
 * complementary('人员经费', '公用经费'); // true
 * complementary('党员', '女性');         // false
 * ```
 */
export function complementary(a: string, b: string): boolean {
  for (const [x, y] of PAIRS) {
    if (splitsBy(a, b, x, y) || splitsBy(b, a, x, y)) return true;
  }
  return false;
}

/** `a` holds `x` where `b` holds `y`, and the words around them are alike. */
function splitsBy(a: string, b: string, x: string, y: string): boolean {
  const i = a.indexOf(x);
  const j = b.indexOf(y);
  // 不合格 holds 合格: a name with the longer word is not the shorter word's side.
  if (i < 0 || j < 0 || a.includes(y)) return false;
  const restA = a.slice(i + x.length);
  const restB = b.slice(j + y.length);
  // What follows the pair names the thing counted; it must be the same (经费 and 经费; 支出预算 and
  // 支出), or absent.
  return restA.startsWith(restB) || restB.startsWith(restA);
}
