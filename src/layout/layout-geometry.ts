import type { Point } from '../geometry/point.ts';

/**
 * What the layout's scoring and repair measure: the room an actor takes (its shape and the label
 * that hangs below it), the bundles of relations between actors, and the few tests of boxes and
 * segments they need.
 */

/** Two actors and how many relations join them: one drawn bundle. */
export interface Bundle {
  readonly source: string;
  readonly target: string;
  readonly count: number;
}

export interface Obstacle {
  readonly id: string;
  /** Half the width of the actor's shape and label box, and how far the box reaches below the centre. */
  readonly halfWidth: number;
  readonly below: number;
  /** Radius of the actor's shape alone. */
  readonly radius: number;
}

export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Room between two actors' boxes. */
const MARGIN = 12;

/** The box of an actor's shape and label, its centre at `at`. */
export function actorBox(node: Obstacle, at: Point): Box {
  return {
    left: at.x - node.halfWidth,
    right: at.x + node.halfWidth,
    top: at.y - node.radius,
    bottom: at.y + node.below,
  };
}

/** The box of an actor's label at `at`, on one side of its shape (the stylesheet hangs it below). */
export function labelBox(node: Obstacle, at: Point, side: 'above' | 'below'): Box {
  const height = node.below - node.radius;
  const [top, bottom] =
    side === 'below'
      ? [at.y + node.radius, at.y + node.below]
      : [at.y - node.radius - height, at.y - node.radius];
  return { left: at.x - node.halfWidth, right: at.x + node.halfWidth, top, bottom };
}

/** Whether two boxes come closer than the room the layout keeps between actors. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return (
    a.left - MARGIN < b.right &&
    b.left - MARGIN < a.right &&
    a.top - MARGIN < b.bottom &&
    b.top - MARGIN < a.bottom
  );
}

/** How far an actor's shape and label box reach from its centre in the unit direction (ux, uy). */
export function extentToward(node: Obstacle, ux: number, uy: number): number {
  const box = node.halfWidth * Math.abs(ux) + (uy > 0 ? node.below * uy : node.radius * -uy);
  return Math.max(node.radius, box);
}

/** Whether the segment a–b comes within `reach` of the box. */
export function segmentNearBox(a: Point, b: Point, box: Box, reach: number): boolean {
  if (
    Math.max(a.x, b.x) < box.left - reach ||
    Math.min(a.x, b.x) > box.right + reach ||
    Math.max(a.y, b.y) < box.top - reach ||
    Math.min(a.y, b.y) > box.bottom + reach
  )
    return false;
  // Sample the segment; exact distance to a box is not worth the code for a score.
  const steps = 24;
  for (let k = 1; k < steps; k++) {
    const x = a.x + ((b.x - a.x) * k) / steps;
    const y = a.y + ((b.y - a.y) * k) / steps;
    if (x > box.left - reach && x < box.right + reach && y > box.top - reach && y < box.bottom + reach)
      return true;
  }
  return false;
}

/** Whether segments a–b and c–d cross (touching does not count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const cross = (p: Point, q: Point, r: Point): number =>
    (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return d1 * d2 < 0 && d3 * d4 < 0;
}
