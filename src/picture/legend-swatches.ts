import type { ActorKind } from '../model/dataset.ts';
import type { StatusEncoding, TypeEncoding } from '../style/encoding.ts';
import { arrowSize, markerMarks, MARKER_CENTERING } from './edge-glyphs.ts';
import { KIND_BORDERS, KIND_SHAPES } from './kind-glyphs.ts';
import type { Swatch } from './legend-layout.ts';
import type { Ink, Mark, Paint } from './marks.ts';
import { nodeFigure } from './node-glyphs.ts';

/**
 * The graph's small pictures of what it draws: an actor kind's shape, a relation type's line and
 * marker, a status's line pattern. The exported legends and the widget's legend, table and panel all
 * show these, so every key matches the canvas.
 */

/** A line swatch's size: long enough for a dash pattern to show twice. */
export const LINE_SWATCH = Object.freeze({ width: 36, height: 14 });
/** A kind's shape in a swatch. */
const KIND_SIZE = 14;
/** The width of a sample line; its markers are sized for it as an edge's would be. */
const SAMPLE_WIDTH = 2.25;

export function kindSwatch(kind: ActorKind): Swatch {
  const box = KIND_SIZE + 2;
  return {
    width: box,
    height: box,
    marks: (left, middle) => [
      {
        figure: nodeFigure(KIND_SHAPES[kind], { x: left + box / 2, y: middle }, KIND_SIZE),
        paint: {
          fill: { theme: 'nodeFill' },
          stroke: { theme: 'nodeBorder' },
          strokeWidth: KIND_BORDERS[kind] === 'double' ? 2 : 1.5,
        },
      },
    ],
  };
}

/** A relation type: a short line in its colour with its mid-edge marker, centred; without an encoding, a plain line. */
export function typeSwatch(encoding: TypeEncoding | undefined): Swatch {
  return {
    ...LINE_SWATCH,
    marks: (left, middle) => {
      if (!encoding) return [sampleLine(left, middle, { theme: 'foreground' })];
      const size = arrowSize(SAMPLE_WIDTH);
      const at = { x: left + LINE_SWATCH.width / 2 + MARKER_CENTERING[encoding.marker] * size, y: middle };
      return [
        sampleLine(left, middle, encoding.color),
        ...markerMarks(encoding.marker, at, { x: 1, y: 0 }, size, {
          color: encoding.color,
          fill: encoding.markerFill,
          opacity: 1,
        }),
      ];
    },
  };
}

/** A status: a line in the text colour with the status's dash pattern and opacity. */
export function statusSwatch(status: StatusEncoding): Swatch {
  return {
    ...LINE_SWATCH,
    marks: (left, middle) => [
      sampleLine(
        left,
        middle,
        { theme: 'foreground' },
        {
          ...(status.dashPattern.length ? { dash: status.dashPattern } : {}),
          ...(status.opacity < 1 ? { strokeOpacity: status.opacity } : {}),
        },
      ),
    ],
  };
}

function sampleLine(left: number, middle: number, ink: Ink, paint: Paint = {}): Mark {
  const inset = SAMPLE_WIDTH / 2;
  return {
    figure: {
      kind: 'line',
      from: { x: left + inset, y: middle },
      to: { x: left + LINE_SWATCH.width - inset, y: middle },
    },
    paint: { stroke: ink, strokeWidth: SAMPLE_WIDTH, lineCap: 'round', ...paint },
  };
}
