import type { ActorGraph } from '../graph/actor-graph.ts';
import type { Point, Positions } from '../geometry/point.ts';
import { layoutBundles, layoutObstacles } from './layout-obstacles.ts';
import { PARALLEL_EDGE_SPACING } from '../graph/edge-bends.ts';
import { boxesOverlap, labelBox, segmentNearBox, type Bundle, type Obstacle } from './layout-geometry.ts';

/**
 * Above this many actors every label stays below its actor: the check below is one pass over all
 * bundles per actor, and graphs this large are read by zooming in, not at a glance.
 */
export const LABEL_SIDE_LIMIT = 300;

/**
 * The actors whose label reads better above their shape than below it, where the stylesheet hangs
 * it. The layout keeps labels clear of other actors and of bundles they are not part of, but an
 * actor's own relations leave it in every direction, and those leaving downwards run through its
 * label (in the seed, the Western powers' relations to Iran and the UAE). A label goes above only
 * when fewer relations cross it there, no loop is drawn there (loops leave upwards) and it meets no
 * other actor's shape or label. Pure and deterministic: the canvas, the SVG export and the CLI get
 * the same answer from the same positions.
 */
export function labelsAbove(graph: ActorGraph, positions: Positions): Set<string> {
  const above = new Set<string>();
  if (graph.order > LABEL_SIDE_LIMIT) return above;
  const bundles = layoutBundles(graph);
  const obstacles = layoutObstacles(graph).filter((node) => positions.has(node.id));
  const looped = new Set<string>();
  graph.forEachEdge((_id, _relation, source, target) => void (source === target && looped.add(source)));
  for (const node of obstacles) {
    const at = positions.get(node.id)!;
    const stay = crossings(node, at, 'below', bundles, positions);
    if (stay === 0) continue;
    const moved = crossings(node, at, 'above', bundles, positions) + (looped.has(node.id) ? 1 : 0);
    if (moved < stay && !meetsAnother(node, at, obstacles, positions, above)) above.add(node.id);
  }
  return above;
}

type Side = 'above' | 'below';

/** How many bundles run through the label on that side: the actor's own, and others near it. */
function crossings(
  node: Obstacle,
  at: Point,
  side: Side,
  bundles: readonly Bundle[],
  positions: Positions,
): number {
  const box = labelBox(node, at, side);
  let count = 0;
  for (const bundle of bundles) {
    const a = positions.get(bundle.source);
    const b = positions.get(bundle.target);
    if (!a || !b) continue;
    if (bundle.source === node.id || bundle.target === node.id) {
      // Near its own actor a bundle is narrow: the straight line says where it leaves.
      const far = bundle.source === node.id ? b : a;
      if (segmentNearBox(at, far, box, 0)) count++;
    } else {
      // The outermost curve of a bundle peaks half its control offset away from the straight line.
      const reach = ((bundle.count - 1) / 2) * PARALLEL_EDGE_SPACING * 0.5;
      if (segmentNearBox(a, b, box, reach)) count++;
    }
  }
  return count;
}

/** Whether the label above would meet another actor's shape or label, wherever that label is. */
function meetsAnother(
  node: Obstacle,
  at: Point,
  obstacles: readonly Obstacle[],
  positions: Positions,
  above: ReadonlySet<string>,
): boolean {
  const label = labelBox(node, at, 'above');
  return obstacles.some((other) => {
    if (other.id === node.id) return false;
    const p = positions.get(other.id)!;
    const shape = {
      left: p.x - other.radius,
      right: p.x + other.radius,
      top: p.y - other.radius,
      bottom: p.y + other.radius,
    };
    return (
      boxesOverlap(label, shape) ||
      boxesOverlap(label, labelBox(other, p, above.has(other.id) ? 'above' : 'below'))
    );
  });
}
