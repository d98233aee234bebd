import type { ActorKind } from '../model/dataset.ts';
import type { StatusEncoding, TypeEncoding } from '../style/encoding.ts';
import type { Theme } from '../style/theme.ts';
import { arrowSize, drawMarker } from './svg-markers.ts';
import { KIND_NODE_SHAPES, nodeShapeElement } from './svg-shapes.ts';
import { num, textElement, textWidth, wrapText } from './svg-text.ts';

export interface LegendContent {
  readonly kinds: readonly ActorKind[];
  /** The drawn relation types, in vocabulary order, with their (data) labels. */
  readonly types: readonly { readonly label: string; readonly encoding: TypeEncoding }[];
  readonly statuses: readonly StatusEncoding[];
}

export const LEGEND_NOTE = 'Arrows show direction; width shows the number of quotes';

const FONT_SIZE = 12;
const LINE_HEIGHT = 15;
const ROW_GAP = 5;
const COLUMN_GAP = 22;
const SECTION_GAP = 10;
const SWATCH = 36;
const SWATCH_GAP = 7;
const SAMPLE_WIDTH = 2.25;
// Mid markers sit behind the midpoint (Cytoscape's arrow frame); centred here, they read as a key.
const MARKER_CENTERING: Readonly<Record<TypeEncoding['marker'], number>> = Object.freeze({
  circle: 0,
  tee: 0.05,
  square: 0.15,
  diamond: 0.15,
  triangle: 0.15,
  vee: 0.15,
});

interface Item {
  /** The swatch, drawn with its vertical middle at `y`. */
  readonly swatch: (x: number, y: number) => string;
  readonly swatchWidth: number;
  readonly label: string;
}

/**
 * The legend as the widget's legend has it: actor kinds and the reading note, relation types, then
 * statuses; each section a grid whose columns are as many as fit `width`. Returns the drawing and
 * its height, from `top`.
 */
export function drawLegend(
  content: LegendContent,
  theme: Theme,
  left: number,
  top: number,
  width: number,
): { svg: string; height: number } {
  const parts: string[] = [];
  let y = top;
  const heading = (text: string): void => {
    parts.push(headingText(text, theme, left, y));
    y += LINE_HEIGHT + 2;
  };
  const section = (items: readonly Item[], arrangement: 'grid' | 'flow'): void => {
    const grid = drawItems(items, theme, left, y, width, arrangement);
    parts.push(grid.svg);
    y += grid.height + SECTION_GAP;
  };

  section(
    [
      ...content.kinds.map((kind) => kindItem(kind, theme)),
      { swatch: () => '', swatchWidth: 0, label: `${LEGEND_NOTE}.` },
    ],
    'flow',
  );
  if (content.types.length) {
    heading('Relation types');
    section(
      content.types.map(({ label, encoding }) => typeItem(label, encoding, theme)),
      'grid',
    );
  }
  if (content.statuses.length) {
    heading('Status');
    section(
      content.statuses.map((status) => statusItem(status, theme)),
      'grid',
    );
  }
  return { svg: parts.join('\n'), height: y - top - SECTION_GAP };
}

/**
 * Items in rows. A grid gives every item the widest item's width, so types line up in columns; a
 * flow gives each its own width, so a few short items and a long note share a line.
 */
function drawItems(
  items: readonly Item[],
  theme: Theme,
  left: number,
  top: number,
  width: number,
  arrangement: 'grid' | 'flow',
): { svg: string; height: number } {
  const lead = (item: Item): number => item.swatchWidth + (item.swatchWidth ? SWATCH_GAP : 0);
  const natural = (item: Item): number => Math.min(width, lead(item) + textWidth(item.label, FONT_SIZE, 400));
  const column = Math.max(0, ...items.map(natural));
  const parts: string[] = [];
  let x = left;
  let y = top;
  let rowLines = 0;
  for (const item of items) {
    const cell = arrangement === 'grid' ? column : natural(item);
    if (x > left && x + cell > left + width) {
      x = left;
      y += rowLines * LINE_HEIGHT + ROW_GAP;
      rowLines = 0;
    }
    const lines = wrapText(item.label, FONT_SIZE, 400, cell - lead(item), 2);
    parts.push(item.swatch(x, y + LINE_HEIGHT / 2));
    parts.push(
      textElement(lines, x + lead(item), y + LINE_HEIGHT * 0.75, {
        fontSize: FONT_SIZE,
        weight: 400,
        fill: theme.foreground,
        anchor: 'start',
        lineHeight: LINE_HEIGHT,
      }),
    );
    rowLines = Math.max(rowLines, lines.length);
    x += cell + COLUMN_GAP;
  }
  return { svg: parts.join(''), height: y - top + rowLines * LINE_HEIGHT };
}

function typeItem(label: string, encoding: TypeEncoding, theme: Theme): Item {
  const size = arrowSize(SAMPLE_WIDTH);
  return {
    swatchWidth: SWATCH,
    label,
    swatch: (x, y) => {
      const at = { x: x + SWATCH / 2 + MARKER_CENTERING[encoding.marker] * size, y };
      const paint = {
        color: encoding.color,
        fill: encoding.markerFill,
        background: theme.background,
        opacity: 1,
      };
      return (
        line(x, y, encoding.color, '') + drawMarker(encoding.marker, at, { x: 1, y: 0 }, size, paint).svg
      );
    },
  };
}

function statusItem(status: StatusEncoding, theme: Theme): Item {
  const dash = status.dashPattern.length ? ` stroke-dasharray="${status.dashPattern.join(' ')}"` : '';
  const opacity = status.opacity < 1 ? ` stroke-opacity="${num(status.opacity)}"` : '';
  return {
    swatchWidth: SWATCH,
    label: status.label,
    swatch: (x, y) => line(x, y, theme.foreground, dash + opacity),
  };
}

function kindItem(kind: ActorKind, theme: Theme): Item {
  const size = 14;
  return {
    swatchWidth: size + 2,
    label: kind,
    swatch: (x, y) =>
      nodeShapeElement(
        KIND_NODE_SHAPES[kind],
        { x: x + size / 2 + 1, y },
        `fill="${theme.nodeFill}" stroke="${theme.nodeBorder}" stroke-width="${kind === 'bloc' ? 2 : 1.5}"`,
        size,
      ),
  };
}

function line(x: number, y: number, color: string, extra: string): string {
  const inset = SAMPLE_WIDTH / 2;
  return `<path d="M${num(x + inset)} ${num(y)}H${num(x + SWATCH - inset)}" stroke="${color}" stroke-width="${SAMPLE_WIDTH}" stroke-linecap="round"${extra}/>`;
}

function headingText(text: string, theme: Theme, x: number, y: number): string {
  return textElement([text], x, y + LINE_HEIGHT * 0.75, {
    fontSize: FONT_SIZE,
    weight: 700,
    fill: theme.foreground,
    anchor: 'start',
    lineHeight: LINE_HEIGHT,
  });
}
