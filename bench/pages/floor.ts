/**
 * The weight floor: the four libraries the widget is made of (Cytoscape, cytoscape-fcose,
 * graphology and Lit), bundled alone, minified the way the product build is, with everything they
 * export kept (an entry's exports are never tree-shaken). The widget cannot weigh less than the code
 * it draws, lays out, models and renders with; `npm run bench -- --only weight` divides what a page
 * fetches to show the seed by this. It is weighed, never run.
 */
export { default as cytoscape } from 'cytoscape';
export { default as fcose } from 'cytoscape-fcose';
export { default as Graph } from 'graphology';
export * from 'lit';
