import Graph from 'graphology';
import type { Actor, Dataset, Relation, RelationType, SourceText } from '../model/dataset.ts';

export type ActorAttributes = Omit<Actor, 'id'>;
export type RelationAttributes = Omit<Relation, 'id' | 'from' | 'to'>;
export interface GraphAttributes {
  id: string;
  title: string;
  description?: string;
  language?: string;
  sources: readonly SourceText[];
  relationTypes: readonly RelationType[];
}

/**
 * The model every view works from: actors are nodes, relations are edges keyed by their ids. Mixed
 * (mutual relations are undirected edges) and multi (several relations between the same pair are
 * the point of the graph), so that graphology's neighbourhood queries and metrics see the truth.
 */
export type ActorGraph = Graph<ActorAttributes, RelationAttributes, GraphAttributes>;

/** Builds the model from a dataset that has passed validation (ids unique, references resolved). */
export function buildGraph(dataset: Dataset): ActorGraph {
  const graph: ActorGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  graph.replaceAttributes({
    id: dataset.id,
    title: dataset.title,
    ...(dataset.description === undefined ? {} : { description: dataset.description }),
    ...(dataset.language === undefined ? {} : { language: dataset.language }),
    sources: dataset.sources,
    relationTypes: dataset.relationTypes,
  });
  for (const { id, ...attributes } of dataset.actors) graph.addNode(id, attributes);
  for (const { id, from, to, ...attributes } of dataset.relations) {
    if (attributes.directed) graph.addDirectedEdgeWithKey(id, from, to, attributes);
    else graph.addUndirectedEdgeWithKey(id, from, to, attributes);
  }
  return graph;
}

/** The dataset back from the model: what the JSON exporter writes and what round-trip tests compare. */
export function toDataset(graph: ActorGraph): Dataset {
  const { id, title, description, language, sources, relationTypes } = graph.getAttributes();
  return {
    $schema: './schema.json',
    formatVersion: 1,
    id,
    title,
    ...(description === undefined ? {} : { description }),
    ...(language === undefined ? {} : { language }),
    sources: [...sources],
    relationTypes: [...relationTypes],
    actors: graph.mapNodes((node, attributes) => ({ id: node, ...attributes })),
    relations: graph.mapEdges((edge, { type, ...rest }, source, target) => ({
      id: edge,
      type,
      from: source,
      to: target,
      ...rest,
    })),
  };
}

/** The relation type of an edge; validation guarantees it exists. */
export function relationTypeOf(graph: ActorGraph, edge: string): RelationType {
  const typeId = graph.getEdgeAttribute(edge, 'type');
  const type = graph.getAttribute('relationTypes').find((t) => t.id === typeId);
  if (!type) throw new Error(`Relation "${edge}" has type "${typeId}", which the dataset does not declare.`);
  return type;
}
