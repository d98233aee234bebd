import type { AllianceAnalysis } from '../../src/alliance/types.ts';
import type { Point } from '../../src/geometry/point.ts';
import type { Dataset } from '../../src/model/dataset.ts';

/** What the alliance view asks its worker: analyse this dataset and lay its camps out. */
export interface AnalyzeMessage {
  readonly type: 'analyze';
  readonly id: number;
  readonly dataset: Dataset;
  /** The relations view's positions: above the constraint limit each camp keeps them. */
  readonly positions: readonly (readonly [string, Point])[];
}

/** The analysis's stages, then the layout's. */
export interface AllianceRunProgress {
  readonly stage: string;
  readonly done: number;
  readonly total: number;
}

export interface AllianceRunResult {
  readonly analysis: AllianceAnalysis;
  readonly positions: ReadonlyMap<string, Point>;
}

export type AllianceWorkerMessage =
  | { readonly type: 'progress'; readonly id: number; readonly progress: AllianceRunProgress }
  | {
      readonly type: 'done';
      readonly id: number;
      readonly analysis: AllianceAnalysis;
      readonly positions: readonly (readonly [string, Point])[];
    }
  | { readonly type: 'crashed'; readonly id: number; readonly message: string };
