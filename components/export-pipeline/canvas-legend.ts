import { LEGEND_NOTE, type LegendContent } from '../../src/export/svg-legend.ts';
import type { Theme } from '../../src/style/theme.ts';
import { cssFont, drawLines, wrapLines, type TextStyle } from './canvas-text.ts';
import { KIND_SIZE, SWATCH, drawKind, drawStatus, drawType } from './canvas-swatches.ts';

/** The legend of a PNG, measured: its height, and how to draw it at a place. */
export interface CanvasLegend {
  readonly height: number;
  draw(context: CanvasRenderingContext2D, left: number, top: number): void;
}

// The SVG legend's metrics (`src/export/svg-legend.ts`), so both pictures have the same key.
const FONT_SIZE = 12;
const LINE_HEIGHT = 15;
const ROW_GAP = 5;
const COLUMN_GAP = 22;
const SECTION_GAP = 10;
const SWATCH_GAP = 7;

interface Item {
  readonly swatchWidth: number;
  readonly label: string;
  /** Draws the swatch with its left edge at `x` and its vertical middle at `y`. */
  readonly swatch: (context: CanvasRenderingContext2D, x: number, y: number) => void;
}

type Draw = (context: CanvasRenderingContext2D, left: number, top: number) => void;

/**
 * The legend as the SVG export lays it out: actor kinds and the reading note, relation types, then
 * statuses; each section a grid of as many columns as fit `width`. Text is measured with `context`.
 */
export function layoutLegend(
  context: CanvasRenderingContext2D,
  content: LegendContent,
  theme: Theme,
  width: number,
): CanvasLegend {
  const regular: TextStyle = { size: FONT_SIZE, weight: 400, family: theme.fontFamily };
  const bold: TextStyle = { ...regular, weight: 700 };
  const draws: Draw[] = [];
  let y = 0;
  const heading = (text: string): void => {
    const top = y;
    draws.push((c, left, origin) =>
      drawLines(c, [text], left, origin + top + LINE_HEIGHT * 0.75, {
        ...bold,
        lineHeight: LINE_HEIGHT,
        color: theme.foreground,
      }),
    );
    y += LINE_HEIGHT + 2;
  };
  const section = (items: readonly Item[], arrangement: 'grid' | 'flow'): void => {
    const laid = layoutItems(context, items, regular, width, arrangement);
    const top = y;
    draws.push((c, left, origin) => laid.draw(c, left, origin + top, theme));
    y += laid.height + SECTION_GAP;
  };

  section(
    [
      ...content.kinds.map((kind): Item => ({
        swatchWidth: KIND_SIZE + 2,
        label: kind,
        swatch: (c, x, middle) => drawKind(c, kind, theme, x, middle),
      })),
      { swatchWidth: 0, label: `${LEGEND_NOTE}.`, swatch: () => undefined },
    ],
    'flow',
  );
  if (content.types.length) {
    heading('Relation types');
    section(
      content.types.map(({ label, encoding }) => ({
        swatchWidth: SWATCH,
        label,
        swatch: (c, x, middle) => drawType(c, encoding, theme, x, middle),
      })),
      'grid',
    );
  }
  if (content.statuses.length) {
    heading('Status');
    section(
      content.statuses.map((status) => ({
        swatchWidth: SWATCH,
        label: status.label,
        swatch: (c, x, middle) => drawStatus(c, status, theme, x, middle),
      })),
      'grid',
    );
  }
  return {
    height: y - SECTION_GAP,
    draw: (c, left, top) => draws.forEach((draw) => draw(c, left, top)),
  };
}

/** Items in rows: a grid gives each the widest item's width, a flow each its own. */
function layoutItems(
  context: CanvasRenderingContext2D,
  items: readonly Item[],
  style: TextStyle,
  width: number,
  arrangement: 'grid' | 'flow',
): { height: number; draw: (c: CanvasRenderingContext2D, left: number, top: number, theme: Theme) => void } {
  context.font = cssFont(style);
  const lead = (item: Item): number => item.swatchWidth + (item.swatchWidth ? SWATCH_GAP : 0);
  const natural = (item: Item): number => Math.min(width, lead(item) + context.measureText(item.label).width);
  const column = Math.max(0, ...items.map(natural));
  const placed: { item: Item; x: number; y: number; lines: string[] }[] = [];
  let x = 0;
  let y = 0;
  let rowLines = 0;
  for (const item of items) {
    const cell = arrangement === 'grid' ? column : natural(item);
    if (x > 0 && x + cell > width) {
      x = 0;
      y += rowLines * LINE_HEIGHT + ROW_GAP;
      rowLines = 0;
    }
    const lines = wrapLines(context, item.label, style, Math.max(1, cell - lead(item)), 2);
    placed.push({ item, x, y, lines });
    rowLines = Math.max(rowLines, lines.length);
    x += cell + COLUMN_GAP;
  }
  return {
    height: y + rowLines * LINE_HEIGHT,
    draw: (c, left, top, theme) => {
      for (const { item, x: ix, y: iy, lines } of placed) {
        item.swatch(c, left + ix, top + iy + LINE_HEIGHT / 2);
        drawLines(c, lines, left + ix + lead(item), top + iy + LINE_HEIGHT * 0.75, {
          ...style,
          lineHeight: LINE_HEIGHT,
          color: theme.foreground,
        });
      }
    },
  };
}
