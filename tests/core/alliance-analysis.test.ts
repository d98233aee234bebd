/**
 * Inferences, brokers, sensitivity and the stepwise entry point, on small graphs with known answers,
 * and the whole analysis on the seed dataset.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allianceSteps,
  analyzeAlliances,
  analyzeDatasetSteps,
  type AllianceAnalysis,
  type AllianceProgress,
} from '../../src/alliance/index.ts';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { signedGraph, type Tie } from '../fixtures/alliance/signed.ts';

function analyse(actors: readonly string[], ties: readonly Tie[], extra = {}): AllianceAnalysis {
  const { graph, options } = signedGraph(actors, ties);
  return analyzeAlliances(graph, { ...options, ...extra });
}

describe('inferences', () => {
  it('mark what balance theory expects between unrelated actors, with the path, never as pairs', () => {
    const result = analyse(
      ['A', 'B', 'C', 'D'],
      [
        ['A', 'B', -1],
        ['B', 'C', -1],
        ['C', 'D', 1],
      ],
    );
    expect(result.inferences.list).toEqual([
      {
        inferred: true,
        actors: ['A', 'C'],
        sign: 1,
        conflicting: false,
        paths: [{ via: 'B', signs: [-1, -1], rule: 'enemy-of-enemy' }],
      },
      {
        inferred: true,
        actors: ['B', 'D'],
        sign: -1,
        conflicting: false,
        paths: [{ via: 'C', signs: [-1, 1], rule: 'friend-of-enemy' }],
      },
    ]);
    // The pairs are the data's, and only the data's.
    expect(result.pairs.map((p) => p.actors.join('-'))).toEqual(['A-B', 'B-C', 'C-D']);
  });

  it('say when paths disagree, and leave related pairs alone', () => {
    const result = analyse(
      ['A', 'B', 'C', 'D'],
      [
        ['A', 'B', 1],
        ['B', 'D', 1],
        ['A', 'C', 1],
        ['C', 'D', -1],
        ['B', 'C', 0.5],
      ],
    );
    const ad = result.inferences.list.find((i) => i.actors.join() === 'A,D');
    expect(ad).toMatchObject({ sign: 0, conflicting: true });
    expect(ad!.paths.map((p) => p.rule)).toEqual(['friend-of-friend', 'friend-of-enemy']);
    expect(result.inferences.list.find((i) => i.actors.join() === 'B,C')).toBeUndefined();
  });

  it('are counted in full and listed up to the limit', () => {
    const ties: Tie[] = ['B', 'C', 'D', 'E'].map((x) => ['A', x, -1] as const);
    const result = analyse(['A', 'B', 'C', 'D', 'E'], ties, { maxInferences: 2 });
    expect(result.inferences).toMatchObject({ total: 6, omitted: 4 });
    expect(result.inferences.list).toHaveLength(2);
  });
});

describe('brokers', () => {
  it('a hub whose allies have no tie between them brokers every pair of them', () => {
    const result = analyse(
      ['H', 'A', 'B', 'C'],
      [
        ['H', 'A', 1],
        ['H', 'B', 1],
        ['H', 'C', 1],
      ],
    );
    expect(result.brokers).toHaveLength(1);
    expect(result.brokers[0]).toMatchObject({
      actor: 'H',
      brokerage: 3,
      unlinked: 3,
      adversaries: 0,
      roles: { coordinator: 3, consultant: 0, gatekeeper: 0 },
      crossCamp: 0,
    });
  });

  it('a friend of two adversaries brokers between them, across the camps', () => {
    const result = analyse(
      ['RUS', 'IRN', 'ISR', 'USA'],
      [
        ['RUS', 'IRN', 9],
        ['RUS', 'ISR', 3],
        ['IRN', 'ISR', -8],
        ['RUS', 'USA', 1],
      ],
    );
    const russia = result.brokers.find((b) => b.actor === 'RUS')!;
    expect(russia).toMatchObject({ brokerage: 3, adversaries: 1, unlinked: 2, crossCamp: 1 });
    expect(russia.pairs[0]).toEqual({ actors: ['IRN', 'ISR'], kind: 'adversaries', role: 'gatekeeper' });
    expect(russia.roles).toEqual({ coordinator: 1, consultant: 0, gatekeeper: 2 });
    // Israel's one ally sits in the other camp: a foot across, but nothing to broker.
    expect(result.brokers.find((b) => b.actor === 'ISR')).toMatchObject({ brokerage: 0, crossCamp: 1 });
    expect(result.brokers[0]!.actor).toBe('RUS');
  });

  it('a broker in the other camp from two allies of one camp is their consultant', () => {
    const result = analyse(
      ['A', 'B', 'X', 'Y'],
      [
        ['A', 'X', 1],
        ['B', 'X', 1],
        ['A', 'Y', -5],
        ['B', 'Y', -5],
        ['X', 'Y', 5],
        ['A', 'B', -0.5],
      ],
    );
    const x = result.brokers.find((b) => b.actor === 'X')!;
    expect(result.camps.camps).toEqual([
      ['A', 'B'],
      ['X', 'Y'],
    ]);
    expect(x.roles.consultant).toBe(1);
  });

  it('positive and negative degree count signed pairs, not relations', () => {
    const result = analyse(
      ['A', 'B', 'C'],
      [
        ['A', 'B', 1],
        ['A', 'B', 2],
        ['A', 'C', -1],
      ],
    );
    expect(result.actors[0]).toMatchObject({
      actor: 'A',
      positiveDegree: 1,
      negativeDegree: 1,
      positiveWeight: 3,
      negativeWeight: 1,
    });
  });
});

describe('sensitivity', () => {
  const ties: Tie[] = [
    ['A', 'B', 4],
    ['B', 'C', -4],
    ['A', 'C', 2],
    ['A', 'C', -6, 'alleged'],
    ['C', 'D', 3, 'analysis'],
  ];

  it('says which camps, pairs and triangles change without alleged and analysis relations', () => {
    const result = analyse(['A', 'B', 'C', 'D'], ties);
    // With the alleged strike A–C (−3 at half weight), A–C is negative: the triangle balances.
    expect(result.pairs.find((p) => p.actors.join() === 'A,C')).toMatchObject({ score: -1, sign: -1 });
    expect(result.triads.unbalanced).toBe(0);
    const s = result.sensitivity!;
    expect(s.excludedStatuses).toEqual(['alleged', 'analysis']);
    expect(s.relationsLeftOut).toEqual(['r3-A-C', 'r4-C-D']);
    expect(s.unchanged).toBe(false);
    expect(s.pairsChanged).toEqual([
      { actors: ['A', 'C'], before: { score: -1, sign: -1 }, after: { score: 2, sign: 1 } },
      { actors: ['C', 'D'], before: { score: 0.75, sign: 1 }, after: null },
    ]);
    expect(s.triadsChanged).toEqual([{ actors: ['A', 'B', 'C'], before: 'balanced', after: 'unbalanced' }]);
    expect(s.unaligned).toEqual(['D']);
    expect(s.actorsMoved).toEqual(['D']);
  });

  it('does not count a part turned the other way round as actors moving', () => {
    // Leaving out the alleged tie splits the graph in two parts; the second part's sides are
    // matched to the full split, not called A and B afresh.
    const result = analyse(
      ['P', 'Q', 'R', 'S'],
      [
        ['P', 'Q', 1],
        ['Q', 'R', 1, 'alleged'],
        ['R', 'S', -1],
        ['P', 'S', -1],
      ],
    );
    expect(result.camps.camps).toEqual([['P', 'Q', 'R'], ['S']]);
    const s = result.sensitivity!;
    expect(s.camps).toEqual([['P', 'Q', 'R'], ['S']]);
    expect(s.actorsMoved).toEqual([]);
  });

  it('is null when turned off, and unchanged when nothing has those statuses', () => {
    expect(analyse(['A', 'B'], [['A', 'B', 1]], { sensitivityExclude: [] }).sensitivity).toBeNull();
    const s = analyse(['A', 'B'], [['A', 'B', 1]]).sensitivity!;
    expect(s).toMatchObject({ relationsLeftOut: [], unchanged: true, actorsMoved: [] });
  });
});

describe('steps', () => {
  it('report progress through every stage and give the same result as one call', () => {
    const { graph, options } = signedGraph(
      Array.from({ length: 20 }, (_, i) => `N${i}`),
      // A ring of 20 with chords: one part, searched exactly.
      Array.from({ length: 40 }, (_, i): Tie => [
        `N${i % 20}`,
        `N${(i + (i < 20 ? 1 : 5)) % 20}`,
        i % 3 ? 1 : -1,
      ]),
    );
    const steps = allianceSteps(graph, options);
    const progress: AllianceProgress[] = [];
    let step = steps.next();
    while (!step.done) {
      progress.push(step.value);
      step = steps.next();
    }
    const stages = [...new Set(progress.map((p) => p.stage))];
    expect(stages).toEqual(['pairs', 'camps', 'triads', 'inferences', 'brokers', 'sensitivity']);
    // A 20-actor part is searched exactly: 2^19 splits, reported in chunks.
    expect(progress.filter((p) => p.stage === 'camps').length).toBeGreaterThan(4);
    expect(progress.every((p) => p.done <= p.total)).toBe(true);
    expect(step.value).toEqual(analyzeAlliances(graph, options));
  });

  it('take a plain dataset for a worker, and give the same result', () => {
    const { dataset, graph, options } = signedGraph(
      ['A', 'B', 'C'],
      [
        ['A', 'B', 1],
        ['B', 'C', -1],
      ],
    );
    // What a worker receives: structured clones of the dataset and the options.
    const steps = analyzeDatasetSteps(structuredClone(dataset), structuredClone(options));
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value).toEqual(analyzeAlliances(graph, options));
  });
});

describe('the seed dataset', () => {
  const seed = JSON.parse(readFileSync('graph-data/putins-delicate-dance.json', 'utf8')) as Dataset;
  const result = analyzeAlliances(buildGraph(seed));
  const campOf = (actor: string) => (result.camps.camps[0].includes(actor) ? 'A' : 'B');

  it('puts Iran and Israel in different camps, exactly', () => {
    expect(result.camps.method).toBe('exact');
    expect(campOf('IRN')).not.toBe(campOf('ISR'));
    expect(campOf('RUS')).toBe(campOf('IRN'));
  });

  it('finds the Russia–Iran–Israel triangle unbalanced, first', () => {
    const first = result.triads.list[0]!;
    expect(first).toMatchObject({ actors: ['RUS', 'IRN', 'ISR'], balanced: false });
    expect(first.sides.map((s) => s.sign)).toEqual([1, 1, -1]);
    expect(first.sides[1].relations.positive).toContain('rus-isr-mediation-offer');
    expect(first.sides[2].relations.negative).toContain('isr-irn-military-strike');
  });

  it('has Russia broker between Iran and Israel', () => {
    const russia = result.brokers.find((b) => b.actor === 'RUS')!;
    expect(russia.pairs).toContainEqual({ actors: ['IRN', 'ISR'], kind: 'adversaries', role: 'gatekeeper' });
  });
});
