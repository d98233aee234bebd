/**
 * The floor the widget is measured against: the same dataset drawn by plain Cytoscape with the same
 * elements and stylesheet (the core's `toElements` and `buildStylesheet`) at the same level of detail
 * (the core's `detailFor`, with the widget's renderer options for reduced detail), in a container the
 * size of the widget's canvas, and nothing else: no Lit, no validation, no worker, no panel, legend
 * or table, and every element added at once.
 *
 * `?layout=` says where the positions come from:
 * - `compute`: the core's `computeLayout` (headless Cytoscape + fcose), exactly as the widget calls it;
 * - `preset`: positions computed beforehand in Node (`?positions=` URL), so only drawing is measured;
 * - `fcose`: one fcose run on the visible instance, as a plain Cytoscape page would do it.
 * When the graph is drawn for the first time the page fires `bench-ready` on the document.
 *
 * `?detail=full` draws a large graph in full detail anyway: what the reduced detail buys.
 *
 * The wheel zooms as the widget's does (its factor per wheel step, around the pointer, with its
 * `zoomAround`), not at Cytoscape's own adaptive rate, so the same scripted input reaches the same
 * zoom levels on both pages and their frame times compare.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { zoomAround } from '../../components/graph-canvas/viewport.ts';
import { toElements } from '../../src/graph/to-elements.ts';
import type { Point } from '../../src/geometry/point.ts';
import { computeLayout } from '../../src/layout/compute-layout.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { encodeTypes } from '../../src/style/encoding.ts';
import { buildStylesheet, detailFor, rendererOptions } from '../../src/style/stylesheet.ts';
import { LIGHT_THEME } from '../../src/style/theme.ts';

const params = new URLSearchParams(location.search);
const FIT_PADDING = 36;

/** The widget's wheel mapping (components/graph-canvas/wheel-zoom.ts), in capture so Cytoscape never sees it. */
function zoomOnWheel(cy: cytoscape.Core, container: HTMLElement): void {
  const unit = (mode: number) => (mode === 1 ? 16 : mode === 2 ? 400 : 1);
  const listener = (event: WheelEvent): void => {
    event.stopPropagation();
    event.preventDefault();
    const delta = Math.max(-200, Math.min(200, event.deltaY * unit(event.deltaMode)));
    const box = container.getBoundingClientRect();
    zoomAround(cy, Math.exp(-delta * 0.0025), { x: event.clientX - box.left, y: event.clientY - box.top });
  };
  container.addEventListener('wheel', listener, { capture: true, passive: false });
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function positionsFor(layout: string, graph: ReturnType<typeof buildGraph>) {
  if (layout === 'compute') return computeLayout(graph);
  if (layout !== 'preset') return undefined;
  const table = await fetchJson<Record<string, [number, number]>>(params.get('positions') ?? '');
  return new Map(Object.entries(table).map(([id, [x, y]]): [string, Point] => [id, { x, y }]));
}

async function main(): Promise<void> {
  const container = document.getElementById('cy')!;
  container.style.width = `${Number(params.get('w') ?? 960)}px`;
  container.style.height = `${Number(params.get('h') ?? 560)}px`;
  const layout = params.get('layout') ?? 'compute';
  const dataset = await fetchJson<Dataset>(params.get('src') ?? '');
  const graph = buildGraph(dataset);
  const encodings = encodeTypes(dataset.relationTypes);
  const positions = await positionsFor(layout, graph);
  if (layout === 'fcose') cytoscape.use(fcose);
  const detail = params.get('detail') === 'full' ? 'full' : detailFor(graph.order + graph.size);
  // The widget's renderer options, stylesheet and elements, all at once.
  const cy = cytoscape({
    container,
    style: buildStylesheet(LIGHT_THEME, encodings, detail),
    elements: toElements(graph, { encodings, ...(positions ? { positions } : {}) }),
    layout: { name: 'preset' },
    ...rendererOptions(detail),
  });
  if (layout === 'fcose')
    cy.layout({
      name: 'fcose',
      quality: 'proof',
      randomize: true,
      animate: false,
      fit: false,
    } as cytoscape.LayoutOptions).run();
  cy.fit(undefined, FIT_PADDING);
  zoomOnWheel(cy, container);
  // For the export suite's baseline (`cy.png()`).
  (window as unknown as { __benchCy: cytoscape.Core }).__benchCy = cy;
  cy.one('render', () => {
    const ready = { actors: graph.order, relations: graph.size, detail };
    document.dispatchEvent(new CustomEvent('bench-ready', { detail: ready }));
  });
}

main().catch((error: unknown) => {
  const detail = { message: error instanceof Error ? error.message : String(error) };
  document.dispatchEvent(new CustomEvent('bench-error', { detail }));
});
