import type { Drawable, Mark, TextMeasure, TextStyle } from './marks.ts';

/**
 * A legend in no format: sections of items, each a swatch and a label, laid out in rows as wide as
 * the picture with a text-measuring function from the painter. Any picture brings its own sections
 * (the graph's are in `graph-legend.ts`) and gets the same layout in SVG and PNG.
 */

export interface Swatch {
  readonly width: number;
  /** How tall its marks reach, for a painter that draws a swatch on its own. */
  readonly height: number;
  /** Its marks, with its left edge at `left` and its vertical middle at `middle`. */
  marks(left: number, middle: number): Mark[];
}

export interface LegendItem {
  readonly label: string;
  readonly swatch?: Swatch;
}

export interface LegendSection {
  readonly heading?: string;
  /** A grid gives every item the widest one's width, so items line up in columns; a flow, its own. */
  readonly arrangement: 'grid' | 'flow';
  readonly items: readonly LegendItem[];
}

export interface LegendLayout {
  readonly height: number;
  /** In drawing order. */
  readonly drawables: readonly Drawable[];
}

export const LEGEND_TEXT: TextStyle = Object.freeze({ size: 12, weight: 400 });
const HEADING_TEXT: TextStyle = Object.freeze({ size: 12, weight: 700 });
const LINE_HEIGHT = 15;
const HEADING_GAP = 2;
const ROW_GAP = 5;
const COLUMN_GAP = 22;
const SECTION_GAP = 10;
const SWATCH_GAP = 7;
const LABEL_LINES = 2;
/** Where a baseline sits in a line of text, from its top. */
const BASELINE = 0.75;

/**
 * The sections one under the other from (`left`, `top`), each a grid or flow of as many columns as
 * fit `width`.
 */
export function layoutLegend(
  sections: readonly LegendSection[],
  box: { readonly left: number; readonly top: number; readonly width: number },
  measure: TextMeasure,
): LegendLayout {
  const drawables: Drawable[] = [];
  let y = box.top;
  for (const section of sections) {
    if (section.heading !== undefined) {
      drawables.push(text([section.heading], box.left, y, HEADING_TEXT));
      y += LINE_HEIGHT + HEADING_GAP;
    }
    y += layoutItems(section, { ...box, top: y }, measure, drawables) + SECTION_GAP;
  }
  return { height: sections.length ? y - box.top - SECTION_GAP : 0, drawables };
}

/** Places a section's items in rows, adds their drawables, and returns the section's height. */
function layoutItems(
  section: LegendSection,
  { left, top, width }: { readonly left: number; readonly top: number; readonly width: number },
  measure: TextMeasure,
  drawables: Drawable[],
): number {
  const lead = (item: LegendItem): number => (item.swatch ? item.swatch.width + SWATCH_GAP : 0);
  const natural = (item: LegendItem): number =>
    Math.min(width, lead(item) + measure.width(item.label, LEGEND_TEXT));
  const column = Math.max(0, ...section.items.map(natural));
  let x = left;
  let y = top;
  let rowLines = 0;
  for (const item of section.items) {
    const cell = section.arrangement === 'grid' ? column : natural(item);
    if (x > left && x + cell > left + width) {
      x = left;
      y += rowLines * LINE_HEIGHT + ROW_GAP;
      rowLines = 0;
    }
    const lines = measure.wrap(item.label, LEGEND_TEXT, Math.max(1, cell - lead(item)), LABEL_LINES);
    if (item.swatch) drawables.push(...item.swatch.marks(x, y + LINE_HEIGHT / 2));
    drawables.push(text(lines, x + lead(item), y, LEGEND_TEXT));
    rowLines = Math.max(rowLines, lines.length);
    x += cell + COLUMN_GAP;
  }
  return y - top + rowLines * LINE_HEIGHT;
}

const text = (lines: readonly string[], x: number, top: number, style: TextStyle): Drawable => ({
  lines,
  x,
  baseline: top + LINE_HEIGHT * BASELINE,
  style,
  lineHeight: LINE_HEIGHT,
  ink: { theme: 'foreground' },
  anchor: 'start',
});
