import type { TextPlace } from '../../audit/finding.js';

/**
 * A value read from a plan's text, with the place it was read from, so a person (or a page) can see
 * it and correct it.
 */
export interface Sourced<T = string> {
  value: T;
  at: TextPlace;
}

/** An attendee group as the text gives it: its name, and its count as written (`6`, `约50`, or blank). */
export interface GroupReading {
  name: string;
  /** Digits, a qualified count (`约50`, `50余`, `50左右`), or `''` when the text leaves it blank. */
  count: string;
  at: TextPlace;
}

/** An agenda item in its order, with its presenter and start time when the text names them. */
export interface AgendaReading {
  item: string;
  presenter?: string;
  /** `HH:MM`, 24-hour. */
  time?: string;
  at: TextPlace;
}

/** The kind of responsibility an owner has for a task. */
export type TaskRole = '负责' | '牵头' | '配合' | '落实' | '承办' | '协助';

/** A preparation task with its owner, the kind of responsibility, and its deadline as written. */
export interface TaskReading {
  task: string;
  owner?: string;
  role?: TaskRole;
  /** As written: `4月11日前`, `会前3天`, `前一天`. */
  deadline?: string;
  at: TextPlace;
}

/** A budget line with its whole name, amount, and price and quantity when written. */
export interface BudgetLineReading {
  name: string;
  /** In 元, digits as written (no grouping), or `''` when blank. */
  amount: string;
  unitPrice?: string;
  quantity?: string;
  /** The quantity's unit (个, 间, 人). */
  unit?: string;
  /** 数量暂定, 待定: the figures are not final. */
  tentative?: boolean;
  remark?: string;
  at: TextPlace;
}

/** A place where the text leaves a value blank (`4月 日`, `就餐人员 人`). */
export interface BlankReading {
  /** The field the blank stands for: `date`, `time`, `count`, `venue`, … */
  field: string;
  text: string;
  at: TextPlace;
}

/**
 * One meeting as read from a plan's text. Every field is optional, and each carries its place; a
 * field the text does not state is absent, never guessed.
 */
export interface PlanReading {
  title?: Sourced;
  organiser?: Sourced;
  /** The first meeting day, `YYYY-MM-DD` with unknown parts as `??`. */
  date?: Sourced;
  /** The meeting's start time, `HH:MM`. */
  time?: Sourced;
  /** In days, as a decimal string: 半天 → `0.5`, 三天半 → `3.5`, 5月10日至12日 → `3`. */
  duration?: Sourced;
  venue?: Sourced;
  host?: Sourced;
  groups: GroupReading[];
  /** The stated total of attendees, digits. */
  total?: Sourced;
  agenda: AgendaReading[];
  tasks: TaskReading[];
  lodging: Sourced[];
  meals: Sourced[];
  vehicles: Sourced[];
  staff: Sourced[];
  materials: Sourced[];
  budget: BudgetLineReading[];
  budgetTotal?: Sourced;
  blanks: BlankReading[];
}
