import type { LayoutOptions } from './compute-layout.ts';

/**
 * How a graph is laid out, chosen by its size: fcose at its best quality where it stays fast (an
 * article's graph), its default quality up to where it still finishes in a few seconds, and beyond
 * that fcose's spectral draft (near-linear) refined by ForceAtlas2 in slices, so a worker can report
 * progress and be cancelled between slices. Measured here: fcose 'default' takes ~1 s at 500 actors and
 * about a minute at 2,000; 'draft' takes ~7 s at 20,000.
 */
export type LayoutStrategy = 'fcose-proof' | 'fcose-default' | 'spectral-forceatlas2';

export interface LayoutPlanOptions {
  readonly layout: Partial<LayoutOptions>;
  /** Up to this many actors: fcose 'proof'. */
  readonly proofLimit: number;
  /** Up to this many actors: fcose 'default'; above: the spectral draft and ForceAtlas2. */
  readonly defaultLimit: number;
  /** ForceAtlas2 iterations per slice (one progress report each). */
  readonly slice: number;
}

export const DEFAULT_LAYOUT_PLAN_OPTIONS: LayoutPlanOptions = Object.freeze({
  layout: Object.freeze({}),
  proofLimit: 150,
  defaultLimit: 600,
  slice: 5,
});

export interface LayoutProgress {
  readonly strategy: LayoutStrategy;
  /** Work done and to do, in steps of unequal length; `done === total` when finished. */
  readonly done: number;
  readonly total: number;
}

export function chooseLayoutStrategy(
  actors: number,
  options: Partial<LayoutPlanOptions> = {},
): LayoutStrategy {
  const { proofLimit, defaultLimit } = { ...DEFAULT_LAYOUT_PLAN_OPTIONS, ...options };
  if (actors <= proofLimit) return 'fcose-proof';
  if (actors <= defaultLimit) return 'fcose-default';
  return 'spectral-forceatlas2';
}

/** Fewer refining iterations as graphs grow: each costs O(n log n). */
export function refineIterations(actors: number): number {
  return actors <= 2000 ? 60 : actors <= 5000 ? 40 : 25;
}
