import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { computeLayout, DEFAULT_LAYOUT_OPTIONS } from '../../src/layout/compute-layout.ts';
import { layoutBundles, layoutObstacles } from '../../src/layout/layout-obstacles.ts';
import { actorsOnBundles } from '../../src/layout/layout-score.ts';
import { PARALLEL_EDGE_SPACING } from '../../src/graph/edge-bends.ts';
import { estimateLabelBox } from '../../src/layout/label-metrics.ts';
import { LABEL_MAX_WIDTH, NODE_SIZE } from '../../src/picture/node-glyphs.ts';
import type { Dataset } from '../../src/model/dataset.ts';

const seed = JSON.parse(readFileSync('graph-data/putins-delicate-dance.json', 'utf8')) as Dataset;

describe('the seed graph layout', () => {
  const graph = buildGraph(seed);
  const positions = computeLayout(graph);

  it('places every actor', () => {
    expect([...positions.keys()].sort()).toEqual(seed.actors.map((a) => a.id).sort());
  });

  it('keeps every actor with its label clear of every other', () => {
    const boxes = seed.actors.map((actor) => {
      const p = positions.get(actor.id)!;
      const label = estimateLabelBox(actor.name, DEFAULT_LAYOUT_OPTIONS.fontSize, LABEL_MAX_WIDTH);
      const width = Math.max(NODE_SIZE, label.width);
      return {
        id: actor.id,
        left: p.x - width / 2,
        right: p.x + width / 2,
        top: p.y - NODE_SIZE / 2,
        bottom: p.y + NODE_SIZE / 2 + 5 + label.height,
      };
    });
    const overlaps: string[] = [];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          overlaps.push(`${a.id}/${b.id}`);
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('keeps every actor and its label off the relations of other actors', () => {
    // The UAE's two-line label once sat on the Iran–Israel relations, then between the Iran–Israel
    // and Russia–Iran bundles; a reader cannot tell whether a line ends at an actor drawn on it.
    expect(
      actorsOnBundles(positions, layoutBundles(graph), layoutObstacles(graph), PARALLEL_EDGE_SPACING),
    ).toEqual([]);
  });
});
