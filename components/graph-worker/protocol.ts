import type { Point } from '../../src/geometry/point.ts';
import type { LayoutPlanOptions } from '../../src/layout/layout-plan.ts';
import type { PipelineProgress, PipelineResult } from '../../src/pipeline/load-pipeline.ts';
import type { Limits } from '../../src/validate/limits.ts';

/** What the widget asks the worker: load these bytes (transferred, not copied). */
export interface LoadMessage {
  readonly type: 'load';
  readonly id: number;
  readonly bytes: Uint8Array | string;
  /** The dataset's name in problems: its URL, or "the inline data". */
  readonly file: string;
  /** Where relative source files are fetched from (the dataset's URL or the document's). */
  readonly base: string;
  readonly limits?: Partial<Limits>;
  /** How long a source file's server may leave the worker waiting for bytes. */
  readonly timeoutMs?: number;
  readonly savedPositions?: ReadonlyMap<string, Point>;
  readonly plan?: Partial<LayoutPlanOptions>;
}

export type WorkerMessage =
  | { readonly type: 'progress'; readonly id: number; readonly progress: PipelineProgress }
  | { readonly type: 'done'; readonly id: number; readonly result: PipelineResult }
  | { readonly type: 'crashed'; readonly id: number; readonly message: string };
