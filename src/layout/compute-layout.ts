import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ActorGraph } from '../graph/actor-graph.ts';
import { estimateLabelBox } from './label-metrics.ts';
import { withSeededRandom } from './seeded-random.ts';
import { LABEL_MAX_WIDTH, NODE_SIZE } from '../style/stylesheet.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export type Positions = ReadonlyMap<string, Point>;

export interface LayoutOptions {
  /** Same seed, same data: same picture. */
  readonly seed: number;
  readonly quality: 'draft' | 'default' | 'proof';
  /** Ideal length of an edge between two label boxes, in graph units. */
  readonly idealEdgeLength: number;
  readonly nodeRepulsion: number;
  readonly fontSize: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = Object.freeze({
  seed: 20250620,
  quality: 'proof',
  idealEdgeLength: 120,
  nodeRepulsion: 20000,
  fontSize: 13,
});

const LABEL_GAP = 5;
let registered = false;

/**
 * Positions for every actor, computed with fcose on a headless Cytoscape (no renderer: this runs in
 * Node, in the browser and in workers alike). Each node is laid out as the box of its shape and its
 * label, so labels keep clear of each other; the returned point is the centre of the shape.
 */
export function computeLayout(graph: ActorGraph, options: Partial<LayoutOptions> = {}): Map<string, Point> {
  const resolved: LayoutOptions = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const boxes = new Map(
    graph.mapNodes((node, attributes) => {
      const label = estimateLabelBox(attributes.name, resolved.fontSize, LABEL_MAX_WIDTH);
      return [
        node,
        { width: Math.max(NODE_SIZE, label.width) + 8, labelHeight: label.height + LABEL_GAP },
      ] as const;
    }),
  );
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
    elements: [
      ...[...boxes].map(([id, box]) => ({
        group: 'nodes' as const,
        data: { id, width: box.width, height: NODE_SIZE + box.labelHeight },
      })),
      ...pairs(graph).map(({ source, target, count }, i) => ({
        group: 'edges' as const,
        data: { id: `pair${i}`, source, target, count },
      })),
    ],
  });
  try {
    withSeededRandom(resolved.seed, () =>
      cy
        .layout({
          name: 'fcose',
          quality: resolved.quality,
          randomize: true,
          animate: false,
          fit: false,
          nodeSeparation: 90,
          nodeRepulsion: () => resolved.nodeRepulsion,
          idealEdgeLength: (edge: cytoscape.EdgeSingular) =>
            resolved.idealEdgeLength + 14 * (Number(edge.data('count')) - 1),
          edgeElasticity: () => 0.45,
          gravity: 0.3,
          numIter: 2500,
        } as cytoscape.LayoutOptions)
        .run(),
    );
    const positions = new Map<string, Point>();
    cy.nodes().forEach((node) => {
      const { x, y } = node.position();
      const labelHeight = boxes.get(node.id())?.labelHeight ?? 0;
      positions.set(node.id(), { x: round(x), y: round(y - labelHeight / 2) });
    });
    return positions;
  } finally {
    cy.destroy();
  }
}

/** One layout edge per pair of actors, however many relations join them; loops do not pull. */
function pairs(graph: ActorGraph): { source: string; target: string; count: number }[] {
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

const round = (n: number): number => Math.round(n * 10) / 10;
