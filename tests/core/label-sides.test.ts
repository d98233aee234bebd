import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { toElements } from '../../src/graph/to-elements.ts';
import type { Point } from '../../src/geometry/point.ts';
import { computeLayout } from '../../src/layout/compute-layout.ts';
import { layoutBundles, layoutObstacles } from '../../src/layout/layout-obstacles.ts';
import { LABEL_SIDE_LIMIT, labelsAbove } from '../../src/layout/label-sides.ts';
import { labelBox, segmentNearBox } from '../../src/layout/layout-geometry.ts';
import { generateDataset } from '../../src/synthetic/generate.ts';
import { encodeTypes } from '../../src/style/encoding.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { smallDataset } from './small-dataset.ts';

const at = (entries: Record<string, [number, number]>): Map<string, Point> =>
  new Map(Object.entries(entries).map(([id, [x, y]]) => [id, { x, y }]));

/** The small dataset (A–B twice, G→B), with a lone actor C and optionally a loop on B. */
function dataset({ loop = false } = {}): Dataset {
  const data = smallDataset();
  const start = data.sources[0]!.text!.indexOf('Beta talked.');
  return {
    ...data,
    actors: [...data.actors, { id: 'C', name: 'Cee', kind: 'state' }],
    relations: [
      ...data.relations,
      ...(loop
        ? [
            {
              id: 'loop',
              type: 'call',
              from: 'B',
              to: 'B',
              directed: false,
              status: 'reported' as const,
              summary: 'B talked to itself.',
              evidence: [{ source: 'src', quote: 'Beta talked.', start, end: start + 12 }],
            },
          ]
        : []),
    ],
  };
}

describe('labelsAbove', () => {
  const graph = buildGraph(dataset());

  it('puts a label above an actor whose relations all leave downwards, and no other', () => {
    const positions = at({ B: [0, 0], A: [-60, 220], G: [60, 220], C: [400, 0] });
    expect([...labelsAbove(graph, positions)]).toEqual(['B']);
  });

  it('leaves a label below when above it would meet another actor', () => {
    const positions = at({ B: [0, 0], A: [-60, 220], G: [60, 220], C: [0, -80] });
    expect(labelsAbove(graph, positions).has('B')).toBe(false);
  });

  it('leaves a label below where a loop would cross it above', () => {
    const looped = buildGraph(dataset({ loop: true }));
    // Only the A–B bundle leaves B downwards; G is level with B.
    const positions = at({ B: [0, 0], A: [0, 220], G: [300, 0], C: [600, 300] });
    expect(labelsAbove(graph, positions).has('B')).toBe(true);
    expect(labelsAbove(looped, positions).has('B')).toBe(false);
  });

  it('keeps every label below on graphs too large to check', () => {
    // Actors zigzag between two rows: relations from the top row leave downwards.
    const zigzag = (size: number) => {
      const graph = buildGraph(generateDataset({ actors: size, seed: 3 }));
      const positions = new Map<string, Point>();
      graph.forEachNode(
        (id) => void positions.set(id, { x: positions.size * 300, y: (positions.size % 2) * 400 }),
      );
      return labelsAbove(graph, positions);
    };
    expect(zigzag(LABEL_SIDE_LIMIT).size).toBeGreaterThan(0);
    expect(zigzag(LABEL_SIDE_LIMIT + 1).size).toBe(0);
  });

  it('on the seed, leaves no label crossed by more of its own relations than the other side would be', () => {
    const seed = JSON.parse(readFileSync('graph-data/putins-delicate-dance.json', 'utf8')) as Dataset;
    const seedGraph = buildGraph(seed);
    const positions = computeLayout(seedGraph);
    const above = labelsAbove(seedGraph, positions);
    // Some actors' relations all leave downwards, through a label below (Iran's and Israel's, in
    // this layout of the seed): the seed exercises the rule.
    expect(above.size).toBeGreaterThan(0);
    const bundles = layoutBundles(seedGraph);
    for (const node of layoutObstacles(seedGraph)) {
      const p = positions.get(node.id)!;
      const box = (up: boolean) => labelBox(node, p, up ? 'above' : 'below');
      const own = (up: boolean) =>
        bundles
          .filter((b) => b.source === node.id || b.target === node.id)
          .filter((b) =>
            segmentNearBox(p, positions.get(b.source === node.id ? b.target : b.source)!, box(up), 0),
          ).length;
      expect(own(above.has(node.id)), node.id).toBeLessThanOrEqual(own(!above.has(node.id)));
    }
  });

  it('reaches the canvas as the class label-above', () => {
    const positions = at({ B: [0, 0], A: [-60, 220], G: [60, 220], C: [400, 0] });
    const elements = toElements(graph, {
      encodings: encodeTypes(graph.getAttribute('relationTypes')),
      positions,
    });
    const classes = (id: string) => elements.find((e) => e.data.id === id)?.classes;
    expect(classes('B')).toBe('kind-state label-above');
    expect(classes('A')).toBe('kind-state');
  });
});
