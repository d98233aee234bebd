import type { Core, Position, SingularElementArgument } from 'cytoscape';

/** Padding around the graph when it is fitted to the canvas, in screen pixels. */
export const FIT_PADDING = 36;
const DURATION = 220;

/** Readers who ask for reduced motion get instant viewport changes; everyone else a short glide. */
export const prefersReducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

function move(cy: Core, target: { zoom?: number; pan: Position }): void {
  cy.stop(true, true);
  if (prefersReducedMotion()) cy.viewport({ zoom: target.zoom ?? cy.zoom(), pan: target.pan });
  else cy.animate({ ...target, duration: DURATION, easing: 'ease-out' });
}

export function fitGraph(cy: Core, animate: boolean): void {
  const visible = cy.elements(':visible');
  if (visible.empty()) return;
  if (!animate || prefersReducedMotion()) {
    cy.stop(true, true);
    cy.fit(visible, FIT_PADDING);
    return;
  }
  cy.stop(true, true);
  cy.animate({ fit: { eles: visible, padding: FIT_PADDING }, duration: DURATION, easing: 'ease-out' });
}

/** Zooms by a factor around a point on the canvas (its centre by default), within the zoom limits. */
export function zoomAround(cy: Core, factor: number, around?: Position, animate = false): void {
  // A running glide ends first, so a key pressed during it zooms from where the glide was going.
  cy.stop(true, true);
  const level = Math.min(Math.max(cy.zoom() * factor, cy.minZoom()), cy.maxZoom());
  const point = around ?? { x: cy.width() / 2, y: cy.height() / 2 };
  const pan = cy.pan();
  // Keep the graph point under `point` where it is: pan' = point - (point - pan) * level / zoom.
  const scale = level / cy.zoom();
  const target = {
    zoom: level,
    pan: { x: point.x - (point.x - pan.x) * scale, y: point.y - (point.y - pan.y) * scale },
  };
  if (animate) move(cy, target);
  else cy.viewport(target);
}

/** Pans just enough to bring an element fully into view, so the reader keeps their bearings. */
export function reveal(cy: Core, element: SingularElementArgument, margin = 48): void {
  cy.stop(true, true);
  const box = element.renderedBoundingBox({ includeLabels: true });
  const width = cy.width();
  const height = cy.height();
  const dx = box.x1 < margin ? margin - box.x1 : box.x2 > width - margin ? width - margin - box.x2 : 0;
  const dy = box.y1 < margin ? margin - box.y1 : box.y2 > height - margin ? height - margin - box.y2 : 0;
  if (dx === 0 && dy === 0) return;
  const pan = cy.pan();
  move(cy, { pan: { x: pan.x + dx, y: pan.y + dy } });
}

/** Centres the view on an element at a zoom level, e.g. close enough to read its labels. */
export function zoomOnto(cy: Core, element: SingularElementArgument, zoom: number): void {
  cy.stop(true, true);
  const level = Math.min(Math.max(zoom, cy.minZoom()), cy.maxZoom());
  const position = element.isNode() ? element.position() : element.midpoint();
  move(cy, {
    zoom: level,
    pan: { x: cy.width() / 2 - position.x * level, y: cy.height() / 2 - position.y * level },
  });
}

/** Centres the view on an element without changing the zoom, e.g. an actor chosen in the search box. */
export function centerOn(cy: Core, element: SingularElementArgument): void {
  cy.stop(true, true);
  const position = element.isNode() ? element.position() : element.midpoint();
  const zoom = cy.zoom();
  move(cy, { pan: { x: cy.width() / 2 - position.x * zoom, y: cy.height() / 2 - position.y * zoom } });
}
