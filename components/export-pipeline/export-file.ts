import {
  EXPORT_ERROR_CODES,
  ExportError,
  buildSvg,
  exportFileName,
  exportFormat,
  writeCsv,
  writeGexf,
  writeGraphml,
  writeJson,
} from '../../src/export/index.ts';
import type { Point } from '../../src/geometry/point.ts';
import { graphAttribution, graphLegend, graphLegendContent } from '../../src/picture/graph-legend.ts';
import type { Theme } from '../../src/style/theme.ts';
import { visibleRelations, type RelationFilter } from '../../src/view/filters.ts';
import { serializeViewSnapshot } from '../../src/view/snapshot.ts';
import type { CanvasViewState } from '../graph-canvas/view-state.ts';
import { normalizeColor } from '../shared/css-color.ts';
import {
  resolveExportOptions,
  type ExportOptions,
  type ResolvedExportOptions,
  type WidgetExportFormat,
} from '../shared/export-options.ts';
import type { GraphModel } from '../shared/model-context.ts';
import type { Selection } from '../shared/selection.ts';
import { renderPng, type GraphPicture } from './png-image.ts';
import { snapshotOf } from './snapshot-of.ts';
import { round } from '../../src/geometry/round.ts';
import type { AllianceSource } from './alliance-picture.ts';

/** What an export reads from the widget: the model, what the reader chose, and the canvas. */
export interface ExportSource {
  readonly model: GraphModel;
  /** The visible title (the `heading`, or the dataset's title). */
  readonly title: string;
  readonly filter: RelationFilter;
  readonly selection: Selection | null;
  readonly canvas: GraphPicture & { viewState(): CanvasViewState | undefined };
  /** Set while the Alliances view is shown: pictures and views are of it. */
  readonly alliance?: AllianceSource;
}

export interface ExportedFile {
  readonly blob: Blob;
  /** From the dataset id and the format, e.g. `putins-delicate-dance-relations.csv`. */
  readonly fileName: string;
  /** Pixel size of a picture. */
  readonly pixels?: { readonly width: number; readonly height: number };
  /** Something the reader should know, e.g. why a picture is smaller than asked. */
  readonly message?: string;
}

const VIEW_MIME = 'application/json';

/**
 * One export, in memory: the core's writers (the same the CLI uses) given what the screen shows now:
 * positions as drawn (dragged ones included), the filters, the selection, the theme and the viewport.
 */
export async function exportFile(
  source: ExportSource,
  format: WidgetExportFormat,
  options: ExportOptions = {},
): Promise<ExportedFile> {
  const resolved = resolveExportOptions(format, options);
  const { model, filter } = source;
  const { graph } = model;
  const id = graph.getAttribute('id');
  const drawn = source.canvas.viewState();
  if (!drawn) throw new Error('The graph is not drawn yet, so there is nothing to export.');
  const state = { ...drawn, positions: roundPositions(drawn.positions) };
  const hides = filter.hiddenTypes.size + filter.hiddenStatuses.size > 0;
  const relationIds = resolved.filtered && hides ? visibleRelations(graph, filter) : undefined;
  const dataName = (suffix?: string): string =>
    exportFileName(
      id,
      format === 'view' ? 'json' : format,
      [suffix, relationIds && 'filtered'].filter(Boolean).join('-'),
    );
  const text = (body: string, fileName: string): ExportedFile => ({
    blob: new Blob([body], { type: format === 'view' ? VIEW_MIME : exportFormat(format).mimeType }),
    fileName,
  });
  switch (format) {
    case 'json':
      return text(
        writeJson(graph, {
          relationIds,
          embedSources: resolved.embedSources,
          sourceTexts: model.sources,
        }),
        dataName(),
      );
    case 'csv':
      return text(writeCsv(graph, { relationIds }), dataName('relations'));
    case 'graphml':
      return text(writeGraphml(graph, { relationIds, positions: state.positions }), dataName());
    case 'gexf': {
      const typeColors = new Map(model.encodings.map((e) => [e.typeId, e.color]));
      return text(writeGexf(graph, { relationIds, positions: state.positions, typeColors }), dataName());
    }
    case 'view':
      return text(serializeViewSnapshot(snapshotOf(source, state)), exportFileName(id, 'json', 'view'));
    case 'svg':
    case 'png':
      if (source.alliance) {
        const { alliancePicture } = await import('./alliance-picture.ts');
        const look = {
          theme: model.theme,
          background: backgroundColor(resolved.background, model.theme),
          title: source.title,
        };
        return alliancePicture(graph, source.alliance, format, resolved, look);
      }
      return picture(source, format, resolved, state);
  }
}

async function picture(
  source: ExportSource,
  format: 'svg' | 'png',
  options: ResolvedExportOptions,
  state: CanvasViewState,
): Promise<ExportedFile> {
  const { graph, theme, encodings } = source.model;
  const shown = visibleRelations(graph, source.filter);
  const background = backgroundColor(options.background, theme);
  const fileName = exportFileName(graph.getAttribute('id'), format, options.region === 'view' ? 'view' : '');
  if (format === 'svg') {
    const svg = buildSvg(graph, {
      positions: state.positions,
      theme,
      encodings,
      visibleRelations: shown,
      selection: source.selection,
      region: options.region === 'view' ? state.region : 'full',
      scale: options.scale,
      background,
      title: source.title,
      legend: true,
    });
    return {
      blob: new Blob([svg.svg], { type: exportFormat('svg').mimeType }),
      fileName,
      pixels: { width: svg.width, height: svg.height },
      ...(svg.message ? { message: svg.message } : {}),
    };
  }
  const legend = graphLegendContent(graph, shown, encodings);
  const png = await renderPng(source.canvas, {
    region: options.region,
    scale: options.scale,
    background,
    title: source.title,
    attribution: graphAttribution(graph),
    legend: legend && graphLegend(legend),
    theme,
  });
  return {
    blob: png.blob,
    fileName,
    pixels: { width: png.width, height: png.height },
    ...(png.message ? { message: png.message } : {}),
  };
}

/**
 * Positions to 0.01 graph units, as a view snapshot stores them: every file made at one moment, and
 * the CLI's exports made from that moment's snapshot, then hold the very same numbers.
 */
function roundPositions(positions: ReadonlyMap<string, Point>): Map<string, Point> {
  return new Map([...positions].map(([id, { x, y }]) => [id, { x: round(x, 2), y: round(y, 2) }]));
}

function backgroundColor(background: string, theme: Theme): string {
  if (background === 'theme') return theme.background;
  if (background === 'white') return '#ffffff';
  if (background === 'transparent') return 'transparent';
  const color = normalizeColor(background);
  if (!color)
    throw new ExportError(
      EXPORT_ERROR_CODES.invalidColor,
      'options.background',
      `"${background}" is not a colour.`,
    );
  return color;
}
