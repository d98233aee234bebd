import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PROBLEM_CODES, type Problem } from '../../src/validate/problem.ts';
import { viewParam } from '../../src/view/fragment-param.ts';
import type { WidgetLimits } from './dataset-loader.ts';
import type { PrefetchedFile } from '../shared/fetch-bytes.ts';
import type { CanvasRestore } from '../graph-canvas/view-state.ts';
import type { LoadedGraph } from './graph-load-controller.ts';
import type { ReaderChoice } from './reader-state.ts';
import { FRAGMENT_VIEW, NO_VIEW, type ViewOutcome } from './view-outcome.ts';
import { viewCodeIfLoaded, type ViewCode } from './view-code.ts';

let viewCode: Promise<ViewCode> | undefined;
/**
 * The snapshot reader and `restoreView`, loaded for the first widget given a view. The snapshot
 * parser is asked for beside it: its chunk (shared with the exports) would otherwise be fetched only
 * once the reader's had arrived, a round trip later.
 */
const loadViewCode = (): Promise<ViewCode> =>
  (viewCode ??= Promise.all([import('./view-loader.ts'), import('../../src/view/fragment.ts')])
    .then(([code]) => code)
    .catch((error: unknown) => {
      viewCode = undefined;
      throw error;
    }));

export interface ViewControllerOptions {
  /** The graph on screen, unless a new one is loading (it will take the view when it comes). */
  readonly settled: () => LoadedGraph | undefined;
  /** A view arrived for the graph on screen. */
  readonly apply: (shown: ReaderChoice) => void;
  /** The widget's limits, which a view file is fetched under as a dataset is. */
  readonly limits: () => WidgetLimits | undefined;
}

/**
 * The saved view of a widget (`view`: a snapshot's URL, or `#view` for the page's address). Starts
 * reading it as soon as `view` changes; a dataset load takes the latest one (`latest`), and a view
 * that arrives for a graph already on screen is applied at once. With `#view`, a new fragment (the
 * reader pasted another link) is read again. Problems are kept for the widget to show; a view that
 * cannot be read leaves the graph in its default view, or as it is. A widget removed from the page
 * stops fetching its view, and fetches it again if it comes back.
 */
export class ViewController implements ReactiveController {
  /** The positions and viewport for the canvas, from the last view that was restored. */
  restore: CanvasRestore | undefined;
  problems: readonly Problem[] = [];
  private view: string | undefined;
  private request: Promise<ViewOutcome> = Promise.resolve(NO_VIEW);
  /** Loaded with the first view: a snapshot (and so `match`'s restore) comes only after it. */
  private code: ViewCode | undefined;
  /** Stops the view file's fetch in flight. */
  private abort: AbortController | undefined;
  /** The read was stopped by a removal, so it is made again on return. */
  private interrupted = false;
  private readonly host: ReactiveControllerHost;
  private readonly options: ViewControllerOptions;
  /** The `view=` value last read from the address, so that a hash change elsewhere costs nothing. */
  private fragment: string | null = null;
  private readonly onHashChange = (): void => {
    // A link to a heading (#notes) or a second parameter changes the hash but not the view: parsing
    // a long view again, and showing it again over what the reader has done since, would be wrong.
    if (this.view === FRAGMENT_VIEW && viewParam(location.hash) !== this.fragment) this.read();
  };

  constructor(host: ReactiveControllerHost, options: ViewControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.onHashChange);
    // Before the dataset load restarts (that controller comes after this one), so it waits for this.
    if (this.interrupted) this.read();
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.onHashChange);
    if (!this.abort) return;
    this.interrupted = true;
    this.abort.abort();
    this.abort = undefined;
  }

  /** Whether the view lives in the page's address, so a link to it can be made. */
  get inFragment(): boolean {
    return this.view === FRAGMENT_VIEW;
  }

  /** The view to show; read at once, from `started` if the loader already asked for it. */
  setView(view: string | undefined, started?: PrefetchedFile): void {
    this.view = view;
    this.read(started);
  }

  /** The latest view asked for, for a dataset load to wait on. */
  readonly latest = (): Promise<ViewOutcome> => this.request;

  /** A new graph came with `outcome`: what to show it in, or undefined for the default view. */
  showNew(loaded: LoadedGraph, outcome: ViewOutcome): ReaderChoice | undefined {
    this.restore = undefined;
    return this.match(loaded, outcome);
  }

  dismiss(): void {
    this.problems = [];
    this.host.requestUpdate();
  }

  private read(started?: PrefetchedFile): void {
    if (this.view === FRAGMENT_VIEW) this.fragment = viewParam(location.hash);
    this.interrupted = false;
    this.abort?.abort();
    const view = this.view;
    const abort = (this.abort = new AbortController());
    // The loader's request for this view goes when this read does (a newer view, a removal).
    if (started) abort.signal.addEventListener('abort', started.abort, { once: true });
    if (!view) started?.abort();
    const request = (this.request = view
      ? this.readView(view, abort.signal, started)
      : Promise.resolve(NO_VIEW));
    request.then(
      (outcome) => {
        if (this.abort === abort) this.abort = undefined;
        const loaded = this.options.settled();
        if (request !== this.request || !loaded) return;
        const shown = this.match(loaded, outcome);
        if (shown) this.options.apply(shown);
        this.host.requestUpdate();
      },
      // Stopped: by a newer view (which replaced this request) or by removal (read again on return).
      () => undefined,
    );
  }

  /** Reads `view` with the view code, loading that first; rejects only when `signal` stops it. */
  private async readView(view: string, signal: AbortSignal, started?: PrefetchedFile): Promise<ViewOutcome> {
    let code: ViewCode;
    try {
      code = this.code = viewCodeIfLoaded() ?? (await loadViewCode());
    } catch (error) {
      started?.abort();
      const message = `The saved view could not be read: its code did not arrive (${error instanceof Error ? error.message : String(error)}).`;
      const problem: Problem = {
        code: PROBLEM_CODES.readFailed,
        severity: 'error',
        file: view,
        path: '$',
        message,
      };
      return { file: view, problems: [problem] };
    }
    signal.throwIfAborted();
    return code.loadView(view, this.options.limits(), signal, started);
  }

  private match(loaded: LoadedGraph, outcome: ViewOutcome): ReaderChoice | undefined {
    this.problems = outcome.problems;
    if (!outcome.snapshot || !this.code) return undefined;
    const restored = this.code.restoreView(loaded.graph, loaded.positions, outcome.snapshot, outcome.file);
    this.problems = [...outcome.problems, ...restored.problems];
    this.restore = restored.restore;
    return { filter: restored.filter, selection: restored.selection, alliances: restored.alliances };
  }
}
