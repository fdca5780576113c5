import type { FindingOperand, Verdict } from '../audit/finding.js';

/** What a claim states. */
export type ClaimKind =
  | 'product'
  | 'sum'
  | 'attendees'
  | 'part-whole'
  | 'percent-share'
  | 'percent-total'
  | 'rate-change'
  | 'rate-share'
  | 'duration'
  | 'list-count'
  | 'restated-count'
  | 'date'
  | 'time'
  | 'date-range'
  | 'per-capita'
  | 'density';

/** A place in the original text: 1-based line and column (UTF-16 code units), and a short excerpt. */
export interface TextLocation {
  line: number;
  column: number;
  /** The passage in normalized form (Simplified, glosses dropped), at most about 80 characters. */
  excerpt: string;
}

/** One figure a claim is built from: a finding's operand, with its qualifier. */
export interface Operand extends FindingOperand {
  /** 约/余/以上 …, when qualified. */
  approx?: string;
}

/**
 * A statement in the text that relates figures: a product, a sum with its total, head counts, shares
 * of a total, a duration, a date or a time. Checked claims carry a verdict; dates and times do not.
 */
export interface Claim {
  kind: ClaimKind;
  /** The rule that checks it (`product.line`, `sum.total` …); `''` for claims that are only facts. */
  rule: string;
  at: TextLocation;
  operands: Operand[];
  stated?: Operand;
  /** Recomputed value (exact decimal string). */
  expected?: string;
  verdict?: Verdict;
  /** `stated − expected`. */
  difference?: string;
  reason?: string;
  /** Where the finding this claim rests on was reported, when it follows from another (a share from a sum). */
  causedBy?: string[];
  /**
   * A range whose two ends are both off (`总计5800-12000元` for 5600-12800): the high end's stated
   * figure and recomputation, reported as a finding of its own beside this one (the low end's).
   */
  high?: { stated: string; expected: string; difference: string };
  /** Extra detail for facts: ISO-like date `2011-04-??`, time `09:00`, day count. */
  fact?: Record<string, string>;
}
