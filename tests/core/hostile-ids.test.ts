/**
 * Ids that are names of `Object.prototype` members (`constructor`, `toString`, `__proto__`, ...).
 * graphology 0.26 keeps adjacency in plain objects, where such an id finds a built-in function: edge
 * queries throw and `neighbors()` silently drops neighbours; cytoscape-fcose breaks the same way. So
 * the validator refuses them wherever an id is declared (`reserved-id`), exactly and case-sensitively,
 * and the layout does not depend on that: it never hands a dataset id to fcose.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { computeLayout } from '../../src/layout/compute-layout.ts';
import { layoutGraph } from '../../src/layout/layout-plan.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { PROBLEM_CODES, isReservedId, validateDataset } from '../../src/validate/index.ts';

/** Every member name of Object.prototype, as the running engine has them. */
const MEMBERS = Object.getOwnPropertyNames(Object.prototype);
const TEXT = 'Alpha met Beta.';

function datasetWith(ids: readonly string[]): Dataset {
  return {
    formatVersion: 1,
    id: 'ids',
    title: 'Ids',
    sources: [{ id: 'src', title: 'Text', text: TEXT }],
    relationTypes: [{ id: 'met', label: 'Met', polarity: 'neutral' }],
    actors: ids.map((id) => ({ id, name: `Actor ${id}`, kind: 'state' as const })),
    relations: ids.map((id, i) => ({
      id: `r${i}`,
      type: 'met',
      from: id,
      to: ids[(i + 1) % ids.length]!,
      directed: i % 2 === 0,
      status: 'reported' as const,
      summary: 'They met.',
      evidence: [{ source: 'src', quote: 'Alpha', start: 0, end: 5 }],
    })),
  };
}

describe('reserved ids', () => {
  it('are exactly the members of Object.prototype', () => {
    expect(MEMBERS.filter((name) => !isReservedId(name))).toEqual([]);
    for (const near of ['Constructor', 'tostring', 'prototype', 'constructor-1', 'proto', 'node'])
      expect(isReservedId(near), near).toBe(false);
  });

  // Each renames a declaration and everything that refers to it, as real data would.
  it.each([
    ['an actor', (d: Dataset) => Object.assign(d, datasetWith(['toString', 'B', 'C'])), '$.actors[0].id'],
    ['a relation', (d: Dataset) => void (d.relations[1]!.id = 'valueOf'), '$.relations[1].id'],
    [
      'a relation type',
      (d: Dataset) => {
        d.relationTypes[0]!.id = 'hasOwnProperty';
        for (const relation of d.relations) relation.type = 'hasOwnProperty';
      },
      '$.relationTypes[0].id',
    ],
    [
      'a source',
      (d: Dataset) => {
        d.sources[0]!.id = 'isPrototypeOf';
        for (const relation of d.relations)
          for (const quote of relation.evidence) quote.source = 'isPrototypeOf';
      },
      '$.sources[0].id',
    ],
    [
      'a representative',
      (d: Dataset) => void (d.actors[1]!.representatives = [{ id: 'toLocaleString', name: 'R' }]),
      '$.actors[1].representatives[0].id',
    ],
  ])('are refused as the id of %s, once, with a fix', async (_, change, path) => {
    const dataset = datasetWith(['A', 'B', 'C']);
    change(dataset);
    const { problems } = await validateDataset(JSON.stringify(dataset, null, 2), { file: 'ids.json' });
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.path])).toEqual([[PROBLEM_CODES.reservedId, path]]);
    expect(errors[0]!.message).toMatch(/cannot be an id: .* Rename it, e\.g\. ".+-1"\.$/);
  });

  it('give the layout no trouble even when a graph is built with them anyway', () => {
    const ids = [...MEMBERS, 'A'];
    const graph = buildGraph(datasetWith(ids));
    for (const positions of [computeLayout(graph, { candidates: 1 }), layoutGraph(graph)]) {
      const unplaced = ids.filter((id) => {
        const point = positions.get(id);
        return !point || !Number.isFinite(point.x) || !Number.isFinite(point.y);
      });
      expect(unplaced).toEqual([]);
    }
  });

  it('leave the layout of ordinary ids unchanged: the same seed gives the same positions', () => {
    const graph = buildGraph(datasetWith(['RUS', 'IRN', 'ISR', 'USA', 'SAU']));
    expect([...computeLayout(graph)]).toEqual([...computeLayout(graph)]);
  });
});
