import type { ActorGraph } from './actor-graph.ts';
import type { Evidence, Polarity, RelationStatus } from '../model/dataset.ts';

/** A relation with its references resolved to names: one table row, one evidence panel, one CSV line. */
export interface RelationView {
  readonly id: string;
  readonly typeId: string;
  readonly typeLabel: string;
  readonly polarity: Polarity;
  readonly fromId: string;
  readonly fromName: string;
  readonly toId: string;
  readonly toName: string;
  readonly directed: boolean;
  readonly status: RelationStatus;
  readonly summary: string;
  readonly attribution?: string;
  /** "Vladimir Putin (President)", where the relation names who acted. */
  readonly fromRepresentative?: string;
  readonly toRepresentative?: string;
  readonly date?: string;
  readonly evidence: readonly Evidence[];
}

export function describeRelation(graph: ActorGraph, edge: string): RelationView {
  const relation = graph.getEdgeAttributes(edge);
  const fromId = graph.source(edge);
  const toId = graph.target(edge);
  const type = graph.getAttribute('relationTypes').find((t) => t.id === relation.type);
  const from = graph.getNodeAttributes(fromId);
  const to = graph.getNodeAttributes(toId);
  const person = (actor: typeof from, id: string | undefined): string | undefined => {
    const r = id === undefined ? undefined : actor.representatives?.find((p) => p.id === id);
    return r && (r.role ? `${r.name} (${r.role})` : r.name);
  };
  const fromRepresentative = person(from, relation.fromRepresentative);
  const toRepresentative = person(to, relation.toRepresentative);
  return {
    id: edge,
    typeId: relation.type,
    typeLabel: type?.label ?? relation.type,
    polarity: type?.polarity ?? 'neutral',
    fromId,
    fromName: from.name,
    toId,
    toName: to.name,
    directed: relation.directed,
    status: relation.status,
    summary: relation.summary,
    ...(relation.attribution === undefined ? {} : { attribution: relation.attribution }),
    ...(fromRepresentative === undefined ? {} : { fromRepresentative }),
    ...(toRepresentative === undefined ? {} : { toRepresentative }),
    ...(relation.date === undefined ? {} : { date: relation.date }),
    evidence: relation.evidence,
  };
}

/** "Russia → Iran" or "Russia — Iran": the arrow is the direction, the dash means mutual. */
export function relationEnds(view: Pick<RelationView, 'fromName' | 'toName' | 'directed'>): string {
  return `${view.fromName} ${view.directed ? '→' : '—'} ${view.toName}`;
}
