import type { Dataset } from '../../src/model/dataset.ts';
import { PROBLEM_CODES, type Problem } from '../../src/validate/problem.ts';
import type { Positions } from '../../src/layout/compute-layout.ts';
import type { PipelineProgress } from '../../src/pipeline/load-pipeline.ts';
import {
  LoadCancelled,
  WORKER_BYTES,
  runOnMainThread,
  runPipeline,
} from '../graph-worker/graph-worker-client.ts';

/**
 * What one load produced: a dataset (absent when there are errors), every problem, the source texts,
 * and where its actors go (present with the dataset).
 */
export interface LoadOutcome {
  readonly dataset?: Dataset;
  readonly problems: readonly Problem[];
  readonly sources: ReadonlyMap<string, string>;
  readonly positions?: Positions;
}

export type LoadRequest = { readonly src: string } | { readonly data: unknown };

/** A failed fetch, with a message that names the URL and what the server said. */
class FetchError extends Error {
  override readonly name = 'FetchError';
}

/** The bytes at `url`; a failure throws with a message that names the URL and what the server said. */
export async function fetchBytes(url: URL, signal?: AbortSignal): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FetchError(
      `Could not reach ${url.href} (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new FetchError(`${url.href} could not be loaded: the server answered HTTP ${status}.`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

const failure = (file: string, message: string): LoadOutcome => ({
  problems: [{ code: PROBLEM_CODES.readFailed, severity: 'error', file, path: '$', message }],
  sources: new Map(),
});

/** How a load may go: positions already known (a saved view), and where to report progress. */
export interface LoadOptions {
  readonly savedPositions?: Positions;
  readonly onProgress?: (progress: PipelineProgress) => void;
}

/** What to validate, under what name, with relative source files resolved against `base`. */
interface Input {
  readonly bytes: Uint8Array | string;
  readonly file: string;
  readonly base: URL;
}

async function input(request: LoadRequest, signal: AbortSignal): Promise<Input | LoadOutcome> {
  if ('src' in request) {
    let url: URL;
    try {
      url = new URL(request.src, document.baseURI);
    } catch {
      return failure(request.src, `"${request.src}" is not a URL the browser can load.`);
    }
    try {
      // Source files sit next to the dataset, wherever it is served from.
      return { bytes: await fetchBytes(url, signal), file: url.href, base: url };
    } catch (error) {
      if (signal.aborted) throw error;
      return failure(url.href, error instanceof Error ? error.message : String(error));
    }
  }
  const base = new URL(document.baseURI);
  // JSON text as the author wrote it (an inline <script type="application/json">), so problems get
  // the line and column the author sees.
  if (typeof request.data === 'string') return { bytes: request.data, file: 'the inline data', base };
  const file = 'the data property';
  try {
    // Pretty-printed, so the line and column of a problem point somewhere a reader can find.
    return { bytes: JSON.stringify(request.data, null, 2) ?? '', file, base };
  } catch (error) {
    return failure(
      file,
      `The data property cannot be read as JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

async function read(request: LoadRequest, options: LoadOptions, signal: AbortSignal): Promise<LoadOutcome> {
  const got = await input(request, signal);
  if (!('bytes' in got)) return got;
  const { bytes, file, base } = got;
  const run = {
    file,
    base: base.href,
    resolveSource: (path: string) => fetchBytes(new URL(path, base), signal),
    onProgress: options.onProgress ?? (() => {}),
    signal,
    ...(options.savedPositions ? { savedPositions: options.savedPositions } : {}),
  };
  // Small datasets (an article's) load on the page in short steps; large ones in a worker, where
  // parsing and layout cannot freeze the page.
  const size = typeof bytes === 'string' ? bytes.length : bytes.byteLength;
  return size > WORKER_BYTES ? runPipeline(bytes, run) : runOnMainThread(bytes, run);
}

/**
 * Loads datasets one request at a time: a new request aborts the one in flight, and only the latest
 * request's outcome is ever returned (earlier ones resolve to undefined), so a slow first response
 * can never replace a fast second one.
 */
export class DatasetLoader {
  private latest = 0;
  private controller: AbortController | undefined;

  async load(request: LoadRequest, options: LoadOptions = {}): Promise<LoadOutcome | undefined> {
    const ticket = ++this.latest;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    try {
      const outcome = await read(request, options, controller.signal);
      return ticket === this.latest ? outcome : undefined;
    } catch (error) {
      if (ticket !== this.latest || controller.signal.aborted || error instanceof LoadCancelled)
        return undefined;
      // The validator reports problems as data; anything thrown here is a bug, shown rather than lost.
      return failure(
        'src' in request ? request.src : 'the data property',
        `Loading failed unexpectedly: ${String(error)}`,
      );
    }
  }

  /** Forgets the request in flight, e.g. when `src` is removed. */
  cancel(): void {
    this.latest++;
    this.controller?.abort();
    this.controller = undefined;
  }
}
