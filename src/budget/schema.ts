import * as z from 'zod';

/**
 * A number as huiwu reads it from JSON: a decimal string (`"2400"`, `"1.5万元"`, `"48,700"`) or a safe
 * integer. Floats such as `19.99` are refused so a value is never silently changed by JSON parsing.
 *
 * @example
 * ```ts
 * AmountSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const AmountSchema = z
  .union([z.string().min(1), z.int()])
  .describe('A decimal string such as "2400", "60.50", "1.5万元", or a safe integer.');

/**
 * A figure the document states, to be checked: an amount, a placeholder (`××`, `待定`, `""`) or `null`
 * for a blank, or an approximate figure (`约45000`, `45000左右`).
 *
 * @example
 * ```ts
 * StatedSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const StatedSchema = z
  .union([z.string(), z.int(), z.null()])
  .describe('The figure as the document writes it: "45000", "约45000", "××", "待定" or null for a blank.');

/**
 * One factor of a quantity: `{ "value": "60", "unit": "人" }`.
 *
 * @example
 * ```ts
 * FactorSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const FactorSchema = z.strictObject({
  value: AmountSchema,
  unit: z.string().optional().describe('What the factor counts: 人, 天, 间, 晚, 个 …'),
});

/**
 * Money units a budget or section may be written in.
 *
 * @example
 * ```ts
 * BudgetUnitSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const BudgetUnitSchema = z.enum(['元', '万元', '亿元']);

/** A cost item as a plan writes it. */
export interface CostItemInput {
  id?: string | undefined;
  name: string;
  unitPrice?: string | number | undefined;
  quantity?: string | number | { value: string | number; unit?: string | undefined }[] | undefined;
  amount?: string | number | null | undefined;
  unit?: string | undefined;
  category?: string | undefined;
  provisional?: boolean | undefined;
  approximate?: boolean | undefined;
  note?: string | undefined;
  source?: string | undefined;
}

/** A section of a budget, possibly nested, with an optional stated subtotal. */
export interface SectionInput {
  id?: string | undefined;
  name: string;
  unit?: '元' | '万元' | '亿元' | undefined;
  items?: CostItemInput[] | undefined;
  sections?: SectionInput[] | undefined;
  subtotal?: string | number | null | undefined;
  note?: string | undefined;
}

/** A budget as a plan writes it: title, unit, items and/or sections, and the stated total. */
export interface BudgetInput {
  $schema?: string | undefined;
  title: string;
  unit?: '元' | '万元' | '亿元' | undefined;
  items?: CostItemInput[] | undefined;
  sections?: SectionInput[] | undefined;
  total?: string | number | null | undefined;
  headCount?: string | number | undefined;
  days?: string | number | undefined;
  note?: string | undefined;
}

/**
 * zod schema of a cost item.
 *
 * @example
 * ```ts
 * CostItemSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const CostItemSchema: z.ZodType<CostItemInput> = z.strictObject({
  id: z.string().min(1).optional().describe("Stable id; defaults to the item's path."),
  name: z.string().min(1).describe('What the line pays for: 场租费, 奖牌 …'),
  unitPrice: AmountSchema.optional().describe(
    "Price of one unit, in the section's money unit unless it says otherwise.",
  ),
  quantity: z
    .union([AmountSchema, z.array(FactorSchema).min(1)])
    .optional()
    .describe('A number, or factors multiplied together: people × days.'),
  amount: StatedSchema.optional().describe('The amount the document states for this line.'),
  unit: z.string().optional().describe('Unit of the quantity: 个, 块, 人, 天 …'),
  category: z.string().optional().describe('Quota category for policy checks: lodging, meals, other …'),
  provisional: z.boolean().optional().describe('数量暂定: the quantity is provisional.'),
  approximate: z.boolean().optional().describe('The stated amount is approximate (约/左右).'),
  note: z.string().optional(),
  source: z.string().optional().describe('Where the quantity came from, e.g. a plan figure.'),
});

/**
 * zod schema of a (nestable) section.
 *
 * @example
 * ```ts
 * SectionSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const SectionSchema: z.ZodType<SectionInput> = z.strictObject({
  id: z.string().min(1).optional(),
  name: z.string().min(1),
  unit: BudgetUnitSchema.optional().describe(
    "Money unit of this section's figures; defaults to the parent's.",
  ),
  items: z.array(CostItemSchema).optional(),
  get sections() {
    return z.array(SectionSchema).optional();
  },
  subtotal: StatedSchema.optional().describe('The subtotal the document states (小计).'),
  note: z.string().optional(),
});

/**
 * zod schema of a whole budget.
 *
 * @example
 * ```ts
 * BudgetSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const BudgetSchema: z.ZodType<BudgetInput> = z.strictObject({
  $schema: z.string().optional(),
  title: z.string().min(1),
  unit: BudgetUnitSchema.optional().describe("Money unit of the budget's figures; default 元."),
  items: z.array(CostItemSchema).optional(),
  sections: z.array(SectionSchema).optional(),
  total: StatedSchema.optional().describe('The grand total the document states (共计/合计/总计).'),
  headCount: AmountSchema.optional().describe('Number of people, for per-person figures.'),
  days: AmountSchema.optional().describe('Number of days, for per-day figures.'),
  note: z.string().optional(),
});

/**
 * The JSON Schema (draft 2020-12) of a budget file, generated from the zod schema so the two never drift.
 * The package also ships it as `huiwu/schemas/budget.schema.json`.
 *
 * @example
 * ```ts
 * const schema = budgetJsonSchema();
 * schema.required; // ['title']
 * ```
 */
export function budgetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(BudgetSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
