/**
 * The alliance analysis in Node: the whole analysis of synthetic graphs at 24, 200 and 2,000 actors
 * (random, m = 1.5 n, the generator's mix of cooperative, conflictual and neutral types and of
 * statuses), against building the graphology graph of the same dataset, its baseline; the stages,
 * and the longest stretch between two progress reports (what a worker's Cancel waits for at worst).
 * Then the exact camp search on its worst case, every pair of n actors signed, for n up to past the
 * exact limit; and the exports' extra cost at 20,000 actors, where the camps come from the heuristic.
 */
import { loadavg } from 'node:os';
import { allianceSteps, DEFAULT_ALLIANCE_OPTIONS, type AllianceProgress } from '../../src/alliance/index.ts';
import { writeGraphml } from '../../src/export/index.ts';
import { buildGraph, type ActorGraph } from '../../src/graph/actor-graph.ts';
import { mulberry32 } from '../../src/layout/seeded-random.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { generateDataset } from '../../src/synthetic/generate.ts';
import { ratio, repeat, stat, type Stat } from './stats.ts';

export const ALLIANCE_SIZES = [24, 200, 2000] as const;
export const EXACT_SIZES = [16, 20, 22, 24, 26] as const;

export interface AllianceRow {
  readonly actors: number;
  readonly relations: number;
  readonly buildMs?: Stat;
  readonly analysisMs?: Stat;
  readonly analysisCpuMs?: Stat;
  /** CPU time of this process: on a busy machine, wall time also counts the waits for a core. */
  readonly buildCpuMs?: Stat;
  readonly cpuVsBuild?: number;
  /** Median time per stage, in the order they ran. */
  readonly stagesMs: Readonly<Record<string, number>>;
  readonly progressReports: number;
  /** The longest time between two progress reports (or the start and the first), median over runs. */
  readonly longestStepMs?: Stat;
  readonly method: string;
  readonly frustration: { readonly count: number; readonly weight: number; readonly signedPairs: number };
  readonly analysisVsBuild?: number;
  readonly error?: string;
}

export interface ExactRow {
  readonly actors: number;
  readonly pairs: number;
  /** The camp stage with the exact search forced (limit 30), and with the heuristic forced (limit 0). */
  readonly exactMs?: Stat;
  readonly exactCpuMs?: Stat;
  readonly heuristicMs?: Stat;
  readonly buildMs?: Stat;
  readonly exactVsBuild?: number;
  /** Frustration (count of pairs) each found: the heuristic's is never below the exact one. */
  readonly exactFrustration?: number;
  readonly heuristicFrustration?: number;
}

export interface AllianceData {
  /** The machine's 1-minute load average when the suite started (2 cores: above 2, runs wait). */
  readonly loadAverage: number;
  readonly rows: readonly AllianceRow[];
  readonly exact: readonly ExactRow[];
  readonly exactLimit: number;
  readonly exports?: {
    readonly actors: number;
    readonly relations: number;
    readonly plainMs?: Stat;
    readonly withAllianceMs?: Stat;
    readonly ratio?: number;
  };
}

interface Run {
  readonly totalMs: number;
  /** CPU time of this process over the run: less disturbed than wall time by a busy machine. */
  readonly cpuMs: number;
  readonly stages: Map<string, number>;
  readonly reports: number;
  readonly longestMs: number;
  readonly method: string;
  readonly frustration: AllianceRow['frustration'];
}

function analyse(graph: ActorGraph, options = {}): Run {
  const stages = new Map<string, number>();
  const cpu = process.cpuUsage();
  const began = performance.now();
  let last = began;
  let stage: AllianceProgress['stage'] | 'start' = 'start';
  let reports = 0;
  let longestMs = 0;
  const steps = allianceSteps(graph, options);
  let step = steps.next();
  for (; !step.done; step = steps.next()) {
    const now = performance.now();
    longestMs = Math.max(longestMs, now - last);
    if (step.value.stage !== stage) stage = step.value.stage;
    stages.set(stage, (stages.get(stage) ?? 0) + (now - last));
    last = now;
    reports++;
  }
  const end = performance.now();
  longestMs = Math.max(longestMs, end - last);
  stages.set('finish', end - last);
  const { camps } = step.value;
  const used = process.cpuUsage(cpu);
  return {
    totalMs: end - began,
    cpuMs: (used.user + used.system) / 1000,
    stages,
    reports,
    longestMs,
    method: camps.method,
    frustration: {
      count: camps.frustration.count,
      weight: camps.frustration.weight,
      signedPairs: camps.frustration.signedPairs,
    },
  };
}

const time = (fn: () => unknown): number => {
  const began = performance.now();
  fn();
  return performance.now() - began;
};

const cpuTime = (fn: () => unknown): number => {
  const began = process.cpuUsage();
  fn();
  const used = process.cpuUsage(began);
  return (used.user + used.system) / 1000;
};

async function measureSize(actors: number, quick: boolean): Promise<AllianceRow> {
  const dataset = generateDataset({ actors, ratio: 1.5, shape: 'random', seed: 1 });
  const plan = { warmup: quick ? 0 : 1, repeats: quick ? 2 : 5, budgetMs: quick ? 20_000 : 60_000 };
  // Interleaved: the baseline and the analysis share whatever else the machine is doing.
  const runs = await repeat(plan, async () => {
    const buildMs = time(() => buildGraph(dataset));
    const buildCpuMs = cpuTime(() => buildGraph(dataset));
    return { buildMs, buildCpuMs, run: analyse(buildGraph(dataset)) };
  });
  const last = runs.samples.at(-1)?.run;
  const buildMs = stat(runs.samples.map((s) => s.buildMs));
  const buildCpuMs = stat(runs.samples.map((s) => s.buildCpuMs));
  const analysisMs = stat(runs.samples.map((s) => s.run.totalMs));
  const analysisCpuMs = stat(runs.samples.map((s) => s.run.cpuMs));
  const stageNames = last ? [...last.stages.keys()] : [];
  const stagesMs = Object.fromEntries(
    stageNames.map((name) => [name, stat(runs.samples.map((s) => s.run.stages.get(name) ?? 0))?.median ?? 0]),
  );
  return {
    actors,
    relations: dataset.relations.length,
    buildMs,
    analysisMs,
    analysisCpuMs,
    buildCpuMs,
    cpuVsBuild: ratio(analysisCpuMs?.median, buildCpuMs?.median),
    stagesMs,
    progressReports: last?.reports ?? 0,
    longestStepMs: stat(runs.samples.map((s) => s.run.longestMs)),
    method: last?.method ?? '',
    frustration: last?.frustration ?? { count: 0, weight: 0, signedPairs: 0 },
    analysisVsBuild: ratio(analysisMs?.median, buildMs?.median),
    ...(runs.error ? { error: runs.error } : {}),
  };
}

/** n actors, every pair signed at random (one relation each): the exact search's worst case. */
function complete(n: number): Dataset {
  const random = mulberry32(n);
  const actors = Array.from({ length: n }, (_, i) => ({
    id: `A${i}`,
    name: `A${i}`,
    kind: 'state' as const,
  }));
  const relations = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      relations.push({
        id: `R${i}-${j}`,
        type: random() < 0.5 ? 'ally' : 'enemy',
        from: `A${i}`,
        to: `A${j}`,
        directed: false,
        status: 'reported' as const,
        summary: 's',
        evidence: [{ source: 's', quote: 'x', start: 0, end: 1 }],
      });
  return {
    formatVersion: 1,
    id: `complete-${n}`,
    title: `Complete signed graph, ${n} actors`,
    sources: [{ id: 's', title: 'S', text: 'x' }],
    relationTypes: [
      { id: 'ally', label: 'Ally', polarity: 'cooperative' },
      { id: 'enemy', label: 'Enemy', polarity: 'conflictual' },
    ],
    actors,
    relations,
  };
}

async function measureExact(n: number, quick: boolean): Promise<ExactRow> {
  const dataset = complete(n);
  const plan = { warmup: 0, repeats: quick ? 1 : 3, budgetMs: 30_000 };
  // Camps only: the stages after them do not depend on how the split was found.
  const only = { sensitivityExclude: [], maxTriads: 0, maxInferences: 0, objective: 'count' as const };
  const runs = await repeat(plan, async () => {
    const buildMs = time(() => buildGraph(dataset));
    const exact = analyse(buildGraph(dataset), { ...only, exactLimit: 30 });
    const heuristic = analyse(buildGraph(dataset), { ...only, exactLimit: 0 });
    return { buildMs, exact, heuristic };
  });
  const exactMs = stat(runs.samples.map((s) => s.exact.stages.get('camps') ?? 0));
  const buildMs = stat(runs.samples.map((s) => s.buildMs));
  return {
    actors: n,
    pairs: dataset.relations.length,
    exactMs,
    exactCpuMs: stat(runs.samples.map((s) => s.exact.cpuMs)),
    heuristicMs: stat(runs.samples.map((s) => s.heuristic.stages.get('camps') ?? 0)),
    buildMs,
    exactVsBuild: ratio(exactMs?.median, buildMs?.median),
    exactFrustration: runs.samples[0]?.exact.frustration.count,
    heuristicFrustration: runs.samples[0]?.heuristic.frustration.count,
  };
}

async function measureExports(quick: boolean): Promise<AllianceData['exports']> {
  const dataset = generateDataset({ actors: 20_000, ratio: 1.5, shape: 'random', seed: 1 });
  const graph = buildGraph(dataset);
  const plan = { warmup: quick ? 0 : 1, repeats: quick ? 1 : 3, budgetMs: 60_000 };
  const runs = await repeat(plan, async () => ({
    plain: time(() => writeGraphml(graph, { alliance: false })),
    withAlliance: time(() => writeGraphml(graph)),
  }));
  const plainMs = stat(runs.samples.map((s) => s.plain));
  const withAllianceMs = stat(runs.samples.map((s) => s.withAlliance));
  return {
    actors: dataset.actors.length,
    relations: dataset.relations.length,
    plainMs,
    withAllianceMs,
    ratio: ratio(withAllianceMs?.median, plainMs?.median),
  };
}

export async function measureAlliance(quick: boolean, log: (line: string) => void): Promise<AllianceData> {
  const loadAverage = loadavg()[0] ?? 0;
  const rows: AllianceRow[] = [];
  for (const size of ALLIANCE_SIZES) {
    log(`[alliance] synthetic, ${size} actors…`);
    rows.push(await measureSize(size, quick));
  }
  const exact: ExactRow[] = [];
  for (const n of EXACT_SIZES) {
    log(`[alliance] exact search, every pair of ${n} actors signed…`);
    exact.push(await measureExact(n, quick));
  }
  log('[alliance] GraphML of 20,000 actors with and without camps and pair scores…');
  const exports = await measureExports(quick);
  return { loadAverage, rows, exact, exactLimit: DEFAULT_ALLIANCE_OPTIONS.exactLimit, exports };
}
