import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PROBLEM_CODES, type Problem } from '../../src/validate/problem.ts';
import type { CanvasRestore } from '../graph-canvas/view-state.ts';
import type { LoadedGraph } from './graph-load-controller.ts';
import type { ReaderChoice } from './reader-state.ts';
import { FRAGMENT_VIEW, NO_VIEW, type ViewOutcome } from './view-outcome.ts';

type ViewCode = typeof import('./view-loader.ts');
let viewCode: Promise<ViewCode> | undefined;
/** The snapshot reader and `restoreView`, loaded for the first widget given a view. */
const loadViewCode = (): Promise<ViewCode> =>
  (viewCode ??= import('./view-loader.ts').catch((error: unknown) => {
    viewCode = undefined;
    throw error;
  }));

export interface ViewControllerOptions {
  /** The graph on screen, unless a new one is loading (it will take the view when it comes). */
  readonly settled: () => LoadedGraph | undefined;
  /** A view arrived for the graph on screen. */
  readonly apply: (shown: ReaderChoice) => void;
}

/**
 * The saved view of a widget (`view`: a snapshot's URL, or `#view` for the page's address). Starts
 * reading it as soon as `view` changes; a dataset load takes the latest one (`latest`), and a view
 * that arrives for a graph already on screen is applied at once. With `#view`, a new fragment (the
 * reader pasted another link) is read again. Problems are kept for the widget to show; a view that
 * cannot be read leaves the graph in its default view, or as it is.
 */
export class ViewController implements ReactiveController {
  /** The positions and viewport for the canvas, from the last view that was restored. */
  restore: CanvasRestore | undefined;
  problems: readonly Problem[] = [];
  private view: string | undefined;
  private request: Promise<ViewOutcome> = Promise.resolve(NO_VIEW);
  /** Loaded with the first view: a snapshot (and so `match`'s restore) comes only after it. */
  private code: ViewCode | undefined;
  private readonly host: ReactiveControllerHost;
  private readonly options: ViewControllerOptions;
  private readonly onHashChange = (): void => {
    if (this.view === FRAGMENT_VIEW) this.read();
  };

  constructor(host: ReactiveControllerHost, options: ViewControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.onHashChange);
  }

  /** Whether the view lives in the page's address, so a link to it can be made. */
  get inFragment(): boolean {
    return this.view === FRAGMENT_VIEW;
  }

  /** The view to show; read at once. */
  setView(view: string | undefined): void {
    this.view = view;
    this.read();
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

  private read(): void {
    const view = this.view;
    const request = (this.request = view ? this.readView(view) : Promise.resolve(NO_VIEW));
    void request.then((outcome) => {
      const loaded = this.options.settled();
      if (request !== this.request || !loaded) return;
      const shown = this.match(loaded, outcome);
      if (shown) this.options.apply(shown);
      this.host.requestUpdate();
    });
  }

  private async readView(view: string): Promise<ViewOutcome> {
    let code: ViewCode;
    try {
      code = this.code = await loadViewCode();
    } catch (error) {
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
    return code.loadView(view);
  }

  private match(loaded: LoadedGraph, outcome: ViewOutcome): ReaderChoice | undefined {
    this.problems = outcome.problems;
    if (!outcome.snapshot || !this.code) return undefined;
    const restored = this.code.restoreView(loaded.graph, loaded.positions, outcome.snapshot, outcome.file);
    this.problems = [...outcome.problems, ...restored.problems];
    this.restore = restored.restore;
    return { filter: restored.filter, selection: restored.selection };
  }
}
