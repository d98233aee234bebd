import type { LegendContent } from '../../src/export/svg-legend.ts';
import type { ActorGraph } from '../../src/graph/actor-graph.ts';
import { RELATION_STATUSES, type ActorKind } from '../../src/model/dataset.ts';
import { STATUS_ENCODINGS, type TypeEncoding } from '../../src/style/encoding.ts';
import { isolate } from '../../src/text/bidi.ts';

/** What a picture's legend explains: only what the picture shows (as the SVG export decides it). */
export function legendContentOf(
  graph: ActorGraph,
  shown: readonly string[],
  encodings: readonly TypeEncoding[],
): LegendContent | undefined {
  if (graph.order === 0) return undefined;
  const types = new Set<string>();
  const statuses = new Set<string>();
  for (const id of shown) {
    types.add(graph.getEdgeAttribute(id, 'type'));
    statuses.add(graph.getEdgeAttribute(id, 'status'));
  }
  const kinds = new Set<ActorKind>();
  graph.forEachNode((_node, actor) => void kinds.add(actor.kind));
  const byType = new Map(encodings.map((e) => [e.typeId, e]));
  return {
    kinds: [...kinds],
    types: graph
      .getAttribute('relationTypes')
      .filter((t) => types.has(t.id) && byType.has(t.id))
      .map((t) => ({ label: isolate(t.label), encoding: byType.get(t.id)! })),
    statuses: RELATION_STATUSES.filter((s) => statuses.has(s)).map((s) => STATUS_ENCODINGS[s]),
  };
}

/** The source line under a picture, as the SVG export writes it by default. */
export function attributionOf(graph: ActorGraph): string {
  const titles = graph.getAttribute('sources').map((s) => isolate(s.title));
  return titles.length ? `Source: ${titles.join('; ')} — actor-graph` : 'actor-graph';
}
