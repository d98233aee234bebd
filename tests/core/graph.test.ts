import { describe, expect, it } from 'vitest';
import { buildGraph, toDataset } from '../../src/graph/actor-graph.ts';
import { describeRelation, relationEnds } from '../../src/graph/describe.ts';
import { summarizeGraph } from '../../src/graph/summary.ts';
import { smallDataset } from './small-dataset.ts';

describe('buildGraph', () => {
  it('makes actors nodes and relations edges keyed by id, mutual ones undirected', () => {
    const graph = buildGraph(smallDataset());
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.isUndirected('r1')).toBe(true);
    expect(graph.isDirected('r2')).toBe(true);
    expect(graph.source('r2')).toBe('G');
  });

  it('keeps parallel relations between the same pair', () => {
    const graph = buildGraph(smallDataset());
    expect(graph.edges('A', 'B').sort()).toEqual(['r1', 'r3']);
  });

  it('round-trips to the same dataset', () => {
    const dataset = smallDataset();
    const back = toDataset(buildGraph(dataset));
    const { $schema, ...rest } = back;
    expect($schema).toBe('./schema.json');
    expect(JSON.parse(JSON.stringify(rest))).toEqual(JSON.parse(JSON.stringify(dataset)));
  });
});

describe('describeRelation', () => {
  it('resolves names, the type and who acted', () => {
    const view = describeRelation(buildGraph(smallDataset()), 'r3');
    expect(view).toMatchObject({
      typeLabel: 'Call',
      polarity: 'neutral',
      fromName: 'Beta',
      toName: 'Alpha',
      toRepresentative: 'Al Pha (President)',
      status: 'analysis',
    });
    expect(view.fromRepresentative).toBeUndefined();
    expect(relationEnds(view)).toBe('Beta → Alpha');
    expect(relationEnds(describeRelation(buildGraph(smallDataset()), 'r1'))).toBe('Alpha — Beta');
  });
});

describe('summarizeGraph', () => {
  it('says what the graph shows in one sentence', () => {
    expect(summarizeGraph(buildGraph(smallDataset()))).toBe(
      '3 actors joined by 3 relations (1 cooperative, 1 conflictual and 1 neutral), backed by 4 verbatim quotes; ' +
        '\u2068Beta\u2069 is the most connected, with 3 relations to 2 actors.',
    );
  });

  it('handles an empty graph', () => {
    const dataset = { ...smallDataset(), actors: [], relations: [] };
    expect(summarizeGraph(buildGraph(dataset))).toBe('This graph has no actors yet.');
  });
});
