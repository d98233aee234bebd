import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { normalizeForSearch, searchActors } from '../../src/view/search.ts';
import { isRelationVisible, NO_FILTER, visibleRelations } from '../../src/view/filters.ts';
import { smallDataset } from './small-dataset.ts';

const graph = buildGraph(smallDataset());

describe('searchActors', () => {
  it('finds by name, alias and representative, ignoring case and accents', () => {
    expect(searchActors(graph, 'beta').map((m) => m.id)).toEqual(['B']);
    expect(searchActors(graph, 'ALPHÁVILLE')).toEqual([{ id: 'A', name: 'Alpha', matched: 'Alphaville' }]);
    expect(searchActors(graph, 'al pha')).toEqual([{ id: 'A', name: 'Alpha', matched: 'Al Pha' }]);
  });

  it('ranks names before aliases and word starts before inner matches', () => {
    expect(searchActors(graph, 'a').map((m) => m.id)).toEqual(['A', 'B', 'G']);
    expect(searchActors(graph, 'amm').map((m) => m.id)).toEqual(['G']);
  });

  it('finds nothing for blank queries', () => {
    expect(searchActors(graph, '   ')).toEqual([]);
    expect(normalizeForSearch('  Saúdi   Arabia ')).toBe('saudi arabia');
  });
});

describe('filters', () => {
  it('hides relations by type and by status', () => {
    expect(visibleRelations(graph, NO_FILTER)).toEqual(['r1', 'r2', 'r3']);
    const filter = { hiddenTypes: new Set(['treaty']), hiddenStatuses: new Set(['alleged' as const]) };
    expect(visibleRelations(graph, filter)).toEqual(['r3']);
    expect(isRelationVisible(graph, 'r2', filter)).toBe(false);
  });
});
