/**
 * Reading a saved view and fitting it to a graph: loaded (by view-controller.ts) only when a widget
 * is given a `view`, so a page without one never fetches the snapshot reader.
 */
import { viewFromFragment } from '../../src/view/fragment.ts';
import { parseViewSnapshot } from '../../src/view/read-snapshot.ts';
import { MAX_VIEW_BYTES } from '../../src/view/snapshot.ts';
import { PROBLEM_CODES } from '../../src/validate/problem.ts';
import { fetchBytes, type WidgetLimits } from './dataset-loader.ts';
import type { PrefetchedFile } from '../shared/fetch-bytes.ts';
import { FRAGMENT_VIEW, NO_VIEW, type ViewOutcome } from './view-outcome.ts';
import { registerViewCode } from './view-code.ts';
import { restoreView } from './restore-view.ts';

export { restoreView };

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
 * path, as a dataset's problems are. `started`: the loader's request for it, read instead of asking
 * again when it is for the same URL (and stopped otherwise).
 */
export async function loadView(
  view: string | undefined,
  limits: WidgetLimits = {},
  signal?: AbortSignal,
  started?: PrefetchedFile,
): Promise<ViewOutcome> {
  const url = view && !view.startsWith('#') ? resolve(view) : undefined;
  if (started && started.href !== url?.href) started.abort();
  if (!view) return NO_VIEW;
  if (view.startsWith('#')) {
    if (view !== FRAGMENT_VIEW)
      return failure(
        view,
        `The view "${view}" is not one the widget can read; use "${FRAGMENT_VIEW}" or a URL.`,
      );
    const read = await viewFromFragment(location.hash);
    return read ? { ...read, file: LINK } : NO_VIEW;
  }
  if (!url) return failure(view, `"${view}" is not a URL the browser can load.`);
  const maxBytes = Math.min(limits.maxBytes ?? MAX_VIEW_BYTES, MAX_VIEW_BYTES);
  try {
    const bytes = await fetchBytes(url, {
      maxBytes,
      ...(limits.timeoutMs === undefined ? {} : { timeoutMs: limits.timeoutMs }),
      ...(signal ? { signal } : {}),
      ...(started?.href === url.href ? { started } : {}),
    });
    return { ...(await parseViewSnapshot(bytes, url.href)), file: url.href };
  } catch (error) {
    if (signal?.aborted) throw error;
    return failure(url.href, error instanceof Error ? error.message : String(error));
  }
}

function resolve(view: string): URL | undefined {
  try {
    return new URL(view, document.baseURI);
  } catch {
    return undefined;
  }
}

registerViewCode({ loadView, restoreView });
