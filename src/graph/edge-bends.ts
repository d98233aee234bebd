import type { ActorGraph } from './actor-graph.ts';

/** Distance between neighbouring parallel edges, in graph units. */
export const PARALLEL_EDGE_SPACING = 26;

/**
 * How far each edge bends from the straight line between its ends, so that several relations between
 * the same pair are drawn apart, symmetric around the straight line. The distance is signed relative
 * to the edge's own direction (Cytoscape's `control-point-distances` and the SVG exporter both read it
 * that way), so an edge drawn the other way round gets the opposite sign to bend to the same side.
 */
export function computeEdgeBends(graph: ActorGraph): Map<string, number> {
  const groups = new Map<string, { edge: string; forward: boolean }[]>();
  graph.forEachEdge((edge, _attributes, source, target) => {
    const forward = source <= target;
    const key = JSON.stringify(forward ? [source, target] : [target, source]);
    const group = groups.get(key) ?? [];
    group.push({ edge, forward });
    groups.set(key, group);
  });
  const bends = new Map<string, number>();
  for (const group of groups.values()) {
    group.forEach(({ edge, forward }, i) => {
      const offset = (i - (group.length - 1) / 2) * PARALLEL_EDGE_SPACING;
      bends.set(edge, forward || offset === 0 ? offset : -offset);
    });
  }
  return bends;
}
