/**
 * Sensitivity's changed triangles, walked without holding every triangle, checked against every
 * triple of actors on random graphs, including triangles that exist only without the weaker evidence
 * (a pair whose relations cancel out until the alleged one is left out).
 */
import { describe, expect, it } from 'vitest';
import { analyzeAlliances, type AllianceAnalysis } from '../../src/alliance/index.ts';
import type { RelationStatus } from '../../src/model/dataset.ts';
import { signedGraph, type Tie } from '../fixtures/alliance/signed.ts';

const ACTORS = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
const WEAK: readonly RelationStatus[] = ['alleged', 'analysis'];

/** A small deterministic generator (mulberry32): the same graphs on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomTies(next: () => number): Tie[] {
  const ties: Tie[] = [];
  for (let i = 0; i < ACTORS.length; i++)
    for (let j = i + 1; j < ACTORS.length; j++) {
      if (next() < 0.35) continue;
      // +2 reported and -4 alleged (half weight) cancel: the pair is signed only without the alleged.
      if (next() < 0.2) ties.push([ACTORS[i]!, ACTORS[j]!, 2], [ACTORS[i]!, ACTORS[j]!, -4, 'alleged']);
      else {
        const weight = [-3, -1, 1, 2, 5][Math.floor(next() * 5)]!;
        const status = (['reported', 'reported', 'alleged', 'analysis'] as const)[Math.floor(next() * 4)]!;
        ties.push([ACTORS[i]!, ACTORS[j]!, weight, status]);
      }
    }
  return ties;
}

/** Every triple whose state differs, by brute force over the two analyses' pairs. */
function bruteForce(full: AllianceAnalysis, reduced: AllianceAnalysis) {
  const signs = (a: AllianceAnalysis) => new Map(a.pairs.map((p) => [p.actors.join(), p.sign]));
  const [before, after] = [signs(full), signs(reduced)];
  const state = (sign: Map<string, number>, x: string, y: string, z: string) => {
    const s = [sign.get(`${x},${y}`) ?? 0, sign.get(`${x},${z}`) ?? 0, sign.get(`${y},${z}`) ?? 0];
    if (s.includes(0)) return null;
    return s[0]! * s[1]! * s[2]! > 0 ? 'balanced' : 'unbalanced';
  };
  const changes = [];
  for (let i = 0; i < ACTORS.length; i++)
    for (let j = i + 1; j < ACTORS.length; j++)
      for (let k = j + 1; k < ACTORS.length; k++) {
        const t = [ACTORS[i]!, ACTORS[j]!, ACTORS[k]!] as const;
        const [b, a] = [state(before, ...t), state(after, ...t)];
        if (a !== b) changes.push({ actors: t, before: b, after: a });
      }
  return changes;
}

describe('sensitivity: changed triangles', () => {
  it('are exactly the triples whose balance changes, on 60 random graphs', () => {
    const next = random(12);
    let appeared = 0;
    for (let round = 0; round < 60; round++) {
      const { graph, options } = signedGraph(ACTORS, randomTies(next));
      const full = analyzeAlliances(graph, options);
      const reduced = analyzeAlliances(graph, { ...options, excludeStatuses: [...WEAK] });
      const expected = bruteForce(full, reduced);
      expect(full.sensitivity!.triadsChanged).toEqual(expected);
      expect(full.sensitivity!.triadsChangedOmitted).toBe(0);
      appeared += expected.filter((c) => c.before === null).length;
    }
    // The walk of the reduced graph is exercised: some triangles exist only without the weak evidence.
    expect(appeared).toBeGreaterThan(0);
  });

  it('lists at most maxTriads of them, by actor order, and counts the rest', () => {
    const next = random(7);
    const { graph, options } = signedGraph(ACTORS, randomTies(next));
    const full = analyzeAlliances(graph, options);
    const all = full.sensitivity!.triadsChanged;
    expect(all.length).toBeGreaterThan(2);
    const limited = analyzeAlliances(graph, { ...options, maxTriads: 2 }).sensitivity!;
    expect(limited.triadsChanged).toEqual(all.slice(0, 2));
    expect(limited.triadsChangedOmitted).toBe(all.length - 2);
  });
});
