import type { Point } from '../geometry/point.ts';

/**
 * A position as Gephi reads it from GEXF and GraphML: its y axis points up, where the screen's (and
 * Cytoscape's, and our view snapshots') points down, so screen positions written as they are open
 * upside down there. sigma.js's GEXF reader negates y for the same reason. matplotlib, which draws
 * networkx graphs, points y up too.
 */
export function upright(point: Point): Point {
  return { x: point.x, y: point.y === 0 ? 0 : -point.y };
}
