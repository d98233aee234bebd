import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { computeEdgeBends, PARALLEL_EDGE_SPACING } from '../../src/graph/edge-bends.ts';
import { toElements } from '../../src/graph/to-elements.ts';
import { encodeTypes } from '../../src/style/encoding.ts';
import { smallDataset } from './small-dataset.ts';

describe('toElements', () => {
  const dataset = smallDataset();
  const graph = buildGraph(dataset);
  const elements = toElements(graph, {
    encodings: encodeTypes(dataset.relationTypes),
    positions: new Map([['A', { x: 1, y: 2 }]]),
  });

  it('maps actors to nodes with their kind and position', () => {
    const a = elements.find((e) => e.data.id === 'A');
    expect(a).toMatchObject({
      group: 'nodes',
      // In a bidi isolate (FSI … PDI), drawn in its own direction.
      data: { label: '\u2068Alpha\u2069' },
      classes: 'kind-state',
      position: { x: 1, y: 2 },
    });
    expect(elements.find((e) => e.data.id === 'B')?.position).toBeUndefined();
  });

  it('maps relations to edges classed by type index, status and direction', () => {
    const r2 = elements.find((e) => e.data.id === 'r2');
    expect(r2).toMatchObject({
      group: 'edges',
      data: { source: 'G', target: 'B', label: '\u2068Strike\u2069' },
      classes: 't1 s-alleged directed',
    });
    const r3 = elements.find((e) => e.data.id === 'r3');
    expect(r3?.data.width).toBeGreaterThan(r2?.data.width);
  });
});

describe('computeEdgeBends', () => {
  it('spreads parallel relations symmetrically and bends reversed ones to their own side', () => {
    const bends = computeEdgeBends(buildGraph(smallDataset()));
    // r1 goes A -> B, r3 goes B -> A: opposite signs in their own frames put them on opposite sides.
    expect(bends.get('r1')).toBe(-PARALLEL_EDGE_SPACING / 2);
    expect(bends.get('r3')).toBe(-PARALLEL_EDGE_SPACING / 2);
    expect(bends.get('r2')).toBe(0);
  });
});
