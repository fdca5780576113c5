/**
 * Hard-wrapped text: a PDF copied out, or a page saved at a fixed width, breaks every long line at
 * the same width, mid-sentence and mid-word (`…争取资金72561万元。其` + `中,国家发改委…`). Words alone
 * cannot tell such a break from the end of an item, so the width decides: a line that fills the
 * width the document wraps at goes on in the next line, unless that line is indented or opens an
 * item.
 */

/** Lines remembered to learn the width a document wraps at. */
const WINDOW = 48;
/**
 * A line this close to the widest recent line fills it: a CJK character may not fit the last cell, and
 * a PDF set in a proportional font breaks its lines anywhere from about 82% of the column's width.
 */
const FULL = 0.8;
/** Narrower documents are not judged: short lines are items, not wrapped prose. */
const MIN_WIDTH = 40;
/** Full lines that do not end a sentence before the document counts as hard-wrapped. */
const EVIDENCE = 2;

/** A line that ends a sentence (or a clause a list follows): the next line begins afresh. */
export const ENDS_SENTENCE = /[。！？!?；;：:)）」』"”】]\s*$/;

/**
 * Display width of a line: a CJK character takes two cells, others one.
 *
 * @example
 * ```ts
 * displayWidth('共计45000元'); // 2*2 + 5 + 2 = 11
 * ```
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += text.charCodeAt(i) >= 0x2e80 ? 2 : 1;
  return w;
}

/** Learns, line by line, whether a document is hard-wrapped and at what width. */
export interface WrapWidth {
  /** Records a non-blank line, and whether it opens a paragraph, an item or a heading. */
  see(text: string, opens: boolean): void;
  /**
   * True when `text` fills the wrap width: the next line goes on with it, even after a 。, since a
   * paragraph's last line seldom fills the width.
   */
  brokeOff(text: string): boolean;
}

/**
 * A tracker of the width a document wraps at, over its last lines. The evidence that a document is
 * hard-wrapped is lines that fill the width, break off mid-sentence, and are followed by a line that
 * opens nothing: a list of items of like width, each on its line, is no evidence.
 *
 * @example
 * ```ts
 * const w = createWrapWidth();
 * for (const l of lines) w.see(l, false);
 * w.brokeOff('全年共向省发改委和国家发改委争取资金72561万元。其'); // true in a text wrapped at that width
 * ```
 */
export function createWrapWidth(): WrapWidth {
  const widths: number[] = [];
  // Whether each line broke off mid-sentence and the next went on (known once the next is seen).
  const broke: boolean[] = [];
  let lastOpen = false;
  return {
    see(text, opens) {
      if (broke.length > 0) broke[broke.length - 1] = lastOpen && !opens;
      widths.push(displayWidth(text.trimEnd()));
      broke.push(false);
      lastOpen = !ENDS_SENTENCE.test(text);
      if (widths.length > WINDOW) {
        widths.shift();
        broke.shift();
      }
    },
    brokeOff(text) {
      // `…其中:` opens a list: its items follow on lines of their own.
      if (/[:：]\s*$/.test(text)) return false;
      let max = 0;
      for (const w of widths) if (w > max) max = w;
      if (max < MIN_WIDTH) return false;
      const w = displayWidth(text.trimEnd());
      if (w < FULL * max) return false;
      let full = 0;
      for (let i = 0; i < widths.length; i++) if (broke[i] && widths[i]! >= FULL * max) full++;
      return full >= EVIDENCE;
    },
  };
}
