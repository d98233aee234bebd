import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { buildGraph, type ActorGraph } from '../../src/graph/actor-graph.ts';
import { computeLayout, type Positions } from '../../src/layout/compute-layout.ts';
import { PROBLEM_CODES, hasErrors, type Problem } from '../../src/validate/problem.ts';
import { DatasetLoader, type LoadOutcome, type LoadRequest } from './dataset-loader.ts';

/** A dataset that loaded: its model, its source texts and where its actors are drawn. */
export interface LoadedGraph {
  readonly graph: ActorGraph;
  readonly sources: ReadonlyMap<string, string>;
  readonly positions: Positions;
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface GraphLoadCallbacks {
  /** A new graph replaced the previous one (if any). */
  readonly loaded: (loaded: LoadedGraph, problems: readonly Problem[]) => void;
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
  private readonly host: ReactiveControllerHost;
  private readonly callbacks: GraphLoadCallbacks;
  private readonly loader = new DatasetLoader();

  constructor(host: ReactiveControllerHost, callbacks: GraphLoadCallbacks) {
    this.host = host;
    this.callbacks = callbacks;
    host.addController(this);
  }

  hostConnected(): void {}

  async load(request: LoadRequest): Promise<void> {
    if (!this.current) this.status = 'loading';
    this.host.requestUpdate();
    const outcome = await this.loader.load(request);
    if (outcome) this.finish(outcome);
  }

  unload(): void {
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

  private finish(outcome: LoadOutcome): void {
    let { problems } = outcome;
    let loaded: LoadedGraph | undefined;
    if (outcome.dataset && !hasErrors(problems)) {
      try {
        const graph = buildGraph(outcome.dataset);
        loaded = { graph, sources: outcome.sources, positions: computeLayout(graph) };
      } catch (error) {
        problems = [...problems, unexpected(error)];
      }
    }
    this.problems = problems;
    if (loaded) {
      this.current = loaded;
      this.reloadFailed = false;
      this.status = 'ready';
      this.callbacks.loaded(loaded, problems);
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
