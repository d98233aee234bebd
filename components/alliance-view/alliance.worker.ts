/// <reference lib="webworker" />
/**
 * The alliance analysis and its layout off the main thread: at 2,000 actors the heuristic camps,
 * the triangles and the sensitivity run take seconds, and the page must keep animating meanwhile.
 * Its own worker, loaded only when the reader opens the Alliances view, so the load worker stays
 * free of the analysis code.
 */
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { allianceRunSteps } from './alliance-steps.ts';
import type { AllianceWorkerMessage, AnalyzeMessage } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: AllianceWorkerMessage): void => scope.postMessage(message);

scope.addEventListener('message', (event: MessageEvent<AnalyzeMessage>) => {
  const message = event.data;
  if (message.type !== 'analyze') return;
  const { id } = message;
  try {
    const steps = allianceRunSteps(buildGraph(message.dataset), new Map(message.positions));
    let step = steps.next();
    while (!step.done) {
      post({ type: 'progress', id, progress: step.value });
      step = steps.next();
    }
    post({ type: 'done', id, analysis: step.value.analysis, positions: [...step.value.positions] });
  } catch (error) {
    post({ type: 'crashed', id, message: error instanceof Error ? error.message : String(error) });
  }
});
