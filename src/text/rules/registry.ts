import { breakdown } from './breakdown.js';
import { changeRate } from './change-rate.js';
import { columnIdentity } from './column-identity.js';
import { columnRuns } from './column-runs.js';
import { density } from './density.js';
import { duration } from './duration.js';
import { enumeratedParts } from './enumerated-parts.js';
import { equation } from './equation.js';
import { flattenedRows } from './flattened-rows.js';
import { growth } from './growth.js';
import { industryStructure } from './industry-structure.js';
import { leaderItems } from './leader-items.js';
import { listTotal } from './list-total.js';
import { pairedParts } from './paired-parts.js';
import { parallelChange } from './parallel-change.js';
import { perCapita } from './per-capita.js';
import { productTotal } from './product-total.js';
import { rankRange } from './rank-range.js';
import { ratio } from './ratio.js';
import { recap } from './recap.js';
import { repeatedTotal } from './repeated-total.js';
import { respectiveShares } from './respective-shares.js';
import { restated } from './restated.js';
import { sectionTotal } from './section-total.js';
import { share } from './share.js';
import { spacedRows } from './spaced-rows.js';
import { tableCodes } from './table-codes.js';
import { tablePairShares } from './table-pair-shares.js';
import { tableProduct } from './table-product.js';
import { tableRowTotal } from './table-row-total.js';
import { tableShare } from './table-share.js';
import { tableTotal } from './table-total.js';
import type { TextRule } from './types.js';
import { uppercase } from './uppercase.js';
import { weekday } from './weekday.js';
import { yearEnds } from './year-ends.js';

/**
 * Every relation rule the text auditor runs, in the order they run. Adding a rule is a file of its
 * own and a line here.
 *
 * @example
 * ```ts
 * RULES.map((r) => r.name); // ['equation', 'list-total', …]
 * ```
 */
export const RULES: readonly TextRule[] = [
  equation,
  productTotal,
  listTotal,
  sectionTotal,
  leaderItems,
  recap,
  enumeratedParts,
  share,
  respectiveShares,
  breakdown,
  ratio,
  perCapita,
  density,
  rankRange,
  pairedParts,
  industryStructure,
  growth,
  yearEnds,
  parallelChange,
  changeRate,
  duration,
  weekday,
  tableTotal,
  tableProduct,
  columnRuns,
  flattenedRows,
  spacedRows,
  columnIdentity,
  tableCodes,
  tableRowTotal,
  tableShare,
  tablePairShares,
  uppercase,
  restated,
  repeatedTotal,
];
