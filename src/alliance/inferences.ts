/**
 * Inferences: what balance theory would expect between two actors the data does not relate at all,
 * read off the signed paths through a third (the enemy of my enemy is my friend; the friend of my
 * enemy, my enemy). They are marked `inferred` and carry their paths: a reader can see they are a
 * theory's guess, never a relation the text states.
 */
import { pairKey, type SignedGraph } from './pairs.ts';
import type { Inference, InferencePath, InferenceRule, Inferences, Sign } from './types.ts';

const RULES: Readonly<Record<string, InferenceRule>> = {
  '-1,-1': 'enemy-of-enemy',
  '1,1': 'friend-of-friend',
  '1,-1': 'friend-of-enemy',
  '-1,1': 'friend-of-enemy',
};

/**
 * For each actor a, in dataset order, each unrelated actor c after it reached through a signed pair
 * a–b and b–c. Yields `[done, total]` actors; lists the first `maxInferences` pairs, counts all.
 */
export function* inferenceSteps(
  graph: SignedGraph,
  maxInferences: number,
): Generator<readonly [number, number], Inferences> {
  const n = graph.actors.length;
  const { offsets, neighbours, adjacentEdge, edges } = graph;
  const related = new Set<number>();
  for (const pair of graph.pairs)
    related.add(pairKey(graph.index.get(pair.actors[0])!, graph.index.get(pair.actors[1])!, n));
  const list: Inference[] = [];
  let total = 0;
  for (let a = 0; a < n; a++) {
    if ((a & 1023) === 1023) yield [a, n];
    const paths = new Map<number, InferencePath[]>();
    for (let k = offsets[a]!; k < offsets[a + 1]!; k++) {
      const b = neighbours[k]!;
      const first = edges.sign[adjacentEdge[k]!]! as Sign;
      for (let j = offsets[b]!; j < offsets[b + 1]!; j++) {
        const c = neighbours[j]!;
        if (c <= a || related.has(pairKey(a, c, n))) continue;
        const second = edges.sign[adjacentEdge[j]!]! as Sign;
        let through = paths.get(c);
        if (!through) paths.set(c, (through = []));
        through.push({ via: graph.actors[b]!, signs: [first, second], rule: RULES[`${first},${second}`]! });
      }
    }
    total += paths.size;
    if (list.length >= maxInferences) continue;
    for (const c of [...paths.keys()].sort((x, y) => x - y)) {
      if (list.length >= maxInferences) break;
      list.push(inference(graph.actors[a]!, graph.actors[c]!, paths.get(c)!, graph));
    }
  }
  yield [n, n];
  return { total, list, omitted: total - list.length };
}

function inference(a: string, c: string, paths: InferencePath[], graph: SignedGraph): Inference {
  const signs = new Set(paths.map((p) => p.signs[0] * p.signs[1]));
  const conflicting = signs.size > 1;
  paths.sort((x, y) => graph.index.get(x.via)! - graph.index.get(y.via)!);
  return {
    inferred: true,
    actors: [a, c],
    sign: conflicting ? 0 : ([...signs][0] as Sign),
    conflicting,
    paths,
  };
}
