/**
 * The exact decimal core: parsing, units, rounding, allocation, exact sums and formatting.
 * Importable on its own as `huiwu/decimal`; it pulls in neither zod nor the text parser.
 * @module
 */

export type { ErrorCode, ErrorIssue, ErrorLocation } from '../errors.js';
export { formatPath, HuiwuError } from '../errors.js';
export type { AllocateOptions } from './allocate.js';
export { allocate } from './allocate.js';
export type { AmountInput } from './dec.js';
export { Dec, exactTimes, isDecimal, toPlain } from './dec.js';
export { ExactSum, sum, sumProducts } from './exact-sum.js';
export type { FormatOptions } from './format.js';
export { formatAmount, formatCurrency, groupDigits } from './format.js';
export type { ParseAmountOptions, ParseOptions } from './parse.js';
export { foldWidth, parseAmount, parseDecimal, tryParseAmount } from './parse.js';
export type { Precision, RoundingMode } from './round.js';
export { precisionPlaces, round, roundingConstant, writtenPlaces } from './round.js';
export type { BudgetUnit, MoneyUnit } from './units.js';
export { fromYuan, isMoneyUnit, toYuan, UNIT_EXPONENT } from './units.js';
export { parseChineseUppercase, toChineseUppercase } from './uppercase.js';
