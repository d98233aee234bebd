import { arrowSize, drawMarker } from '../../src/export/svg-markers.ts';
import { KIND_NODE_SHAPES } from '../../src/export/svg-shapes.ts';
import type { ActorKind } from '../../src/model/dataset.ts';
import type { StatusEncoding, TypeEncoding } from '../../src/style/encoding.ts';
import type { Theme } from '../../src/style/theme.ts';

/*
 * The legend's small pictures on a Canvas 2D, as the SVG legend (`src/export/svg-legend.ts`) draws
 * them: same sizes, shapes, markers and dash patterns, so a PNG and an SVG of a view have one key.
 */

export const SWATCH = 36;
const SAMPLE_WIDTH = 2.25;
export const KIND_SIZE = 14;
// Mid markers sit behind the midpoint on screen (Cytoscape's arrow frame); centred here, they read as a key.
const MARKER_CENTERING: Readonly<Record<TypeEncoding['marker'], number>> = Object.freeze({
  circle: 0,
  tee: 0.05,
  square: 0.15,
  diamond: 0.15,
  triangle: 0.15,
  vee: 0.15,
});

const UNIT_POLYGONS: Readonly<Record<'round-hexagon' | 'round-diamond', readonly (readonly number[])[]>> =
  Object.freeze({
    'round-hexagon': [
      [-0.5, -1],
      [-1, 0],
      [-0.5, 1],
      [0.5, 1],
      [1, 0],
      [0.5, -1],
    ],
    'round-diamond': [
      [0, 1],
      [1, 0],
      [0, -1],
      [-1, 0],
    ],
  });

/** An actor kind's node shape, `KIND_SIZE` wide, its left edge at `x` and its middle at `y`. */
export function drawKind(
  context: CanvasRenderingContext2D,
  kind: ActorKind,
  theme: Theme,
  x: number,
  y: number,
): void {
  const half = KIND_SIZE / 2;
  const cx = x + half + 1;
  const shape = KIND_NODE_SHAPES[kind];
  context.beginPath();
  if (shape === 'ellipse') context.arc(cx, y, half, 0, 2 * Math.PI);
  else if (shape === 'round-rectangle')
    context.roundRect(cx - half, y - half, KIND_SIZE, KIND_SIZE, KIND_SIZE / 4);
  else {
    UNIT_POLYGONS[shape].forEach(([px, py], i) => {
      const at: [number, number] = [cx + px! * half, y + py! * half];
      if (i === 0) context.moveTo(...at);
      else context.lineTo(...at);
    });
    context.closePath();
  }
  context.fillStyle = theme.nodeFill;
  context.fill();
  context.lineJoin = 'round';
  context.lineWidth = kind === 'bloc' ? 2 : 1.5;
  context.strokeStyle = theme.nodeBorder;
  context.stroke();
}

/** A relation type: a short line in its colour with its mid-edge marker. */
export function drawType(
  context: CanvasRenderingContext2D,
  encoding: TypeEncoding,
  theme: Theme,
  x: number,
  y: number,
): void {
  sampleLine(context, x, y, encoding.color, [], 1);
  const size = arrowSize(SAMPLE_WIDTH);
  const at = { x: x + SWATCH / 2 + MARKER_CENTERING[encoding.marker] * size, y };
  context.beginPath();
  if (encoding.marker === 'circle') context.arc(at.x, at.y, 0.15 * size, 0, 2 * Math.PI);
  else {
    const paint = {
      color: encoding.color,
      fill: encoding.markerFill,
      background: theme.background,
      opacity: 1,
    };
    drawMarker(encoding.marker, at, { x: 1, y: 0 }, size, paint).points.forEach((p, i) =>
      i === 0 ? context.moveTo(p.x, p.y) : context.lineTo(p.x, p.y),
    );
    context.closePath();
  }
  if (encoding.markerFill === 'filled') {
    context.fillStyle = encoding.color;
    context.fill();
    return;
  }
  // Hollow markers show the background inside, as Cytoscape clears the line there.
  context.fillStyle = theme.background;
  context.fill();
  context.lineWidth = 1;
  context.lineJoin = 'miter';
  context.strokeStyle = encoding.color;
  context.stroke();
}

/** A status: a line in the text colour with the status's dash pattern and opacity. */
export function drawStatus(
  context: CanvasRenderingContext2D,
  status: StatusEncoding,
  theme: Theme,
  x: number,
  y: number,
): void {
  sampleLine(context, x, y, theme.foreground, status.dashPattern, status.opacity);
}

function sampleLine(
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
  color: string,
  dash: readonly number[],
  opacity: number,
): void {
  const inset = SAMPLE_WIDTH / 2;
  context.save();
  context.globalAlpha = opacity;
  context.setLineDash([...dash]);
  context.lineCap = 'round';
  context.lineWidth = SAMPLE_WIDTH;
  context.strokeStyle = color;
  context.beginPath();
  context.moveTo(x + inset, y);
  context.lineTo(x + SWATCH - inset, y);
  context.stroke();
  context.restore();
}
