/**
 * Brokers: actors friendly with two others who are not friendly with each other, so that the friendly
 * link between those two runs only through the broker. Counted per pair of its allies, by whether the
 * two are unlinked or adversaries, and by Gould and Fernandez's roles (1989) over the two camps.
 */
import { pairKey, type SignedGraph } from './pairs.ts';
import type { Broker, BrokeredPair, BrokerRoles } from './types.ts';

/** Yields `[done, total]` actors. Cost: the sum over actors of (allies)², fine for sparse graphs. */
export function* brokerSteps(
  graph: SignedGraph,
  campOf: Int8Array,
  maxBrokeredPairs: number,
): Generator<readonly [number, number], Broker[]> {
  const n = graph.actors.length;
  const { offsets, neighbours, adjacentEdge, edges } = graph;
  const signOf = new Map<number, number>();
  for (let e = 0; e < edges.u.length; e++) signOf.set(pairKey(edges.u[e]!, edges.v[e]!, n), edges.sign[e]!);
  const brokers: Broker[] = [];
  for (let b = 0; b < n; b++) {
    if ((b & 255) === 255) yield [b, n];
    const allies: number[] = [];
    for (let k = offsets[b]!; k < offsets[b + 1]!; k++) {
      if (edges.sign[adjacentEdge[k]!]! > 0) allies.push(neighbours[k]!);
    }
    allies.sort((x, y) => x - y);
    const roles: Record<keyof BrokerRoles, number> = { coordinator: 0, consultant: 0, gatekeeper: 0 };
    const pairs: BrokeredPair[] = [];
    let unlinked = 0;
    let adversaries = 0;
    for (let i = 0; i < allies.length; i++) {
      for (let j = i + 1; j < allies.length; j++) {
        const a = allies[i]!;
        const c = allies[j]!;
        const sign = signOf.get(pairKey(a, c, n)) ?? 0;
        if (sign > 0) continue;
        const kind = sign < 0 ? 'adversaries' : 'unlinked';
        if (sign < 0) adversaries++;
        else unlinked++;
        const role = roleOf(campOf[a]!, campOf[b]!, campOf[c]!);
        roles[role]++;
        pairs.push({ actors: [graph.actors[a]!, graph.actors[c]!], kind, role });
      }
    }
    const crossCamp = allies.filter((a) => campOf[a] !== campOf[b]).length;
    if (unlinked + adversaries === 0 && crossCamp === 0) continue;
    // Adversaries first: a friend of two enemies is the broker a reader looks for.
    pairs.sort((x, y) => Number(x.kind === 'unlinked') - Number(y.kind === 'unlinked'));
    brokers.push({
      actor: graph.actors[b]!,
      brokerage: unlinked + adversaries,
      unlinked,
      adversaries,
      roles,
      crossCamp,
      pairs: pairs.slice(0, maxBrokeredPairs),
    });
  }
  yield [n, n];
  const order = new Map(graph.actors.map((id, i) => [id, i]));
  brokers.sort(
    (x, y) =>
      y.brokerage - x.brokerage || y.crossCamp - x.crossCamp || order.get(x.actor)! - order.get(y.actor)!,
  );
  return brokers;
}

/**
 * Gould–Fernandez roles with the camps as groups. Pairs have no direction, so the gatekeeper and the
 * representative (which differ only in which way the flow goes) are one role; the liaison (three
 * different groups) cannot occur with two camps.
 */
function roleOf(campA: number, campB: number, campC: number): keyof BrokerRoles {
  if (campA === campC) return campA === campB ? 'coordinator' : 'consultant';
  return 'gatekeeper';
}
