import type { ElementDefinition } from 'cytoscape';
import type { ActorGraph } from './actor-graph.ts';
import { computeEdgeBends } from './edge-bends.ts';
import { edgeWidth, type TypeEncoding } from '../style/encoding.ts';
import type { Positions } from '../geometry/point.ts';
import { labelsAbove } from '../layout/label-sides.ts';
import { isolate } from '../text/bidi.ts';

export interface ElementOptions {
  readonly encodings: readonly TypeEncoding[];
  readonly positions?: Positions;
}

/**
 * The model as Cytoscape elements. Styling lives in the stylesheet; elements only carry classes made
 * from indexes and enums (`t3`, `s-alleged`, `kind-state`, `label-above`) and the few numbers the stylesheet maps
 * (`width`, `bend`). Labels are data, drawn as text by Cytoscape, never parsed as markup, each in
 * its own bidi isolate so that it is drawn in its own direction and no control in it reaches past it.
 */
export function toElements(graph: ActorGraph, { encodings, positions }: ElementOptions): ElementDefinition[] {
  const typeIndex = new Map(encodings.map((e) => [e.typeId, e.index]));
  const typeLabels = new Map(graph.getAttribute('relationTypes').map((t) => [t.id, t.label]));
  const bends = computeEdgeBends(graph);
  const above = positions ? labelsAbove(graph, positions) : new Set<string>();
  const nodes = graph.mapNodes((id, actor): ElementDefinition => {
    const position = positions?.get(id);
    return {
      group: 'nodes',
      data: { id, label: isolate(actor.name) },
      classes: above.has(id) ? `kind-${actor.kind} label-above` : `kind-${actor.kind}`,
      ...(position ? { position: { x: position.x, y: position.y } } : {}),
    };
  });
  const edges = graph.mapEdges((id, relation, source, target): ElementDefinition => ({
    group: 'edges',
    data: {
      id,
      source,
      target,
      label: isolate(typeLabels.get(relation.type) ?? relation.type),
      width: edgeWidth(relation.evidence.length),
      bend: bends.get(id) ?? 0,
    },
    classes: [
      `t${typeIndex.get(relation.type) ?? 0}`,
      `s-${relation.status}`,
      relation.directed ? 'directed' : 'undirected',
      ...(source === target ? ['loop'] : []),
    ].join(' '),
  }));
  return [...nodes, ...edges];
}
