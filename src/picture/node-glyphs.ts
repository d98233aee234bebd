import { add, cross, dot, length, scale, sub, type Point } from '../geometry/point.ts';
import type { ActorKind } from '../model/dataset.ts';
import { KIND_BORDERS, KIND_SHAPES, type NodeShape } from './kind-glyphs.ts';
import type { Figure, Ink, Mark } from './marks.ts';

/**
 * How an actor is drawn, for every painter: its size, the geometry of its shape, its border, its
 * label's place and the selection's underlay (which kind gets which shape: `kind-glyphs.ts`). The
 * shapes are Cytoscape's, and so is their geometry here, so the SVG and the legends draw what the
 * canvas draws.
 */

/** Node size in graph units; the layout uses it too. */
export const NODE_SIZE = 34;
/** Widest label line before it wraps, in graph units. */
export const LABEL_MAX_WIDTH = 130;

/** Border widths: single, double (its middle third left empty), and a selected or matched actor's. */
export const NODE_BORDER = Object.freeze({ single: 2, double: 4, selected: 4 });

/** The label: below the node (or above, see `labelsAbove`), `margin` away, with a halo of `outline`. */
export const NODE_LABEL = Object.freeze({ margin: 5, outline: 2.5, weight: 600 as const });

/** The selection's translucent underlay around an actor or along a relation. */
export const SELECTION_UNDERLAY = Object.freeze({ opacity: 0.3, nodePadding: 6, edgePadding: 4 });

// Cytoscape's unit polygons (`generateUnitNgonPointsFitToSquare`) for the polygon shapes.
const UNIT_POLYGONS: Readonly<Record<'round-hexagon' | 'round-diamond', readonly Point[]>> = Object.freeze({
  'round-hexagon': [
    { x: -0.5, y: -1 },
    { x: -1, y: 0 },
    { x: -0.5, y: 1 },
    { x: 0.5, y: 1 },
    { x: 1, y: 0 },
    { x: 0.5, y: -1 },
  ],
  'round-diamond': [
    { x: 0, y: 1 },
    { x: 1, y: 0 },
    { x: 0, y: -1 },
    { x: -1, y: 0 },
  ],
});

/** Cytoscape's corner radii: min(size / 4, 8) for a rectangle, min(size / 10, 8) for other polygons. */
const rectangleCorner = (size: number): number => Math.min(size / 4, 8);
const polygonCorner = (size: number): number => Math.min(size / 10, 8);

/** The shape `size` wide and high around `center`. */
export function nodeFigure(shape: NodeShape, center: Point, size: number): Figure {
  const half = size / 2;
  if (shape === 'ellipse') return { kind: 'circle', center, radius: half };
  if (shape === 'round-rectangle')
    return {
      kind: 'rect',
      x: center.x - half,
      y: center.y - half,
      width: size,
      height: size,
      cornerRadius: rectangleCorner(size),
    };
  return {
    kind: 'polygon',
    points: UNIT_POLYGONS[shape].map((p) => add(center, scale(p, half))),
    cornerRadius: polygonCorner(size),
  };
}

/**
 * An actor as the canvas draws it: its shape filled and outlined, and for a double border the
 * middle third of the stroke erased in the background colour, as Cytoscape does.
 */
export function nodeMarks(
  kind: ActorKind,
  center: Point,
  border: { readonly width: number; readonly ink: Ink },
): Mark[] {
  const figure = nodeFigure(KIND_SHAPES[kind], center, NODE_SIZE);
  const marks: Mark[] = [
    { figure, paint: { fill: { theme: 'nodeFill' }, stroke: border.ink, strokeWidth: border.width } },
  ];
  if (KIND_BORDERS[kind] === 'double')
    marks.push({ figure, paint: { stroke: { theme: 'background' }, strokeWidth: border.width / 3 } });
  return marks;
}

/**
 * Where the line from `toward` to the centre crosses the outline of a node whose outline is `size`
 * wide (Cytoscape intersects with the outer width: the node plus its border). Polygons are taken with
 * sharp corners; the rounding moves a point by at most a pixel.
 */
export function outlinePoint(shape: NodeShape, center: Point, size: number, toward: Point): Point {
  const direction = sub(toward, center);
  const distance = length(direction);
  if (distance < 1e-9) return center;
  const u = scale(direction, 1 / distance);
  const half = size / 2;
  if (shape === 'ellipse') return add(center, scale(u, half));
  if (shape === 'round-rectangle')
    return add(center, scale(u, roundedSquareReach(u, half, rectangleCorner(size))));
  const vertices = UNIT_POLYGONS[shape].map((p) => scale(p, half));
  let reach = Infinity;
  vertices.forEach((a, i) => {
    const b = vertices[(i + 1) % vertices.length]!;
    const t = raySegment(u, a, b);
    if (t !== undefined) reach = Math.min(reach, t);
  });
  return add(center, scale(u, Number.isFinite(reach) ? reach : half));
}

/** How far a ray from the centre of a square of half-side `half`, corners of `radius`, reaches. */
function roundedSquareReach(u: Point, half: number, radius: number): number {
  const t = half / Math.max(Math.abs(u.x), Math.abs(u.y));
  const hit = scale(u, t);
  const inner = half - radius;
  if (Math.abs(hit.x) <= inner || Math.abs(hit.y) <= inner) return t;
  const c = { x: Math.sign(hit.x) * inner, y: Math.sign(hit.y) * inner };
  // |t u - c|² = radius², the far root.
  const b = dot(u, c);
  return b + Math.sqrt(Math.max(0, b * b - (dot(c, c) - radius * radius)));
}

/** Distance along the unit ray from the origin to segment ab, if it hits. */
function raySegment(u: Point, a: Point, b: Point): number | undefined {
  const edge = sub(b, a);
  const denominator = cross(u, edge);
  if (Math.abs(denominator) < 1e-12) return undefined;
  const t = cross(a, edge) / denominator;
  const s = cross(a, u) / denominator;
  return t >= 0 && s >= -1e-9 && s <= 1 + 1e-9 ? t : undefined;
}
