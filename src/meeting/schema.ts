import * as z from 'zod';
import { BudgetSchema } from '../budget/schema.js';
import { PARTIAL_DATE_PATTERN, TIME_PATTERN } from './partial-date.js';

const COUNT_HELP = 'a count is a whole number ≥ 0 (number or digit string)';

/**
 * A whole, non-negative count: a safe integer or a digit string (for counts beyond 2^53).
 *
 * @example
 * ```ts
 * IntLikeSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const IntLikeSchema = z.union(
  [
    z
      .number({ error: COUNT_HELP })
      .int({ error: COUNT_HELP })
      .min(0, { error: COUNT_HELP })
      .max(Number.MAX_SAFE_INTEGER),
    // 30 digits is far beyond any head count and well within exact decimal range.
    z.string().regex(/^\d{1,30}$/, { error: `${COUNT_HELP}, at most 30 digits` }),
  ],
  { error: COUNT_HELP },
);

/**
 * A money amount in 元 as a plain decimal string (money never travels as a JS number).
 *
 * @example
 * ```ts
 * MoneySchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const MoneySchema = z
  .string()
  .regex(/^\d+(\.\d+)?$/, { error: 'a price is a decimal string such as "380" or "12.5"' });

/**
 * A plain non-negative decimal string (areas in m²).
 *
 * @example
 * ```ts
 * DecimalSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const DecimalSchema = z
  .string()
  .regex(/^\d+(\.\d+)?$/, { error: 'expected a decimal string such as "2.5"' });

/**
 * Qualifiers of approximate counts: 左右/约 about, 余/多/以上 more than, 近 nearly.
 *
 * @example
 * ```ts
 * QualifierSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const QualifierSchema = z.enum(['左右', '约', '余', '多', '以上', '近']);

/**
 * An approximate count: a value with a qualifier (10% band by default) and/or explicit bounds.
 *
 * @example
 * ```ts
 * ApproxCountSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const ApproxCountSchema = z.strictObject({
  value: IntLikeSchema,
  qualifier: QualifierSchema.optional(),
  min: IntLikeSchema.optional(),
  max: IntLikeSchema.optional(),
});

/**
 * A count that is exact, approximate, or still pending (待定, or lost from the source).
 *
 * @example
 * ```ts
 * CountSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const CountSchema = z.union([IntLikeSchema, z.enum(['pending', '待定']), ApproxCountSchema], {
  error: `${COUNT_HELP}, "pending"/"待定", or { value, qualifier | min | max }`,
});

/**
 * Who attends, in what capacity: it decides badges and the defaults for rooms, meals and seats.
 *
 * @example
 * ```ts
 * GroupKindSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const GroupKindSchema = z.enum(['delegate', 'staff', 'press', 'service', 'guest']);

const PartialDateSchema = z.string().regex(new RegExp(PARTIAL_DATE_PATTERN), {
  error: 'expected a date like 2011-04-13, 2011-04-?? 09:00 or 2011-04 (blank parts as ??)',
});
const TimeSchema = z.string().regex(new RegExp(TIME_PATTERN), { error: 'expected a time like 09:00' });
const Text = z.string().trim().min(1, { error: 'must not be empty' });

/**
 * An attendee group: name, count (exact, approximate 左右/约/余, or pending 待定), kind, rank, rostrum seat.
 *
 * @example
 * ```ts
 * AttendeeGroupSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const AttendeeGroupSchema = z.strictObject({
  id: Text.optional(),
  name: Text,
  count: CountSchema,
  kind: GroupKindSchema.optional(),
  rank: Text.optional(),
  /** Counts toward the stated total (default: delegates and guests). */
  inTotal: z.boolean().optional(),
  /** Needs a hotel room (default: delegates and guests). */
  needsRoom: z.boolean().optional(),
  /** Eats the meeting's meals (default: everyone but service staff). */
  dines: z.boolean().optional(),
  /** Takes a seat in the meeting room (default: delegates, guests and press). */
  seated: z.boolean().optional(),
  /** Sits on the rostrum (主席台). */
  rostrum: z.boolean().optional(),
  /** Badge name, or false for none (default by kind: 代表证/工作证/记者证). */
  badge: z.union([Text, z.literal(false)]).optional(),
  note: z.string().optional(),
});

/**
 * Who does a task: a person and/or a unit, with their role (负责 responsible, 牵头 lead, 配合 assist).
 *
 * @example
 * ```ts
 * OwnerSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const OwnerSchema = z.strictObject({
  person: z.string().optional(),
  unit: z.string().optional(),
  role: z.enum(['负责', '牵头', '配合', '落实']).optional(),
});

/**
 * A deadline: an absolute (possibly partial) date such as `2011-04-11`, or days before the meeting.
 *
 * @example
 * ```ts
 * DeadlineSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const DeadlineSchema = z.union(
  [PartialDateSchema, z.strictObject({ daysBeforeMeeting: IntLikeSchema })],
  {
    error: 'a deadline is a date (2011-04-11) or { daysBeforeMeeting: n }',
  },
);

/**
 * A task assigned to owners, with an optional deadline and the tasks it must follow (`after`).
 *
 * @example
 * ```ts
 * TaskSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const TaskSchema = z.strictObject({
  id: Text.optional(),
  task: Text,
  owners: z.array(OwnerSchema).optional(),
  deadline: DeadlineSchema.optional(),
  /** Ids of tasks that must be done first (a review after its drafts). */
  after: z.array(Text).optional(),
  note: z.string().optional(),
});

/**
 * A session of the day: 上午 morning, 下午 afternoon, 晚上 evening.
 *
 * @example
 * ```ts
 * SessionNameSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const SessionNameSchema = z.enum(['上午', '下午', '晚上']);

/**
 * One agenda item: kind (report, speech, commendation, award, discussion, visit, banquet, show), presenter, day, session, start, minutes.
 *
 * @example
 * ```ts
 * AgendaItemSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const AgendaItemSchema = z.strictObject({
  id: Text.optional(),
  title: Text,
  kind: z.enum([
    'report',
    'speech',
    'commendation',
    'award',
    'discussion',
    'visit',
    'banquet',
    'show',
    'other',
  ]),
  presenter: z.string().optional(),
  /** 0 is the arrival (报到) day, 1 the first meeting day. Default 1. */
  day: IntLikeSchema.optional(),
  session: SessionNameSchema.optional(),
  start: TimeSchema.optional(),
  minutes: IntLikeSchema.optional(),
  /** Id of the site visit this item is. */
  visit: Text.optional(),
  note: z.string().optional(),
});

/**
 * A site visit with the people or units responsible for it.
 *
 * @example
 * ```ts
 * VisitSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const VisitSchema = z.strictObject({
  id: Text.optional(),
  name: Text,
  owners: z.array(OwnerSchema).optional(),
  minutes: IntLikeSchema.optional(),
  note: z.string().optional(),
});

const WindowSchema = z.strictObject({ start: TimeSchema, end: TimeSchema });

/**
 * How long the meeting lasts: half a day, N days, or an inclusive date range (5月10日至15日 is six days).
 *
 * @example
 * ```ts
 * DurationSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const DurationSchema = z.union(
  [
    z.literal('half-day'),
    z.strictObject({ days: IntLikeSchema }),
    z.strictObject({ from: PartialDateSchema, to: PartialDateSchema }),
  ],
  { error: 'a duration is "half-day", { days: n } or { from, to } (inclusive dates)' },
);

/**
 * The meeting room: name, capacity, area in m², layout.
 *
 * @example
 * ```ts
 * VenueSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const VenueSchema = z.strictObject({
  name: Text,
  capacity: IntLikeSchema.optional(),
  areaM2: DecimalSchema.optional(),
  layout: z.enum(['theatre', 'classroom', 'boardroom', 'u-shape', 'banquet', 'other']).optional(),
  note: z.string().optional(),
});

/**
 * Who hosts (主持) the meeting: a name and/or a title.
 *
 * @example
 * ```ts
 * HostSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const HostSchema = z.strictObject({ name: z.string().optional(), title: z.string().optional() });

/**
 * The lodging rule: single rooms (单人单间) for a rank and above, twin rooms (双人标准间) for the rest, nights.
 *
 * @example
 * ```ts
 * LodgingSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const LodgingSchema = z.strictObject({
  nights: IntLikeSchema,
  /** Groups of this rank and above (by the order of `ranks`) get single rooms. */
  singleFromRank: Text.optional(),
  /** Or: groups of exactly these ranks get single rooms. */
  singleRanks: z.array(Text).optional(),
  note: z.string().optional(),
});

/**
 * A meal rule: buffet or tables of N, meals per day, days, who dines.
 *
 * @example
 * ```ts
 * MealSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const MealSchema = z.strictObject({
  id: Text.optional(),
  name: Text,
  style: z.enum(['buffet', 'table', 'banquet']),
  perDay: IntLikeSchema.optional(),
  /** Default: the meeting's days, a half day counting as one. */
  days: IntLikeSchema.optional(),
  /** Default: every group that dines. */
  diners: CountSchema.optional(),
  /** Seats per table for table meals and banquets. Default 10. */
  tableSize: IntLikeSchema.optional(),
  note: z.string().optional(),
});

/**
 * A vehicle rule: seats per vehicle and who rides.
 *
 * @example
 * ```ts
 * VehicleSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const VehicleSchema = z.strictObject({
  id: Text.optional(),
  name: Text,
  seats: IntLikeSchema,
  /** Seats taken by guides or staff on every vehicle (随车讲解员). */
  reservedSeats: IntLikeSchema.optional(),
  /** Default: the attendees (groups counted in the total). */
  riders: CountSchema.optional(),
  days: IntLikeSchema.optional(),
  note: z.string().optional(),
});

/**
 * Logistics rules: lodging, catering, transport, badges, rostrum, area per person, souvenirs.
 *
 * @example
 * ```ts
 * LogisticsSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const LogisticsSchema = z.strictObject({
  lodging: LodgingSchema.optional(),
  catering: z.strictObject({ meals: z.array(MealSchema) }).optional(),
  transport: z.strictObject({ vehicles: z.array(VehicleSchema) }).optional(),
  badges: z
    .strictObject({
      names: z.strictObject({
        delegate: Text.optional(),
        staff: Text.optional(),
        press: Text.optional(),
        service: Text.optional(),
        guest: Text.optional(),
      }),
    })
    .partial()
    .optional(),
  rostrum: z
    .strictObject({ seats: IntLikeSchema.optional(), nameCards: z.enum(['rostrum', 'all']).optional() })
    .optional(),
  area: z
    .strictObject({ perPersonM2: z.strictObject({ min: DecimalSchema, max: DecimalSchema }) })
    .optional(),
  souvenirs: z
    .strictObject({
      name: Text.optional(),
      per: z.enum(['room', 'person']),
      quantity: IntLikeSchema.optional(),
    })
    .optional(),
});

const MealPriceSchema = z.union(
  [z.strictObject({ perPerson: MoneySchema }), z.strictObject({ perTable: MoneySchema })],
  {
    error: 'a meal price is { perPerson } or { perTable }',
  },
);

/**
 * Prices of the lines {@link meetingBudget} derives; a figure without a price gets no line.
 *
 * @example
 * ```ts
 * PricesSchema.safeParse(value).success; // true when value has this shape
 * ```
 */
export const PricesSchema = z.strictObject({
  singleRoomNight: MoneySchema.optional(),
  twinRoomNight: MoneySchema.optional(),
  /** Keyed by meal id or name. */
  meals: z.record(z.string(), MealPriceSchema).optional(),
  /** Per badge of any kind, or keyed by badge name. */
  badge: MoneySchema.optional(),
  badges: z.record(z.string(), MoneySchema).optional(),
  nameCard: MoneySchema.optional(),
  /** Per vehicle per day, or keyed by vehicle id or name. */
  vehicleDay: MoneySchema.optional(),
  vehicles: z.record(z.string(), MoneySchema).optional(),
  souvenir: MoneySchema.optional(),
  venueDay: MoneySchema.optional(),
});

/**
 * The meeting model: everything a meeting-preparation plan (会议筹备方案) says about one meeting.
 * Objects are strict: an unknown key is an error that names it, never silently dropped.
 *
 * @example
 * ```ts
 * MeetingSchema.safeParse({ title: '工作会议', groups: [{ name: '代表', count: 120 }] }).success; // true
 * ```
 */
export const MeetingSchema = z.strictObject({
  title: Text,
  organiser: z.string().optional(),
  note: z.string().optional(),
  /** `2011-04-?? 09:00`: blank parts are allowed and reported. */
  start: PartialDateSchema.optional(),
  duration: DurationSchema.optional(),
  venue: VenueSchema.optional(),
  host: HostSchema.optional(),
  /** Ranks from highest to lowest, e.g. ['厅级', '处级', '科级']. */
  ranks: z.array(Text).optional(),
  groups: z.array(AttendeeGroupSchema),
  statedTotal: CountSchema.optional(),
  sessions: z
    .strictObject({
      上午: WindowSchema.optional(),
      下午: WindowSchema.optional(),
      晚上: WindowSchema.optional(),
    })
    .optional(),
  agenda: z.array(AgendaItemSchema).optional(),
  visits: z.array(VisitSchema).optional(),
  tasks: z.array(TaskSchema).optional(),
  logistics: LogisticsSchema.optional(),
  prices: PricesSchema.optional(),
  /** The budget the document states, checked against the plan's counts. */
  budget: BudgetSchema.optional(),
});

/** A validated meeting (the output of {@link parseMeeting}). */
export type Meeting = z.infer<typeof MeetingSchema>;
/** A meeting as written in JSON, before defaults: the input of {@link planMeeting}. */
export type MeetingInput = z.input<typeof MeetingSchema>;
/** An attendee group: name, count (exact, approximate or pending), kind and rank. */
export type AttendeeGroup = z.infer<typeof AttendeeGroupSchema>;
/** Kind of group: delegates, staff, press, service staff or guests. */
export type GroupKind = z.infer<typeof GroupKindSchema>;
/** A head count as written: a number, `待定`/`pending`, or `{ value, qualifier }` for 约/左右/余. */
export type CountInput = z.infer<typeof CountSchema>;
/** A whole number as a safe integer or a digit string. */
export type IntLike = z.infer<typeof IntLikeSchema>;
/** A task owner (person and/or unit with a role). */
export type Owner = z.infer<typeof OwnerSchema>;
/** A task with owners and a deadline. */
export type Task = z.infer<typeof TaskSchema>;
/** A deadline, absolute or relative to the meeting. */
export type Deadline = z.infer<typeof DeadlineSchema>;
/** One agenda item. */
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
/** 上午, 下午 or 晚上. */
export type SessionName = z.infer<typeof SessionNameSchema>;
/** A site visit with its owners. */
export type Visit = z.infer<typeof VisitSchema>;
/** Meeting duration: half day, days, or an inclusive date range. */
export type Duration = z.infer<typeof DurationSchema>;
/** The meeting room. */
export type Venue = z.infer<typeof VenueSchema>;
/** Logistics rules of a meeting. */
export type Logistics = z.infer<typeof LogisticsSchema>;
/** A meal rule. */
export type Meal = z.infer<typeof MealSchema>;
/** A vehicle rule. */
export type Vehicle = z.infer<typeof VehicleSchema>;
/** Unit prices used to turn plan figures into budget lines. */
export type Prices = z.infer<typeof PricesSchema>;

/**
 * The JSON Schema (draft 2020-12) of the meeting input, for editors and non-TypeScript users.
 *
 * @example
 * ```ts
 * meetingJsonSchema().additionalProperties; // false
 * ```
 */
export function meetingJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(MeetingSchema, { io: 'input' }) as Record<string, unknown>;
}
