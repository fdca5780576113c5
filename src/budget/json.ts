import type { ComputedBudget, ComputedNode } from './compute.js';
import { FastItem } from './fast-item.js';

/**
 * The JSON text of a computed budget — exactly `JSON.stringify(budget)` — written without building a
 * Decimal per figure: lines read from plain decimals are written from their integer mantissas, and
 * every line of a section reuses its path's text. `npm run bench` measures it against
 * `JSON.stringify` and against the computation itself.
 *
 * @example
 * ```ts
 * import { budgetToJson, computeBudget } from 'huiwu';
 * const budget = computeBudget({ title: '会议', items: [{ name: '场地', unitPrice: '1000', quantity: '2' }] });
 * budgetToJson(budget) === JSON.stringify(budget); // true
 * ```
 */
export function budgetToJson(budget: ComputedBudget): string {
  const w = new Writer();
  container(budget as unknown as Record<string, unknown>, w);
  return w.end();
}

/**
 * Collects pieces (mostly constant strings) and joins them a batch at a time: the batch's short
 * strings die young, and only the batches (large flat strings the collector does not copy) live
 * until the end.
 */
class Writer {
  private readonly batches: string[] = [];
  private batch: string[] = [];

  push(s: string): void {
    this.batch.push(s);
    if (this.batch.length >= BATCH) this.flush();
  }

  /** An item's pieces, straight into the batch. */
  parts(item: FastItem): void {
    item.jsonParts(this.batch);
    if (this.batch.length >= BATCH) this.flush();
  }

  end(): string {
    this.flush();
    return this.batches.join('');
  }

  private flush(): void {
    this.batches.push(this.batch.join(''));
    this.batch = [];
  }
}

const BATCH = 1 << 12;

/** A budget or a section: its own fields as JSON.stringify writes them, its children one by one. */
function container(node: Record<string, unknown>, w: Writer): void {
  let sep = '{';
  for (const k of Object.keys(node)) {
    const v = node[k];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    w.push(`${sep}${JSON.stringify(k)}:`);
    sep = ',';
    if (k === 'children' && Array.isArray(v)) children(v as ComputedNode[], w);
    else w.push(JSON.stringify(v));
  }
  w.push(sep === '{' ? '{}' : '}');
}

function children(nodes: ComputedNode[], w: Writer): void {
  w.push('[');
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (i) w.push(',');
    if (n instanceof FastItem) w.parts(n);
    else {
      if (n.kind === 'section') container(n as unknown as Record<string, unknown>, w);
      else w.push(JSON.stringify(n));
    }
  }
  w.push(']');
}
