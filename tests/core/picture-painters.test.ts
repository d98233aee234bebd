import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActorKind, Dataset } from '../../src/model/dataset.ts';
import type { MarkerShape } from '../../src/picture/edge-glyphs.ts';
import type { TypeEncoding } from '../../src/style/encoding.ts';
import { CanvasRecorder, type RecordedPath } from './readers/canvas-recorder.ts';
import { pathPoints, readSvg, type SvgNode } from './readers/read-svg.ts';

/*
 * One glyph, every painter. An actor kind's shape and a relation type's marker are drawn by the
 * Cytoscape stylesheet (read back through Cytoscape's own shape geometry), the SVG export (the graph
 * and its legend, read by Python's expat), the PNG's Canvas 2D painter (recorded) and the widget's Lit
 * swatches; each drawing is turned back into an outline and all must agree. Then the kind table is
 * changed in its one place, and every painter must follow.
 */

const KINDS: readonly ActorKind[] = ['state', 'bloc', 'organization', 'group', 'person'];
const MARKERS: readonly (readonly [MarkerShape, 'filled' | 'hollow'])[] = [
  ['circle', 'filled'],
  ['square', 'filled'],
  ['diamond', 'filled'],
  ['tee', 'filled'],
  ['circle', 'hollow'],
  ['square', 'hollow'],
  ['diamond', 'hollow'],
];

/** A shape as seen, whatever drew it: circles and squares as such, polygons by their corners. */
type Outline = string;

/** Corners centred on their mean and scaled to reach 1, rounded, in a fixed order. */
function polygon(points: readonly { x: number; y: number }[]): Outline {
  const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
  const reach = Math.max(...points.map((p) => Math.hypot(p.x - cx, p.y - cy)));
  const fix = (n: number) => (Math.abs(n) < 0.005 ? 0 : n).toFixed(2);
  const corners = points.map((p) => `${fix((p.x - cx) / reach)},${fix((p.y - cy) / reach)}`);
  return `polygon ${[...new Set(corners)].sort().join(' ')}`;
}

/** Corners of a polygon whose corners are rounded by arcs: where the straight sides meet. */
function cornersOfRoundedPath(d: string): { x: number; y: number }[] {
  const points = pathPoints(d);
  if (!points.some((p) => p.command === 'A')) return points;
  // M s0 A e0 L s1 A e1 ...: the sides run from each arc's end to the next arc's start.
  const arcs: { start: { x: number; y: number }; end: { x: number; y: number } }[] = [];
  for (let i = 0; i < points.length; i++)
    if (points[i]!.command === 'A') arcs.push({ start: points[i - 1]!, end: points[i]! });
  return arcs.map((arc, i) => {
    const previous = arcs[(i + arcs.length - 1) % arcs.length]!;
    const next = arcs[(i + 1) % arcs.length]!;
    return intersect(previous.end, arc.start, arc.end, next.start);
  });
}

function intersect(
  a: { x: number; y: number },
  b: { x: number; y: number },
  c: { x: number; y: number },
  d: { x: number; y: number },
) {
  const r = { x: b.x - a.x, y: b.y - a.y };
  const s = { x: d.x - c.x, y: d.y - c.y };
  const t = ((c.x - a.x) * s.y - (c.y - a.y) * s.x) / (r.x * s.y - r.y * s.x);
  return { x: a.x + t * r.x, y: a.y + t * r.y };
}

/** An SVG element (export or swatch) as an outline, and whether it is the filled or the outlined kind. */
function svgOutline(element: SvgNode): { outline: Outline; filled: boolean } {
  const a = element.attrib;
  const filled = a['fill'] !== undefined && a['fill'] !== 'none';
  if (element.tag === 'circle') return { outline: 'circle', filled };
  if (element.tag === 'rect') return { outline: a['width'] === a['height'] ? 'square' : 'rect', filled };
  return { outline: polygon(cornersOfRoundedPath(a['d']!)), filled };
}

function canvasOutline(path: RecordedPath): { outline: Outline; filled: boolean } {
  const filled = path.filled !== undefined && path.stroked === undefined;
  const [first] = path.calls;
  if (first?.[0] === 'arc') return { outline: 'circle', filled };
  if (first?.[0] === 'roundRect') return { outline: first[3] === first[4] ? 'square' : 'rect', filled };
  const arcTos = path.calls.filter((c) => c[0] === 'arcTo');
  const corners = (arcTos.length ? arcTos : path.calls).map(([, x, y]) => ({ x: x!, y: y! }));
  return { outline: polygon(corners), filled };
}

/** Cytoscape's own geometry for the shapes its stylesheet names. */
const cytoscapeShapes = (() => {
  const renderer = Object.create(
    (cytoscape as unknown as (k: string, n: string) => { prototype: object })('renderer', 'base').prototype,
  );
  renderer.registerNodeShapes();
  renderer.registerArrowShapes();
  return renderer as {
    nodeShapes: Record<string, { points?: number[] }>;
    arrowShapes: Record<string, { points?: number[]; radius?: number }>;
  };
})();

const unitPoints = (flat: readonly number[]) =>
  Array.from({ length: flat.length / 2 }, (_, i) => ({ x: flat[2 * i]!, y: flat[2 * i + 1]! }));

function cytoscapeNodeOutline(shape: string): Outline {
  if (shape === 'ellipse') return 'circle';
  if (shape === 'round-rectangle' || shape === 'rectangle') return 'square';
  return polygon(unitPoints(cytoscapeShapes.nodeShapes[shape]!.points!));
}

/** An arrow shape turned from Cytoscape's frame (pointing along +y) to point along +x, as the legends draw it. */
function cytoscapeArrowOutline(shape: string): Outline {
  const arrow = cytoscapeShapes.arrowShapes[shape]!;
  if (arrow.radius !== undefined) return 'circle';
  return polygon(unitPoints(arrow.points!).map(({ x, y }) => ({ x: y, y: -x })));
}

// Lit's `nothing`, without importing Lit before its development-mode notice is silenced below.
const nothing = Symbol.for('lit-nothing');
(globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings = new Set(['dev-mode']);

/** What Lit would render of a template, as markup: attribute bindings of `nothing` are left out. */
function markup(value: unknown): string {
  if (value === nothing || value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(markup).join('');
  if (typeof value === 'object' && 'strings' in value && 'values' in value) {
    const { strings, values } = value as { strings: readonly string[]; values: readonly unknown[] };
    let out = strings[0]!;
    values.forEach((v, i) => {
      const attribute = /\s[\w:-]+=$/.exec(out);
      if (attribute) out = v === nothing ? out.slice(0, attribute.index) : `${out}"${String(v)}"`;
      else out += markup(v);
      out += strings[i + 1];
    });
    return out;
  }
  return String(value);
}

function dataset(kinds: readonly ActorKind[]): Dataset {
  const text = 'A met B.';
  return {
    formatVersion: 1,
    id: 'glyphs',
    title: 'Glyphs',
    sources: [{ id: 's', title: 'A text', text }],
    relationTypes: [{ id: 't', label: 'Type', polarity: 'cooperative' }],
    actors: kinds.map((kind, i) => ({ id: `a${i}`, name: `Actor ${i}`, kind })),
    relations:
      kinds.length > 1
        ? [
            {
              id: 'r',
              type: 't',
              from: 'a0',
              to: 'a1',
              directed: false,
              status: 'reported',
              summary: 'They met.',
              evidence: [{ source: 's', quote: text, start: 0, end: text.length }],
            },
          ]
        : [],
  };
}

/**
 * Every painter, loaded afresh, so that a test that changes a module (with `vi.doMock`) sees all of
 * them follow.
 */
async function painters() {
  const [{ buildGraph }, { toElements }, { buildStylesheet }, { toSVG }, png, lit, legend, theme] =
    await Promise.all([
      import('../../src/graph/actor-graph.ts'),
      import('../../src/graph/to-elements.ts'),
      import('../../src/style/stylesheet.ts'),
      import('../../src/export/svg.ts'),
      import('../../components/export-pipeline/png-image.ts'),
      import('../../components/shared/swatches.ts'),
      import('../../src/picture/graph-legend.ts'),
      import('../../src/style/theme.ts'),
    ]);
  const { LIGHT_THEME } = theme;

  /** One drawing of a graph by every painter, each read back as a list of what it drew. */
  async function draw(data: Dataset, encodings: TypeEncoding[]) {
    const graph = buildGraph(data);
    const positions = new Map(data.actors.map((a, i) => [a.id, { x: i * 200, y: 0 }]));
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(LIGHT_THEME, encodings),
      elements: toElements(graph, { encodings, positions }),
    });
    const svg = readSvg(toSVG(graph, { positions, encodings }));
    const recorder = new CanvasRecorder();
    vi.stubGlobal('document', {
      createElement: () => ({
        width: 0,
        height: 0,
        getContext: () => recorder,
        toBlob: (done: (b: Blob) => void) => done(new Blob(['png'])),
      }),
    });
    vi.stubGlobal('createImageBitmap', async () => ({ close: () => undefined }));
    const content = legend.graphLegendContent(graph, graph.edges(), encodings);
    await png.renderPng(
      { imageSize: () => ({ width: 300, height: 100 }), image: async () => new Blob(['graph']) },
      {
        region: 'full',
        scale: 1,
        background: LIGHT_THEME.background,
        title: 'Glyphs',
        attribution: legend.graphAttribution(graph),
        legend: content && legend.graphLegend(content),
        theme: LIGHT_THEME,
      },
    );
    return { cy, svg, canvas: recorder.drawn };
  }

  /** The kind's shape as each painter draws it. */
  async function kindEverywhere(kind: ActorKind): Promise<Record<string, Outline>> {
    const { cy, svg, canvas } = await draw(dataset([kind]), []);
    const node = svg.root.children.find((c) => c.attrib['class'] === 'graph')!.children[0]!;
    const legendGroup = svg.root.children.find((c) => c.attrib['class'] === 'legend')!;
    const firstPath = canvas.find((d): d is { path: RecordedPath } => 'path' in d)!;
    const swatch = readSvg(markup(lit.kindSwatch(kind))).root.children[0]!;
    return {
      cytoscape: cytoscapeNodeOutline(String(cy.nodes()[0]!.style('shape'))),
      'svg graph': svgOutline(node.children[0]!).outline,
      'svg legend': svgOutline(legendGroup.children[0]!).outline,
      'png legend': canvasOutline(firstPath.path).outline,
      'lit swatch': svgOutline(swatch).outline,
    };
  }

  /** The type's marker as each painter draws it, and whether it is filled. */
  async function markerEverywhere(encoding: TypeEncoding): Promise<Record<string, string>> {
    const { cy, svg, canvas } = await draw(dataset(['state', 'state']), [encoding]);
    const edge = svg.root.children.find((c) => c.attrib['class'] === 'graph')!.children[0]!;
    const legendGroup = svg.root.children.find((c) => c.attrib['class'] === 'legend')!.children;
    // Its texts: the kind, the reading note, "Relation types", then the type's label, after its swatch.
    const texts = legendGroup.filter((c) => c.tag === 'text');
    const headingAt = legendGroup.indexOf(texts[2]!);
    const labelAt = legendGroup.indexOf(texts[3]!);
    const svgMarker = legendGroup.slice(headingAt + 1, labelAt).at(-1)!;
    const beforeLabel = canvas.slice(
      0,
      canvas.findIndex((d) => 'text' in d && d.text === 'Type'),
    );
    const canvasMarker = beforeLabel.filter((d): d is { path: RecordedPath } => 'path' in d).at(-1)!;
    const swatch = readSvg(markup(lit.typeSwatch(encoding))).root.children;
    const seen = (s: { outline: Outline; filled: boolean }) =>
      `${s.outline} ${s.filled ? 'filled' : 'hollow'}`;
    const element = cy.edges()[0]!;
    return {
      cytoscape: `${cytoscapeArrowOutline(String(element.style('mid-target-arrow-shape')))} ${String(element.style('mid-target-arrow-fill'))}`,
      'svg graph': seen(svgOutline(edge.children.at(-1)!)),
      'svg legend': seen(svgOutline(svgMarker)),
      'png legend': seen(canvasOutline(canvasMarker.path)),
      'lit swatch': seen(svgOutline(swatch.at(-1)!)),
    };
  }

  return { kindEverywhere, markerEverywhere };
}

const agreeing = (drawn: Record<string, string>) =>
  Object.fromEntries(Object.keys(drawn).map((k) => [k, Object.values(drawn)[0]]));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('../../src/picture/kind-glyphs.ts');
  vi.resetModules();
});

describe('the picture module and its painters', () => {
  it.each(KINDS)('draw the %s kind with one shape everywhere', async (kind) => {
    const { kindEverywhere } = await painters();
    const { KIND_SHAPES } = await import('../../src/picture/kind-glyphs.ts');
    const drawn = await kindEverywhere(kind);
    expect(drawn).toEqual(agreeing(drawn));
    expect(drawn['cytoscape']).toBe(cytoscapeNodeOutline(KIND_SHAPES[kind]));
  });

  it.each(MARKERS)('draw a %s %s marker alike everywhere', async (marker, markerFill) => {
    const { markerEverywhere } = await painters();
    const encoding: TypeEncoding = { typeId: 't', index: 0, color: '#0072B2', marker, markerFill };
    const drawn = await markerEverywhere(encoding);
    expect(drawn).toEqual(agreeing(drawn));
    expect(drawn['cytoscape']).toBe(`${cytoscapeArrowOutline(marker)} ${markerFill}`);
  });

  it('follow a change of a kind shape made in kind-glyphs.ts alone', async () => {
    vi.resetModules();
    vi.doMock('../../src/picture/kind-glyphs.ts', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../src/picture/kind-glyphs.ts')>();
      return { ...original, KIND_SHAPES: { ...original.KIND_SHAPES, state: 'round-hexagon' } };
    });
    const { kindEverywhere } = await painters();
    const drawn = await kindEverywhere('state');
    expect(drawn).toEqual(agreeing(drawn));
    expect(drawn['cytoscape']).toBe(cytoscapeNodeOutline('round-hexagon'));
  });
});
