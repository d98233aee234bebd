import { viewFromFragment } from '../../src/view/fragment.ts';
import { MAX_VIEW_BYTES, parseViewSnapshot, type ViewSnapshot } from '../../src/view/snapshot.ts';
import { PROBLEM_CODES, type Problem } from '../../src/validate/problem.ts';
import { fetchBytes, type WidgetLimits } from './dataset-loader.ts';

/** The `view` value that keeps the view in the page's address (`#view=…`) instead of a file. */
export const FRAGMENT_VIEW = '#view';

/** A view as read: its snapshot if it is usable, and every problem found reading it. */
export interface ViewOutcome {
  readonly snapshot?: ViewSnapshot;
  readonly problems: readonly Problem[];
  /** Where it came from, as problems name it: a URL, or "the link". */
  readonly file: string;
}

export const NO_VIEW: ViewOutcome = Object.freeze({ problems: [], file: '' });

const LINK = 'the link';

const failure = (file: string, message: string): ViewOutcome => ({
  file,
  problems: [{ code: PROBLEM_CODES.readFailed, severity: 'error', file, path: '$', message }],
});

/**
 * Reads the view that `view` names: nothing, the page's `#view=` fragment (`view="#view"`), or a
 * snapshot file at a URL relative to the document, fetched under the widget's `limits` (its
 * `maxBytes`, at most a view file's own 20 MB, and its `timeoutMs`) and stopped through `signal`.
 * Rejects only when stopped; anything else that goes wrong is a problem with a file, line and JSON
 * path, as a dataset's problems are.
 */
export async function loadView(
  view: string | undefined,
  limits: WidgetLimits = {},
  signal?: AbortSignal,
): Promise<ViewOutcome> {
  if (!view) return NO_VIEW;
  if (view.startsWith('#')) {
    if (view !== FRAGMENT_VIEW)
      return failure(
        view,
        `The view "${view}" is not one the widget can read; use "${FRAGMENT_VIEW}" or a URL.`,
      );
    const read = viewFromFragment(location.hash);
    return read ? { ...read, file: LINK } : NO_VIEW;
  }
  let url: URL;
  try {
    url = new URL(view, document.baseURI);
  } catch {
    return failure(view, `"${view}" is not a URL the browser can load.`);
  }
  const maxBytes = Math.min(limits.maxBytes ?? MAX_VIEW_BYTES, MAX_VIEW_BYTES);
  try {
    const bytes = await fetchBytes(url, {
      maxBytes,
      ...(limits.timeoutMs === undefined ? {} : { timeoutMs: limits.timeoutMs }),
      ...(signal ? { signal } : {}),
    });
    return { ...parseViewSnapshot(bytes, url.href), file: url.href };
  } catch (error) {
    if (signal?.aborted) throw error;
    return failure(url.href, error instanceof Error ? error.message : String(error));
  }
}
