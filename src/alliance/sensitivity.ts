/**
 * Sensitivity: how much the picture rests on the weakest evidence. The pairs, camps and triangles
 * again without some statuses (by default what the text calls alleged and the article's own
 * analysis), and what that changes.
 */
import type { CampsResult } from './camps.ts';
import { pairKey, type SignedGraph } from './pairs.ts';
import { forEachTriangle, triangle } from './triads.ts';
import type { RelationStatus } from '../model/dataset.ts';
import type { Sensitivity, SignChange, TriadChange } from './types.ts';

export interface Analysed {
  readonly graph: SignedGraph;
  readonly camps: CampsResult;
}

/** Triangle balance by the key of its sorted actor indices. */
export function* triangleBalance(
  graph: SignedGraph,
): Generator<readonly [number, number], Map<string, boolean>> {
  const balance = new Map<string, boolean>();
  yield* forEachTriangle(graph, (vertices, sides) => {
    const found = triangle(graph, vertices, sides);
    balance.set(`${found.a},${found.b},${found.c}`, found.balanced);
  });
  return balance;
}

export function compareAnalyses(
  base: Analysed & { readonly triangles: ReadonlyMap<string, boolean> },
  reduced: Analysed & { readonly triangles: ReadonlyMap<string, boolean> },
  excludedStatuses: readonly RelationStatus[],
  relationsLeftOut: readonly string[],
): Sensitivity {
  const actors = base.graph.actors;
  const campOf = alignCamps(base, reduced);
  const actorsMoved = actors.filter((_, i) => campOf[i] !== base.camps.campOf[i]);
  const before = base.camps.camps.frustration;
  const after = reduced.camps.camps.frustration;
  const pairsChanged = changedPairs(base.graph, reduced.graph);
  const triadsChanged = changedTriads(base.triangles, reduced.triangles, actors);
  return {
    excludedStatuses,
    relationsLeftOut,
    unchanged: actorsMoved.length === 0 && pairsChanged.length === 0 && triadsChanged.length === 0,
    camps: [actors.filter((_, i) => campOf[i] === 0), actors.filter((_, i) => campOf[i] === 1)],
    unaligned: actors.filter((_, i) => campOf[i] === -1),
    actorsMoved,
    frustrationBefore: { count: before.count, weight: before.weight },
    frustrationAfter: { count: after.count, weight: after.weight },
    pairsChanged,
    triadsChanged,
  };
}

/**
 * The reduced split with each of its parts turned the way that agrees best with the full split:
 * which side of a part is called A is arbitrary, and must not count as every actor moving.
 */
function alignCamps(base: Analysed, reduced: Analysed): Int8Array {
  const campOf = reduced.camps.campOf.slice();
  for (const component of reduced.camps.camps.components) {
    const vertices = component.actors.map((id) => reduced.graph.index.get(id)!);
    let agree = 0;
    let disagree = 0;
    for (const v of vertices) {
      const was = base.camps.campOf[v]!;
      if (was === -1) continue;
      if (was === campOf[v]) agree++;
      else disagree++;
    }
    if (disagree > agree) for (const v of vertices) campOf[v] = campOf[v]! ^ 1;
  }
  return campOf;
}

function changedPairs(base: SignedGraph, reduced: SignedGraph): SignChange[] {
  const n = base.actors.length;
  const keyed = (graph: SignedGraph) =>
    new Map(
      graph.pairs.map((p) => [pairKey(graph.index.get(p.actors[0])!, graph.index.get(p.actors[1])!, n), p]),
    );
  const before = keyed(base);
  const after = keyed(reduced);
  const changes: SignChange[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort((x, y) => x - y)) {
    const b = before.get(key);
    const a = after.get(key);
    if ((b?.sign ?? 0) === (a?.sign ?? 0)) continue;
    changes.push({
      actors: (b ?? a)!.actors,
      before: b ? { score: b.score, sign: b.sign } : null,
      after: a ? { score: a.score, sign: a.sign } : null,
    });
  }
  return changes;
}

function changedTriads(
  before: ReadonlyMap<string, boolean>,
  after: ReadonlyMap<string, boolean>,
  actors: readonly string[],
): TriadChange[] {
  const state = (balanced: boolean | undefined) =>
    balanced === undefined ? null : balanced ? 'balanced' : 'unbalanced';
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  const indices = (key: string) => key.split(',').map(Number) as [number, number, number];
  keys.sort((x, y) => {
    const [p, q] = [indices(x), indices(y)];
    return p[0] - q[0] || p[1] - q[1] || p[2] - q[2];
  });
  return keys.flatMap((key) => {
    const b = state(before.get(key));
    const a = state(after.get(key));
    if (a === b) return [];
    const [i, j, k] = indices(key);
    return [{ actors: [actors[i]!, actors[j]!, actors[k]!], before: b, after: a }];
  });
}
