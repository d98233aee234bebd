import type { ActorGraph } from '../graph/actor-graph.ts';
import type { RelationStatus } from '../model/dataset.ts';

/** What the reader has chosen to hide. Empty sets show everything. */
export interface RelationFilter {
  readonly hiddenTypes: ReadonlySet<string>;
  readonly hiddenStatuses: ReadonlySet<RelationStatus>;
}

export const NO_FILTER: RelationFilter = Object.freeze({
  hiddenTypes: new Set<string>(),
  hiddenStatuses: new Set<RelationStatus>(),
});

export function isRelationVisible(graph: ActorGraph, edge: string, filter: RelationFilter): boolean {
  const { type, status } = graph.getEdgeAttributes(edge);
  return !filter.hiddenTypes.has(type) && !filter.hiddenStatuses.has(status);
}

/** Relation ids that pass the filter, in dataset order; the graph and the table both show exactly these. */
export function visibleRelations(graph: ActorGraph, filter: RelationFilter): string[] {
  return graph.filterEdges((edge) => isRelationVisible(graph, edge, filter));
}
