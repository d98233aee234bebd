/**
 * What the layout keeps apart, measured without running it: each actor's box (its shape or its label,
 * whichever is wider, the label below) and one bundle per pair of related actors. The layout
 * (`compute-layout.ts`) places by them, and the label sides (`label-sides.ts`) are chosen by them on
 * every drawing, with saved positions too, and by the SVG exporter: so they live apart from fcose,
 * and drawing a graph does not import the layout.
 */
import type { ActorGraph } from '../graph/actor-graph.ts';
import { estimateLabelBox } from './label-metrics.ts';
import type { Bundle, Obstacle } from './layout-geometry.ts';
import { LABEL_MAX_WIDTH, NODE_SIZE } from '../picture/node-glyphs.ts';

/** The font size labels are measured at when no other is given (the stylesheet's). */
export const LAYOUT_FONT_SIZE = 13;
const LABEL_GAP = 5;

/** Each actor's box in the layout: its shape or its label, whichever is wider, with the label below. */
export function labelBoxes(
  graph: ActorGraph,
  fontSize: number,
): Map<string, { width: number; labelHeight: number }> {
  return new Map(
    graph.mapNodes((node, attributes) => {
      const label = estimateLabelBox(attributes.name, fontSize, LABEL_MAX_WIDTH);
      return [
        node,
        { width: Math.max(NODE_SIZE, label.width) + 8, labelHeight: label.height + LABEL_GAP },
      ] as const;
    }),
  );
}

/** What the layout keeps off bundles: each actor's shape and label, measured as the layout measures them. */
export function layoutObstacles(graph: ActorGraph, fontSize = LAYOUT_FONT_SIZE): Obstacle[] {
  return obstaclesOf(labelBoxes(graph, fontSize));
}

export function obstaclesOf(boxes: ReadonlyMap<string, { width: number; labelHeight: number }>): Obstacle[] {
  return [...boxes].map(([id, box]) => ({
    id,
    halfWidth: box.width / 2,
    below: NODE_SIZE / 2 + box.labelHeight,
    radius: NODE_SIZE / 2,
  }));
}

/** One layout edge per pair of actors, however many relations join them; loops do not pull. */
export function layoutBundles(graph: ActorGraph): Bundle[] {
  const byPair = new Map<string, { source: string; target: string; count: number }>();
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) return;
    const [a, b] = source < target ? [source, target] : [target, source];
    const key = JSON.stringify([a, b]);
    const pair = byPair.get(key);
    if (pair) pair.count++;
    else byPair.set(key, { source: a, target: b, count: 1 });
  });
  return [...byPair.values()];
}
