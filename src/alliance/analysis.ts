/**
 * The whole alliance analysis, as steps. `allianceSteps` yields progress between (and within) its
 * stages and returns the result; run it to the end in one go (`analyzeAlliances`), or step by step in
 * a worker that posts progress and checks for a cancel between steps. `analyzeDatasetSteps` takes a
 * plain dataset instead of the graphology graph, so the worker's message carries only what structured
 * clone can copy; its result is plain data too.
 */
import { buildGraph, type ActorGraph } from '../graph/actor-graph.ts';
import type { Dataset, RelationStatus } from '../model/dataset.ts';
import { brokerSteps } from './brokers.ts';
import { campSteps, type CampsResult } from './camps.ts';
import { inferenceSteps } from './inferences.ts';
import { resolveAllianceOptions, type AllianceOptions, type AllianceOptionsInput } from './options.ts';
import { buildSignedGraph, type SignedGraph } from './pairs.ts';
import { compareAnalyses, triadChangeSteps } from './sensitivity.ts';
import { actorStandings } from './standing.ts';
import { triadSteps } from './triads.ts';
import type { AllianceAnalysis, AllianceProgress, Sensitivity } from './types.ts';
import { weighRelations, type WeightedRelations } from './weights.ts';

type Steps<T> = Generator<AllianceProgress, T>;

/** Re-labels a stage's `[done, total]` yields as progress of that stage. */
function* staged<T>(
  stage: AllianceProgress['stage'],
  steps: Generator<readonly [number, number], T>,
): Steps<T> {
  let step = steps.next();
  while (!step.done) {
    yield { stage, done: step.value[0], total: step.value[1] };
    step = steps.next();
  }
  return step.value;
}

/** Weights, pairs and camps: what the exports need, and what sensitivity recomputes. */
export function* splitSteps(
  graph: ActorGraph,
  options: AllianceOptions,
): Steps<{ weighted: WeightedRelations; signed: SignedGraph; camps: CampsResult }> {
  const weighted = weighRelations(graph, options);
  const signed = buildSignedGraph(graph, weighted);
  yield { stage: 'pairs', done: 1, total: 1 };
  const camps = yield* staged('camps', campSteps(signed, options));
  return { weighted, signed, camps };
}

export function* allianceSteps(graph: ActorGraph, input: AllianceOptionsInput = {}): Steps<AllianceAnalysis> {
  const options = resolveAllianceOptions(input);
  const { weighted, signed, camps } = yield* splitSteps(graph, options);
  const triads = yield* staged('triads', triadSteps(signed, options.maxTriads));
  const inferences = yield* staged('inferences', inferenceSteps(signed, options.maxInferences));
  const brokers = yield* staged('brokers', brokerSteps(signed, camps.campOf, options.maxBrokeredPairs));
  const sensitivity = yield* sensitivitySteps(graph, options, weighted, signed, camps);
  return {
    version: 1,
    dataset: { id: graph.getAttribute('id'), title: graph.getAttribute('title') },
    relationsAnalysed: weighted.relations.length,
    excludedStatuses: [...options.excludeStatuses],
    weights: {
      statusFactors: { ...options.statusFactors },
      types: weighted.types,
      relations: weighted.relations,
    },
    pairs: signed.pairs,
    camps: camps.camps,
    actors: actorStandings(signed, camps.campOf),
    triads,
    inferences,
    brokers,
    sensitivity,
  };
}

function* sensitivitySteps(
  graph: ActorGraph,
  options: AllianceOptions,
  weighted: WeightedRelations,
  signed: SignedGraph,
  camps: CampsResult,
): Steps<Sensitivity | null> {
  const extra = [...new Set(options.sensitivityExclude)].filter((s) => !options.excludeStatuses.includes(s));
  if (extra.length === 0) return null;
  const excluded = new Set<RelationStatus>(extra);
  const leftOut = weighted.relations.filter((r) => excluded.has(r.status)).map((r) => r.id);
  const reducedOptions = { ...options, excludeStatuses: [...options.excludeStatuses, ...extra] };
  const reduced = yield* staged('sensitivity', splitStepsOnly(graph, reducedOptions));
  const triads = yield* staged('sensitivity', triadChangeSteps(signed, reduced.signed, options.maxTriads));
  return compareAnalyses(
    { graph: signed, camps },
    { graph: reduced.signed, camps: reduced.camps },
    triads,
    extra,
    leftOut,
  );
}

/** `splitSteps` with its progress as plain `[done, total]`, to be re-labelled as sensitivity. */
function* splitStepsOnly(
  graph: ActorGraph,
  options: AllianceOptions,
): Generator<readonly [number, number], { signed: SignedGraph; camps: CampsResult }> {
  const steps = splitSteps(graph, options);
  let step = steps.next();
  while (!step.done) {
    if (step.value.stage === 'camps') yield [step.value.done, step.value.total];
    step = steps.next();
  }
  return step.value;
}

/** The part of the analysis the data exports carry: weights, pairs, camps and each actor's ties. */
export type AllianceSplit = Pick<AllianceAnalysis, 'weights' | 'pairs' | 'camps' | 'actors'>;

export function analyzeSplit(graph: ActorGraph, input: AllianceOptionsInput = {}): AllianceSplit {
  const options = resolveAllianceOptions(input);
  const { weighted, signed, camps } = runToEnd(splitSteps(graph, options));
  return {
    weights: {
      statusFactors: { ...options.statusFactors },
      types: weighted.types,
      relations: weighted.relations,
    },
    pairs: signed.pairs,
    camps: camps.camps,
    actors: actorStandings(signed, camps.campOf),
  };
}

/** The whole analysis in one go. */
export function analyzeAlliances(graph: ActorGraph, options: AllianceOptionsInput = {}): AllianceAnalysis {
  return runToEnd(allianceSteps(graph, options));
}

/**
 * The analysis of a plain (validated) dataset, for a Web Worker: its input, its progress and its
 * result all survive structured clone. Step through it and post each progress.
 */
export function* analyzeDatasetSteps(
  dataset: Dataset,
  options: AllianceOptionsInput = {},
): Steps<AllianceAnalysis> {
  return yield* allianceSteps(buildGraph(dataset), options);
}

export function runToEnd<T>(steps: Generator<unknown, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
