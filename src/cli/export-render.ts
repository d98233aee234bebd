/**
 * The export's content, in memory: the core's writers called with what the command line and the
 * view file asked for. Nothing here touches a file; the command writes the result atomically.
 */
import type { ActorGraph } from '../graph/actor-graph.ts';
import { writeCsv, writeGexf, writeGraphml, writeJson, type ExportFormatId } from '../export/index.ts';
import { buildSvg, type SvgOptions, type SvgViewport } from '../export/svg.ts';
import type { Positions } from '../geometry/point.ts';
import { rasterizeSvg } from '../render/png.ts';
import { DARK_THEME, LIGHT_THEME } from '../style/theme.ts';
import type { Selection, Viewport, ViewMode } from '../view/snapshot.ts';
import type { AllianceSelection } from '../view/alliance-selection.ts';
import { analyzeAlliances } from '../alliance/analysis.ts';
import { buildAllianceSvg } from '../export/alliance-svg.ts';
import { allianceLayout } from '../layout/alliance-layout.ts';
import type { SvgExport } from '../export/svg.ts';
import type { ImageRequest } from './export-options.ts';

/** Everything an export draws or lists, decided from the dataset, the view file and the options. */
export interface ExportScene {
  /** Only these relations (what the filters show); undefined: all of them. */
  readonly relationIds: readonly string[] | undefined;
  /** Needed by graphml, gexf, svg, png and json `--with-positions` only, so computed only for them. */
  readonly positions: () => Positions;
  readonly selection: Selection | null;
  readonly viewport: Viewport | undefined;
  /** Which picture png and svg draw. */
  readonly viewMode: ViewMode;
  readonly allianceSelection: AllianceSelection | null;
  readonly embedSources: boolean;
  /** json: save each actor's `position`. */
  readonly withPositions: boolean;
  readonly sourceTexts: ReadonlyMap<string, string>;
}

export interface Rendered {
  readonly data: string | Uint8Array;
  /** Pixel size of a picture, for the line that says what was written. */
  readonly pixels?: { readonly width: number; readonly height: number };
  /** Why a picture is smaller than asked. */
  readonly warnings: readonly string[];
}

export function renderExport(
  graph: ActorGraph,
  format: ExportFormatId,
  scene: ExportScene,
  image: ImageRequest,
): Rendered {
  const { relationIds } = scene;
  switch (format) {
    case 'json':
      return {
        data: writeJson(graph, {
          relationIds,
          embedSources: scene.embedSources,
          sourceTexts: scene.sourceTexts,
          ...(scene.withPositions ? { positions: scene.positions() } : {}),
        }),
        warnings: [],
      };
    case 'csv':
      return { data: writeCsv(graph, { relationIds }), warnings: [] };
    case 'graphml':
      return { data: writeGraphml(graph, { relationIds, positions: scene.positions() }), warnings: [] };
    case 'gexf':
      return { data: writeGexf(graph, { relationIds, positions: scene.positions() }), warnings: [] };
    case 'svg':
      return renderSvg(graph, scene, image);
    case 'png':
      return renderPng(graph, scene, image);
  }
}

function svgOptions(graph: ActorGraph, scene: ExportScene, image: ImageRequest): Partial<SvgOptions> {
  return {
    positions: scene.positions(),
    theme: image.theme === 'dark' ? DARK_THEME : LIGHT_THEME,
    visibleRelations: scene.relationIds ?? graph.edges(),
    selection: scene.selection,
    region: image.region === 'view' ? viewRegion(scene.viewport, image.viewSize) : 'full',
    legend: image.legend,
    ...(image.background === undefined ? {} : { background: image.background }),
    ...(image.title === undefined ? {} : { title: image.title }),
  };
}

/** The part of the graph a canvas of `size` screen pixels showed at the view's zoom and centre. */
export function viewRegion(
  viewport: Viewport | undefined,
  size: { readonly width: number; readonly height: number },
): SvgViewport {
  if (!viewport) throw new Error('viewRegion needs a viewport');
  const width = size.width / viewport.zoom;
  const height = size.height / viewport.zoom;
  return { x: viewport.center.x - width / 2, y: viewport.center.y - height / 2, width, height };
}

/**
 * The picture the scene shows at a scale: the relations graph, or the alliance picture (the whole
 * analysis, its layout from the relations graph's positions, as the widget lays it out).
 */
function picture(graph: ActorGraph, scene: ExportScene, image: ImageRequest): (scale: number) => SvgExport {
  const options = svgOptions(graph, scene, image);
  if (scene.viewMode !== 'alliances') return (scale) => buildSvg(graph, { ...options, scale });
  const analysis = analyzeAlliances(graph);
  const positions = allianceLayout(graph, analysis, () => options.positions!);
  const { visibleRelations: _shown, selection: _selected, ...rest } = options;
  return (scale) =>
    buildAllianceSvg(graph, analysis, {
      ...rest,
      positions,
      allianceSelection: scene.allianceSelection,
      scale,
    });
}

function renderSvg(graph: ActorGraph, scene: ExportScene, image: ImageRequest): Rendered {
  const draw = picture(graph, scene, image);
  let scale = image.scale;
  if (image.width !== undefined) scale = image.width / draw(1).width;
  const svg = draw(scale);
  return {
    data: svg.svg,
    pixels: { width: svg.width, height: svg.height },
    warnings: svg.message ? [svg.message] : [],
  };
}

/** The SVG at one pixel per unit, rasterized at the asked scale or width by resvg with DejaVu fonts. */
function renderPng(graph: ActorGraph, scene: ExportScene, image: ImageRequest): Rendered {
  const svg = picture(graph, scene, image)(1);
  const png = rasterizeSvg(
    svg.svg,
    image.width === undefined ? { scale: image.scale } : { width: image.width },
  );
  return {
    data: png.png,
    pixels: { width: png.width, height: png.height },
    warnings: [svg.message, png.message].filter((m): m is string => m !== undefined),
  };
}
