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

/**
 * Sets of names that make up a whole between them, from budget accounting: the 三公 funds are
 * 因公出国（境）费, 公务用车购置及运行维护费 and 公务接待费; 公务用车 is 购置 and 运行维护. From national
 * accounts: the three industries (三次产业) are all of a product or an employment.
 */
const PARTITIONS: readonly (readonly RegExp[])[] = [
  [/因公出国|出国[(（]境[)）]/, /公务用车|公车|车辆(?:购置|运行)/, /公务接待|接待费/],
  [/(?:公务用车|车辆)购置/, /(?:公务用车|车辆)运行/],
  [/(?:第|^)一产/, /(?:第|^)二产/, /(?:第|^)三产/],
];

/**
 * The length of the longest run of `labels`, from the first, that is exactly a known partition, or
 * 0: `第一产业, 第二产业, 第三产业, 财政收入` → 3 (财政收入 is another figure, not a fourth part).
 *
 * @example
 * ```ts
 * partitionPrefix(['第一产业', '第二产业', '第三产业', '财政收入']); // 3
 * partitionPrefix(['公务接待费', '会议费']); // 0
 * ```
 */
export function partitionPrefix(labels: readonly string[]): number {
  for (const members of PARTITIONS) {
    const n = members.length;
    if (labels.length >= n && partitionOf(labels.slice(0, n))) return n;
  }
  return 0;
}

/**
 * True when the names are exactly the members of a known partition, one each (in any order).
 *
 * @example
 * ```ts
 * partitionOf(['因公出国(境)费', '公务用车购置及运行维护费', '公务接待费']); // true
 * partitionOf(['公务接待费', '会议费']); // false
 * ```
 */
export function partitionOf(labels: readonly string[]): boolean {
  return PARTITIONS.some(
    (members) =>
      members.length === labels.length &&
      members.every((m) => labels.filter((l) => m.test(l)).length === 1) &&
      labels.every((l) => members.filter((m) => m.test(l)).length === 1),
  );
}

/**
 * True when the whole's own name lists its parts: `向省发改委和国家发改委争取资金72561万元。其中,国家发改委
 * …25439万元,省发改委…47072万元`. Each part's label opens with a name (two characters or more) the
 * whole's label holds, at places that do not overlap, joined there by 和, 及, 与 or 、: the parts are
 * then all of the whole.
 *
 * @example
 * ```ts
 * namedByWhole('向省发改委和国家发改委争取资金', ['国家发改委安排资金', '省发改委安排资金']); // true
 * namedByWhole('争取资金', ['国家发改委安排资金', '省发改委安排资金']);                   // false
 * ```
 */
export function namedByWhole(whole: string, parts: readonly string[]): boolean {
  if (parts.length < 2 || !/[和及与、]/.test(whole)) return false;
  const taken: [number, number][] = [];
  for (const label of parts) {
    const name = label.replace(/^[^\u4e00-\u9fff]+/, '');
    let found: [number, number] | undefined;
    for (let n = Math.min(name.length, 12); n >= 2 && !found; n--) {
      const at = whole.indexOf(name.slice(0, n));
      if (at < 0) continue;
      // 省发改委 inside 国家发改委 would not be a name of its own; a name must not start mid-name.
      const span: [number, number] = [at, at + n];
      if (taken.some(([a, b]) => span[0] < b && a < span[1])) continue;
      found = span;
    }
    if (!found) return false;
    taken.push(found);
  }
  taken.sort((x, y) => x[0] - y[0]);
  for (let i = 1; i < taken.length; i++) {
    if (!/^[和及与、]$/.test(whole.slice(taken[i - 1]![1], taken[i]![0]))) return false;
  }
  return true;
}
