/**
 * The alliance analysis in the data exports: each actor's camp and signed ties, each relation's signed
 * weight and its pair's net score, so a notebook or Gephi can colour camps and size ties without
 * redoing the analysis. Computed over the relations exported (what the filters show), or given by the
 * caller (the widget passes the analysis it already has).
 */
import { analyzeSplit, type AllianceSplit } from '../alliance/index.ts';
import type { ActorGraph } from '../graph/actor-graph.ts';
import type { RelationView } from '../graph/describe.ts';
import type { Column } from './columns.ts';

/** `false`: leave the columns out. Undefined: analyse the exported relations with the defaults. */
export type AllianceExportOption = AllianceSplit | false | undefined;

interface RelationRecord {
  readonly weight: number;
  readonly pairScore: number;
  readonly pairSign: number;
  readonly against: boolean;
}

export interface AllianceColumns {
  readonly actors: readonly Column<string>[];
  readonly relations: readonly Column<RelationView>[];
  readonly split: AllianceSplit;
  /** Per relation: its weight, its pair's score and sign, and whether the pair goes against the camps. */
  readonly relation: (
    id: string,
  ) => { weight: number; pairScore: number; pairSign: number; against: boolean } | undefined;
  /** 'A', 'B', or undefined for an actor without signed ties. */
  readonly camp: (actor: string) => 'A' | 'B' | undefined;
}

export function allianceColumns(
  graph: ActorGraph,
  relationIds: readonly string[],
  option: AllianceExportOption,
): AllianceColumns | undefined {
  if (option === false) return undefined;
  const split = option ?? analyzeSplit(graph, { relationIds, sensitivityExclude: [] });
  const weightOf = new Map(split.weights.relations.map((r) => [r.id, r.weight]));
  const frustrated = new Set(split.camps.frustration.pairs.map((p) => `${p.actors[0]}\u0000${p.actors[1]}`));
  // One record per relation, made once: every column of every edge reads it.
  const records = new Map<string, RelationRecord>();
  for (const pair of split.pairs) {
    const against = frustrated.has(`${pair.actors[0]}\u0000${pair.actors[1]}`);
    for (const ids of [pair.relations.positive, pair.relations.negative, pair.relations.neutral]) {
      for (const id of ids) {
        const weight = weightOf.get(id);
        if (weight !== undefined)
          records.set(id, { weight, pairScore: pair.score, pairSign: pair.sign, against });
      }
    }
  }
  const campOf = new Map<string, 'A' | 'B'>([
    ...split.camps.camps[0].map((id) => [id, 'A'] as const),
    ...split.camps.camps[1].map((id) => [id, 'B'] as const),
  ]);
  const standing = new Map(split.actors.map((s) => [s.actor, s]));
  const relation = (id: string) => records.get(id);
  return {
    split,
    relation,
    camp: (actor) => campOf.get(actor),
    actors: [
      { name: 'camp', type: 'string', value: (id) => campOf.get(id) },
      { name: 'positive_ties', type: 'integer', value: (id) => standing.get(id)?.positiveDegree },
      { name: 'negative_ties', type: 'integer', value: (id) => standing.get(id)?.negativeDegree },
    ],
    relations: [
      { name: 'signed_weight', type: 'double', value: (r) => relation(r.id)?.weight },
      { name: 'pair_score', type: 'double', value: (r) => relation(r.id)?.pairScore },
      { name: 'pair_sign', type: 'integer', value: (r) => relation(r.id)?.pairSign },
      { name: 'against_camps', type: 'boolean', value: (r) => relation(r.id)?.against },
    ],
  };
}
