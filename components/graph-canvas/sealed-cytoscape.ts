import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';

/** The id Cytoscape looks for before it adds its stylesheet to the page's `<head>`. */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

/**
 * Creates a Cytoscape instance without letting it add its `<style>` to the host page's `<head>`.
 * That stylesheet only sets `position: relative` on the container, which our shadow DOM styles do
 * already; but a widget must add nothing to the page it is embedded in, and under a strict CSP
 * (no 'unsafe-inline') the injected `<style>` is blocked and reported as a violation.
 *
 * Cytoscape skips the injection when `document.getElementById` finds an element with its id, so for
 * the synchronous call that creates the renderer, this document answers that one id with a detached
 * element. Nothing else can run in between, and the document is restored before this returns.
 */
export function createSealedCytoscape(options: CytoscapeOptions & { container: HTMLElement }): Core {
  const doc = options.container.ownerDocument;
  const own = Object.getOwnPropertyDescriptor(doc, 'getElementById');
  const original = doc.getElementById;
  const standIn = doc.createElement('style');
  Object.defineProperty(doc, 'getElementById', {
    configurable: true,
    value: (id: string) => (id === CYTOSCAPE_STYLESHEET_ID ? standIn : original.call(doc, id)),
  });
  try {
    return cytoscape(options);
  } finally {
    if (own) Object.defineProperty(doc, 'getElementById', own);
    else delete (doc as { getElementById?: unknown }).getElementById;
  }
}
