/** Medians, percentiles and repeat plans: the only statistics the bench reports. */

export interface Stat {
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
  readonly n: number;
}

/** The nearest-rank percentile (p in 0..1) of a sample. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function stat(values: readonly number[]): Stat | undefined {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return undefined;
  return {
    median: median(finite),
    p95: percentile(finite, 0.95),
    min: Math.min(...finite),
    max: Math.max(...finite),
    n: finite.length,
  };
}

/** a / b, or undefined when either is missing or b is zero. */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0)
    return undefined;
  return a / b;
}

export interface RepeatPlan {
  /** Discarded runs first (JIT, file cache, Chromium's first start). */
  readonly warmup: number;
  readonly repeats: number;
  /** Stop adding repeats once the measured runs took this long; at least one always runs. */
  readonly budgetMs: number;
}

export interface Repeated<T> {
  readonly samples: T[];
  readonly warmups: number;
  /** The plan's repeats were cut short by its time budget. */
  readonly cut: boolean;
}

/**
 * Runs `run` for the warm-ups and then up to `repeats` times. A run that throws ends the series: the
 * error goes to the caller with the samples so far, so one failure is recorded, not fatal.
 */
export async function repeat<T>(
  plan: RepeatPlan,
  run: (index: number) => Promise<T>,
): Promise<Repeated<T> & { error?: string }> {
  const samples: T[] = [];
  let warmups = 0;
  try {
    for (; warmups < plan.warmup; warmups++) await run(-1 - warmups);
    const measured = performance.now();
    for (let i = 0; i < plan.repeats; i++) {
      if (i > 0 && performance.now() - measured > plan.budgetMs) return { samples, warmups, cut: true };
      samples.push(await run(i));
    }
  } catch (error) {
    return { samples, warmups, cut: false, error: errorText(error) };
  }
  return { samples, warmups, cut: false };
}

export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 300);
}
