/// <reference lib="webworker" />
/**
 * Validation and layout off the main thread: a 20,000-actor dataset takes seconds to parse, check
 * and lay out, and the page must stay responsive meanwhile. The worker runs the same pipeline as the
 * main thread does for small graphs, and reports progress after every step.
 */
import { loadPipeline } from '../../src/pipeline/load-pipeline.ts';
import { fetchBytes } from '../shared/fetch-bytes.ts';
import type { LoadMessage, WorkerMessage } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkerMessage): void => scope.postMessage(message);

scope.addEventListener('message', async (event: MessageEvent<LoadMessage>) => {
  const message = event.data;
  if (message.type !== 'load') return;
  const { id } = message;
  try {
    const steps = loadPipeline(message.bytes, {
      file: message.file,
      // Source files are fetched with the same bounds as on the page: http(s) only, the size the
      // validator allows each one, the timeout.
      resolveSource: (file, { maxBytes }) =>
        fetchBytes(new URL(file, message.base), {
          maxBytes,
          ...(message.timeoutMs ? { timeoutMs: message.timeoutMs } : {}),
        }),
      ...(message.limits ? { limits: message.limits } : {}),
      ...(message.savedPositions ? { savedPositions: message.savedPositions } : {}),
      ...(message.plan ? { plan: message.plan } : {}),
    });
    let step = await steps.next();
    while (!step.done) {
      post({ type: 'progress', id, progress: step.value });
      step = await steps.next();
    }
    post({ type: 'done', id, result: step.value });
  } catch (error) {
    post({ type: 'crashed', id, message: error instanceof Error ? error.message : String(error) });
  }
});
