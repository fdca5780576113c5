import type { Verdict } from '../../audit/finding.js';
import type { Claim } from '../claim.js';
import type { Block, Segment } from '../tree/types.js';

/** A finding an example must give: its rule and verdict, and the figures when they matter. */
export interface ExpectedFinding {
  rule: string;
  verdict: Verdict;
  stated?: string;
  expected?: string;
}

/** One worked example of a rule: a document and the findings the rule gives on it. */
export interface RuleExample {
  text: string;
  findings: ExpectedFinding[];
}

/** What a rule sees: the block it checks and the blocks around it, within the auditor's window. */
export interface RuleContext {
  /** The block being checked. */
  readonly block: Block;
  /** The block with document index `index`, when it is still (or already) in the window. */
  blockAt(index: number): Block | undefined;
  /**
   * The paragraph segments before `seg`, nearest first, within the window (a table or the window's
   * edge ends them).
   */
  segmentsBefore(seg: Segment): Iterable<Segment>;
  /** The paragraph segments after `seg`, nearest first, within the window's lookahead. */
  segmentsAfter(seg: Segment): Iterable<Segment>;
  /** Records a checked claim (or a fact). */
  claim(c: Claim): void;
  /**
   * What rules remember across the document, by rule (a total stated earlier, to compare with its
   * restatement). Kept small by the rules that use it.
   */
  readonly memory: Map<string, unknown>;
}

/**
 * A rule's examples: inputs it accepts as right and inputs it reports as wrong. Each rule file
 * exports them beside the rule (as `<rule>Examples`), apart from the rule's runtime object.
 *
 * @example
 * ```ts
 * const ex: RuleExamples = { ok: [{ text: '奖牌:60元/个*40=2400元', findings: [] }], notOk: [] };
 * ```
 */
export interface RuleExamples {
  /** Inputs the rule accepts as right. */
  ok: readonly RuleExample[];
  /** Inputs the rule reports as wrong. */
  notOk: readonly RuleExample[];
}

/**
 * A relation rule: one kind of arithmetic a document states, how to recognise it in the tree, and
 * how to check it. Each rule lives in a file of its own with its examples, which the tests and the
 * rule catalogue both run.
 */
export interface TextRule {
  /** The rule's name (its file name). */
  name: string;
  /** The finding `rule` ids it emits. */
  emits: readonly string[];
  /** One sentence: what relation it checks. */
  summary: string;
  /** Checks one block of the tree, recording claims through `ctx.claim`. */
  check(ctx: RuleContext): void;
}
