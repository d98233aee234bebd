import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActorKind, Dataset } from '../../src/model/dataset.ts';
import { encodeTypes, type TypeEncoding } from '../../src/style/encoding.ts';
import { CanvasRecorder, type RecordedPath } from './readers/canvas-recorder.ts';
import {
  canvasOutline,
  cytoscapeArrowOutline,
  cytoscapeNodeOutline,
  litMarkup,
  svgOutline,
  type Outline,
} from './readers/outlines.ts';
import { readSvg } from './readers/read-svg.ts';

/*
 * One glyph, every painter. An actor kind's shape and a relation type's marker are drawn by the
 * Cytoscape stylesheet (read back through Cytoscape's own shape geometry), the SVG export (the graph
 * and its legend, read by Python's expat), the PNG's Canvas 2D painter (recorded) and the widget's Lit
 * swatches; each drawing is turned back into an outline and all must agree. Then the kind table is
 * changed in its one place, and every painter must follow.
 */

const KINDS: readonly ActorKind[] = ['state', 'bloc', 'organization', 'group', 'person'];
/** Every marker the encodings hand out: seven types of one polarity get all of them. */
const MARKERS = encodeTypes(
  Array.from({ length: 7 }, (_, i) => ({ id: `t${i}`, label: `T${i}`, polarity: 'cooperative' as const })),
).map((e) => [e.marker, e.markerFill] as const);

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

// Lit's development build announces itself on the console when first loaded; a passing run stays quiet.
(globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings = new Set(['dev-mode']);

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
    const swatch = readSvg(litMarkup(lit.kindSwatch(kind))).root.children[0]!;
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
      // Labels are drawn in bidi isolates (U+2068 … U+2069): compare the words inside.
      canvas.findIndex((d) => 'text' in d && d.text.replace(/[\u2066-\u2069]/g, '') === 'Type'),
    );
    const canvasMarker = beforeLabel.filter((d): d is { path: RecordedPath } => 'path' in d).at(-1)!;
    const swatch = readSvg(litMarkup(lit.typeSwatch(encoding))).root.children;
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
    // The real module first, then a mock whose factory is synchronous: an async factory that imports
    // the original raced the painters' parallel imports, and on a busy machine one of them (the
    // Cytoscape stylesheet, in one CI run) got the real module instead of the mock.
    const original = await vi.importActual<typeof import('../../src/picture/kind-glyphs.ts')>(
      '../../src/picture/kind-glyphs.ts',
    );
    vi.resetModules();
    vi.doMock('../../src/picture/kind-glyphs.ts', () => ({
      ...original,
      KIND_SHAPES: { ...original.KIND_SHAPES, state: 'round-hexagon' },
    }));
    const { kindEverywhere } = await painters();
    const drawn = await kindEverywhere('state');
    expect(drawn).toEqual(agreeing(drawn));
    expect(drawn['cytoscape']).toBe(cytoscapeNodeOutline('round-hexagon'));
    // Every painter's modules are imported afresh (Cytoscape among them): slow on a busy machine.
  }, 120_000);
});
