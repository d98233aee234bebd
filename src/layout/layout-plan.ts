/**
 * The layout of a graph of any size: fcose up to `defaultLimit` actors (layout-strategy.ts), and
 * beyond, fcose's spectral draft refined by ForceAtlas2 in slices. The widget imports this module
 * only for a graph that large; the CLI and Node always.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ActorGraph } from '../graph/actor-graph.ts';
import type { Point } from '../geometry/point.ts';
import { computeLayout } from './compute-layout.ts';
import { fcoseSteps } from './fcose-steps.ts';
import {
  chooseLayoutStrategy,
  DEFAULT_LAYOUT_PLAN_OPTIONS,
  refineIterations,
  type LayoutPlanOptions,
  type LayoutProgress,
} from './layout-strategy.ts';
import { runToEnd } from './run-to-end.ts';
import { round } from '../geometry/round.ts';

export { fcoseSteps } from './fcose-steps.ts';
export {
  chooseLayoutStrategy,
  DEFAULT_LAYOUT_PLAN_OPTIONS,
  refineIterations,
  type LayoutPlanOptions,
  type LayoutProgress,
  type LayoutStrategy,
} from './layout-strategy.ts';

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
  if (strategy !== 'spectral-forceatlas2') return yield* fcoseSteps(graph, plan);
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
