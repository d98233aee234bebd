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
/** Distances in the legend; `baseline` is where a baseline sits in a line, from its top, in lines. */
const METRICS = Object.freeze({
  lineHeight: 15,
  baseline: 0.75,
  headingGap: 2,
  rowGap: 5,
  columnGap: 22,
  sectionGap: 10,
  swatchGap: 7,
  labelLines: 2,
});
const { lineHeight: LINE_HEIGHT, sectionGap: SECTION_GAP } = METRICS;

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
      y += LINE_HEIGHT + METRICS.headingGap;
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
  const lead = (item: LegendItem): number => (item.swatch ? item.swatch.width + METRICS.swatchGap : 0);
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
      y += rowLines * LINE_HEIGHT + METRICS.rowGap;
      rowLines = 0;
    }
    // A hair of slack: `lead + width - lead` can come back a rounding error short of the width the
    // label was measured at, and the label would then break inside its last word.
    const room = Math.max(1, cell - lead(item)) + 1e-6;
    const lines = measure.wrap(item.label, LEGEND_TEXT, room, METRICS.labelLines);
    if (item.swatch) drawables.push(...item.swatch.marks(x, y + LINE_HEIGHT / 2));
    drawables.push(text(lines, x + lead(item), y, LEGEND_TEXT));
    rowLines = Math.max(rowLines, lines.length);
    x += cell + METRICS.columnGap;
  }
  return y - top + rowLines * LINE_HEIGHT;
}

const text = (lines: readonly string[], x: number, top: number, style: TextStyle): Drawable => ({
  lines,
  x,
  baseline: top + LINE_HEIGHT * METRICS.baseline,
  style,
  lineHeight: LINE_HEIGHT,
  ink: { theme: 'foreground' },
  anchor: 'start',
});
