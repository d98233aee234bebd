/** Each actor's ties and how firmly the split holds it. */
import type { SignedGraph } from './pairs.ts';
import type { ActorStanding } from './types.ts';
import { round } from './weights.ts';

/**
 * Positive and negative degree (signed pairs, not relations) and weight, and the margin: what moving
 * the actor alone to the other camp would add to the frustration weight (its satisfied pairs would
 * become frustrated and its frustrated ones satisfied).
 */
export function actorStandings(graph: SignedGraph, campOf: Int8Array): ActorStanding[] {
  const { edges, pairs, actors } = graph;
  const tallies = actors.map(() => ({ pos: 0, neg: 0, posW: 0, negW: 0, margin: 0 }));
  for (let e = 0; e < edges.u.length; e++) {
    const u = edges.u[e]!;
    const v = edges.v[e]!;
    const weight = Math.abs(pairs[edges.pair[e]!]!.score);
    const apart = campOf[u] !== campOf[v];
    const satisfied = edges.sign[e]! > 0 ? !apart : apart;
    for (const end of [u, v]) {
      const tally = tallies[end]!;
      if (edges.sign[e]! > 0) {
        tally.pos++;
        tally.posW += weight;
      } else {
        tally.neg++;
        tally.negW += weight;
      }
      tally.margin += satisfied ? weight : -weight;
    }
  }
  return actors.map((actor, i) => {
    const t = tallies[i]!;
    const camp = campOf[i]!;
    return {
      actor,
      camp: camp === -1 ? null : (camp as 0 | 1),
      positiveDegree: t.pos,
      negativeDegree: t.neg,
      positiveWeight: round(t.posW),
      negativeWeight: round(t.negW),
      margin: round(t.margin),
    };
  });
}
