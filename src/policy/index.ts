/**
 * Meeting-fee policies: quota tables as data, and the check of a budget against them.
 * @module
 */

export { CENTRAL_2016 } from './central-2016.js';
export type { MeetingFacts, QuotaPart } from './check.js';
export { checkPolicy, quotaPartOf } from './check.js';
export type { CategoryRule, Policy } from './schema.js';
export { CategoryRuleSchema, PolicySchema, QuotaSchema } from './schema.js';
