/**
 * Signed weights: a relation counts for its type's place on a published conflict–cooperation scale,
 * scaled down by how firmly the text stands behind it.
 */
import type { ActorGraph } from '../graph/actor-graph.ts';
import type { RelationType } from '../model/dataset.ts';
import { ALLIANCE_ERROR_CODES, AllianceError, type AllianceOptions } from './options.ts';
import { goldsteinValue, ploverValue } from './scales.ts';
import type { RelationWeight, TypeWeight } from './types.ts';

/**
 * A type's weight, first of: the caller's override; the Goldstein value of its CAMEO code; the
 * Schrodt score of its PLOVER type; the value for its polarity. An event code is the most specific
 * statement of what the relation is, so it wins over the coarser PLOVER type and the polarity.
 */
export function typeWeight(type: RelationType, options: AllianceOptions): TypeWeight {
  const override = options.typeWeights[type.id];
  if (override !== undefined) return { typeId: type.id, weight: override, basis: 'override' };
  const cameo = type.cameo === undefined ? undefined : goldsteinValue(type.cameo);
  if (cameo) return { typeId: type.id, weight: cameo.value, basis: 'cameo', code: cameo.code };
  const plover = type.plover === undefined ? undefined : ploverValue(type.plover);
  if (plover) return { typeId: type.id, weight: plover.value, basis: 'plover', code: plover.code };
  return { typeId: type.id, weight: options.polarityWeights[type.polarity], basis: 'polarity' };
}

export interface WeightedRelations {
  readonly types: readonly TypeWeight[];
  /** The relations analysed, in dataset order, with their weights. */
  readonly relations: readonly RelationWeight[];
  /** Each relation's from and to actor ids, by the same index. */
  readonly sources: readonly string[];
  readonly targets: readonly string[];
}

/**
 * The weight of every relation the options let in: not of an excluded status, and among
 * `relationIds` when given. Self-relations (allowed by the format) are left out: balance is about
 * pairs of actors.
 */
export function weighRelations(graph: ActorGraph, options: AllianceOptions): WeightedRelations {
  const types = graph.getAttribute('relationTypes').map((type) => typeWeight(type, options));
  const byId = new Map(types.map((t) => [t.typeId, t]));
  const excluded = new Set(options.excludeStatuses);
  const wanted = options.relationIds === undefined ? undefined : new Set(options.relationIds);
  if (wanted) {
    for (const [i, id] of (options.relationIds ?? []).entries()) {
      if (!graph.hasEdge(id))
        throw new AllianceError(
          ALLIANCE_ERROR_CODES.unknownRelation,
          `options.relationIds[${i}]`,
          `There is no relation "${id}" in this dataset.`,
        );
    }
  }
  const relations: RelationWeight[] = [];
  const sources: string[] = [];
  const targets: string[] = [];
  graph.forEachEdge((id, attributes, source, target) => {
    if (source === target || excluded.has(attributes.status)) return;
    if (wanted && !wanted.has(id)) return;
    const typeWeight = byId.get(attributes.type)?.weight ?? 0;
    const statusFactor = options.statusFactors[attributes.status];
    relations.push({
      id,
      typeId: attributes.type,
      status: attributes.status,
      weight: round(typeWeight * statusFactor),
      typeWeight,
      statusFactor,
    });
    sources.push(source);
    targets.push(target);
  });
  return { types, relations, sources, targets };
}

/**
 * Scores are kept to 6 decimals: sums of products like 8.3 × 0.5 then compare exactly (two relations
 * that cancel give 0, not 1e-15), and the camp search can work in whole millionths.
 */
export function round(value: number): number {
  const rounded = Math.round(value * 1e6) / 1e6;
  return rounded === 0 ? 0 : rounded;
}
