import type { Core } from 'cytoscape';

export type ImageRegion = 'full' | 'view';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * The size of the graph's picture at scale 1: the canvas in screen pixels for `'view'`, or everything
 * drawn (labels included) in graph units for `'full'`. Empty when there is nothing to draw.
 */
export function graphImageSize(cy: Core, region: ImageRegion): Size {
  if (region === 'view') return { width: cy.width(), height: cy.height() };
  if (cy.elements().empty()) return { width: 0, height: 0 };
  const box = cy.elements().boundingBox();
  return { width: Math.ceil(box.w), height: Math.ceil(box.h) };
}

/**
 * The graph as Cytoscape draws it, as a PNG `scale` times the size of `graphImageSize`: exactly what
 * the screen shows (selection, dimming, filters), without its background. Cytoscape multiplies the
 * scale by the screen's pixel ratio unless a maximum size is given; giving one keeps `scale` exact, so
 * a 2× export is 2× on every screen.
 */
export function graphImage(cy: Core, region: ImageRegion, scale: number): Promise<Blob> {
  const { width } = graphImageSize(cy, region);
  return cy.png({ output: 'blob-promise', full: region === 'full', scale, maxWidth: width * scale });
}
