/**
 * The connected parts of the signed graph. Nothing ties the split of one part to another's, so each
 * is solved on its own: a graph of many small parts stays within the exact search even when it has
 * hundreds of actors, and the limit applies to the largest part, not the whole.
 */
import type { SignedGraph } from './pairs.ts';

/** One part, re-indexed from 0: local adjacency with each entry's sign and two weights. */
export interface Part {
  /** Global actor indices, ascending (dataset order): local index i is `vertices[i]`. */
  readonly vertices: Int32Array;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly sign: Int8Array;
  /** What the search minimises first, and what breaks its ties (whole millionths or 1 per pair). */
  readonly primary: Float64Array;
  readonly secondary: Float64Array;
}

/** The parts with at least two actors (an actor with no signed pair is unaligned), largest last. */
export function signedParts(graph: SignedGraph, objective: 'weight' | 'count'): Part[] {
  const n = graph.actors.length;
  const seen = new Uint8Array(n);
  const parts: Part[] = [];
  const queue = new Int32Array(n);
  for (let root = 0; root < n; root++) {
    if (seen[root] || graph.offsets[root] === graph.offsets[root + 1]) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    seen[root] = 1;
    while (head < tail) {
      const u = queue[head++]!;
      for (let k = graph.offsets[u]!; k < graph.offsets[u + 1]!; k++) {
        const v = graph.neighbours[k]!;
        if (!seen[v]) {
          seen[v] = 1;
          queue[tail++] = v;
        }
      }
    }
    parts.push(partOf(graph, queue.slice(0, tail).sort(), objective));
  }
  return parts;
}

function partOf(graph: SignedGraph, vertices: Int32Array, objective: 'weight' | 'count'): Part {
  const local = new Map<number, number>();
  vertices.forEach((v, i) => local.set(v, i));
  const k = vertices.length;
  const offsets = new Int32Array(k + 1);
  for (let i = 0; i < k; i++) {
    const v = vertices[i]!;
    offsets[i + 1] = offsets[i]! + (graph.offsets[v + 1]! - graph.offsets[v]!);
  }
  const size = offsets[k]!;
  const neighbours = new Int32Array(size);
  const sign = new Int8Array(size);
  const primary = new Float64Array(size);
  const secondary = new Float64Array(size);
  for (let i = 0; i < k; i++) {
    const v = vertices[i]!;
    let at = offsets[i]!;
    for (let g = graph.offsets[v]!; g < graph.offsets[v + 1]!; g++, at++) {
      const edge = graph.adjacentEdge[g]!;
      const weight = graph.edges.weight[edge]!;
      neighbours[at] = local.get(graph.neighbours[g]!)!;
      sign[at] = graph.edges.sign[edge]!;
      primary[at] = objective === 'weight' ? weight : 1;
      secondary[at] = objective === 'weight' ? 1 : weight;
    }
  }
  return { vertices, offsets, neighbours, sign, primary, secondary };
}

/** Frustration of a split of a part, in its two measures: each frustrated pair counted once. */
export function partFrustration(part: Part, side: Uint8Array): { primary: number; secondary: number } {
  let primary = 0;
  let secondary = 0;
  for (let u = 0; u < part.vertices.length; u++) {
    for (let k = part.offsets[u]!; k < part.offsets[u + 1]!; k++) {
      const v = part.neighbours[k]!;
      if (v < u) continue;
      if (isFrustrated(part.sign[k]!, side[u]!, side[v]!)) {
        primary += part.primary[k]!;
        secondary += part.secondary[k]!;
      }
    }
  }
  return { primary, secondary };
}

/** A positive pair across camps, or a negative pair within one. */
export function isFrustrated(sign: number, sideU: number, sideV: number): boolean {
  return sign > 0 ? sideU !== sideV : sideU === sideV;
}

/** Whether (p, s) is lexicographically less than (bestP, bestS). */
export function better(p: number, s: number, bestP: number, bestS: number): boolean {
  return p < bestP || (p === bestP && s < bestS);
}
