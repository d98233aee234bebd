/**
 * Triads: every triangle of signed pairs. Balanced when it has an even number of hostile sides (three
 * allies; two allies against a common adversary); unbalanced otherwise: a friend of two adversaries
 * (+ + −), or three mutual adversaries (− − −), the strain structural balance says should resolve.
 */
import type { SignedGraph } from './pairs.ts';
import type { Triad, Triads } from './types.ts';

export interface Found {
  /** Actor indices a < b < c and the edge indices of (a,b), (a,c), (b,c). */
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly edges: readonly [number, number, number];
  readonly balanced: boolean;
  readonly weight: number;
}

const ORDER = (x: Found, y: Found): number =>
  Number(x.balanced) - Number(y.balanced) || y.weight - x.weight || x.a - y.a || x.b - y.b || x.c - y.c;

/**
 * Calls `visit` with every triangle of signed pairs, found once each by the usual degree ordering
 * (each edge oriented towards its higher-ranked end: O(m^1.5)); its three actors (any order) and the
 * edges u–v, u–w, v–w. Yields `[done, total]` actors now and then.
 */
export function* forEachTriangle(
  graph: SignedGraph,
  visit: (vertices: readonly [number, number, number], sides: readonly [number, number, number]) => void,
): Generator<readonly [number, number], void> {
  const n = graph.actors.length;
  const { offsets, neighbours, adjacentEdge } = graph;
  const degree = (v: number): number => offsets[v + 1]! - offsets[v]!;
  const rank = new Int32Array(n);
  Array.from({ length: n }, (_, i) => i)
    .sort((x, y) => degree(x) - degree(y) || x - y)
    .forEach((v, r) => (rank[v] = r));
  const mark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    if ((u & 1023) === 1023) yield [u, n];
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      if (rank[neighbours[k]!]! > rank[u]!) mark[neighbours[k]!] = adjacentEdge[k]!;
    }
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const v = neighbours[k]!;
      if (rank[v]! < rank[u]!) continue;
      for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
        const w = neighbours[j]!;
        if (rank[w]! <= rank[v]! || mark[w] === -1) continue;
        visit([u, v, w], [adjacentEdge[k]!, mark[w]!, adjacentEdge[j]!]);
      }
    }
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) mark[neighbours[k]!] = -1;
  }
  yield [n, n];
}

/** Every triangle, counted; the first `maxTriads` in report order listed. */
export function* triadSteps(
  graph: SignedGraph,
  maxTriads: number,
): Generator<readonly [number, number], Triads> {
  let kept: Found[] = [];
  let total = 0;
  let unbalanced = 0;
  yield* forEachTriangle(graph, (vertices, sides) => {
    const found = triangle(graph, vertices, sides);
    total++;
    if (!found.balanced) unbalanced++;
    if (maxTriads === 0) return;
    kept.push(found);
    // Keep memory bounded on dense graphs: trim to the best `maxTriads` now and then.
    if (kept.length >= 2 * maxTriads + 1024) kept = kept.sort(ORDER).slice(0, maxTriads);
  });
  kept = kept.sort(ORDER).slice(0, maxTriads);
  return { total, unbalanced, list: kept.map((f) => describe(graph, f)), omitted: total - kept.length };
}

/** The triangle of three actors and the edges between them (u–v, u–w, v–w), by dataset order. */
export function triangle(graph: SignedGraph, vertices: readonly number[], sides: readonly number[]): Found {
  const [a, b, c] = [...vertices].sort((x, y) => x - y) as [number, number, number];
  const edgeBetween = (x: number, y: number): number => {
    const [s0, s1, s2] = sides as [number, number, number];
    const [u, v, w] = vertices as [number, number, number];
    const is = (p: number, q: number): boolean => (x === p && y === q) || (x === q && y === p);
    return is(u, v) ? s0 : is(u, w) ? s1 : is(v, w) ? s2 : -1;
  };
  const ab = edgeBetween(a, b);
  const ac = edgeBetween(a, c);
  const bc = edgeBetween(b, c);
  const { sign, pair } = graph.edges;
  const score = (e: number): number => Math.abs(graph.pairs[pair[e]!]!.score);
  return {
    a,
    b,
    c,
    edges: [ab, ac, bc],
    balanced: sign[ab]! * sign[ac]! * sign[bc]! > 0,
    weight: score(ab) + score(ac) + score(bc),
  };
}

function describe(graph: SignedGraph, found: Found): Triad {
  const side = (e: number) => graph.pairs[graph.edges.pair[e]!]!;
  const [ab, ac, bc] = found.edges;
  return {
    actors: [graph.actors[found.a]!, graph.actors[found.b]!, graph.actors[found.c]!],
    balanced: found.balanced,
    sides: [side(ab), side(ac), side(bc)],
  };
}
