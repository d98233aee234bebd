/**
 * Sensitivity: how much the picture rests on the weakest evidence. The pairs, camps and triangles
 * again without some statuses (by default what the text calls alleged and the article's own
 * analysis), and what that changes.
 */
import type { CampsResult } from './camps.ts';
import { pairKey, type SignedGraph } from './pairs.ts';
import { forEachTriangle } from './triads.ts';
import type { RelationStatus } from '../model/dataset.ts';
import type { Sensitivity, SignChange, TriadChange } from './types.ts';

export interface Analysed {
  readonly graph: SignedGraph;
  readonly camps: CampsResult;
}

/** Triangles whose balance differs between the two analyses, and how many there are in all. */
export interface TriadChanges {
  readonly list: readonly TriadChange[];
  readonly total: number;
}

/**
 * The triangles whose state (balanced, unbalanced, or not a triangle) differs without the weaker
 * evidence. The triangles of each graph are walked once and each looked up in the other by its
 * three pairs' signs, so a dense graph's millions of triangles are never held in memory (a map of
 * every triangle, twice, took 2.2 GB and 92 s for 300 actors all related). A triangle found in both
 * is counted in the first walk only. The first `max` changes by actor order are listed.
 */
export function* triadChangeSteps(
  base: SignedGraph,
  reduced: SignedGraph,
  max: number,
): Generator<readonly [number, number], TriadChanges> {
  const n = base.actors.length;
  // Actor i of the base graph is toReduced[i] in the other (both come from one dataset's actors).
  const toReduced = Int32Array.from(base.actors, (id) => reduced.index.get(id) ?? -1);
  const signs = (graph: SignedGraph, at: (i: number) => number) => {
    const bySide = new Map<number, number>();
    for (let e = 0; e < graph.edges.sign.length; e++)
      bySide.set(pairKey(graph.edges.u[e]!, graph.edges.v[e]!, n), graph.edges.sign[e]!);
    return (i: number, j: number): number => bySide.get(pairKey(at(i), at(j), n)) ?? 0;
  };
  const fromBase = base.index;
  const baseSign = signs(base, (i) => i);
  const reducedSign = signs(reduced, (i) => toReduced[i]!);
  const toBase = Int32Array.from(reduced.actors, (id) => fromBase.get(id) ?? -1);
  const state = (x: number, y: number, z: number): TriadChange['before'] => {
    if (x === 0 || y === 0 || z === 0) return null;
    return x * y * z > 0 ? 'balanced' : 'unbalanced';
  };
  let kept: (readonly [number, number, number, TriadChange['before'], TriadChange['after']])[] = [];
  let total = 0;
  const record = (
    vertices: readonly number[],
    before: TriadChange['before'],
    after: TriadChange['after'],
  ) => {
    total++;
    if (max === 0) return;
    const [a, b, c] = [...vertices].sort((x, y) => x - y) as [number, number, number];
    kept.push([a, b, c, before, after]);
    if (kept.length >= 2 * max + 1024) kept = kept.sort(BY_ACTORS).slice(0, max);
  };
  yield* forEachTriangle(base, ([u, v, w]) => {
    const before = state(baseSign(u, v), baseSign(u, w), baseSign(v, w));
    const after = state(reducedSign(u, v), reducedSign(u, w), reducedSign(v, w));
    if (before !== after) record([u, v, w], before, after);
  });
  yield* forEachTriangle(reduced, (vertices) => {
    const [u, v, w] = vertices.map((x) => toBase[x]!) as [number, number, number];
    if (state(baseSign(u, v), baseSign(u, w), baseSign(v, w)) !== null) return; // walked above
    const after = state(reducedSign(u, v), reducedSign(u, w), reducedSign(v, w));
    record([u, v, w], null, after);
  });
  const list = kept
    .sort(BY_ACTORS)
    .slice(0, max)
    .map(([a, b, c, before, after]) => ({
      actors: [base.actors[a]!, base.actors[b]!, base.actors[c]!] as const,
      before,
      after,
    }));
  return { list, total };
}

const BY_ACTORS = (
  p: readonly [number, number, number, ...unknown[]],
  q: readonly [number, number, number, ...unknown[]],
): number => p[0] - q[0] || p[1] - q[1] || p[2] - q[2];

export function compareAnalyses(
  base: Analysed,
  reduced: Analysed,
  triads: TriadChanges,
  excludedStatuses: readonly RelationStatus[],
  relationsLeftOut: readonly string[],
): Sensitivity {
  const actors = base.graph.actors;
  const campOf = alignCamps(base, reduced);
  const actorsMoved = actors.filter((_, i) => campOf[i] !== base.camps.campOf[i]);
  const before = base.camps.camps.frustration;
  const after = reduced.camps.camps.frustration;
  const pairsChanged = changedPairs(base.graph, reduced.graph);
  const triadsChanged = triads.list;
  return {
    excludedStatuses,
    relationsLeftOut,
    unchanged: actorsMoved.length === 0 && pairsChanged.length === 0 && triads.total === 0,
    camps: [actors.filter((_, i) => campOf[i] === 0), actors.filter((_, i) => campOf[i] === 1)],
    unaligned: actors.filter((_, i) => campOf[i] === -1),
    actorsMoved,
    frustrationBefore: { count: before.count, weight: before.weight },
    frustrationAfter: { count: after.count, weight: after.weight },
    pairsChanged,
    triadsChanged,
    triadsChangedOmitted: triads.total - triads.list.length,
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
