import type { ElementDefinition } from 'cytoscape';
import type { ActorGraph } from './actor-graph.ts';
import type { Positions } from '../geometry/point.ts';
import { labelsAbove } from '../layout/label-sides.ts';
import { campLabels, drawnPairs, type AlliancePictureInput } from '../picture/alliance-scene.ts';
import { haloOf, signClass } from '../style/alliance-stylesheet.ts';
import { isolate } from '../text/bidi.ts';

/** Camp labels are nodes with ids no actor can have (`|` is outside the id pattern). */
export const campLabelId = (index: number): string => `camp|${index}`;

/**
 * The alliance picture as Cytoscape elements: every actor (as `toElements` gives it, with its camp
 * as a class), a line per pair of actors, and the camp labels. Classes come from enums only (`ally`,
 * `strong`, `unbalanced`, `camp-a`); labels are data, each in its own bidi isolate.
 */
export function allianceElements(
  graph: ActorGraph,
  analysis: AlliancePictureInput,
  positions: Positions,
): ElementDefinition[] {
  const above = labelsAbove(graph, positions);
  const campOf = new Map<string, string>();
  analysis.camps.camps.forEach((ids, i) =>
    ids.forEach((id) => campOf.set(id, i === 0 ? 'camp-a' : 'camp-b')),
  );
  const nodes = graph.mapNodes((id, actor): ElementDefinition => {
    const position = positions.get(id);
    return {
      group: 'nodes',
      data: { id, label: isolate(actor.name) },
      classes: [
        `kind-${actor.kind}`,
        campOf.get(id) ?? 'unaligned',
        ...(above.has(id) ? ['label-above'] : []),
      ].join(' '),
      ...(position ? { position: { x: position.x, y: position.y } } : {}),
    };
  });
  const labels = campLabels(positions, analysis).map((label, i): ElementDefinition => ({
    group: 'nodes',
    data: { id: campLabelId(i), label: label.text },
    classes: 'camp-label',
    position: { x: label.at.x, y: label.at.y },
    selectable: false,
    grabbable: false,
  }));
  const edges = drawnPairs(analysis).map((pair): ElementDefinition => ({
    group: 'edges',
    data: {
      id: pair.id,
      source: pair.actors[0],
      target: pair.actors[1],
      label: pair.label,
      width: pair.width,
      ...haloOf(pair.width),
    },
    classes: [signClass(pair.sign), pair.strength, ...(pair.unbalanced ? ['unbalanced'] : [])].join(' '),
  }));
  return [...nodes, ...labels, ...edges];
}
