/**
 * Fetching a dataset, a source file or a view the one bounded way: only http(s) URLs, never more than
 * `maxBytes` held (a `Content-Length` over it is refused before the body is read; the body is counted
 * as it streams and dropped one byte past it), and a server that sends nothing for `timeoutMs` is
 * given up on. No DOM: a worker can use it too.
 */
import { tooLargeMessage } from '../../src/validate/decode.ts';
import { DEFAULT_LIMITS } from '../../src/validate/limits.ts';

export const DEFAULT_TIMEOUT_MS = 30_000;
/** setTimeout fires at once for longer delays. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** A failed fetch, with a message that names the URL and what happened. */
class FetchError extends Error {
  override readonly name = 'FetchError';
}

/** A response over `maxBytes`; `size` is Infinity when reading stopped at the limit. */
export class TooLargeError extends FetchError {
  readonly size: number;
  readonly maxBytes: number;

  constructor(url: URL, size: number, maxBytes: number) {
    super(tooLargeMessage(url.href, size, maxBytes));
    this.size = size;
    this.maxBytes = maxBytes;
  }
}

export interface FetchOptions {
  readonly signal?: AbortSignal;
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
  /**
   * The same request, already made (the loader starts the dataset's while the widget's code
   * downloads): its answer is read here, with the same bounds, instead of asking again.
   */
  readonly started?: StartedFetch;
}

/** A `fetch(url)` made earlier, with what aborts it. */
export interface StartedFetch {
  readonly response: Promise<Response>;
  readonly abort: () => void;
}

/** A file the loader (`<actor-graph>`) asked for while the widget's code downloaded. */
export interface PrefetchedFile extends StartedFetch {
  /** The URL it asked for, resolved. */
  readonly href: string;
}

const duration = (ms: number): string => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`);

/** Only these are fetched: `javascript:`, `data:`, `file:`, `blob:` and the rest are refused unfetched. */
function checkScheme(url: URL): void {
  if (url.protocol === 'http:' || url.protocol === 'https:') return;
  throw new FetchError(
    `${url.href} was not loaded: only http: and https: URLs are, not ${url.protocol} ones. ` +
      'To show data the page already has, set the data property instead.',
  );
}

/**
 * The bytes at `url`, never more than `maxBytes`: a `Content-Length` over it is refused before the
 * body is read, and the body is counted as it streams and dropped one byte past it. A server that
 * sends nothing for `timeoutMs` is given up on. Failures throw with a message that names the URL and
 * what happened; a cancel through `signal` rethrows the abort.
 */
export async function fetchBytes(url: URL, options: FetchOptions = {}): Promise<Uint8Array> {
  const { signal, maxBytes = DEFAULT_LIMITS.maxBytes, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  checkScheme(url);
  signal?.throwIfAborted();
  const controller = new AbortController();
  const { started } = options;
  if (started) controller.signal.addEventListener('abort', started.abort);
  const cancel = (): void => controller.abort();
  signal?.addEventListener('abort', cancel);
  let stalled: 'answer' | 'body' | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = (what: 'answer' | 'body'): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = what;
      controller.abort();
    }, timeoutMs);
  };
  const failed = (error: unknown): Error => {
    if (signal?.aborted) return error instanceof Error ? error : new Error(String(error));
    if (stalled) {
      const what = stalled === 'answer' ? 'did not answer within' : 'sent nothing more for';
      return new FetchError(
        `${url.href} ${what} ${duration(timeoutMs)}; the request was stopped (limits.timeoutMs).`,
      );
    }
    if (error instanceof FetchError) return error;
    const reason = error instanceof Error ? error.message : String(error);
    // The browser says no more than "Failed to fetch" (on purpose), whether the network failed or the
    // server does not share its answer with this page's origin.
    const crossOrigin = typeof location !== 'undefined' && url.origin !== location.origin;
    return new FetchError(
      crossOrigin
        ? `Could not reach ${url.href}: the server did not answer, or it does not let pages of ${location.origin} read it (no CORS header for them) (${reason}).`
        : `Could not reach ${url.href} (${reason}).`,
    );
  };
  try {
    wait('answer');
    const response = await (started?.response ?? fetch(url, { signal: controller.signal }));
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new FetchError(`${url.href} could not be loaded: the server answered HTTP ${status}.`);
    }
    const declared = declaredSize(response);
    if (declared !== undefined && declared > maxBytes) {
      void response.body?.cancel().catch(() => {});
      throw new TooLargeError(url, declared, maxBytes);
    }
    return await readAtMost(response, url, maxBytes, () => wait('body'));
  } catch (error) {
    throw failed(error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

/** The body's size from `Content-Length`, unless it is compressed (then it is not what is read). */
function declaredSize(response: Response): number | undefined {
  const length = response.headers.get('content-length')?.trim() ?? '';
  const encoding = response.headers.get('content-encoding') ?? 'identity';
  return /^\d+$/.test(length) && encoding === 'identity' ? Number(length) : undefined;
}

/** The body, read in the chunks it arrives in; one byte past `maxBytes`, reading stops. */
async function readAtMost(
  response: Response,
  url: URL,
  maxBytes: number,
  waiting: () => void,
): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    waiting();
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => {});
      throw new TooLargeError(url, Number.POSITIVE_INFINITY, maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
