import type { Point } from '../geometry/point.ts';
import { actorBox, segmentNearBox, segmentsCross, type Bundle, type Obstacle } from './layout-geometry.ts';

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
    for (const node of obstacles) if (sitsOn(positions, bundle, node, spacing)) penalty += ON_BUNDLE;
  }
  for (let i = 0; i < bundles.length; i++) {
    for (let j = i + 1; j < bundles.length; j++)
      if (bundlesCross(positions, bundles[i]!, bundles[j]!)) penalty += 1;
  }
  return penalty;
}

/** Each actor that sits on a bundle it is not part of, as "actor on source–target". */
export function actorsOnBundles(
  positions: ReadonlyMap<string, Point>,
  bundles: readonly Bundle[],
  obstacles: readonly Obstacle[],
  spacing: number,
): string[] {
  return bundles.flatMap((bundle) =>
    obstacles
      .filter((node) => sitsOn(positions, bundle, node, spacing))
      .map((node) => `${node.id} on ${bundle.source}–${bundle.target}`),
  );
}

/** What one actor on a foreign bundle costs, in crossings. */
export const ON_BUNDLE = 10;

/** Whether an actor's shape or label box lies on a bundle it is not an end of. */
export function sitsOn(
  positions: ReadonlyMap<string, Point>,
  bundle: Bundle,
  node: Obstacle,
  spacing: number,
): boolean {
  if (node.id === bundle.source || node.id === bundle.target) return false;
  const a = positions.get(bundle.source);
  const b = positions.get(bundle.target);
  const p = positions.get(node.id);
  if (!a || !b || !p) return false;
  // The outermost curve of a bundle peaks half its control offset away from the straight line.
  const reach = ((bundle.count - 1) / 2) * spacing * 0.5 + 8;
  return segmentNearBox(a, b, actorBox(node, p), reach);
}

/** Whether two bundles that share no actor cross. */
export function bundlesCross(positions: ReadonlyMap<string, Point>, s: Bundle, t: Bundle): boolean {
  if (s.source === t.source || s.source === t.target || s.target === t.source || s.target === t.target)
    return false;
  const [a, b, c, d] = [
    positions.get(s.source),
    positions.get(s.target),
    positions.get(t.source),
    positions.get(t.target),
  ];
  return (
    a !== undefined && b !== undefined && c !== undefined && d !== undefined && segmentsCross(a, b, c, d)
  );
}
