/**
 * Meeting logistics (会务): the meeting model and its JSON Schema, the planner that turns a meeting
 * into counts (people, rooms, tables, vehicles, badges, area, timeline, deadlines) with findings, and
 * the budget derived from those counts.
 * @module
 */

export type { TimelineEntry } from './agenda.js';
export { agendaTimeline, DEFAULT_SESSIONS } from './agenda.js';
export { checkAttendees } from './attendee-check.js';
export type { BadgePlan } from './badges.js';
export { badgePlan } from './badges.js';
export { meetingBudget, perPersonCost, unpricedFigures } from './budget.js';
export { checkBudgetAgainstPlan } from './budget-check.js';
export type { MealPlan } from './catering.js';
export { cateringPlan } from './catering.js';
export { APPROX_BAND, countRange } from './count.js';
export type { DeadlineEntry } from './deadlines.js';
export { deadlinePlan, formatOwner } from './deadlines.js';
export type { MeetingDays } from './duration.js';
export { meetingDays } from './duration.js';
export type { PlanFigures } from './figures.js';
export { joinSource, sourceFigures } from './figures.js';
export type { FindingSpec } from './finding.js';
export { isPlaceholder, meetingFinding } from './finding.js';
export type { KindDefaults, ResolvedGroup } from './group-defaults.js';
export { KIND_DEFAULTS, resolveGroup } from './group-defaults.js';
export type { GroupCount, HeadCount } from './headcount.js';
export { groupCounts, headCount, sumGroups } from './headcount.js';
export type { LodgingPlan } from './lodging.js';
export { lodgingPlan, takesSingle } from './lodging.js';
export { parseMeeting, safeParseMeeting } from './parse.js';
export type { PartialDate } from './partial-date.js';
export {
  addCalendarDays,
  calendarDaysBetween,
  comparePartialDates,
  formatMinutes,
  formatPartialDate,
  isCompleteDate,
  parsePartialDate,
  parseTime,
  readPartialDate,
} from './partial-date.js';
export type { MeetingPlan } from './plan.js';
export { planMeeting } from './plan.js';
export type {
  AgendaItem,
  AttendeeGroup,
  CountInput,
  Deadline,
  Duration,
  GroupKind,
  IntLike,
  Logistics,
  Meal,
  Meeting,
  MeetingInput,
  Owner,
  Prices,
  SessionName,
  Task,
  Vehicle,
  Venue,
  Visit,
} from './schema.js';
export {
  AgendaItemSchema,
  ApproxCountSchema,
  AttendeeGroupSchema,
  CountSchema,
  DeadlineSchema,
  DurationSchema,
  GroupKindSchema,
  IntLikeSchema,
  LogisticsSchema,
  MealSchema,
  MeetingSchema,
  meetingJsonSchema,
  OwnerSchema,
  PricesSchema,
  SessionNameSchema,
  TaskSchema,
  VehicleSchema,
  VenueSchema,
  VisitSchema,
} from './schema.js';
export type { Tally } from './tally.js';
export { CountRange, formatTally, sumRanges } from './tally.js';
export type { VehiclePlan } from './transport.js';
export { transportPlan } from './transport.js';
export type { VenuePlan } from './venue.js';
export { venuePlan } from './venue.js';
