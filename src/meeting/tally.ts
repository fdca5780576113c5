import { Dec, toPlain } from '../decimal/dec.js';

/**
 * A derived count as the plan reports it. `value` is the nominal figure (approximate groups at their
 * stated value, pending groups as 0); `min`/`max` bound it; `max` is `null` when a pending group
 * leaves it open; `exact` is true only when nothing is approximate or pending. All figures are
 * decimal strings.
 */
export interface Tally {
  value: string;
  min: string;
  max: string | null;
  exact: boolean;
  /** Labels (ids or names) of the pending groups this count leaves out. */
  pending: string[];
}

/**
 * An exact count that may be a range: the arithmetic behind every {@link Tally}. Immutable; every
 * operation is monotone, so bounds stay bounds.
 *
 * @example
 * ```ts
 * const r = CountRange.of(35).plus(CountRange.between(110, 120, 130)).plus(CountRange.pending('(二)'));
 * r.toTally(); // { value: '155', min: '145', max: null, exact: false, pending: ['(二)'] }
 * ```
 */
export class CountRange {
  private constructor(
    readonly nominal: Dec,
    readonly min: Dec,
    readonly max: Dec | null,
    readonly pendingLabels: readonly string[],
  ) {}

  /** An exact count. */
  static of(n: Dec | string | number): CountRange {
    const d = new Dec(n);
    return new CountRange(d, d, d, []);
  }

  /** An approximate count `nominal` known to lie in `[min, max]`. */
  static between(
    min: Dec | string | number,
    nominal: Dec | string | number,
    max: Dec | string | number,
  ): CountRange {
    return new CountRange(new Dec(nominal), new Dec(min), new Dec(max), []);
  }

  /** A count still to be decided (待定) or lost from the source: at least 0, at most unknown. */
  static pending(label: string): CountRange {
    return new CountRange(new Dec(0), new Dec(0), null, [label]);
  }

  /** The empty count: 0, exact. */
  static zero(): CountRange {
    return CountRange.of(0);
  }

  get exact(): boolean {
    return this.max !== null && this.min.eq(this.max) && this.pendingLabels.length === 0;
  }

  /** The sum of two counts: nominal, minimum and maximum add; pending groups are carried. */
  plus(o: CountRange): CountRange {
    return new CountRange(
      this.nominal.plus(o.nominal),
      this.min.plus(o.min),
      this.max === null || o.max === null ? null : this.max.plus(o.max),
      [...this.pendingLabels, ...o.pendingLabels],
    );
  }

  /** Multiplies by an exact non-negative factor (meals per day, nights, price-free quantities). */
  times(k: Dec | string | number): CountRange {
    const f = new Dec(k);
    return new CountRange(
      this.nominal.times(f),
      this.min.times(f),
      this.max?.times(f) ?? null,
      this.pendingLabels,
    );
  }

  /** Whole units of size `k` needed to hold this many (rooms of 2, tables of 10, buses of 45). */
  ceilDiv(k: Dec | string | number): CountRange {
    const f = new Dec(k);
    const c = (x: Dec) => x.div(f).ceil();
    return new CountRange(
      c(this.nominal),
      c(this.min),
      this.max === null ? null : c(this.max),
      this.pendingLabels,
    );
  }

  /** The count as decimal strings (a {@link Tally}). */
  toTally(): Tally {
    return {
      value: toPlain(this.nominal),
      min: toPlain(this.min),
      max: this.max === null ? null : toPlain(this.max),
      exact: this.exact,
      pending: [...this.pendingLabels],
    };
  }
}

/**
 * Adds up ranges in any order (the sum is the same whichever order).
 *
 * @example
 * ```ts
 * sumRanges([CountRange.of(2), CountRange.of(35)]).toTally().value; // '37'
 * ```
 */
export function sumRanges(rs: Iterable<CountRange>): CountRange {
  let acc = CountRange.zero();
  for (const r of rs) acc = acc.plus(r);
  return acc;
}

/**
 * Writes a tally for people: `122`, `110–130`, `≥105 (pending: (二))`.
 *
 * @example
 * ```ts
 * formatTally(CountRange.of(122).toTally()); // '122'
 * ```
 */
export function formatTally(t: Tally): string {
  if (t.exact) return t.value;
  const range = t.max === null ? `≥${t.min}` : t.min === t.max ? t.min : `${t.min}–${t.max}`;
  const nominal = t.max !== null && t.min !== t.max ? ` (about ${t.value})` : '';
  return t.pending.length ? `${range}${nominal} (pending: ${t.pending.join(', ')})` : `${range}${nominal}`;
}
