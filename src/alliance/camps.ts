/**
 * Camps: the two-camp split of the actors with the least frustration (allies across camps and
 * adversaries within one, by weight or by number), part by part: exactly up to the exact limit,
 * by the heuristic beyond.
 */
import { EXACT_CHUNK, exactSplit } from './camps-exact.ts';
import { heuristicSplit } from './camps-heuristic.ts';
import type { AllianceOptions } from './options.ts';
import { signedParts, type Part } from './parts.ts';
import type { SignedGraph } from './pairs.ts';
import type { CampComponent, Camps, FrustratedPair } from './types.ts';
import { round } from './weights.ts';

export interface CampsResult {
  readonly camps: Camps;
  /** Per actor index: 0 (camp A), 1 (camp B), −1 (unaligned). */
  readonly campOf: Int8Array;
}

/** Yields `[done, total]` work units (chunks of the exact search, restarts of the heuristic). */
export function* campSteps(
  graph: SignedGraph,
  options: AllianceOptions,
): Generator<readonly [number, number], CampsResult> {
  const parts = signedParts(graph, options.objective);
  const exact = (part: Part): boolean => part.vertices.length <= options.exactLimit;
  const units = (part: Part): number =>
    exact(part)
      ? Math.max(1, Math.ceil(2 ** (part.vertices.length - 1) / EXACT_CHUNK))
      : options.heuristicRestarts + 1;
  const total = parts.reduce((sum, part) => sum + units(part), 0);
  let done = 0;
  const campOf = new Int8Array(graph.actors.length).fill(-1);
  const solved: { part: Part; method: 'exact' | 'heuristic' }[] = [];
  for (const part of parts) {
    const method = exact(part) ? 'exact' : 'heuristic';
    const search =
      method === 'exact'
        ? exactSplit(part)
        : heuristicSplit(part, {
            restarts: options.heuristicRestarts,
            rounds: options.heuristicRounds,
            seed: options.seed,
          });
    let step = search.next();
    for (let inPart = 0; !step.done; step = search.next()) {
      inPart++;
      yield [done + inPart, total];
    }
    done += units(part);
    // Camp A holds the part's first actor in dataset order.
    const flip = step.value[0]! === 1 ? 1 : 0;
    part.vertices.forEach((v, i) => (campOf[v] = step.value[i]! ^ flip));
    solved.push({ part, method });
  }
  yield [total, total];
  return { camps: describeCamps(graph, campOf, solved, options), campOf };
}

function describeCamps(
  graph: SignedGraph,
  campOf: Int8Array,
  solved: readonly { part: Part; method: 'exact' | 'heuristic' }[],
  options: AllianceOptions,
): Camps {
  const { edges, pairs, actors } = graph;
  const frustrated: FrustratedPair[] = [];
  const componentOf = new Int32Array(actors.length);
  solved.forEach(({ part }, c) => part.vertices.forEach((v) => (componentOf[v] = c)));
  const perComponent = solved.map(() => ({ count: 0, weight: 0 }));
  let totalWeight = 0;
  for (let e = 0; e < edges.u.length; e++) {
    const pair = pairs[edges.pair[e]!]!;
    totalWeight += Math.abs(pair.score);
    const sign = edges.sign[e]! as 1 | -1;
    const apart = campOf[edges.u[e]!] !== campOf[edges.v[e]!];
    if (sign > 0 ? !apart : apart) continue;
    frustrated.push({ actors: pair.actors, score: pair.score, sign });
    const tally = perComponent[componentOf[edges.u[e]!]!]!;
    tally.count++;
    tally.weight += Math.abs(pair.score);
  }
  frustrated.sort((a, b) => Math.abs(b.score) - Math.abs(a.score));
  const components: CampComponent[] = solved.map(({ part, method }, c) => ({
    actors: Array.from(part.vertices, (v) => actors[v]!),
    method,
    frustrationCount: perComponent[c]!.count,
    frustrationWeight: round(perComponent[c]!.weight),
  }));
  return {
    camps: [actors.filter((_, i) => campOf[i] === 0), actors.filter((_, i) => campOf[i] === 1)],
    unaligned: actors.filter((_, i) => campOf[i] === -1),
    method: solved.every((s) => s.method === 'exact') ? 'exact' : 'heuristic',
    objective: options.objective,
    exactLimit: options.exactLimit,
    frustration: {
      count: frustrated.length,
      weight: round(frustrated.reduce((sum, p) => sum + Math.abs(p.score), 0)),
      signedPairs: edges.u.length,
      totalWeight: round(totalWeight),
      pairs: frustrated,
    },
    components,
  };
}
