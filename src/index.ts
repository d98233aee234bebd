// The pure core: no DOM, no Lit, no Cytoscape renderer. Node, the browser and workers all use it.
export * from './model/dataset.ts';
export * from './validate/problem.ts';
export * from './graph/actor-graph.ts';
export * from './graph/describe.ts';
export * from './graph/summary.ts';
export * from './graph/to-elements.ts';
export * from './graph/edge-bends.ts';
export * from './view/filters.ts';
export * from './view/search.ts';
export * from './style/encoding.ts';
export * from './style/theme.ts';
export * from './style/stylesheet.ts';
export * from './layout/compute-layout.ts';
export * from './layout/label-metrics.ts';
