import type { Dataset } from '../../src/model/dataset.ts';
import type { Positions } from '../../src/geometry/point.ts';
import type { PipelineProgress, SavedPositions } from '../../src/pipeline/load-pipeline.ts';
import { quoted } from '../../src/text/printable.ts';
import { resolveLimits, tooLargeMessage, type Limits } from '../../src/validate/index.ts';
import { PROBLEM_CODES, type Problem } from '../../src/validate/problem.ts';
import {
  DEFAULT_TIMEOUT_MS,
  MAX_TIMEOUT_MS,
  TooLargeError,
  fetchBytes,
  type FetchOptions,
  type PrefetchedFile,
} from '../shared/fetch-bytes.ts';
import type { PrefetchedSources } from '../actor-graph/prefetch.ts';
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

/**
 * What a widget refuses instead of freezing the tab: the validator's limits (each optional, the
 * defaults otherwise), and how long a request may wait for the server's next bytes.
 */
export interface WidgetLimits extends Partial<Limits> {
  /**
   * Milliseconds a request may go without a byte from the server (before its answer, or between two
   * parts of its body) before it is stopped. Not a limit on the whole download: a large dataset on a
   * slow connection keeps coming, a server that hangs is given up on.
   */
  readonly timeoutMs?: number;
}

// The view loader fetches its snapshot through here too.
export { fetchBytes };

export type LoadRequest = (
  | {
      readonly src: string;
      /** The request for `src`, already made by the loader (see `PrefetchedDataset`). */
      readonly started?: PrefetchedDataset;
    }
  | { readonly data: unknown }
) & {
  readonly limits?: WidgetLimits;
};

/** A dataset request the loader (`<actor-graph>`) made while the widget's code downloaded. */
export interface PrefetchedDataset extends PrefetchedFile {
  /** The source texts it asked for once the dataset's JSON was in. */
  readonly sources?: PrefetchedSources;
}

const failed = (problem: Omit<Problem, 'severity'>): LoadOutcome => ({
  problems: [{ severity: 'error', ...problem }],
  sources: new Map(),
});
const failure = (file: string, message: string): LoadOutcome =>
  failed({ code: PROBLEM_CODES.readFailed, file, path: '$', message });

/**
 * How a load may go: positions already known (a saved view, perhaps still being fetched: the dataset
 * is fetched and checked meanwhile, and only laying it out waits for them), and where to report
 * progress.
 */
export interface LoadOptions {
  readonly savedPositions?: SavedPositions;
  readonly onProgress?: (progress: PipelineProgress) => void;
}

/** What to validate, under what name, with relative source files resolved against `base`. */
interface Input {
  readonly bytes: Uint8Array | string;
  readonly file: string;
  readonly base: URL;
}

/** The validator's limits and the fetch's, checked: a bad value is the host's mistake, shown as one. */
interface Settings {
  readonly limits: Readonly<Limits>;
  readonly fetch: Required<Omit<FetchOptions, 'signal' | 'started'>> & { readonly signal: AbortSignal };
}

function settings(given: WidgetLimits | undefined, signal: AbortSignal): Settings | string {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, ...rest } = given ?? {};
  let limits: Readonly<Limits>;
  try {
    limits = resolveLimits(rest);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (!Number.isSafeInteger(timeoutMs) || timeoutMs <= 0 || timeoutMs > MAX_TIMEOUT_MS)
    return `limits.timeoutMs must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS}, got ${String(timeoutMs)}.`;
  return { limits, fetch: { signal, maxBytes: limits.maxBytes, timeoutMs } };
}

async function input(request: LoadRequest, options: Settings['fetch']): Promise<Input | LoadOutcome> {
  if ('src' in request) {
    let url: URL;
    try {
      url = new URL(request.src, document.baseURI);
    } catch {
      return failure(request.src, `${quoted(request.src)} is not a URL the browser can load.`);
    }
    try {
      // Source files sit next to the dataset, wherever it is served from.
      const started = request.started?.href === url.href ? { started: request.started } : {};
      return { bytes: await fetchBytes(url, { ...options, ...started }), file: url.href, base: url };
    } catch (error) {
      if (options.signal.aborted) throw error;
      if (error instanceof TooLargeError) {
        // As the validator reports a file over the limit: the same code, place and words.
        const message = tooLargeMessage('The file', error.size, error.maxBytes);
        return failed({
          code: PROBLEM_CODES.tooLarge,
          file: url.href,
          path: '$',
          line: 1,
          column: 1,
          message,
        });
      }
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

/** A load, after which the source texts the loader asked for and nobody read are stopped. */
async function read(request: LoadRequest, options: LoadOptions, signal: AbortSignal): Promise<LoadOutcome> {
  try {
    return await readAndCheck(request, options, signal);
  } finally {
    if ('src' in request) request.started?.sources?.release();
  }
}

async function readAndCheck(
  request: LoadRequest,
  options: LoadOptions,
  signal: AbortSignal,
): Promise<LoadOutcome> {
  const checked = settings(request.limits, signal);
  if (typeof checked === 'string') return failure('actor-graph', checked);
  const got = await input(request, checked.fetch);
  if (!('bytes' in got)) return got;
  const { bytes, file, base } = got;
  // Source texts the loader asked for, if it asked for this dataset.
  const prefetched = 'src' in request && request.started?.href === file ? request.started.sources : undefined;
  const run = {
    file,
    base: base.href,
    limits: checked.limits,
    // The validator says how much each source may hold: what the total leaves, at most maxBytes.
    resolveSource: async (path: string, { maxBytes }: { readonly maxBytes: number }) => {
      const url = new URL(path, base);
      const started = await prefetched?.take(url.href);
      return fetchBytes(url, { ...checked.fetch, maxBytes, ...(started ? { started } : {}) });
    },
    ...(checked.fetch.timeoutMs ? { timeoutMs: checked.fetch.timeoutMs } : {}),
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
