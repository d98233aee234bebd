/**
 * Runs several pages ("cells") the same number of times, interleaved round by round so that the
 * machine's noise falls on all of them alike, and sums each cell up as medians.
 */
import { stat, type RepeatPlan, type Stat } from '../node/stats.ts';
import { runPage, type PageRun, type RunOptions } from './page-run.ts';

export interface CellSpec extends Omit<RunOptions, 'url'> {
  readonly key: string;
  /** Evaluated at each run, so a page can take the canvas size measured by an earlier one. */
  readonly url: () => string;
  /** Overrides the plan's warm-ups (a run of a minute warms nothing worth its time). */
  readonly warmup?: number;
  /** Sees every run, warm-ups included (e.g. to take the widget's canvas size). */
  readonly onRun?: (run: PageRun) => void;
}

export type CellStatus = 'ok' | 'timeout' | 'error';

export interface CellSummary {
  readonly inkMs?: Stat;
  readonly readyMs?: Stat;
  readonly interactiveMs?: Stat;
  readonly settledMs?: Stat;
  readonly longestTaskMs?: Stat;
  readonly longestTaskLoadingMs?: Stat;
  readonly longestStallMs?: Stat;
  readonly heapPeakMB?: Stat;
  readonly rendererPeakMB?: Stat;
  /** Medians over runs of each run's median / p95 / longest frame interval while panning and zooming. */
  readonly frameMedianMs?: Stat;
  readonly frameP95Ms?: Stat;
  readonly frameMaxMs?: Stat;
  readonly gestureMs?: Stat;
}

export interface CellResult {
  readonly key: string;
  readonly status: CellStatus;
  readonly error?: string;
  readonly warmups: number;
  /** Fewer runs than planned: the time budget ran out. */
  readonly cut: boolean;
  readonly runs: readonly PageRun[];
  readonly summary: CellSummary;
}

const pick = (runs: readonly PageRun[], f: (r: PageRun) => number | undefined): Stat | undefined =>
  stat(
    runs.flatMap((r) => {
      const v = f(r);
      return v === undefined ? [] : [v];
    }),
  );

export function summarize(runs: readonly PageRun[]): CellSummary {
  const ok = runs.filter((r) => r.ok);
  return {
    inkMs: pick(ok, (r) => r.inkMs),
    readyMs: pick(ok, (r) => r.readyMs),
    interactiveMs: pick(ok, (r) => r.interactiveMs),
    settledMs: pick(ok, (r) => r.settledMs),
    longestTaskMs: pick(ok, (r) => r.longestTaskMs),
    longestTaskLoadingMs: pick(ok, (r) => r.longestTaskLoadingMs),
    longestStallMs: pick(runs, (r) => r.longestStallMs),
    heapPeakMB: pick(runs, (r) => r.heapPeakMB),
    rendererPeakMB: pick(runs, (r) => r.rendererPeakMB),
    frameMedianMs: pick(ok, (r) => r.frames?.frame?.median),
    frameP95Ms: pick(ok, (r) => r.frames?.frame?.p95),
    frameMaxMs: pick(ok, (r) => r.frames?.frame?.max),
    gestureMs: pick(ok, (r) => r.frames?.gestureMs),
  };
}

const seconds = (ms: number | undefined): string => (ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);

export async function runCells(
  specs: readonly CellSpec[],
  plan: RepeatPlan,
  log: (line: string) => void,
): Promise<CellResult[]> {
  const state = specs.map((spec) => ({
    spec,
    runs: [] as PageRun[],
    warmups: 0,
    spentMs: 0,
    done: false,
    cut: false,
    status: 'ok' as CellStatus,
    error: undefined as string | undefined,
  }));
  const once = async (cell: (typeof state)[number], label: string): Promise<PageRun> => {
    const { key, url, warmup: _warmup, onRun, ...options } = cell.spec;
    const started = performance.now();
    if (options.timeoutMs > 60_000) log(`${key} ${label}… (gives up after ${seconds(options.timeoutMs)})`);
    const run = await runPage({ ...options, url: url() });
    onRun?.(run);
    const took = performance.now() - started;
    log(
      `${key} ${label}: ${
        run.ok ? `ink ${seconds(run.inkMs)}, ready ${seconds(run.readyMs)}` : `FAILED (${run.error})`
      } [${seconds(took)}]`,
    );
    if (!run.ok) {
      cell.done = true;
      cell.status = run.timedOut ? 'timeout' : 'error';
      cell.error = run.error;
      cell.runs.push(run);
    }
    return run;
  };

  for (const cell of state)
    for (let i = 0; i < (cell.spec.warmup ?? plan.warmup) && !cell.done; i++) {
      await once(cell, 'warm-up');
      cell.warmups++;
    }
  for (let round = 0; round < plan.repeats; round++) {
    for (const cell of state) {
      if (cell.done) continue;
      if (round > 0 && cell.spentMs > plan.budgetMs) {
        cell.done = cell.cut = true;
        continue;
      }
      const started = performance.now();
      const run = await once(cell, `run ${round + 1}/${plan.repeats}`);
      cell.spentMs += performance.now() - started;
      if (run.ok) cell.runs.push(run);
    }
  }
  return state.map((cell) => ({
    key: cell.spec.key,
    status: cell.status,
    ...(cell.error ? { error: cell.error } : {}),
    warmups: cell.warmups,
    cut: cell.cut,
    runs: cell.runs,
    summary: summarize(cell.runs),
  }));
}
