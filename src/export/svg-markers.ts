import type { MarkerShape } from '../style/encoding.ts';
import { add, type Point } from '../geometry/point.ts';
import { num } from './svg-text.ts';

/** The stylesheet's `arrow-scale`. */
const ARROW_SCALE = 1.1;

/** Cytoscape's `getArrowWidth`: the size every arrow shape's unit coordinates are multiplied by. */
export function arrowSize(edgeWidth: number): number {
  return Math.max((edgeWidth * 13.37) ** 0.9, 29) * ARROW_SCALE;
}

/** How far a target triangle reaches back from its tip. */
export function arrowLength(edgeWidth: number): number {
  return 0.3 * arrowSize(edgeWidth);
}

// Cytoscape's arrow shapes (`arrow-shapes.mjs`) in its unit frame: the tip at (0, 0), -y pointing
// back along the edge. Mid markers use the same frame, so squares and diamonds sit just behind the
// curve's midpoint, as on screen.
const POLYGONS: Readonly<Record<Exclude<MarkerShape, 'circle'>, readonly number[]>> = Object.freeze({
  triangle: [-0.15, -0.3, 0, 0, 0.15, -0.3],
  vee: [-0.15, -0.3, 0, 0, 0.15, -0.3, 0, -0.15],
  square: [-0.15, 0, 0.15, 0, 0.15, -0.3, -0.15, -0.3],
  diamond: [-0.15, -0.15, 0, -0.3, 0.15, -0.15, 0, 0],
  tee: [-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0],
});
const CIRCLE_RADIUS = 0.15;

export interface MarkerPaint {
  readonly color: string;
  readonly fill: 'filled' | 'hollow';
  /** What shows inside a hollow marker: Cytoscape clears the line there, so the background does. */
  readonly background: string;
  /** The edge's opacity; Cytoscape clears the shape before painting it translucent, and so does this. */
  readonly opacity: number;
}

export interface DrawnMarker {
  readonly svg: string;
  /** The outline points, for the drawing's bounding box. */
  readonly points: readonly Point[];
}

/**
 * An arrow shape at `at`, pointing along `direction`, as a plain path or circle: no <marker>, no
 * references, so the file needs no ids. Hollow shapes get a 1-unit stroke (Cytoscape's default
 * `arrow-width`) with mitred joins.
 */
export function drawMarker(
  shape: MarkerShape,
  at: Point,
  direction: Point,
  size: number,
  paint: MarkerPaint,
): DrawnMarker {
  const { svg: element, points } = markerElement(shape, at, direction, size);
  const translucent = paint.opacity < 1;
  const alpha = (kind: 'fill' | 'stroke'): string =>
    translucent ? ` ${kind}-opacity="${num(paint.opacity)}"` : '';
  const hollow = `stroke="${paint.color}"${alpha('stroke')} stroke-width="1" stroke-linejoin="miter"`;
  // Opacity goes on fills and strokes, never an `opacity` attribute or a translucent group: resvg
  // 2.6 panics (and takes the process with it) on such a layer next to content its clip cuts away.
  const clear = translucent || paint.fill === 'hollow' ? element(`fill="${paint.background}"`) : '';
  const shapeSvg =
    paint.fill === 'filled'
      ? element(`fill="${paint.color}"${alpha('fill')}`)
      : element(`fill="none" ${hollow}`);
  return { svg: clear + shapeSvg, points };
}

function markerElement(
  shape: MarkerShape,
  at: Point,
  direction: Point,
  size: number,
): { svg: (paint: string) => string; points: Point[] } {
  if (shape === 'circle') {
    const r = CIRCLE_RADIUS * size;
    return {
      svg: (paint) => `<circle cx="${num(at.x)}" cy="${num(at.y)}" r="${num(r)}" ${paint}/>`,
      points: [add(at, { x: -r, y: -r }), add(at, { x: r, y: r })],
    };
  }
  // Cytoscape rotates by atan2(dy, dx) - 90°, which maps the unit frame's +y onto `direction`.
  const angle = Math.atan2(direction.y, direction.x) - Math.PI / 2;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const unitPoints = POLYGONS[shape];
  const points: Point[] = [];
  for (let i = 0; i + 1 < unitPoints.length; i += 2) {
    const x = unitPoints[i]!;
    const y = unitPoints[i + 1]!;
    points.push({ x: at.x + (x * cos - y * sin) * size, y: at.y + (x * sin + y * cos) * size });
  }
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join('');
  return { svg: (paint) => `<path d="${d}Z" ${paint}/>`, points };
}
