import { eastAsianWidth } from 'get-east-asian-width';

/**
 * Columns a string takes in a terminal: CJK characters take two, combining marks none. Used so tables
 * of Chinese item names line up.
 *
 * @example
 * ```ts
 * displayWidth('场租费'); // 6
 * displayWidth('abc');   // 3
 * ```
 */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || (cp >= 0xfe00 && cp <= 0xfe0f))
      continue;
    w += eastAsianWidth(cp);
  }
  return w;
}

/**
 * Pads a string to a display width, on the right (`'left'` alignment) or on the left (`'right'`).
 *
 * @example
 * ```ts
 * pad('奖牌', 6) + '|'; // '奖牌  |'
 * ```
 */
export function pad(s: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return align === 'left' ? s + fill : fill + s;
}

/**
 * Lays out rows as an aligned text table with a header rule.
 *
 * @example
 * ```ts
 * table(['项目', '金额'], [['场租费', '2,800.00']], ['left', 'right']);
 * ```
 */
export function table(header: string[], rows: string[][], align: ('left' | 'right')[] = []): string {
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const line = (r: string[]) =>
    r
      .map((c, i) => pad(c, widths[i]!, align[i] ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
