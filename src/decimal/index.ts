/**
 * The exact decimal core: parsing, units, rounding, allocation, exact sums and formatting.
 * Importable on its own as `huiwu/decimal`; it pulls in neither zod nor the text parser.
 * @module
 */
export { HuiwuError, formatPath } from '../errors.js';
export type { ErrorCode, ErrorIssue, ErrorLocation } from '../errors.js';
export { Dec, isDecimal, toPlain } from './dec.js';
export type { AmountInput } from './dec.js';
export { UNIT_EXPONENT, fromYuan, isMoneyUnit, toYuan } from './units.js';
export type { BudgetUnit, MoneyUnit } from './units.js';
export { foldWidth, parseAmount, parseDecimal, tryParseAmount } from './parse.js';
export type { ParseAmountOptions, ParseOptions } from './parse.js';
export { precisionPlaces, round, roundingConstant, writtenPlaces } from './round.js';
export type { Precision, RoundingMode } from './round.js';
export { allocate } from './allocate.js';
export type { AllocateOptions } from './allocate.js';
export { ExactSum, sum, sumProducts } from './exact-sum.js';
export { formatAmount, formatCurrency, groupDigits } from './format.js';
export type { FormatOptions } from './format.js';
export { parseChineseUppercase, toChineseUppercase } from './uppercase.js';
