import * as z from 'zod';
import { AmountSchema } from '../budget/schema.js';

/**
 * A per-person-per-day quota split the way the rules split it.
 *
 * @example
 * ```ts
 * QuotaSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const QuotaSchema = z.strictObject({
  lodging: AmountSchema.describe('住宿费, 元 per person per day (night)'),
  meals: AmountSchema.describe('伙食费, 元 per person per day'),
  other: AmountSchema.describe('其他费用, 元 per person per day'),
});

/**
 * Limits for one meeting category. `null` means "as approved": no fixed number.
 *
 * @example
 * ```ts
 * CategoryRuleSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const CategoryRuleSchema = z.strictObject({
  name: z.string().optional(),
  maxDays: z.union([z.int().positive(), z.null()]).optional(),
  maxAttendees: z.union([z.int().positive(), z.null()]).optional(),
  maxStaffShare: z
    .union([z.string(), z.null()])
    .optional()
    .describe('staff ÷ attendees, a decimal string such as "0.15"'),
  quota: QuotaSchema,
});

/**
 * A meeting-fee policy: quota tables by category, as data the user can replace.
 *
 * @example
 * ```ts
 * PolicySchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const PolicySchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  source: z.string().optional().describe('Where the figures come from (document number and article).'),
  notes: z.array(z.string()).optional(),
  /** How many nights of lodging a meeting of N days pays for. */
  lodgingNights: z.enum(['days', 'days-minus-one']).optional(),
  /** Whether the split caps may be traded against each other (调剂使用); then only the total is binding. */
  splitsInterchangeable: z.boolean().optional(),
  categories: z.record(z.string(), CategoryRuleSchema),
});

/** A meeting-fee policy (see {@link PolicySchema}). */
export type Policy = z.infer<typeof PolicySchema>;
/** Limits of one category in a {@link Policy}. */
export type CategoryRule = z.infer<typeof CategoryRuleSchema>;
