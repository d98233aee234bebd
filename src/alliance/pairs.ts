/**
 * Pairs: every relation between two actors, in either direction, summed into one net score. Balance
 * theory reads a tie as friendly or hostile on the whole; direction says who acted, not which side
 * the two are on.
 */
import type { ActorGraph } from '../graph/actor-graph.ts';
import type { RelationWeight, PairScore, Sign } from './types.ts';
import { round } from './weights.ts';

/** The pairs and, for the searches, the signed ones as arrays indexed by actor. */
export interface SignedGraph {
  /** Every actor, in dataset order; indices below refer to this list. */
  readonly actors: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Every pair with a relation, by first then second actor index. */
  readonly pairs: readonly PairScore[];
  /** The signed pairs (sign ≠ 0): their ends, sign, |score| in whole millionths, and pair index. */
  readonly edges: {
    readonly u: Int32Array;
    readonly v: Int32Array;
    readonly sign: Int8Array;
    readonly weight: Float64Array;
    readonly pair: Int32Array;
  };
  /** Adjacency over the signed pairs: neighbours of i are `neighbours[offsets[i]..offsets[i+1]]`. */
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  /** The edge index of each adjacency entry. */
  readonly adjacentEdge: Int32Array;
}

export function signOf(score: number): Sign {
  return score > 0 ? 1 : score < 0 ? -1 : 0;
}

/** Sums the weighted relations by pair and indexes the signed ones. */
export function buildSignedGraph(graph: ActorGraph, relations: readonly RelationWeight[]): SignedGraph {
  const actors = graph.nodes();
  const index = new Map(actors.map((id, i) => [id, i]));
  const n = actors.length;
  const byKey = new Map<number, { a: number; b: number; score: number; ids: RelationWeight[] }>();
  for (const relation of relations) {
    const x = index.get(graph.source(relation.id))!;
    const y = index.get(graph.target(relation.id))!;
    const a = Math.min(x, y);
    const b = Math.max(x, y);
    const key = a * n + b;
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { a, b, score: 0, ids: [] }));
    entry.score += relation.weight;
    entry.ids.push(relation);
  }
  const sorted = [...byKey.entries()].sort((p, q) => p[0] - q[0]).map(([, entry]) => entry);
  const pairs: PairScore[] = sorted.map(({ a, b, score, ids }) => {
    const rounded = round(score);
    return {
      actors: [actors[a]!, actors[b]!],
      score: rounded,
      sign: signOf(rounded),
      relations: {
        positive: ids.filter((r) => r.weight > 0).map((r) => r.id),
        negative: ids.filter((r) => r.weight < 0).map((r) => r.id),
        neutral: ids.filter((r) => r.weight === 0).map((r) => r.id),
      },
    };
  });

  const signed = pairs.flatMap((pair, p) => (pair.sign === 0 ? [] : [p]));
  const m = signed.length;
  const edges = {
    u: new Int32Array(m),
    v: new Int32Array(m),
    sign: new Int8Array(m),
    weight: new Float64Array(m),
    pair: new Int32Array(m),
  };
  const degree = new Int32Array(n + 1);
  signed.forEach((p, e) => {
    const pair = pairs[p]!;
    edges.u[e] = sorted[p]!.a;
    edges.v[e] = sorted[p]!.b;
    edges.sign[e] = pair.sign;
    edges.weight[e] = Math.round(Math.abs(pair.score) * 1e6);
    edges.pair[e] = p;
    degree[sorted[p]!.a]!++;
    degree[sorted[p]!.b]!++;
  });
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(2 * m);
  const adjacentEdge = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const u = edges.u[e]!;
    const v = edges.v[e]!;
    neighbours[fill[u]!] = v;
    adjacentEdge[fill[u]!++] = e;
    neighbours[fill[v]!] = u;
    adjacentEdge[fill[v]!++] = e;
  }
  return { actors, index, pairs, edges, offsets, neighbours, adjacentEdge };
}

/** Key of an unordered pair of actor indices, for lookups. */
export function pairKey(a: number, b: number, n: number): number {
  return a < b ? a * n + b : b * n + a;
}
