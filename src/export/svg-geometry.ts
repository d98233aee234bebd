import { add, length, scale, sub, unit, type Point } from '../geometry/point.ts';
import { ARROW_DISTANCE, EDGE_LOOP } from '../picture/edge-glyphs.ts';

/** One quadratic Bézier piece, as Cytoscape draws edges (`quadraticCurveTo`). */
export interface QuadSegment {
  readonly from: Point;
  readonly control: Point;
  readonly to: Point;
}

export interface EdgeCurve {
  readonly segments: readonly QuadSegment[];
  /** Where the mid marker sits and the direction it points (source to target). */
  readonly mid: Point;
  readonly midDirection: Point;
  /** The arrowhead's tip and direction, for directed edges. */
  readonly arrow?: { readonly tip: Point; readonly direction: Point };
}

/** Where the line from `toward` to a node's centre crosses that node's outline. */
export type Outline = (toward: Point) => Point;

export interface EdgeEnds {
  readonly source: Point;
  readonly target: Point;
  readonly sourceOutline: Outline;
  readonly targetOutline: Outline;
  /** Length of the target arrowhead; 0 for an undirected edge. */
  readonly arrowLength: number;
}

/**
 * Cytoscape's `unbundled-bezier` with `edge-distances: node-position` and `control-point-weights: 0.5`:
 * the control point is the midpoint of the two centres moved by `bend` along the unit normal
 * (-dy, dx) / l of the edge's own source→target vector, so a reversed edge with the opposite bend
 * lies on the same side. The curve runs from where the line control point→source centre crosses the
 * source outline to where the line control point→target centre crosses the target outline; for a
 * directed edge it stops at the base of the arrowhead, whose tip is 1 unit off the outline.
 */
export function edgeCurve(ends: EdgeEnds, bend: number): EdgeCurve | undefined {
  const d = sub(ends.target, ends.source);
  const l = length(d);
  // Cytoscape cannot draw an edge between nodes at the same place either.
  if (l < 1e-6) return undefined;
  const normal = { x: -d.y / l, y: d.x / l };
  const control = add(scale(add(ends.source, ends.target), 0.5), scale(normal, bend));
  const from = ends.sourceOutline(control);
  const { to, arrow } = arrowEnd(ends, control);
  return {
    segments: [{ from, control, to }],
    mid: quadAt({ from, control, to }, 0.5),
    // B'(0.5) of a quadratic is parallel to its chord.
    midDirection: unit(sub(to, from)),
    ...(arrow ? { arrow } : {}),
  };
}

const LOOP_STEP = EDGE_LOOP.step;
const LOOP_DIRECTION = (EDGE_LOOP.direction / 180) * Math.PI;
const LOOP_SWEEP = (EDGE_LOOP.sweep / 180) * Math.PI;

/**
 * A self-loop as Cytoscape's `findLoopPoints` draws it: two control points at 1.4 × the step size
 * from the centre, 60° apart around the loop direction (up and to the left), each further loop on
 * the same actor a third larger; two quadratic pieces meeting halfway between the control points.
 */
export function loopCurve(ends: EdgeEnds, index: number): EdgeCurve {
  const center = ends.source;
  const angle = LOOP_DIRECTION - Math.PI / 2;
  const reach = 1.4 * LOOP_STEP * (index / 3 + 1);
  const at = (a: number): Point => add(center, { x: Math.cos(a) * reach, y: Math.sin(a) * reach });
  const out = at(angle - LOOP_SWEEP / 2);
  const back = at(angle + LOOP_SWEEP / 2);
  const mid = scale(add(out, back), 0.5);
  const from = ends.sourceOutline(out);
  const { to, arrow } = arrowEnd(ends, back);
  return {
    segments: [
      { from, control: out, to: mid },
      { from: mid, control: back, to },
    ],
    mid,
    midDirection: unit(sub(back, mid)),
    ...(arrow ? { arrow } : {}),
  };
}

function arrowEnd(ends: EdgeEnds, control: Point): { to: Point; arrow?: EdgeCurve['arrow'] } {
  const onOutline = ends.targetOutline(control);
  if (ends.arrowLength <= 0) return { to: onOutline };
  const direction = unit(sub(onOutline, control));
  const tip = sub(onOutline, scale(direction, ARROW_DISTANCE));
  return { to: sub(tip, scale(direction, ends.arrowLength)), arrow: { tip, direction } };
}

export function quadAt({ from, control, to }: QuadSegment, t: number): Point {
  const a = (1 - t) * (1 - t);
  const b = 2 * (1 - t) * t;
  const c = t * t;
  return { x: a * from.x + b * control.x + c * to.x, y: a * from.y + b * control.y + c * to.y };
}

export function curvePath(segments: readonly QuadSegment[], num: (n: number) => string): string {
  const first = segments[0];
  if (!first) return '';
  const pieces = segments.map(
    (s) => `Q${num(s.control.x)} ${num(s.control.y)} ${num(s.to.x)} ${num(s.to.y)}`,
  );
  return `M${num(first.from.x)} ${num(first.from.y)}${pieces.join('')}`;
}

/** An axis-aligned box that grows to include what is drawn. */
export class Bounds {
  minX = Infinity;
  minY = Infinity;
  maxX = -Infinity;
  maxY = -Infinity;

  get empty(): boolean {
    return this.minX > this.maxX;
  }

  include(p: Point, margin = 0): this {
    this.minX = Math.min(this.minX, p.x - margin);
    this.minY = Math.min(this.minY, p.y - margin);
    this.maxX = Math.max(this.maxX, p.x + margin);
    this.maxY = Math.max(this.maxY, p.y + margin);
    return this;
  }

  /** The exact box of a quadratic piece: its ends and, per axis, the extremum where B'(t) = 0. */
  includeSegment(segment: QuadSegment, margin: number): this {
    this.include(segment.from, margin).include(segment.to, margin);
    for (const axis of ['x', 'y'] as const) {
      const denominator = segment.from[axis] - 2 * segment.control[axis] + segment.to[axis];
      if (Math.abs(denominator) < 1e-12) continue;
      const t = (segment.from[axis] - segment.control[axis]) / denominator;
      if (t > 0 && t < 1) this.include(quadAt(segment, t), margin);
    }
    return this;
  }
}
