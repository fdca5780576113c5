/** Deterministic generators so every run measures the same inputs. */
export function rng(seed = 42): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s;
  };
}

/** `n` unit prices with two decimals (0.01 … 99999.99) and integer quantities (1 … 500), as strings. */
export function priceLines(
  n: number,
  seed = 1,
): { prices: string[]; quantities: string[]; cents: number[]; qtyInts: number[] } {
  const r = rng(seed);
  const prices: string[] = new Array(n);
  const quantities: string[] = new Array(n);
  const cents: number[] = new Array(n);
  const qtyInts: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = (r() % 9_999_999) + 1;
    const q = (r() % 500) + 1;
    cents[i] = c;
    qtyInts[i] = q;
    prices[i] = `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
    quantities[i] = String(q);
  }
  return { prices, quantities, cents, qtyInts };
}
