import type { PipelineOptions, PipelineProgress, PipelineResult } from '../../src/pipeline/load-pipeline.ts';
import { loadPipeline } from '../../src/pipeline/load-pipeline.ts';
import type { LoadMessage, WorkerMessage } from './protocol.ts';
// The worker is a chunk of the widget's build, sharing its chunks; its URL is relative to this one's.
import WORKER_URL from './graph.worker.ts?chunk&url';

export interface RunOptions extends Omit<PipelineOptions, 'resolveSource'> {
  /** Relative source files resolve against this URL. */
  readonly base: string;
  readonly resolveSource: NonNullable<PipelineOptions['resolveSource']>;
  readonly onProgress: (progress: PipelineProgress) => void;
  readonly signal: AbortSignal;
  /** How long a source file's server may keep the worker waiting for bytes. */
  readonly timeoutMs?: number;
}

/**
 * Inputs above this size are validated and laid out in the worker. Bytes stand in for the number of
 * actors, which is only known after parsing: a generated dataset of 150 actors (where fcose 'proof'
 * ends and a layout starts to take long enough to freeze the page) is about 70 kB; the seed, 35 kB.
 */
export const WORKER_BYTES = 64 * 1024;

/** Thrown (as the rejection) when the load was cancelled. */
export class LoadCancelled extends Error {
  override readonly name = 'LoadCancelled';
}

let nextId = 0;

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): {
    createScriptURL(url: string): unknown;
  };
}
let policy: ReturnType<TrustedTypesLike['createPolicy']> | null | undefined;

/**
 * The worker's URL, through a Trusted Types policy where the page has them: `new Worker(url)` is a
 * Trusted Types sink, and a page that enforces `require-trusted-types-for 'script'` blocks a plain
 * string (and reports it). A page whose CSP does not allow our policy name makes `createPolicy` throw;
 * the plain URL then fails as it would have, and the load falls back to the main thread.
 */
function workerUrl(): string | URL {
  const url = new URL(WORKER_URL, import.meta.url);
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return url;
  if (policy === undefined) {
    try {
      // Only ever our own worker's URL, made just above from import.meta.url.
      policy = tt.createPolicy('actor-graph', { createScriptURL: (value) => value });
    } catch {
      policy = null;
    }
  }
  return policy ? (policy.createScriptURL(url.href) as string) : url;
}

/**
 * Runs the load pipeline in a dedicated module worker and resolves with its result. Cancelling
 * terminates the worker at once, wherever it is (fcose's spectral step cannot be interrupted from
 * inside). Where no worker can be made (a host page's CSP forbids it), the pipeline runs on the main
 * thread instead, yielding to the page between its steps.
 */
export async function runPipeline(bytes: Uint8Array | string, options: RunOptions): Promise<PipelineResult> {
  // A saved view still on its way is waited for here: the worker gets its positions with the bytes.
  const savedPositions = await options.savedPositions;
  let worker: Worker;
  try {
    worker = new Worker(workerUrl(), { type: 'module', name: 'actor-graph' });
  } catch {
    return runOnMainThread(bytes, options);
  }
  const id = ++nextId;
  return new Promise<PipelineResult>((resolve, reject) => {
    const finish = (): void => {
      options.signal.removeEventListener('abort', cancel);
      worker.terminate();
    };
    const cancel = (): void => {
      finish();
      reject(new LoadCancelled('The load was cancelled.'));
    };
    if (options.signal.aborted) return cancel();
    options.signal.addEventListener('abort', cancel);
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'progress') options.onProgress(message.progress);
      else {
        finish();
        if (message.type === 'done') resolve(message.result);
        else reject(new Error(message.message));
      }
    });
    // A worker that cannot start (blocked by CSP, failed to load its script) reports it here.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      runOnMainThread(bytes, options).then(resolve, reject);
    });
    const message: LoadMessage = {
      type: 'load',
      id,
      bytes,
      file: options.file,
      base: options.base,
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...(savedPositions ? { savedPositions } : {}),
      ...(options.plan ? { plan: options.plan } : {}),
    };
    worker.postMessage(message, typeof bytes === 'string' ? [] : [bytes.buffer]);
  });
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Lets input and rendering in between two steps. `scheduler.yield()` where the browser has it: the
 * rest of the load goes on right after, where a chain of `setTimeout(0)` is clamped to 4 ms a step
 * from the fifth on (tens of milliseconds before an article's graph is drawn).
 */
function yieldToPage(): Promise<unknown> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** The same pipeline between the page's own tasks: a step, then a yield to input and rendering. */
export async function runOnMainThread(
  bytes: Uint8Array | string,
  options: RunOptions,
): Promise<PipelineResult> {
  const steps = loadPipeline(bytes, options);
  let step = await steps.next();
  while (!step.done) {
    if (options.signal.aborted) throw new LoadCancelled('The load was cancelled.');
    options.onProgress(step.value);
    await yieldToPage();
    step = await steps.next();
  }
  return step.value;
}
