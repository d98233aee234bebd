import { allianceSteps } from '../../src/alliance/analysis.ts';
import type { ActorGraph } from '../../src/graph/actor-graph.ts';
import type { Point, Positions } from '../../src/geometry/point.ts';
import { allianceLayoutSteps } from '../../src/layout/alliance-layout.ts';
import type { AllianceRunProgress, AllianceRunResult } from './protocol.ts';

/**
 * The analysis, then the camps' layout, as one run of steps: the worker posts each step's progress,
 * the main thread yields to the page between them. Both run these same steps, so the picture is the
 * same wherever it was computed.
 */
export function* allianceRunSteps(
  graph: ActorGraph,
  relationsPositions: Positions,
): Generator<AllianceRunProgress, AllianceRunResult> {
  const analysis = yield* allianceSteps(graph);
  const layout = allianceLayoutSteps(graph, analysis, () => relationsPositions);
  let step = layout.next();
  while (!step.done) {
    yield { stage: 'layout', done: step.value.done, total: step.value.total };
    step = layout.next();
  }
  return { analysis, positions: step.value as Map<string, Point> };
}

/** Words for a stage, for the progress line. */
export const STAGE_WORDS: Readonly<Record<string, string>> = Object.freeze({
  pairs: 'Weighing relations',
  camps: 'Finding camps',
  triads: 'Checking triangles',
  inferences: 'Tracing inferences',
  brokers: 'Finding brokers',
  sensitivity: 'Testing sensitivity',
  layout: 'Placing camps',
});
