import type { Core } from 'cytoscape';
import type { SvgViewport } from '../../src/export/svg.ts';
import type { ActorGraph } from '../../src/graph/actor-graph.ts';
import type { Point, Positions } from '../../src/geometry/point.ts';
import type { Viewport } from '../../src/view/snapshot.ts';
import { labelsAbove } from '../../src/layout/label-sides.ts';

/**
 * A saved view for the canvas to show: where every actor stands and, if known, the zoom and centre.
 * It names its graph, so a view that arrives with a new dataset is never applied to the old one.
 */
export interface CanvasRestore {
  readonly graph: ActorGraph;
  /** Every actor's position: the saved ones, and the computed layout's for the rest. */
  readonly positions: Positions;
  /** Without one, the restored graph is fitted to the canvas. */
  readonly viewport?: Viewport;
}

/** What the canvas shows now, in graph units: the state a view snapshot records. */
export interface CanvasViewState {
  readonly positions: ReadonlyMap<string, Point>;
  readonly viewport: Viewport;
  /** The canvas size in screen pixels: a viewport shows the same part only on a canvas this size. */
  readonly size: { readonly width: number; readonly height: number };
  /** The part of the graph on screen. */
  readonly region: SvgViewport;
}

/** The zoom, and the graph point at the middle of the canvas. */
export function readViewport(cy: Core): Viewport {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { zoom, center: { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom } };
}

export function readViewState(cy: Core): CanvasViewState {
  const positions = new Map<string, Point>();
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions.set(node.id(), { x, y });
  });
  const extent = cy.extent();
  return {
    positions,
    viewport: readViewport(cy),
    size: { width: cy.width(), height: cy.height() },
    region: { x: extent.x1, y: extent.y1, width: extent.w, height: extent.h },
  };
}

/** Puts the saved centre in the middle of the canvas at the saved zoom (within the zoom limits). */
export function applyViewport(cy: Core, viewport: Viewport): void {
  cy.stop(true, true);
  const zoom = Math.min(Math.max(viewport.zoom, cy.minZoom()), cy.maxZoom());
  const { center } = viewport;
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - center.x * zoom, y: cy.height() / 2 - center.y * zoom } });
}

export function applyPositions(cy: Core, positions: Positions): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const point = positions.get(node.id());
      if (point) node.position({ x: point.x, y: point.y });
    });
  });
}

/**
 * Puts each actor's label on the side `labelsAbove` picks for `positions` (where the actors are drawn
 * now), after the reader moved actors or a saved view placed them. Only labels that change side are
 * touched: a class change restyles the element.
 */
export function applyLabelSides(cy: Core, graph: ActorGraph, positions: Positions): void {
  const above = labelsAbove(graph, positions);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const wanted = above.has(node.id());
      if (node.hasClass('label-above') !== wanted) node.toggleClass('label-above', wanted);
    });
  });
}
