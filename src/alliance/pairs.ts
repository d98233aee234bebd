/**
 * Pairs: every relation between two actors, in either direction, summed into one net score. Balance
 * theory reads a tie as friendly or hostile on the whole; direction says who acted, not which side
 * the two are on.
 */
import type { ActorGraph } from '../graph/actor-graph.ts';
import type { PairRelations, PairScore, Sign } from './types.ts';
import { round, type WeightedRelations } from './weights.ts';

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

/**
 * Sums the weighted relations by pair and indexes the signed ones. Relations are grouped by sorting
 * one typed array of (pair, relation) keys rather than through a map of small objects: on graphs of
 * tens of thousands of relations the garbage of the latter cost more than everything else here.
 */
export function buildSignedGraph(graph: ActorGraph, weighted: WeightedRelations): SignedGraph {
  const actors = graph.nodes();
  const index = new Map(actors.map((id, i) => [id, i]));
  const n = actors.length;
  const { relations } = weighted;
  const r = relations.length;
  const pairOf = new Float64Array(r);
  for (let i = 0; i < r; i++) {
    const x = index.get(weighted.sources[i]!)!;
    const y = index.get(weighted.targets[i]!)!;
    pairOf[i] = Math.min(x, y) * n + Math.max(x, y);
  }
  const order = relationOrder(pairOf);
  const pairs: PairScore[] = [];
  const ends: number[] = [];
  for (let start = 0; start < r;) {
    const key = pairOf[order[start]!]!;
    let end = start;
    let score = 0;
    const relationIds: PairRelations = { positive: [], negative: [], neutral: [] };
    for (; end < r && pairOf[order[end]!] === key; end++) {
      const relation = relations[order[end]!]!;
      score += relation.weight;
      (relation.weight > 0
        ? relationIds.positive
        : relation.weight < 0
          ? relationIds.negative
          : relationIds.neutral
      ).push(relation.id);
    }
    const a = Math.floor(key / n);
    const b = key - a * n;
    const rounded = round(score);
    pairs.push({
      actors: [actors[a]!, actors[b]!],
      score: rounded,
      sign: signOf(rounded),
      relations: relationIds,
    });
    ends.push(a, b);
    start = end;
  }

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
    edges.u[e] = ends[2 * p]!;
    edges.v[e] = ends[2 * p + 1]!;
    edges.sign[e] = pair.sign;
    edges.weight[e] = Math.round(Math.abs(pair.score) * 1e6);
    edges.pair[e] = p;
    degree[ends[2 * p]!]!++;
    degree[ends[2 * p + 1]!]!++;
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

/**
 * Relation indices sorted by pair, dataset order within a pair. Sorting one typed array of
 * pair × r + index (exact below 2^53: the schema's limits keep it far below) avoids a comparator.
 */
function relationOrder(pairOf: Float64Array): Int32Array | number[] {
  const r = pairOf.length;
  const largest = pairOf.reduce((max, key) => Math.max(max, key), 0);
  if ((largest + 1) * r >= Number.MAX_SAFE_INTEGER)
    return Array.from({ length: r }, (_, i) => i).sort((i, j) => pairOf[i]! - pairOf[j]! || i - j);
  const keys = Float64Array.from(pairOf, (key, i) => key * r + i).sort();
  return Int32Array.from(keys, (key) => key % r);
}

/** Key of an unordered pair of actor indices, for lookups. */
export function pairKey(a: number, b: number, n: number): number {
  return a < b ? a * n + b : b * n + a;
}
