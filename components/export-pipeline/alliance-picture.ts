import type { AllianceAnalysis } from '../../src/alliance/types.ts';
import { buildAllianceSvg } from '../../src/export/alliance-svg.ts';
import { exportFileName, exportFormat } from '../../src/export/index.ts';
import type { ActorGraph } from '../../src/graph/actor-graph.ts';
import type { Point } from '../../src/geometry/point.ts';
import { allianceLegend, allianceLegendContent } from '../../src/picture/alliance-legend.ts';
import { drawnPairs } from '../../src/picture/alliance-scene.ts';
import { graphAttribution } from '../../src/picture/graph-legend.ts';
import type { Theme } from '../../src/style/theme.ts';
import type { AllianceSelection } from '../../src/view/alliance-selection.ts';
import type { CanvasViewState } from '../graph-canvas/view-state.ts';
import type { ResolvedExportOptions } from '../shared/export-options.ts';
import type { ExportedFile } from './export-file.ts';
import { renderPng, type GraphPicture } from './png-image.ts';

/** What the Alliances view gives an export: its analysis, its picture and what is selected in it. */
export interface AllianceSource {
  readonly analysis: AllianceAnalysis;
  readonly positions: ReadonlyMap<string, Point>;
  readonly selection: AllianceSelection | null;
  readonly canvas: GraphPicture & { viewState(): CanvasViewState | undefined };
}

/**
 * The alliance picture as a file, as the relations picture is made: SVG by the core's writer (the
 * one the CLI's `--view-mode alliances` uses), PNG from the canvas in the same frame and legend.
 * Loaded only when the reader exports from the Alliances view.
 */
export async function alliancePicture(
  graph: ActorGraph,
  alliance: AllianceSource,
  format: 'svg' | 'png',
  options: ResolvedExportOptions,
  look: { readonly theme: Theme; readonly background: string; readonly title: string },
): Promise<ExportedFile> {
  const state = alliance.canvas.viewState();
  if (!state) throw new Error('The alliance picture is not drawn yet, so there is nothing to export.');
  const fileName = exportFileName(
    graph.getAttribute('id'),
    format,
    options.region === 'view' ? 'alliances-view' : 'alliances',
  );
  if (format === 'svg') {
    const svg = buildAllianceSvg(graph, alliance.analysis, {
      positions: alliance.positions,
      theme: look.theme,
      allianceSelection: alliance.selection,
      region: options.region === 'view' ? state.region : 'full',
      scale: options.scale,
      background: look.background,
      title: look.title,
      legend: true,
    });
    return {
      blob: new Blob([svg.svg], { type: exportFormat('svg').mimeType }),
      fileName,
      pixels: { width: svg.width, height: svg.height },
      ...(svg.message ? { message: svg.message } : {}),
    };
  }
  const kinds = [...new Set(graph.mapNodes((_id, actor) => actor.kind))];
  const png = await renderPng(alliance.canvas, {
    region: options.region,
    scale: options.scale,
    background: look.background,
    title: look.title,
    attribution: graphAttribution(graph),
    legend: allianceLegend(allianceLegendContent(kinds, drawnPairs(alliance.analysis), look.theme.name)),
    theme: look.theme,
  });
  return {
    blob: png.blob,
    fileName,
    pixels: { width: png.width, height: png.height },
    ...(png.message ? { message: png.message } : {}),
  };
}
