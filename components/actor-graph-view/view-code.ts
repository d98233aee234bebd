import type { loadView, restoreView } from './view-loader.ts';

/** The saved-view reader's functions (view-loader.ts), loaded on demand. */
export interface ViewCode {
  readonly loadView: typeof loadView;
  readonly restoreView: typeof restoreView;
}

let registered: ViewCode | undefined;

/**
 * Called by view-loader.ts as its chunk runs. The loader asks for that chunk beside the widget's own
 * code, so it has usually run before the widget reads its view; the view controller then starts
 * reading at once, rather than a task later through `import()` (which resolves in a task of its own,
 * even for a module that has run): by then the dataset's check, tens of milliseconds in one piece,
 * would have started, and the view would have waited for it.
 */
export function registerViewCode(code: ViewCode): void {
  registered = code;
}

/** The reader, if its chunk has run. */
export const viewCodeIfLoaded = (): ViewCode | undefined => registered;
