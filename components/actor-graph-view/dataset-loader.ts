import type { Dataset } from '../../src/model/dataset.ts';
import { PROBLEM_CODES, type Problem } from '../../src/validate/problem.ts';
import { validateDataset } from '../../src/validate/index.ts';

/** What one load produced: a dataset (absent when there are errors), every problem, the source texts. */
export interface LoadOutcome {
  readonly dataset?: Dataset;
  readonly problems: readonly Problem[];
  readonly sources: ReadonlyMap<string, string>;
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

async function read(request: LoadRequest, signal: AbortSignal): Promise<LoadOutcome> {
  if ('src' in request) {
    let url: URL;
    try {
      url = new URL(request.src, document.baseURI);
    } catch {
      return failure(request.src, `"${request.src}" is not a URL the browser can load.`);
    }
    let bytes: Uint8Array;
    try {
      bytes = await fetchBytes(url, signal);
    } catch (error) {
      if (signal.aborted) throw error;
      return failure(url.href, error instanceof Error ? error.message : String(error));
    }
    // Source files sit next to the dataset, wherever it is served from.
    return validateDataset(bytes, {
      file: url.href,
      resolveSource: (file) => fetchBytes(new URL(file, url), signal),
    });
  }
  if (typeof request.data === 'string') {
    // JSON text as the author wrote it (an inline <script type="application/json">), so problems get
    // the line and column the author sees.
    return validateDataset(request.data, {
      file: 'the inline data',
      resolveSource: (path) => fetchBytes(new URL(path, document.baseURI), signal),
    });
  }
  const file = 'the data property';
  let text: string;
  try {
    // Pretty-printed, so the line and column of a problem point somewhere a reader can find.
    text = JSON.stringify(request.data, null, 2) ?? '';
  } catch (error) {
    return failure(
      file,
      `The data property cannot be read as JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return validateDataset(text, {
    file,
    resolveSource: (path) => fetchBytes(new URL(path, document.baseURI), signal),
  });
}

/**
 * Loads datasets one request at a time: a new request aborts the one in flight, and only the latest
 * request's outcome is ever returned (earlier ones resolve to undefined), so a slow first response
 * can never replace a fast second one.
 */
export class DatasetLoader {
  private latest = 0;
  private controller: AbortController | undefined;

  async load(request: LoadRequest): Promise<LoadOutcome | undefined> {
    const ticket = ++this.latest;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    try {
      const outcome = await read(request, controller.signal);
      return ticket === this.latest ? outcome : undefined;
    } catch (error) {
      if (ticket !== this.latest || controller.signal.aborted) return undefined;
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
