import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ActorGraph } from '../graph/actor-graph.ts';
import type { Point } from '../geometry/point.ts';
import { computeLayout, computeLayoutSteps, type LayoutOptions } from './compute-layout.ts';
import { runToEnd } from './run-to-end.ts';
import { round } from '../geometry/round.ts';

/**
 * How a graph is laid out, chosen by its size: fcose at its best quality where it stays fast (an
 * article's graph), its default quality up to where it still finishes in a few seconds, and beyond
 * that fcose's spectral draft (near-linear) refined by ForceAtlas2 in slices, so a worker can report
 * progress and be cancelled between slices. Measured here: fcose 'default' takes ~1 s at 500 actors and
 * about a minute at 2,000; 'draft' takes ~7 s at 20,000.
 */
export type LayoutStrategy = 'fcose-proof' | 'fcose-default' | 'spectral-forceatlas2';

export interface LayoutPlanOptions {
  readonly layout: Partial<LayoutOptions>;
  /** Up to this many actors: fcose 'proof'. */
  readonly proofLimit: number;
  /** Up to this many actors: fcose 'default'; above: the spectral draft and ForceAtlas2. */
  readonly defaultLimit: number;
  /** ForceAtlas2 iterations per slice (one progress report each). */
  readonly slice: number;
}

export const DEFAULT_LAYOUT_PLAN_OPTIONS: LayoutPlanOptions = Object.freeze({
  layout: Object.freeze({}),
  proofLimit: 150,
  defaultLimit: 600,
  slice: 5,
});

export interface LayoutProgress {
  readonly strategy: LayoutStrategy;
  /** Work done and to do, in steps of unequal length; `done === total` when finished. */
  readonly done: number;
  readonly total: number;
}

export function chooseLayoutStrategy(
  actors: number,
  options: Partial<LayoutPlanOptions> = {},
): LayoutStrategy {
  const { proofLimit, defaultLimit } = { ...DEFAULT_LAYOUT_PLAN_OPTIONS, ...options };
  if (actors <= proofLimit) return 'fcose-proof';
  if (actors <= defaultLimit) return 'fcose-default';
  return 'spectral-forceatlas2';
}

/** Fewer refining iterations as graphs grow: each costs O(n log n). */
export function refineIterations(actors: number): number {
  return actors <= 2000 ? 60 : actors <= 5000 ? 40 : 25;
}

/**
 * The layout as steps: yields progress after each one and returns the positions. Run it to the end
 * in one go (`layoutGraph`), or step by step in a worker that posts progress and checks for a cancel
 * between steps. Deterministic: the same graph and options give the same positions.
 */
export function* layoutSteps(
  graph: ActorGraph,
  options: Partial<LayoutPlanOptions> = {},
): Generator<LayoutProgress, Map<string, Point>> {
  const plan = { ...DEFAULT_LAYOUT_PLAN_OPTIONS, ...options };
  const strategy = chooseLayoutStrategy(graph.order, plan);
  if (strategy !== 'spectral-forceatlas2') {
    const quality = strategy === 'fcose-proof' ? 'proof' : 'default';
    const candidates = computeLayoutSteps(graph, { ...plan.layout, quality });
    let step = candidates.next();
    while (!step.done) {
      yield { strategy, ...step.value };
      step = candidates.next();
    }
    return step.value;
  }
  const iterations = refineIterations(graph.order);
  const slices = Math.ceil(iterations / plan.slice);
  // The spectral draft takes about twice as long as all the refining slices together (measured at
  // 2,000 to 20,000 actors), so it counts for twice their steps and the bar moves evenly.
  const draftSteps = 2 * slices;
  const total = draftSteps + slices;
  yield { strategy, done: 0, total };
  const draft = computeLayout(graph, { ...plan.layout, quality: 'draft', candidates: 1 });
  yield { strategy, done: draftSteps, total };

  // ForceAtlas2 works on a plain copy with x/y attributes, so the model never carries layout state.
  const copy = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((node) => copy.addNode(node, { ...draft.get(node) }));
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source !== target) copy.mergeEdge(source, target);
  });
  const settings = {
    ...forceAtlas2.inferSettings(copy),
    barnesHutOptimize: copy.order > 1000,
    strongGravityMode: false,
    gravity: 1,
  };
  for (let done = 0, step = 1; done < iterations; done += plan.slice, step++) {
    forceAtlas2.assign(copy, { iterations: Math.min(plan.slice, iterations - done), settings });
    if (done + plan.slice < iterations) yield { strategy, done: draftSteps + step, total };
  }
  const positions = new Map<string, Point>();
  copy.forEachNode((node, { x, y }) =>
    positions.set(node, { x: round(x as number, 1), y: round(y as number, 1) }),
  );
  return positions;
}

/**
 * The layout of a graph, whatever its size: `layoutSteps` run to the end. The widget (on the page or
 * in its worker) runs the same steps one at a time; `computeLayout` is the fcose strategy alone.
 */
export function layoutGraph(graph: ActorGraph, options: Partial<LayoutPlanOptions> = {}): Map<string, Point> {
  return runToEnd(layoutSteps(graph, options));
}
