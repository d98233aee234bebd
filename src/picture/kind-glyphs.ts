import type { ActorKind } from '../model/dataset.ts';

/**
 * How each actor kind looks: the one place to change it. The Cytoscape stylesheet, the SVG export,
 * the PNG legend and the widget's swatches all read these two tables.
 */

/** Cytoscape's names for the shapes the graph uses; `node-glyphs.ts` has their geometry. */
export type NodeShape = 'ellipse' | 'round-hexagon' | 'round-rectangle' | 'round-diamond';

export const KIND_SHAPES: Readonly<Record<ActorKind, NodeShape>> = Object.freeze({
  state: 'ellipse',
  bloc: 'round-hexagon',
  organization: 'round-rectangle',
  group: 'round-diamond',
  person: 'ellipse',
});

/** A double border (Cytoscape's `border-style: double`) sets a kind apart when its shape is not enough. */
export const KIND_BORDERS: Readonly<Record<ActorKind, 'single' | 'double'>> = Object.freeze({
  state: 'single',
  bloc: 'double',
  organization: 'single',
  group: 'single',
  person: 'single',
});
