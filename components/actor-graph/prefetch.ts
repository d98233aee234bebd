/**
 * What the loader asks for ahead of the widget, while the widget's code downloads and compiles: the
 * dataset, and as soon as its JSON is in, the source texts it names. Without this, a source text is
 * asked for only when the validator reaches it, a round trip after the widget's code has arrived.
 *
 * Nothing here decides what the widget shows: the widget reads every answer with its own bounds (size,
 * time, scheme) and validates as before; a request nobody claims is stopped. No DOM: Node tests it.
 */
import type { StartedFetch } from '../shared/fetch-bytes.ts';

/**
 * Only a dataset up to this size is read here: the widget checks such a dataset on the page and
 * fetches its sources through the page. A larger one goes to the worker (`WORKER_BYTES` in
 * graph-worker-client.ts, which a test keeps equal to this), which fetches its own; and reading it
 * twice on the page would cost what the prefetch saves.
 */
export const PREFETCH_MAX_BYTES = 64 * 1024;

/** An article's dataset names a source or a few; one naming hundreds gets no more requests than this. */
export const PREFETCH_MAX_SOURCES = 4;

/**
 * `sources[].file` as graph-data/schema.json allows it (a test keeps the two equal): relative, inside
 * the dataset's folder, not hidden. The loader carries no schema; a name the schema refuses is never
 * asked for, so a dataset cannot make the loader request what the widget would not.
 */
export const SOURCE_FILE = /^(?![/\\])(?!.*\.\.)(?!(?:.*\/)?\.[^/])[A-Za-z0-9_./-]+$/;

/** The source texts the loader requested, by resolved URL, for the widget to read. */
export interface PrefetchedSources {
  /** The request for this URL, if the loader made one; each is handed out once. Never rejects. */
  take(href: string): Promise<StartedFetch | undefined>;
  /** Stops every request nobody took. */
  release(): void;
}

/**
 * Where the sources of a parsed dataset are, for each `file` the schema would accept, resolved against
 * the dataset's URL: each URL once (a file named several ways, `a.txt` and `./a.txt`, is one request,
 * as the widget makes it, #12), at most a few.
 */
export function sourceUrls(dataset: unknown, base: URL): string[] {
  const sources = (dataset as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return [];
  const urls = new Set<string>();
  for (const source of sources as unknown[]) {
    if (urls.size === PREFETCH_MAX_SOURCES) break;
    const file =
      typeof source === 'object' && source !== null ? (source as { file?: unknown }).file : undefined;
    if (typeof file === 'string' && SOURCE_FILE.test(file)) urls.add(new URL(file, base).href);
  }
  return [...urls];
}

/**
 * The body as text, or undefined one byte past `maxBytes` (reading stops there) or once `stop`
 * aborts: a copy still being read keeps the download going, so it stops when the widget is done.
 * Counted as it streams, as `readAtMost` in fetch-bytes.ts does, not imported from there: a module
 * the loader shared with the widget (and its worker) would become a chunk of its own, a request more
 * before the loader could run.
 */
async function textAtMost(
  response: Response,
  maxBytes: number,
  stop: AbortSignal,
): Promise<string | undefined> {
  const length = response.headers.get('content-length');
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const reader = response.body?.getReader();
  const cancel = (): void => void reader?.cancel().catch(() => {});
  if (!reader || stop.aborted || (length !== null && !encoded && Number(length) > maxBytes)) {
    cancel();
    return undefined;
  }
  stop.addEventListener('abort', cancel);
  try {
    const decoder = new TextDecoder();
    let text = '';
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      total += value.byteLength;
      if (total > maxBytes) {
        cancel();
        return undefined;
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    stop.removeEventListener('abort', cancel);
  }
}

/** The source URLs a small dataset's answer names, or none for anything else (too large, not JSON, failed). */
async function urlsIn(
  answer: Promise<Response | undefined>,
  base: URL,
  stop: AbortSignal,
): Promise<string[]> {
  try {
    const response = await answer;
    const text = response && (await textAtMost(response, PREFETCH_MAX_BYTES, stop));
    return text === undefined ? [] : sourceUrls(JSON.parse(text), base);
  } catch {
    return [];
  }
}

/**
 * Requests the source texts that the dataset answering `response` names, as soon as it is in. A copy
 * of the answer is read here, so the widget still reads the original. Must be called before anything
 * reads `response`'s body (the loader calls it as it makes the request).
 */
export function prefetchSources(response: Promise<Response>, base: URL): PrefetchedSources {
  const copy = response.then(
    (answer) => (answer.ok ? answer.clone() : undefined),
    () => undefined,
  );
  const requests = new Map<string, StartedFetch>();
  const stop = new AbortController();
  const started = urlsIn(copy, base, stop.signal).then((urls) => {
    if (stop.signal.aborted) return;
    for (const url of urls) {
      const controller = new AbortController();
      const answer = fetch(url, { signal: controller.signal });
      // Read (and its failure reported) by the widget, or stopped by `release`.
      answer.catch(() => {});
      requests.set(url, { response: answer, abort: () => controller.abort() });
    }
  });
  return {
    async take(href) {
      await started;
      const request = requests.get(href);
      requests.delete(href);
      return request;
    },
    release() {
      stop.abort();
      for (const request of requests.values()) request.abort();
      requests.clear();
    },
  };
}
