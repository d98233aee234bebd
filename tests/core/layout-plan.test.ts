import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { computeLayout } from '../../src/layout/compute-layout.ts';
import { chooseLayoutStrategy, layoutGraph, layoutSteps } from '../../src/layout/layout-plan.ts';
import { generateDataset } from '../../src/synthetic/generate.ts';
import { smallDataset } from './small-dataset.ts';

describe('layout plan', () => {
  it('chooses the strategy by size', () => {
    expect(chooseLayoutStrategy(7)).toBe('fcose-proof');
    expect(chooseLayoutStrategy(400)).toBe('fcose-default');
    expect(chooseLayoutStrategy(20_000)).toBe('spectral-forceatlas2');
    expect(chooseLayoutStrategy(400, { defaultLimit: 100 })).toBe('spectral-forceatlas2');
  });

  it('lays out article-sized graphs exactly as computeLayout does', () => {
    const graph = buildGraph(smallDataset());
    expect([...layoutGraph(graph)]).toEqual([...computeLayout(graph)]);
  });

  it('lays out large graphs in steps that report progress, deterministically', () => {
    const graph = buildGraph(generateDataset({ actors: 300, shape: 'clustered' }));
    const options = { proofLimit: 10, defaultLimit: 50, slice: 20 };
    const steps = layoutSteps(graph, options);
    const reports = [];
    let result = steps.next();
    while (!result.done) {
      reports.push(result.value);
      result = steps.next();
    }
    // 60 iterations in slices of 20: 3 slices, and the draft counts for 6 steps.
    expect(reports[0]).toEqual({ strategy: 'spectral-forceatlas2', done: 0, total: 9 });
    expect(reports.map((r) => r.done)).toEqual([0, 6, 7, 8]);
    expect(result.value.size).toBe(300);
    expect([...result.value.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect([...layoutGraph(graph, options)]).toEqual([...result.value]);
  });
});
