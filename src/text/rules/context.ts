import type { Claim } from '../claim.js';
import type { Block, Segment } from '../tree/types.js';
import type { RuleContext } from './types.js';

/** The blocks an auditor holds: some already checked (behind), some not yet (ahead). */
export interface BlockWindow {
  get(index: number): Block | undefined;
}

function* before(win: BlockWindow, seg: Segment): Generator<Segment> {
  const own = win.get(seg.block);
  if (own?.kind === 'paragraph') {
    for (let i = seg.index - 1; i >= 0; i--) yield own.segments[i]!;
  }
  for (let b = seg.block - 1; ; b--) {
    const blk = win.get(b);
    if (blk?.kind !== 'paragraph') return;
    for (let i = blk.segments.length - 1; i >= 0; i--) yield blk.segments[i]!;
  }
}

function* after(win: BlockWindow, seg: Segment): Generator<Segment> {
  const own = win.get(seg.block);
  if (own?.kind === 'paragraph') {
    for (let i = seg.index + 1; i < own.segments.length; i++) yield own.segments[i]!;
  }
  for (let b = seg.block + 1; ; b++) {
    const blk = win.get(b);
    if (blk?.kind !== 'paragraph') return;
    yield* blk.segments;
  }
}

/**
 * The context a rule checks a block in.
 *
 * @example
 * ```ts
 * const ctx = ruleContext(block, window, (c) => claims.push(c));
 * ```
 */
export function ruleContext(
  block: Block,
  win: BlockWindow,
  claim: (c: Claim) => void,
  memory: Map<string, unknown> = new Map(),
): RuleContext {
  return {
    block,
    blockAt: (i) => win.get(i),
    segmentsBefore: (seg) => before(win, seg),
    segmentsAfter: (seg) => after(win, seg),
    claim,
    memory,
  };
}
