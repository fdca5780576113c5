/**
 * The 1-based column of a cell reference's letters: `D12` → 4, `AA3` → 27.
 *
 * @example
 * ```ts
 * columnOf('D12'); // 4
 * ```
 */
export function columnOf(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? '') n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/**
 * The letters of a 1-based column: 4 → `D`, 27 → `AA`.
 *
 * @example
 * ```ts
 * columnLetters(27); // 'AA'
 * ```
 */
export function columnLetters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}
