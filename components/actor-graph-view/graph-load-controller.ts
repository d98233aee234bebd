import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { buildGraph, type ActorGraph } from '../../src/graph/actor-graph.ts';
import type { Positions } from '../../src/geometry/point.ts';
import type { PipelineProgress } from '../../src/pipeline/load-pipeline.ts';
import { PROBLEM_CODES, hasErrors, type Problem } from '../../src/validate/problem.ts';
import { DatasetLoader, type LoadOutcome, type LoadRequest } from './dataset-loader.ts';
import { NO_VIEW, type ViewOutcome } from './view-outcome.ts';

/** A dataset that loaded: its model, its source texts and where its actors are drawn. */
export interface LoadedGraph {
  readonly graph: ActorGraph;
  readonly sources: ReadonlyMap<string, string>;
  readonly positions: Positions;
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface GraphLoadCallbacks {
  /** A new graph replaced the previous one (if any); `view` is the saved view to show it in. */
  readonly loaded: (loaded: LoadedGraph, problems: readonly Problem[], view: ViewOutcome) => void;
  /** A load failed; `kept` says whether an earlier graph is still shown. */
  readonly failed: (problems: readonly Problem[], kept: boolean) => void;
}

/**
 * The loading state of a widget: idle, loading, showing a graph, or failed. A failed reload keeps the
 * last good graph (and says so with `reloadFailed`), so readers never lose what they were looking at.
 */
export class GraphLoadController implements ReactiveController {
  status: LoadStatus = 'idle';
  current: LoadedGraph | undefined;
  /** Problems of the last load: its errors, or the warnings of a successful one. */
  problems: readonly Problem[] = [];
  /** The last load failed while `current` (an earlier graph) is still shown. */
  reloadFailed = false;
  /** A load is in flight. */
  pending = false;
  /** What the load in flight is doing, for the progress indicator. */
  progress: PipelineProgress | undefined;
  private readonly host: ReactiveControllerHost;
  private readonly callbacks: GraphLoadCallbacks;
  private readonly loader = new DatasetLoader();
  /** Counts loads, so that only the latest one shows its graph. */
  private ticket = 0;

  constructor(host: ReactiveControllerHost, callbacks: GraphLoadCallbacks) {
    this.host = host;
    this.callbacks = callbacks;
    host.addController(this);
  }

  /** A load stopped because the widget left the page; it starts again if the widget comes back. */
  private interrupted: { request: LoadRequest; view: () => Promise<ViewOutcome> } | undefined;
  private last: { request: LoadRequest; view: () => Promise<ViewOutcome> } | undefined;

  hostConnected(): void {
    const again = this.interrupted;
    this.interrupted = undefined;
    if (again) void this.load(again.request, again.view);
  }

  /** A widget removed mid-load stops fetching and laying out (a worker would run on for seconds). */
  hostDisconnected(): void {
    if (!this.pending || !this.last) return;
    this.interrupted = this.last;
    this.ticket++;
    this.loader.cancel();
    this.pending = false;
    this.progress = undefined;
  }

  /**
   * Loads a dataset, then shows it in the view `view()` gives by then, so a view that changed during
   * the load is the one used (its fetch started with the change). The dataset is fetched while the
   * view is: only checking and laying it out wait for the view, whose positions can spare the layout.
   */
  async load(
    request: LoadRequest,
    view: () => Promise<ViewOutcome> = () => Promise.resolve(NO_VIEW),
  ): Promise<void> {
    const ticket = ++this.ticket;
    this.last = { request, view };
    if (!this.current) this.status = 'loading';
    this.pending = true;
    this.progress = undefined;
    this.host.requestUpdate();
    // A saved view that places every actor spares the layout (seconds, for a large graph). It is
    // read while the dataset downloads and is checked, and waited for only then.
    let asked = view();
    const outcome = await this.loader.load(request, {
      savedPositions: asked.then(
        (saved) => saved.snapshot?.positions,
        () => undefined,
      ),
      onProgress: (progress) => {
        if (ticket !== this.ticket) return;
        this.progress = progress;
        this.host.requestUpdate();
      },
    });
    if (!outcome || ticket !== this.ticket) return;
    // The view may have changed while the data loaded; the latest one wins. A view read that was
    // stopped (the widget left the page) shows nothing: this load is stopped too.
    const settle = (request: Promise<ViewOutcome>) => request.catch(() => NO_VIEW);
    let saved = await settle(asked);
    while (asked !== view()) saved = await settle((asked = view()));
    if (ticket === this.ticket) this.finish(outcome, saved);
  }

  /** Stops the load in flight (the reader pressed Cancel); an earlier graph stays on screen. */
  cancel(): void {
    if (!this.pending) return;
    this.ticket++;
    this.loader.cancel();
    this.pending = false;
    this.progress = undefined;
    this.finish(
      {
        problems: [
          {
            code: PROBLEM_CODES.readFailed,
            severity: 'error',
            file: 'actor-graph',
            path: '$',
            message: 'Loading was cancelled. Reload the page or set the data again to try once more.',
          },
        ],
        sources: new Map(),
      },
      NO_VIEW,
    );
  }

  unload(): void {
    this.ticket++;
    this.pending = false;
    this.progress = undefined;
    this.loader.cancel();
    this.current = undefined;
    this.problems = [];
    this.reloadFailed = false;
    this.status = 'idle';
    this.host.requestUpdate();
  }

  dismiss(): void {
    this.reloadFailed = false;
    this.host.requestUpdate();
  }

  private finish(outcome: LoadOutcome, view: ViewOutcome): void {
    this.pending = false;
    this.progress = undefined;
    let { problems } = outcome;
    let loaded: LoadedGraph | undefined;
    if (outcome.dataset && !hasErrors(problems)) {
      try {
        const graph = buildGraph(outcome.dataset);
        // The pipeline places every valid dataset (saved positions or a layout).
        if (!outcome.positions) throw new Error('the load gave no positions');
        loaded = { graph, sources: outcome.sources, positions: outcome.positions };
      } catch (error) {
        problems = [...problems, unexpected(error)];
      }
    }
    this.problems = problems;
    if (loaded) {
      this.current = loaded;
      this.reloadFailed = false;
      this.status = 'ready';
      this.callbacks.loaded(loaded, problems, view);
    } else {
      const kept = this.current !== undefined;
      this.reloadFailed = kept;
      this.status = kept ? 'ready' : 'error';
      this.callbacks.failed(problems, kept);
    }
    this.host.requestUpdate();
  }
}

/** Validation reports problems as data; anything thrown after it is a bug, shown rather than lost. */
function unexpected(error: unknown): Problem {
  return {
    code: PROBLEM_CODES.readFailed,
    severity: 'error',
    file: 'actor-graph',
    path: '$',
    message: `The graph could not be built: ${error instanceof Error ? error.message : String(error)}`,
  };
}
