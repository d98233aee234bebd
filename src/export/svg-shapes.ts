import type { ActorKind } from '../model/dataset.ts';
import { NODE_SIZE } from '../style/stylesheet.ts';
import { num } from './svg-text.ts';
import { add, cross, dot, length, scale, sub, type Point } from '../geometry/point.ts';

/**
 * Node shapes as Cytoscape draws them for the stylesheet's `KIND_SHAPES`. Polygons are Cytoscape's
 * unit polygons (`generateUnitNgonPointsFitToSquare`), corners rounded the way its `round-*` shapes
 * round them: an arc of radius min(size / 10, 8) at every vertex, rectangles min(size / 4, 8).
 */
export type NodeShape = 'ellipse' | 'round-hexagon' | 'round-rectangle' | 'round-diamond';

export const KIND_NODE_SHAPES: Readonly<Record<ActorKind, NodeShape>> = Object.freeze({
  state: 'ellipse',
  bloc: 'round-hexagon',
  organization: 'round-rectangle',
  group: 'round-diamond',
  person: 'ellipse',
});

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

/** The shape as an SVG element, `size` wide and high; `paint` holds its fill and stroke attributes. */
export function nodeShapeElement(
  shape: NodeShape,
  center: Point,
  paint: string,
  size: number = NODE_SIZE,
): string {
  const half = size / 2;
  if (shape === 'ellipse')
    return `<circle cx="${num(center.x)}" cy="${num(center.y)}" r="${num(half)}" ${paint}/>`;
  if (shape === 'round-rectangle') {
    const r = Math.min(size / 4, 8);
    return `<rect x="${num(center.x - half)}" y="${num(center.y - half)}" width="${num(size)}" height="${num(size)}" rx="${num(r)}" ${paint}/>`;
  }
  const vertices = UNIT_POLYGONS[shape].map((p) => add(center, scale(p, half)));
  return `<path d="${roundedPolygonPath(vertices, Math.min(size / 10, 8))}" ${paint}/>`;
}

/** Every corner replaced by a tangent arc of `radius`, shortened where the sides are too short. */
function roundedPolygonPath(vertices: readonly Point[], radius: number): string {
  const parts = vertices.map((vertex, i) => {
    const previous = vertices[(i + vertices.length - 1) % vertices.length]!;
    const next = vertices[(i + 1) % vertices.length]!;
    const toPrevious = sub(previous, vertex);
    const toNext = sub(next, vertex);
    const angle = Math.acos(
      Math.max(-1, Math.min(1, dot(toPrevious, toNext) / (length(toPrevious) * length(toNext)))),
    );
    const limit = Math.min(length(toPrevious), length(toNext)) / 2;
    const reach = Math.min(radius / Math.tan(angle / 2), limit);
    const arcRadius = reach * Math.tan(angle / 2);
    const start = add(vertex, scale(toPrevious, reach / length(toPrevious)));
    const end = add(vertex, scale(toNext, reach / length(toNext)));
    // The arc turns the way the outline turns at this corner.
    const sweep = cross(sub(vertex, previous), toNext) > 0 ? 1 : 0;
    return { start, end, arcRadius, sweep };
  });
  const first = parts[0]!;
  return [
    `M${num(first.start.x)} ${num(first.start.y)}`,
    ...parts.map(
      (p, i) =>
        `${i === 0 ? '' : `L${num(p.start.x)} ${num(p.start.y)}`}A${num(p.arcRadius)} ${num(p.arcRadius)} 0 0 ${p.sweep} ${num(p.end.x)} ${num(p.end.y)}`,
    ),
    'Z',
  ].join('');
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
    return add(center, scale(u, roundedSquareReach(u, half, Math.min(size / 4, 8))));
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
