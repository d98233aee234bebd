import type { Point } from './compute-layout.ts';

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

/**
 * How hard a layout is to read: an actor sitting on a bundle of relations it is not part of is the
 * worst (the reader cannot tell whether the line ends there), then crossing bundles. fcose knows
 * neither, so the layout tries a few seeds and keeps the one this scores lowest.
 */
export function layoutPenalty(
  positions: ReadonlyMap<string, Point>,
  bundles: readonly Bundle[],
  obstacles: readonly Obstacle[],
  spacing: number,
): number {
  let penalty = 0;
  for (const bundle of bundles) {
    const a = positions.get(bundle.source);
    const b = positions.get(bundle.target);
    if (!a || !b) continue;
    // The outermost curve of a bundle peaks half its control offset away from the straight line.
    const reach = ((bundle.count - 1) / 2) * spacing * 0.5 + 8;
    for (const node of obstacles) {
      if (node.id === bundle.source || node.id === bundle.target) continue;
      const p = positions.get(node.id);
      if (!p) continue;
      const box = {
        left: p.x - node.halfWidth,
        right: p.x + node.halfWidth,
        top: p.y - node.halfWidth,
        bottom: p.y + node.below,
      };
      if (segmentNearBox(a, b, box, reach)) penalty += 10;
    }
  }
  for (let i = 0; i < bundles.length; i++) {
    for (let j = i + 1; j < bundles.length; j++) {
      const s = bundles[i]!;
      const t = bundles[j]!;
      if (s.source === t.source || s.source === t.target || s.target === t.source || s.target === t.target)
        continue;
      const [a, b, c, d] = [
        positions.get(s.source),
        positions.get(s.target),
        positions.get(t.source),
        positions.get(t.target),
      ];
      if (a && b && c && d && segmentsCross(a, b, c, d)) penalty += 1;
    }
  }
  return penalty;
}

/**
 * Moves actors off bundles they are not part of, straight away from the bundle's line, a little at a
 * time so that pushes from several bundles settle. fcose has no force between nodes and edges, and an
 * actor tied to both ends of a bundle (Saudi Arabia to Russia and Iran) is pulled onto its middle.
 */
export function clearBundles(
  positions: Map<string, Point>,
  bundles: readonly Bundle[],
  obstacles: readonly Obstacle[],
  spacing: number,
  rounds = 120,
): void {
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (const bundle of bundles) {
      const a = positions.get(bundle.source);
      const b = positions.get(bundle.target);
      if (!a || !b || (a.x === b.x && a.y === b.y)) continue;
      if (bundle.count < 2) continue;
      const reach = ((bundle.count - 1) / 2) * spacing * 0.5 + 12;
      for (const node of obstacles) {
        if (node.id === bundle.source || node.id === bundle.target) continue;
        const p = positions.get(node.id);
        if (!p) continue;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy);
        if (t <= 0.05 || t >= 0.95) continue;
        const cx = a.x + t * dx;
        const cy = a.y + t * dy;
        const length = Math.hypot(dx, dy);
        // Signed distance along the normal; a node exactly on the line goes to the normal's side.
        const nx = -dy / length;
        const ny = dx / length;
        const side = (p.x - cx) * nx + (p.y - cy) * ny;
        const clearance = reach + node.radius + 14;
        const gap = clearance - Math.abs(side);
        if (gap <= 0) continue;
        const direction = side >= 0 ? 1 : -1;
        const step = Math.min(gap, 8);
        positions.set(node.id, {
          x: round1(p.x + nx * direction * step),
          y: round1(p.y + ny * direction * step),
        });
        moved = true;
      }
    }
    if (!moved) return;
  }
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

function segmentNearBox(
  a: Point,
  b: Point,
  box: { left: number; right: number; top: number; bottom: number },
  reach: number,
): boolean {
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

function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const cross = (p: Point, q: Point, r: Point): number =>
    (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return d1 * d2 < 0 && d3 * d4 < 0;
}
