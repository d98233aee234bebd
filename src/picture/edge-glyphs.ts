import type { Point } from '../geometry/point.ts';
import type { Figure, Ink, Mark } from './marks.ts';

/**
 * How a relation's line ends and what marks its middle, for every painter: Cytoscape's arrow shapes
 * (the stylesheet names them, and their geometry here is Cytoscape's `arrow-shapes.mjs`), their size,
 * and where the arrowhead and loops sit. Which type gets which marker is its `TypeEncoding`.
 */

export type MarkerShape = 'circle' | 'square' | 'diamond' | 'tee' | 'triangle' | 'vee';

/** The stylesheet's `arrow-scale`. */
export const ARROW_SCALE = 1.1;
/** The stylesheet's `target-distance-from-node`: the arrowhead's tip stops this far off the outline. */
export const ARROW_DISTANCE = 1;
/** A self-loop: Cytoscape's `control-point-step-size` default, and its direction and sweep in degrees. */
export const EDGE_LOOP = Object.freeze({ step: 40, direction: -45, sweep: -60 });

/** Cytoscape's `getArrowWidth`: the size every arrow shape's unit coordinates are multiplied by. */
export function arrowSize(edgeWidth: number): number {
  return Math.max((edgeWidth * 13.37) ** 0.9, 29) * ARROW_SCALE;
}

/** How far a target triangle reaches back from its tip. */
export function arrowLength(edgeWidth: number): number {
  return 0.3 * arrowSize(edgeWidth);
}

// Cytoscape's arrow shapes in its unit frame: the tip at (0, 0), -y pointing back along the edge.
// Mid markers use the same frame, so squares and diamonds sit just behind the curve's midpoint.
const MARKER_POLYGONS: Readonly<Record<Exclude<MarkerShape, 'circle'>, readonly number[]>> = Object.freeze({
  triangle: [-0.15, -0.3, 0, 0, 0.15, -0.3],
  vee: [-0.15, -0.3, 0, 0, 0.15, -0.3, 0, -0.15],
  square: [-0.15, 0, 0.15, 0, 0.15, -0.3, -0.15, -0.3],
  diamond: [-0.15, -0.15, 0, -0.3, 0.15, -0.15, 0, 0],
  tee: [-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0],
});
const CIRCLE_RADIUS = 0.15;

/**
 * How far, in marker sizes, a legend moves a marker forward so that it looks centred on its line:
 * on the graph a mid marker sits behind the midpoint (Cytoscape's arrow frame).
 */
export const MARKER_CENTERING: Readonly<Record<MarkerShape, number>> = Object.freeze({
  circle: 0,
  tee: 0.05,
  square: 0.15,
  diamond: 0.15,
  triangle: 0.15,
  vee: 0.15,
});

/** An arrow shape `size` large at `at`, pointing along `direction`. */
export function markerFigure(shape: MarkerShape, at: Point, direction: Point, size: number): Figure {
  if (shape === 'circle') return { kind: 'circle', center: at, radius: CIRCLE_RADIUS * size };
  // Cytoscape rotates by atan2(dy, dx) - 90°, which maps the unit frame's +y onto `direction`.
  const angle = Math.atan2(direction.y, direction.x) - Math.PI / 2;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const unit = MARKER_POLYGONS[shape];
  const points: Point[] = [];
  for (let i = 0; i + 1 < unit.length; i += 2) {
    const x = unit[i]!;
    const y = unit[i + 1]!;
    points.push({ x: at.x + (x * cos - y * sin) * size, y: at.y + (x * sin + y * cos) * size });
  }
  return { kind: 'polygon', points, cornerRadius: 0 };
}

export interface MarkerPaint {
  readonly color: Ink;
  readonly fill: 'filled' | 'hollow';
  /** The edge's opacity. */
  readonly opacity: number;
}

/**
 * A marker as Cytoscape paints it: a hollow one shows the background inside (Cytoscape clears the
 * line there), outlined with a 1-unit stroke (its default `arrow-width`) and mitred joins; a
 * translucent one is painted over a copy in the background colour, as Cytoscape clears the shape first.
 */
export function markerMarks(
  shape: MarkerShape,
  at: Point,
  direction: Point,
  size: number,
  paint: MarkerPaint,
): Mark[] {
  const figure = markerFigure(shape, at, direction, size);
  const translucent = paint.opacity < 1;
  const opacity = translucent ? paint.opacity : undefined;
  const marks: Mark[] =
    translucent || paint.fill === 'hollow' ? [{ figure, paint: { fill: { theme: 'background' } } }] : [];
  marks.push(
    paint.fill === 'filled'
      ? { figure, paint: { fill: paint.color, ...(opacity ? { fillOpacity: opacity } : {}) } }
      : {
          figure,
          paint: {
            stroke: paint.color,
            ...(opacity ? { strokeOpacity: opacity } : {}),
            strokeWidth: 1,
            lineJoin: 'miter',
          },
        },
  );
  return marks;
}
