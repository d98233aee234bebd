import type { ActorGraph } from '../../src/graph/actor-graph.ts';
import { describeRelation, relationEnds } from '../../src/graph/describe.ts';
import { isRelationVisible, type RelationFilter } from '../../src/view/filters.ts';
import { STATUS_ENCODINGS } from '../../src/style/encoding.ts';
import type { Selection } from './selection.ts';
import { plural } from './status-words.ts';

/** "Condemnation: Russia → Israel, reported, 2 quotes." — what the live region says about a relation. */
export function relationSentence(graph: ActorGraph, id: string): string {
  const view = describeRelation(graph, id);
  const status = STATUS_ENCODINGS[view.status].label.toLowerCase();
  return `${view.typeLabel}: ${relationEnds(view)}, ${status}, ${plural(view.evidence.length, 'quote')}.`;
}

const datasetOrder = new WeakMap<ActorGraph, Map<string, number>>();

/** Where each relation is in the dataset; graphology lists a node's edges grouped by direction instead. */
function orderOf(graph: ActorGraph): Map<string, number> {
  let order = datasetOrder.get(graph);
  if (!order) datasetOrder.set(graph, (order = new Map(graph.edges().map((edge, i) => [edge, i]))));
  return order;
}

/** The visible relations of an actor, in dataset order (the panel, the keyboard and the table agree). */
export function visibleRelationsOf(graph: ActorGraph, actor: string, filter: RelationFilter): string[] {
  const order = orderOf(graph);
  return graph
    .filterEdges(actor, (edge) => isRelationVisible(graph, edge, filter))
    .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/** "Russia, state: 21 relations with 5 actors." — counting only the relations the filters show. */
export function actorSentence(graph: ActorGraph, id: string, filter: RelationFilter): string {
  const { name, kind } = graph.getNodeAttributes(id);
  const relations = visibleRelationsOf(graph, id, filter);
  const others = new Set(relations.flatMap((edge) => [graph.source(edge), graph.target(edge)]));
  others.delete(id);
  return `${name}, ${kind}: ${plural(relations.length, 'relation')} with ${plural(others.size, 'actor')}.`;
}

/** What the live region says when the selection changes. */
export function selectionSentence(
  graph: ActorGraph,
  selection: Selection | null,
  filter: RelationFilter,
): string {
  if (!selection) return 'Selection cleared.';
  if (selection.kind === 'relation') return `${relationSentence(graph, selection.id)} Evidence shown.`;
  return `${actorSentence(graph, selection.id, filter)} Its relations are listed in the evidence panel.`;
}
