/**
 * A horizontal bar chart of a budget as inline SVG. Bar lengths are computed with the library's
 * decimal type (value ÷ largest × width, rounded to a tenth of a pixel), so no money figure ever
 * passes through a float.
 */
import { Dec, formatAmount } from '../src/index.js';
import { displayWidth } from '../src/report/width.js';

export interface Bar {
  label: string;
  /** Exact value; `null` when it cannot be known. */
  value: Dec | null;
  /** CSS class of the bar: `item`, `section`, `total`, `stated`, `wrong`. */
  kind: string;
  /** Tooltip. */
  title?: string;
}

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 720;
const LABEL = 200;
const VALUE = 110;
const ROW = 28;
const BAR = 18;

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Shortens a label to about `max` columns (a CJK character counts two). */
function clip(label: string, max: number): string {
  if (displayWidth(label) <= max) return label;
  let out = '';
  for (const ch of label) {
    if (displayWidth(`${out}${ch}…`) > max) break;
    out += ch;
  }
  return `${out}…`;
}

function money(d: Dec): string {
  return formatAmount(d, { places: Math.max(2, d.decimalPlaces()) });
}

/** Renders bars as an `<svg>` element, labelled for screen readers with `title`. */
export function barChart(bars: Bar[], title: string): SVGSVGElement {
  const plot = WIDTH - LABEL - VALUE;
  const height = bars.length * ROW + 8;
  const svg = el('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: '100%',
    role: 'img',
    'aria-label': title,
    class: 'chart',
  });
  svg.append(el('title', {}, title));
  let max = new Dec(0);
  for (const b of bars) if (b.value?.gt(max)) max = b.value;
  bars.forEach((b, i) => {
    const y = 4 + i * ROW;
    const g = el('g', { class: `bar ${b.kind}`, 'data-label': b.label });
    if (b.title) g.append(el('title', {}, b.title));
    g.append(
      el('text', { x: LABEL - 8, y: y + BAR / 2, class: 'label', 'text-anchor': 'end' }, clip(b.label, 26)),
    );
    const len =
      b.value && max.gt(0) && b.value.gt(0)
        ? b.value.dividedBy(max).times(plot).toDecimalPlaces(1).toString()
        : '0';
    g.append(el('rect', { x: LABEL, y, width: len, height: BAR, rx: 2 }));
    const x = new Dec(LABEL).plus(len).plus(6).toString();
    g.append(el('text', { x, y: y + BAR / 2, class: 'value' }, b.value === null ? '?' : money(b.value)));
    svg.append(g);
  });
  return svg;
}
