/**
 * Structural balance, frustration and camps on hand-built signed graphs whose answers are known: the
 * four triangles of Heider and of Cartwright and Harary, cycles, complete graphs of enemies, a planted
 * balanced graph, and Read's Highland tribes with its published frustration index.
 */
import { describe, expect, it } from 'vitest';
import { analyzeAlliances, type AllianceAnalysis } from '../../src/alliance/index.ts';
import { TRIBES, TRIBES_MATRIX } from '../fixtures/alliance/highland-tribes.ts';
import { fromMatrix, signedGraph, type Tie } from '../fixtures/alliance/signed.ts';

function analyse(actors: readonly string[], ties: readonly Tie[], extra = {}): AllianceAnalysis {
  const { graph, options } = signedGraph(actors, ties);
  return analyzeAlliances(graph, { ...options, ...extra });
}

const sorted = (camps: readonly (readonly string[])[]): string[][] =>
  camps.map((c) => [...c].sort()).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));

describe('the four signed triangles', () => {
  it('+ + +: balanced, one camp, nothing frustrated', () => {
    const result = analyse(
      ['A', 'B', 'C'],
      [
        ['A', 'B', 1],
        ['B', 'C', 1],
        ['A', 'C', 1],
      ],
    );
    expect(result.triads).toMatchObject({ total: 1, unbalanced: 0 });
    expect(result.triads.list[0]).toMatchObject({ actors: ['A', 'B', 'C'], balanced: true });
    expect(result.camps.camps).toEqual([['A', 'B', 'C'], []]);
    expect(result.camps.frustration).toMatchObject({ count: 0, weight: 0, signedPairs: 3 });
  });

  it('+ − −: the enemy of my enemy is my friend, balanced, two camps', () => {
    const result = analyse(
      ['A', 'B', 'C'],
      [
        ['A', 'B', 1],
        ['A', 'C', -1],
        ['B', 'C', -1],
      ],
    );
    expect(result.triads.unbalanced).toBe(0);
    expect(result.camps.camps).toEqual([['A', 'B'], ['C']]);
    expect(result.camps.frustration.count).toBe(0);
  });

  it('+ + −: a friend of two enemies is unbalanced; the weakest tie is the one that gives', () => {
    const result = analyse(
      ['RUS', 'IRN', 'ISR'],
      [
        ['RUS', 'IRN', 9],
        ['RUS', 'ISR', 2],
        ['IRN', 'ISR', -7],
      ],
    );
    expect(result.triads).toMatchObject({ total: 1, unbalanced: 1 });
    expect(result.triads.list[0]!.balanced).toBe(false);
    expect(result.camps.camps).toEqual([['RUS', 'IRN'], ['ISR']]);
    expect(result.camps.frustration).toMatchObject({ count: 1, weight: 2, totalWeight: 18 });
    expect(result.camps.frustration.pairs).toEqual([{ actors: ['RUS', 'ISR'], score: 2, sign: 1 }]);
  });

  it('− − −: three mutual enemies are unbalanced; one pair must share a camp', () => {
    const result = analyse(
      ['A', 'B', 'C'],
      [
        ['A', 'B', -1],
        ['A', 'C', -1],
        ['B', 'C', -1],
      ],
    );
    expect(result.triads.unbalanced).toBe(1);
    expect(result.camps.frustration.count).toBe(1);
  });
});

describe('frustration beyond triangles', () => {
  it('a square with one enemy side has no triangle but cannot be split cleanly', () => {
    const result = analyse(
      ['A', 'B', 'C', 'D'],
      [
        ['A', 'B', 1],
        ['B', 'C', 1],
        ['C', 'D', 1],
        ['D', 'A', -1],
      ],
    );
    expect(result.triads.total).toBe(0);
    expect(result.camps.frustration.count).toBe(1);
  });

  it('a square with two enemy sides is balanced (an even cycle of enmity)', () => {
    const result = analyse(
      ['A', 'B', 'C', 'D'],
      [
        ['A', 'B', 1],
        ['B', 'C', -1],
        ['C', 'D', 1],
        ['D', 'A', -1],
      ],
    );
    expect(result.camps.frustration.count).toBe(0);
    expect(sorted(result.camps.camps)).toEqual([
      ['A', 'B'],
      ['C', 'D'],
    ]);
  });

  it.each([
    [4, 2],
    [5, 4],
    [6, 6],
    [7, 9],
  ])('%i mutual enemies: the best split halves them, C(⌊n/2⌋,2) + C(⌈n/2⌉,2) = %i', (n, expected) => {
    const actors = Array.from({ length: n }, (_, i) => `E${i}`);
    const ties: Tie[] = [];
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) ties.push([actors[i]!, actors[j]!, -1]);
    const result = analyse(actors, ties);
    expect(result.camps.frustration.count).toBe(expected);
    expect(result.camps.method).toBe('exact');
  });

  it('by weight or by count: one heavy tie against two light ones', () => {
    // Two unbalanced triangles share the heavy alliance A–B: breaking it mends both (1 pair, weight 5);
    // breaking a light tie in each costs 2 pairs of weight 1.
    const ties: Tie[] = [
      ['A', 'B', 5],
      ['A', 'C', 1],
      ['B', 'C', -1],
      ['A', 'D', 1],
      ['B', 'D', -1],
    ];
    const byWeight = analyse(['A', 'B', 'C', 'D'], ties);
    expect(byWeight.camps.frustration).toMatchObject({ count: 2, weight: 2 });
    expect(byWeight.camps.camps[0]).toContain('B');
    const byCount = analyse(['A', 'B', 'C', 'D'], ties, { objective: 'count' });
    expect(byCount.camps.objective).toBe('count');
    expect(byCount.camps.frustration).toMatchObject({ count: 1, weight: 5 });
    expect(byCount.camps.frustration.pairs[0]!.actors).toEqual(['A', 'B']);
  });
});

describe('Cartwright and Harary: a balanced graph splits into two camps with nothing against them', () => {
  it('finds the planted camps of a balanced graph, exactly and by the heuristic', () => {
    const left = ['L0', 'L1', 'L2', 'L3', 'L4', 'L5'];
    const right = ['R0', 'R1', 'R2', 'R3', 'R4'];
    const ties: Tie[] = [
      ['L0', 'L1', 2],
      ['L1', 'L2', 1],
      ['L2', 'L3', 3],
      ['L3', 'L4', 1],
      ['L4', 'L5', 1],
      ['L0', 'L5', 2],
      ['R0', 'R1', 1],
      ['R1', 'R2', 4],
      ['R2', 'R3', 1],
      ['R3', 'R4', 1],
      ['L0', 'R0', -5],
      ['L3', 'R2', -1],
      ['L5', 'R4', -2],
    ];
    const actors = [...left, ...right];
    for (const exactLimit of [24, 0]) {
      const result = analyse(actors, ties, { exactLimit });
      expect(result.camps.method).toBe(exactLimit === 0 ? 'heuristic' : 'exact');
      expect(result.camps.camps).toEqual([left, right]);
      expect(result.camps.frustration.count).toBe(0);
      expect(result.triads.unbalanced).toBe(0);
    }
  });
});

describe("Read's Highland tribes (Gahuku–Gama)", () => {
  const { graph, options } = fromMatrix(TRIBES, TRIBES_MATRIX);
  const result = analyzeAlliances(graph, options);

  it('has the published frustration index, 7, reached only by the known split', () => {
    expect(result.camps.method).toBe('exact');
    expect(result.camps.frustration).toMatchObject({ count: 7, weight: 7, signedPairs: 58 });
    expect(sorted(result.camps.camps)).toEqual(
      sorted([
        ['Gavev', 'Kotun', 'Nagad', 'Gama'],
        TRIBES.filter((t) => !['Gavev', 'Kotun', 'Nagad', 'Gama'].includes(t)),
      ]),
    );
  });

  it('has 68 triangles, 9 unbalanced, listed first', () => {
    expect(result.triads).toMatchObject({ total: 68, unbalanced: 9, omitted: 0 });
    expect(result.triads.list.slice(0, 9).every((t) => !t.balanced)).toBe(true);
    expect(result.triads.list.slice(9).every((t) => t.balanced)).toBe(true);
  });

  it('gives the positive and negative degrees signnet prints', () => {
    const degrees = Object.fromEntries(
      result.actors.map((a) => [a.actor, [a.positiveDegree, a.negativeDegree]]),
    );
    expect(degrees).toMatchObject({
      Gavev: [3, 5],
      Masil: [7, 0],
      Ukudz: [6, 1],
      Nagad: [3, 6],
      Gama: [3, 6],
    });
  });

  it('holds every tribe at a margin of 0 or more: no single move improves an exact split', () => {
    expect(result.actors.every((a) => a.margin >= 0)).toBe(true);
  });

  it('the heuristic, forced on it, finds the same frustration', () => {
    const heuristic = analyzeAlliances(graph, { ...options, exactLimit: 0 });
    expect(heuristic.camps.method).toBe('heuristic');
    expect(heuristic.camps.frustration.count).toBe(7);
  });
});
