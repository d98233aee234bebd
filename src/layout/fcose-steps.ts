/**
 * The fcose strategies, apart from the choice of strategy (`layout-strategy.ts`): this module brings
 * Cytoscape's headless layout with cytoscape-fcose, cose-base and layout-base (about 120 kB minified),
 * which a page needs only when it has a layout to compute. The widget's pipeline imports it on demand,
 * so a dataset drawn at its saved positions never fetches or runs it.
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
