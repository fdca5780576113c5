import { breakdown, breakdownExamples } from './breakdown.js';
import { changeRate, changeRateExamples } from './change-rate.js';
import { columnIdentity, columnIdentityExamples } from './column-identity.js';
import { columnRuns, columnRunsExamples } from './column-runs.js';
import { density, densityExamples } from './density.js';
import { duration, durationExamples } from './duration.js';
import { enumeratedParts, enumeratedPartsExamples } from './enumerated-parts.js';
import { equation, equationExamples } from './equation.js';
import { flattenedRows, flattenedRowsExamples } from './flattened-rows.js';
import { growth, growthExamples } from './growth.js';
import { industryStructure, industryStructureExamples } from './industry-structure.js';
import { leaderItems, leaderItemsExamples } from './leader-items.js';
import { listTotal, listTotalExamples } from './list-total.js';
import { pairedParts, pairedPartsExamples } from './paired-parts.js';
import { parallelChange, parallelChangeExamples } from './parallel-change.js';
import { perCapita, perCapitaExamples } from './per-capita.js';
import { productTotal, productTotalExamples } from './product-total.js';
import { rankRange, rankRangeExamples } from './rank-range.js';
import { ratio, ratioExamples } from './ratio.js';
import { recap, recapExamples } from './recap.js';
import { repeatedTotal, repeatedTotalExamples } from './repeated-total.js';
import { respectiveShares, respectiveSharesExamples } from './respective-shares.js';
import { restated, restatedExamples } from './restated.js';
import { sectionTotal, sectionTotalExamples } from './section-total.js';
import { share, shareExamples } from './share.js';
import { spacedRows, spacedRowsExamples } from './spaced-rows.js';
import { tableCodes, tableCodesExamples } from './table-codes.js';
import { tablePairShares, tablePairSharesExamples } from './table-pair-shares.js';
import { tableProduct, tableProductExamples } from './table-product.js';
import { tableRowTotal, tableRowTotalExamples } from './table-row-total.js';
import { tableShare, tableShareExamples } from './table-share.js';
import { tableTotal, tableTotalExamples } from './table-total.js';
import type { RuleExamples, TextRule } from './types.js';
import { uppercase, uppercaseExamples } from './uppercase.js';
import { weekday, weekdayExamples } from './weekday.js';
import { yearEnds, yearEndsExamples } from './year-ends.js';

/**
 * Every rule with its examples, in the order of {@link RULES}. The examples live beside each rule
 * but outside its runtime object, so a bundle that audits text does not carry them; the tests and
 * the rule catalogue (docs/rules.md) import them from here.
 *
 * @example
 * ```ts
 * RULE_EXAMPLES.map(([rule, ex]) => [rule.name, ex.ok.length]);
 * ```
 */
export const RULE_EXAMPLES: readonly (readonly [TextRule, RuleExamples])[] = [
  [equation, equationExamples],
  [productTotal, productTotalExamples],
  [listTotal, listTotalExamples],
  [sectionTotal, sectionTotalExamples],
  [leaderItems, leaderItemsExamples],
  [recap, recapExamples],
  [enumeratedParts, enumeratedPartsExamples],
  [share, shareExamples],
  [respectiveShares, respectiveSharesExamples],
  [breakdown, breakdownExamples],
  [ratio, ratioExamples],
  [perCapita, perCapitaExamples],
  [density, densityExamples],
  [rankRange, rankRangeExamples],
  [pairedParts, pairedPartsExamples],
  [industryStructure, industryStructureExamples],
  [growth, growthExamples],
  [yearEnds, yearEndsExamples],
  [parallelChange, parallelChangeExamples],
  [changeRate, changeRateExamples],
  [duration, durationExamples],
  [weekday, weekdayExamples],
  [tableTotal, tableTotalExamples],
  [tableProduct, tableProductExamples],
  [columnRuns, columnRunsExamples],
  [flattenedRows, flattenedRowsExamples],
  [spacedRows, spacedRowsExamples],
  [columnIdentity, columnIdentityExamples],
  [tableCodes, tableCodesExamples],
  [tableRowTotal, tableRowTotalExamples],
  [tableShare, tableShareExamples],
  [tablePairShares, tablePairSharesExamples],
  [uppercase, uppercaseExamples],
  [restated, restatedExamples],
  [repeatedTotal, repeatedTotalExamples],
];
