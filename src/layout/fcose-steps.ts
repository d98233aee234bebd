/**
 * The fcose strategies, apart from the choice of strategy (`layout-strategy.ts`): this module brings
 * Cytoscape's headless layout with cytoscape-fcose, cose-base and layout-base (about 120 kB minified).
 * The widget's pipeline imports it statically. Loading it on demand (only when a dataset has no saved
 * positions, started before validation) was tried and measured in one interleaved run of 7 cold loads
 * each: the seed was first drawn 24 ms later (1.19x the bare page instead of 1.16x: the chunk came
 * after validation, behind a second request for its dependencies) and a dataset with saved positions
 * no sooner (555 vs 557 ms). Kept apart so that label sides and drawing (`layout-obstacles.ts`) never
 * need it.
 */
import type { ActorGraph } from '../graph/actor-graph.ts';
import type { Point } from '../geometry/point.ts';
import { computeLayoutSteps } from './compute-layout.ts';
import {
  chooseLayoutStrategy,
  DEFAULT_LAYOUT_PLAN_OPTIONS,
  type LayoutPlanOptions,
  type LayoutProgress,
} from './layout-strategy.ts';

/**
 * The fcose strategies of `layoutSteps` (layout-plan.ts), for graphs up to `defaultLimit` actors:
 * apart from the large graphs' strategy, whose ForceAtlas2 the widget loads only for them.
 */
export function* fcoseSteps(
  graph: ActorGraph,
  options: Partial<LayoutPlanOptions> = {},
): Generator<LayoutProgress, Map<string, Point>> {
  const plan = { ...DEFAULT_LAYOUT_PLAN_OPTIONS, ...options };
  const strategy = chooseLayoutStrategy(graph.order, plan);
  if (strategy === 'spectral-forceatlas2')
    throw new Error(
      `fcoseSteps: a graph of ${graph.order} actors is laid out by layoutSteps (layout-plan.ts).`,
    );
  const quality = strategy === 'fcose-proof' ? 'proof' : 'default';
  const candidates = computeLayoutSteps(graph, { ...plan.layout, quality });
  let step = candidates.next();
  while (!step.done) {
    yield { strategy, ...step.value };
    step = candidates.next();
  }
  return step.value;
}
