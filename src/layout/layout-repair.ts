import type { Point } from '../geometry/point.ts';
import { round } from '../geometry/round.ts';
import {
  actorBox,
  boxesOverlap,
  extentToward,
  labelBox,
  segmentNearBox,
  type Bundle,
  type Obstacle,
} from './layout-geometry.ts';
import { bundlesCross, ON_BUNDLE, sitsOn } from './layout-score.ts';

/*
 * Repairs a layout that `layoutPenalty` finds hard to read: pushes actors off bundles they are not
 * part of, then moves those still on one to the best free spot nearby.
 */

/**
 * Moves every actor still on a foreign bundle after `clearBundles` (one caught between two bundles
 * that share an end is pushed from one onto the other) to the free spot nearby that scores best:
 * off every bundle, its own bundles over no one and crossing few others, its box clear of every other
 * actor's, and its relations not much longer. Only what involves the moved actor is scored.
 */
export function relocateOffenders(
  positions: Map<string, Point>,
  bundles: readonly Bundle[],
  obstacles: readonly Obstacle[],
  spacing: number,
): void {
  for (const _ of relocateSteps(positions, bundles, obstacles, spacing));
}

/**
 * `relocateOffenders` one actor at a time: yields after each, so the page stays responsive while
 * a 60-actor graph (the largest that gets candidates) is repaired.
 */
export function* relocateSteps(
  positions: Map<string, Point>,
  bundles: readonly Bundle[],
  obstacles: readonly Obstacle[],
  spacing: number,
): Generator<void, void> {
  const offenders = obstacles.filter((node) => bundles.some((b) => sitsOn(positions, b, node, spacing)));
  const byId = new Map(obstacles.map((node) => [node.id, node]));
  for (const node of offenders) {
    // An earlier move may have freed this one.
    if (!bundles.some((b) => sitsOn(positions, b, node, spacing))) continue;
    const own = bundles.filter((b) => b.source === node.id || b.target === node.id);
    const costAt = (at: Point): number => {
      positions.set(node.id, at);
      return placementCost(positions, node, own, { bundles, obstacles, byId, spacing });
    };
    const start = positions.get(node.id)!;
    let best = { at: start, cost: costAt(start) };
    const consider = (x: number, y: number): void => {
      const at = { x: round(x, 1), y: round(y, 1) };
      const cost = costAt(at);
      if (cost < best.cost) best = { at, cost };
    };
    // A coarse grid over the whole layout and some room around it, then a finer one around the best.
    const area = bounds(positions, byId);
    const step = Math.max(area.width, area.height) / GRID;
    for (let x = area.left; x <= area.right; x += step) {
      for (let y = area.top; y <= area.bottom; y += step) consider(x, y);
    }
    const centre = best.at;
    for (let i = -4; i <= 4; i++) {
      for (let j = -4; j <= 4; j++) consider(centre.x + (i * step) / 4, centre.y + (j * step) / 4);
    }
    positions.set(node.id, best.at);
    yield;
  }
}

/**
 * What an actor where `positions` has it costs, counting only what involves it: it on a bundle, its
 * own bundles over others or crossing, their length, relations through labels, boxes that meet.
 */
function placementCost(
  positions: ReadonlyMap<string, Point>,
  node: Obstacle,
  own: readonly Bundle[],
  scene: {
    bundles: readonly Bundle[];
    obstacles: readonly Obstacle[];
    byId: ReadonlyMap<string, Obstacle>;
    spacing: number;
  },
): number {
  const { bundles, obstacles, byId, spacing } = scene;
  const at = positions.get(node.id)!;
  let cost = 0;
  for (const bundle of bundles) if (sitsOn(positions, bundle, node, spacing)) cost += ON_BUNDLE;
  for (const bundle of own) {
    for (const other of obstacles) if (sitsOn(positions, bundle, other, spacing)) cost += ON_BUNDLE;
    for (const other of bundles) if (bundlesCross(positions, bundle, other)) cost += 1;
    const farId = bundle.source === node.id ? bundle.target : bundle.source;
    const far = positions.get(farId);
    if (!far) continue;
    cost += Math.hypot(far.x - at.x, far.y - at.y) / LENGTH_PER_CROSSING;
    // A relation that leaves downwards runs through its own actor's label, which hangs below.
    if (throughLabel(at, far, node)) cost += THROUGH_LABEL;
    const farNode = byId.get(farId);
    if (farNode && throughLabel(far, at, farNode)) cost += THROUGH_LABEL;
  }
  for (const other of obstacles) {
    if (other.id !== node.id && boxesMeet(positions, node, other)) cost += COLLISION;
  }
  return cost;
}

/** A relation this many units longer costs as much as one more crossing. */
const LENGTH_PER_CROSSING = 400;
/** A relation through an end's own label: readable, but worth a longer relation to avoid. */
const THROUGH_LABEL = 3;
/** Actors' boxes must never meet: that is the label collision the layout exists to avoid. */
const COLLISION = 1000;
/** Candidate spots per side of the searched area, before the finer search around the best. */
const GRID = 20;
/** Room around the current layout for relocated actors. */
const ROOM = 160;

/** Whether the line from an actor at `from` towards `to` crosses the actor's label, below its shape. */
function throughLabel(from: Point, to: Point, node: Obstacle): boolean {
  return segmentNearBox(from, to, labelBox(node, from, 'below'), 0);
}

function boxesMeet(positions: ReadonlyMap<string, Point>, a: Obstacle, b: Obstacle): boolean {
  const p = positions.get(a.id);
  const q = positions.get(b.id);
  if (!p || !q) return false;
  return boxesOverlap(actorBox(a, p), actorBox(b, q));
}

function bounds(
  positions: ReadonlyMap<string, Point>,
  obstacles: ReadonlyMap<string, Obstacle>,
): { left: number; right: number; top: number; bottom: number; width: number; height: number } {
  let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [id, p] of positions) {
    const node = obstacles.get(id);
    const half = node?.halfWidth ?? 0;
    left = Math.min(left, p.x - half);
    right = Math.max(right, p.x + half);
    top = Math.min(top, p.y - (node?.radius ?? 0));
    bottom = Math.max(bottom, p.y + (node?.below ?? 0));
  }
  [left, right, top, bottom] = [left - ROOM, right + ROOM, top - ROOM, bottom + ROOM];
  return { left, right, top, bottom, width: right - left, height: bottom - top };
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
  for (let pass = 0; pass < rounds; pass++) {
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
        const direction = side >= 0 ? 1 : -1;
        // The label hangs below the shape: an actor above a bundle needs its label clear, not only its
        // circle (the UAE's two-line label sat on the Iran-Israel bundle).
        const clearance = reach + extentToward(node, -nx * direction, -ny * direction) + 10;
        const gap = clearance - Math.abs(side);
        if (gap <= 0) continue;
        const step = Math.min(gap, 8);
        positions.set(node.id, {
          x: round(p.x + nx * direction * step, 1),
          y: round(p.y + ny * direction * step, 1),
        });
        moved = true;
      }
    }
    if (!moved) return;
  }
}
