/** Signed weights and pair scores: the scales, their precedence, status factors, and the options. */
import { describe, expect, it } from 'vitest';
import {
  ALLIANCE_ERROR_CODES,
  AllianceError,
  analyzeAlliances,
  goldsteinValue,
  ploverValue,
  resolveAllianceOptions,
  typeWeight,
} from '../../src/alliance/index.ts';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import type { Dataset, RelationType } from '../../src/model/dataset.ts';

describe('the scales', () => {
  it.each([
    ['057', 8, '057'], // sign formal agreement
    ['039', 5, '039'], // express intent to mediate
    ['111', -2, '111'], // criticize or denounce
    ['195', -10, '195'], // employ aerial weapons
    ['163', -8, '163'], // impose embargo, boycott, or sanctions (CAMEO 1.1b3 numbering)
    ['041', 1, '041'], // discuss by telephone
    ['0871', 9, '087'], // a 4-digit code takes its 3-digit parent's value
    ['016', 0, '01'], // "deny responsibility" has no counterpart in the scale file: its root's value
    ['1712', -9.2, '171'],
  ])('CAMEO %s: Goldstein %d (from %s)', (code, value, from) => {
    expect(goldsteinValue(code)).toEqual({ value, code: from });
  });

  it.each(['', '21', '00', '5', 'abc', '0571x', '05712'])('"%s" is not a CAMEO event code', (code) => {
    expect(goldsteinValue(code)).toBeUndefined();
  });

  it('PLOVER types have their Schrodt scores, whatever their case', () => {
    expect(ploverValue('ASSAULT')).toEqual({ value: -9.3, code: 'ASSAULT' });
    expect(ploverValue('cooperate')).toEqual({ value: 6.8, code: 'COOPERATE' });
    expect(ploverValue('FIGHT')).toBeUndefined();
  });
});

describe('type weights', () => {
  const options = resolveAllianceOptions();
  const type = (extra: Partial<RelationType>): RelationType => ({
    id: 't',
    label: 'T',
    polarity: 'cooperative',
    ...extra,
  });

  it('take the CAMEO code first, then the PLOVER type, then the polarity', () => {
    expect(typeWeight(type({ cameo: '057', plover: 'SUPPORT' }), options)).toEqual({
      typeId: 't',
      weight: 8,
      basis: 'cameo',
      code: '057',
    });
    expect(typeWeight(type({ plover: 'AID' }), options)).toMatchObject({ weight: 7.4, basis: 'plover' });
    expect(typeWeight(type({ polarity: 'conflictual' }), options)).toMatchObject({
      weight: -5,
      basis: 'polarity',
    });
    expect(typeWeight(type({ polarity: 'neutral' }), options)).toMatchObject({
      weight: 0,
      basis: 'polarity',
    });
    // A code the scales do not know falls through to the next rule rather than counting as 0.
    expect(typeWeight(type({ cameo: '999', plover: 'NOPE' }), options)).toMatchObject({ basis: 'polarity' });
  });

  it('can be set per type, over any scale', () => {
    const custom = resolveAllianceOptions({ typeWeights: { t: -3 }, polarityWeights: { cooperative: 2 } });
    expect(typeWeight(type({ cameo: '057' }), custom)).toEqual({
      typeId: 't',
      weight: -3,
      basis: 'override',
    });
    expect(typeWeight({ ...type({}), id: 'u' }, custom)).toMatchObject({ weight: 2 });
  });
});

const dataset: Dataset = {
  formatVersion: 1,
  id: 'd',
  title: 'D',
  sources: [{ id: 's', title: 'S', text: 'x' }],
  relationTypes: [
    { id: 'treaty', label: 'Treaty', polarity: 'cooperative', cameo: '057' },
    { id: 'strike', label: 'Strike', polarity: 'conflictual', cameo: '195' },
    { id: 'talk', label: 'Talk', polarity: 'neutral' },
  ],
  actors: ['A', 'B', 'C'].map((id) => ({ id, name: id, kind: 'state' as const })),
  relations: [
    ['r1', 'treaty', 'A', 'B', 'reported'],
    ['r2', 'strike', 'B', 'A', 'alleged'],
    ['r3', 'talk', 'A', 'B', 'reported'],
    ['r4', 'strike', 'C', 'A', 'analysis'],
    ['r5', 'treaty', 'C', 'C', 'reported'],
  ].map(([id, type, from, to, status]) => ({
    id: id!,
    type: type!,
    from: from!,
    to: to!,
    directed: true,
    status: status as 'reported',
    summary: 's',
    evidence: [{ source: 's', quote: 'x', start: 0, end: 1 }],
  })),
};

describe('pairs', () => {
  const result = analyzeAlliances(buildGraph(dataset));

  it('sum every relation between two actors, in either direction, scaled by status', () => {
    expect(result.pairs).toEqual([
      {
        actors: ['A', 'B'],
        score: 3,
        sign: 1,
        relations: { positive: ['r1'], negative: ['r2'], neutral: ['r3'] },
      },
      {
        actors: ['A', 'C'],
        score: -2.5,
        sign: -1,
        relations: { positive: [], negative: ['r4'], neutral: [] },
      },
    ]);
    expect(result.weights.relations.find((r) => r.id === 'r2')).toEqual({
      id: 'r2',
      typeId: 'strike',
      status: 'alleged',
      weight: -5,
      typeWeight: -10,
      statusFactor: 0.5,
    });
  });

  it('leave out self-relations: balance is between two actors', () => {
    expect(result.weights.relations.map((r) => r.id)).not.toContain('r5');
    expect(result.relationsAnalysed).toBe(4);
  });

  it('leave out excluded statuses, and relations outside relationIds', () => {
    const reported = analyzeAlliances(buildGraph(dataset), { excludeStatuses: ['alleged', 'analysis'] });
    expect(reported.pairs).toEqual([
      {
        actors: ['A', 'B'],
        score: 8,
        sign: 1,
        relations: { positive: ['r1'], negative: [], neutral: ['r3'] },
      },
    ]);
    expect(reported.camps.unaligned).toEqual(['C']);
    const some = analyzeAlliances(buildGraph(dataset), { relationIds: ['r2', 'r3'] });
    expect(some.pairs.map((p) => [p.actors, p.score])).toEqual([[['A', 'B'], -5]]);
  });

  it('cancel out to sign 0, which counts as no tie', () => {
    const even = analyzeAlliances(buildGraph(dataset), { statusFactors: { alleged: 0.8 } });
    expect(even.pairs[0]).toMatchObject({ score: 0, sign: 0 });
    expect(even.camps.frustration.signedPairs).toBe(1);
  });
});

describe('options', () => {
  it.each([
    [{ statusFactors: { alleged: -1 } }, 'options.statusFactors.alleged'],
    [{ statusFactors: { reported: Number.NaN } }, 'options.statusFactors.reported'],
    [{ polarityWeights: { neutral: Infinity } }, 'options.polarityWeights.neutral'],
    [{ typeWeights: { treaty: Number.NaN } }, 'options.typeWeights.treaty'],
    [{ excludeStatuses: ['rumoured'] }, 'options.excludeStatuses[0]'],
    [{ objective: 'votes' }, 'options.objective'],
    [{ exactLimit: 31 }, 'options.exactLimit'],
    [{ exactLimit: 2.5 }, 'options.exactLimit'],
    [{ seed: -1 }, 'options.seed'],
  ])('%j is refused at %s', (input, path) => {
    const error = (() => {
      try {
        resolveAllianceOptions(input as never);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AllianceError);
    expect(error).toMatchObject({ code: ALLIANCE_ERROR_CODES.invalidOption, path });
  });

  it('refuse a relation id the dataset does not have', () => {
    expect(() => analyzeAlliances(buildGraph(dataset), { relationIds: ['r1', 'nope'] })).toThrow(
      expect.objectContaining({ code: ALLIANCE_ERROR_CODES.unknownRelation, path: 'options.relationIds[1]' }),
    );
  });

  it("never change the caller's object", () => {
    const input = Object.freeze({ statusFactors: Object.freeze({ alleged: 0.4 }) });
    const resolved = resolveAllianceOptions(input);
    expect(resolved.statusFactors).toEqual({ reported: 1, alleged: 0.4, analysis: 0.25 });
    expect(input).toEqual({ statusFactors: { alleged: 0.4 } });
  });
});
