import { toDataset, type ActorGraph } from '../../src/graph/actor-graph.ts';
import type { Positions } from '../../src/geometry/point.ts';
import { allianceRunSteps } from './alliance-steps.ts';
import type {
  AllianceRunProgress,
  AllianceRunResult,
  AllianceWorkerMessage,
  AnalyzeMessage,
} from './protocol.ts';
// The worker is a chunk of the widget's build sharing its chunks, as the load worker is.
import WORKER_URL from './alliance.worker.ts?chunk&url';

/**
 * Graphs of more actors are analysed in a worker. The exact camps enumerate 2^(n-1) splits up to 24
 * actors per component, but a component that large is rare in an article's graph; what grows is the
 * triangles and the sensitivity run, which stay well under a frame's budget per step up to a few
 * hundred actors (the seed: 7).
 */
export const WORKER_ACTORS = 150;

export class AllianceCancelled extends Error {
  override readonly name = 'AllianceCancelled';
}

export interface AllianceRunOptions {
  readonly onProgress: (progress: AllianceRunProgress) => void;
  readonly signal: AbortSignal;
}

let nextId = 0;

/**
 * The analysis and layout of `graph`: in a worker above `WORKER_ACTORS` actors (terminated at once
 * on cancel), on the main thread between the page's tasks otherwise, or where no worker can start.
 */
export function runAlliance(
  graph: ActorGraph,
  positions: Positions,
  options: AllianceRunOptions,
): Promise<AllianceRunResult> {
  if (graph.order <= WORKER_ACTORS) return runOnMainThread(graph, positions, options);
  let worker: Worker;
  try {
    worker = new Worker(new URL(WORKER_URL, import.meta.url), {
      type: 'module',
      name: 'actor-graph-alliances',
    });
  } catch {
    return runOnMainThread(graph, positions, options);
  }
  const id = ++nextId;
  return new Promise<AllianceRunResult>((resolve, reject) => {
    const finish = (): void => {
      options.signal.removeEventListener('abort', cancel);
      worker.terminate();
    };
    const cancel = (): void => {
      finish();
      reject(new AllianceCancelled('The analysis was cancelled.'));
    };
    if (options.signal.aborted) return cancel();
    options.signal.addEventListener('abort', cancel);
    worker.addEventListener('message', (event: MessageEvent<AllianceWorkerMessage>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'progress') options.onProgress(message.progress);
      else {
        finish();
        if (message.type === 'done')
          resolve({ analysis: message.analysis, positions: new Map(message.positions) });
        else reject(new Error(message.message));
      }
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      runOnMainThread(graph, positions, options).then(resolve, reject);
    });
    const message: AnalyzeMessage = {
      type: 'analyze',
      id,
      dataset: toDataset(graph),
      positions: [...positions],
    };
    worker.postMessage(message);
  });
}

async function runOnMainThread(
  graph: ActorGraph,
  positions: Positions,
  options: AllianceRunOptions,
): Promise<AllianceRunResult> {
  const steps = allianceRunSteps(graph, positions);
  let step = steps.next();
  while (!step.done) {
    if (options.signal.aborted) throw new AllianceCancelled('The analysis was cancelled.');
    options.onProgress(step.value);
    await new Promise((resolve) => setTimeout(resolve, 0));
    step = steps.next();
  }
  return step.value;
}
