import type { ActorGraph } from '../graph/actor-graph.ts';
import { RELATION_STATUSES, type ActorKind } from '../model/dataset.ts';
import { STATUS_ENCODINGS, type StatusEncoding, type TypeEncoding } from '../style/encoding.ts';
import type { LegendSection } from './legend-layout.ts';
import { kindSwatch, statusSwatch, typeSwatch } from './legend-swatches.ts';
import { isolate } from '../text/bidi.ts';

/** What the graph picture's legend explains: only what the picture shows. */
export interface LegendContent {
  readonly kinds: readonly ActorKind[];
  /** The drawn relation types, in vocabulary order, with their (data) labels. */
  readonly types: readonly { readonly label: string; readonly encoding: TypeEncoding }[];
  readonly statuses: readonly StatusEncoding[];
}

export const LEGEND_NOTE = 'Arrows show direction; width shows the number of quotes';

/** The kinds of the actors, and the types and statuses of the relations `shown` (ids). */
export function graphLegendContent(
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
      .map((t) => ({ label: t.label, encoding: byType.get(t.id)! })),
    statuses: RELATION_STATUSES.filter((s) => statuses.has(s)).map((s) => STATUS_ENCODINGS[s]),
  };
}

/** As the widget's legend has it: actor kinds with the reading note, relation types, then statuses. */
export function graphLegend(content: LegendContent): LegendSection[] {
  const sections: LegendSection[] = [
    {
      arrangement: 'flow',
      items: [
        ...content.kinds.map((kind) => ({ label: kind, swatch: kindSwatch(kind) })),
        { label: `${LEGEND_NOTE}.` },
      ],
    },
  ];
  if (content.types.length)
    sections.push({
      heading: 'Relation types',
      arrangement: 'grid',
      items: content.types.map(({ label, encoding }) => ({
        label: isolate(label),
        swatch: typeSwatch(encoding),
      })),
    });
  if (content.statuses.length)
    sections.push({
      heading: 'Status',
      arrangement: 'grid',
      items: content.statuses.map((status) => ({ label: status.label, swatch: statusSwatch(status) })),
    });
  return sections;
}

/** The source line under the graph picture. */
export function graphAttribution(graph: ActorGraph): string {
  // Each title in its own isolate: a Hebrew title ending in digits stays one title, in its direction.
  const titles = graph.getAttribute('sources').map((s) => isolate(s.title));
  return titles.length ? `Source: ${titles.join('; ')} — actor-graph` : 'actor-graph';
}
