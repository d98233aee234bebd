/**
 * Properties of the camp search on random signed graphs: the exact split is never beaten by any other
 * split (random ones, and every one, by brute force written independently here); the heuristic is
 * never better than the exact split and always ends where no single move helps; triangles are counted
 * as a naive triple loop counts them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeAlliances } from '../../src/alliance/index.ts';
import { signedGraph, type Tie } from '../fixtures/alliance/signed.ts';

interface RandomGraph {
  readonly actors: string[];
  readonly ties: Tie[];
}

/** Up to `max` actors; each pair related with some probability, possibly by several relations. */
const randomGraph = (max: number): fc.Arbitrary<RandomGraph> =>
  fc.integer({ min: 2, max }).chain((n) => {
    const actors = Array.from({ length: n }, (_, i) => `N${i}`);
    const pairs: [string, string][] = [];
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([actors[i]!, actors[j]!]);
    const weight = fc.integer({ min: -6, max: 6 });
    return fc
      .array(fc.tuple(fc.constantFrom(...pairs), weight, fc.boolean()), { maxLength: pairs.length * 2 })
      .map((picked) => ({
        actors,
        ties: picked.map(([[a, b], w, flip]): Tie => (flip ? [b, a, w] : [a, b, w])),
      }));
  });

/** Net score per unordered pair, summed here without the code under test. */
function netScores(graph: RandomGraph): Map<string, { a: string; b: string; score: number }> {
  const scores = new Map<string, { a: string; b: string; score: number }>();
  for (const [x, y, w] of graph.ties) {
    const [a, b] = [x, y].sort((p, q) => graph.actors.indexOf(p) - graph.actors.indexOf(q)) as [
      string,
      string,
    ];
    const entry = scores.get(`${a}|${b}`) ?? { a, b, score: 0 };
    entry.score += w;
    scores.set(`${a}|${b}`, entry);
  }
  return scores;
}

function frustrationOf(graph: RandomGraph, camp: (actor: string) => number): number {
  let weight = 0;
  for (const { a, b, score } of netScores(graph).values()) {
    if (score === 0) continue;
    const together = camp(a) === camp(b);
    if ((score > 0 && !together) || (score < 0 && together)) weight += Math.abs(score);
  }
  return weight;
}

function analyse(graph: RandomGraph, extra = {}) {
  const { graph: g, options } = signedGraph(graph.actors, graph.ties);
  return analyzeAlliances(g, { ...options, ...extra });
}

const campOf = (result: ReturnType<typeof analyse>) => (actor: string) =>
  result.camps.camps[0].includes(actor) ? 0 : result.camps.camps[1].includes(actor) ? 1 : -1;

describe('the exact split', () => {
  it('is never beaten by a random split', () => {
    fc.assert(
      fc.property(
        randomGraph(12),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        (graph, bits) => {
          const result = analyse(graph);
          const random = frustrationOf(graph, (actor) => Number(bits[graph.actors.indexOf(actor)]));
          expect(result.camps.frustration.weight).toBeLessThanOrEqual(random);
          expect(result.camps.frustration.weight).toBe(frustrationOf(graph, campOf(result)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reaches the minimum that trying every split finds', () => {
    fc.assert(
      fc.property(randomGraph(9), (graph) => {
        const result = analyse(graph);
        let best = Infinity;
        for (let mask = 0; mask < 2 ** graph.actors.length; mask++) {
          best = Math.min(
            best,
            frustrationOf(graph, (actor) => (mask >> graph.actors.indexOf(actor)) & 1),
          );
        }
        expect(result.camps.frustration.weight).toBe(best);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the heuristic', () => {
  it('is never better than the exact split, and no single move improves what it finds', () => {
    fc.assert(
      fc.property(randomGraph(14), fc.integer({ min: 0, max: 1000 }), (graph, seed) => {
        const exact = analyse(graph);
        const heuristic = analyse(graph, { exactLimit: 0, seed });
        expect(heuristic.camps.frustration.weight).toBeGreaterThanOrEqual(exact.camps.frustration.weight);
        expect(heuristic.actors.every((a) => a.margin >= 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('finds the exact frustration on graphs just past a small exact limit', () => {
    let equal = 0;
    const runs = 100;
    fc.assert(
      fc.property(randomGraph(14), (graph) => {
        const exact = analyse(graph);
        const heuristic = analyse(graph, { exactLimit: 3 });
        if (heuristic.camps.frustration.weight === exact.camps.frustration.weight) equal++;
      }),
      { numRuns: runs, seed: 7 },
    );
    // Not a guarantee (it is a heuristic), but on graphs this size it should all but never miss.
    expect(equal).toBeGreaterThanOrEqual(runs - 2);
  });
});

describe('triads', () => {
  it('counts every triangle of signed pairs, and its unbalanced ones, as a triple loop does', () => {
    fc.assert(
      fc.property(randomGraph(10), (graph) => {
        const result = analyse(graph, { maxTriads: 3 });
        const scores = netScores(graph);
        const sign = (a: string, b: string): number => {
          const s = scores.get(`${a}|${b}`)?.score ?? 0;
          return Math.sign(s);
        };
        let total = 0;
        let unbalanced = 0;
        const n = graph.actors;
        for (let i = 0; i < n.length; i++)
          for (let j = i + 1; j < n.length; j++)
            for (let k = j + 1; k < n.length; k++) {
              const product = sign(n[i]!, n[j]!) * sign(n[i]!, n[k]!) * sign(n[j]!, n[k]!);
              if (product === 0) continue;
              total++;
              if (product < 0) unbalanced++;
            }
        expect(result.triads).toMatchObject({ total, unbalanced });
        expect(result.triads.list.length).toBe(Math.min(3, total));
        expect(result.triads.omitted).toBe(total - result.triads.list.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the result', () => {
  it('is plain data: it survives structured clone and JSON unchanged', () => {
    fc.assert(
      fc.property(randomGraph(8), (graph) => {
        const result = analyse(graph);
        expect(structuredClone(result)).toEqual(result);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
      { numRuns: 50 },
    );
  });
});
