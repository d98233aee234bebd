import { buildGraph } from '../graph/actor-graph.ts';
import { fcoseSteps } from '../layout/fcose-steps.ts';
import type { Point } from '../geometry/point.ts';
import { savedPositions } from '../layout/saved-positions.ts';
import {
  chooseLayoutStrategy,
  type LayoutPlanOptions,
  type LayoutStrategy,
} from '../layout/layout-strategy.ts';
import type { Dataset } from '../model/dataset.ts';
import { hasErrors, type Problem } from '../validate/problem.ts';
import { validateDataset, type ResolveSource } from '../validate/index.ts';
import type { Limits } from '../validate/limits.ts';

/** What a load is doing, for a progress indicator. */
export type PipelineProgress =
  | { readonly stage: 'validating' }
  | {
      readonly stage: 'layout';
      readonly strategy: LayoutStrategy;
      readonly done: number;
      readonly total: number;
    };

export interface PipelineOptions {
  readonly file: string;
  readonly resolveSource?: ResolveSource;
  readonly limits?: Partial<Limits>;
  /**
   * Positions already known (a view snapshot), over the dataset's own: when the two place every
   * actor, no layout runs.
   */
  readonly savedPositions?: SavedPositions;
  readonly plan?: Partial<LayoutPlanOptions>;
}

/**
 * A saved view's positions, or their promise: a view read while the dataset downloads and is
 * checked is waited for only when the positions are needed, after validation.
 */
export type SavedPositions = ReadonlyMap<string, Point> | Promise<ReadonlyMap<string, Point> | undefined>;

export interface PipelineResult {
  readonly problems: readonly Problem[];
  /** Present only when the dataset is valid. */
  readonly dataset?: Dataset;
  readonly sources: ReadonlyMap<string, string>;
  readonly positions?: ReadonlyMap<string, Point>;
}

/**
 * Bytes to a dataset ready to draw: validation, then where the actors go: a saved view's positions,
 * the dataset's saved ones (`layout/saved-positions.ts`), or the layout chosen for the graph's size. One
 * generator for the main thread (small graphs, stepping between tasks) and the Web Worker (large
 * ones), so both give the same result; it yields after every step so the caller can report progress,
 * let the page breathe, or stop.
 */
export async function* loadPipeline(
  input: Uint8Array | string,
  options: PipelineOptions,
): AsyncGenerator<PipelineProgress, PipelineResult> {
  yield { stage: 'validating' };
  const validated = await validateDataset(input, {
    file: options.file,
    ...(options.resolveSource ? { resolveSource: options.resolveSource } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const { dataset, problems, sources } = validated;
  if (!dataset || hasErrors(problems)) return { problems, sources };
  const saved = await options.savedPositions;
  if (saved && dataset.actors.every((actor) => saved.has(actor.id))) {
    return { problems, dataset, sources, positions: saved };
  }
  const graph = buildGraph(dataset);
  const stored = savedPositions(graph);
  if (stored)
    return { problems, dataset, sources, positions: saved ? new Map([...stored, ...saved]) : stored };
  // ForceAtlas2 is only for large graphs: loaded for them, never for an article's.
  const steps =
    chooseLayoutStrategy(graph.order, options.plan) === 'spectral-forceatlas2'
      ? (await import('../layout/layout-plan.ts')).layoutSteps(graph, options.plan)
      : fcoseSteps(graph, options.plan);
  let step = steps.next();
  while (!step.done) {
    yield { stage: 'layout', ...step.value };
    step = steps.next();
  }
  // Saved positions win for the actors they place; the layout fills in the rest.
  const positions = saved ? new Map([...step.value, ...saved]) : step.value;
  return { problems, dataset, sources, positions };
}
