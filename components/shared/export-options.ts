import { EXPORT_ERROR_CODES, ExportError, type ExportFormatId } from '../../src/export/index.ts';

/** What the widget exports: the core's formats, and `view`, a view snapshot (JSON). */
export type WidgetExportFormat = ExportFormatId | 'view';

export const WIDGET_EXPORT_FORMATS: readonly WidgetExportFormat[] = Object.freeze([
  'png',
  'svg',
  'json',
  'graphml',
  'gexf',
  'csv',
  'view',
]);

/** `'theme'`: the widget's background; `'white'`; `'transparent'`; or any CSS colour. */
export type ExportBackground = 'theme' | 'white' | 'transparent' | (string & {});

/** How the last export from the menu went, for the menu to show. */
export interface ExportStatus {
  readonly state: 'busy' | 'done' | 'error';
  readonly message: string;
}

/** What `download()` resolves to: the file's name and, if a picture was made smaller, why. */
export interface DownloadResult {
  readonly fileName: string;
  readonly message?: string;
}

/** The options of `exportAs` and `download`; each applies to the formats named. */
export interface ExportOptions {
  /** png, svg: `'full'`, the whole graph, or `'view'`, what the canvas shows now. */
  readonly region?: 'full' | 'view';
  /** png, svg: pixels per unit (png: 2 by default, svg: 1). A PNG too large to draw is made smaller. */
  readonly scale?: number;
  /** png, svg. */
  readonly background?: ExportBackground;
  /** json, graphml, gexf, csv: only the relations the filters show. Pictures always show just those. */
  readonly filtered?: boolean;
  /** json: each source's text inline, so the file stands alone. */
  readonly embedSources?: boolean;
}

export interface ResolvedExportOptions {
  readonly region: 'full' | 'view';
  readonly scale: number;
  readonly background: ExportBackground;
  readonly filtered: boolean;
  readonly embedSources: boolean;
}

export const DEFAULT_EXPORT_OPTIONS = Object.freeze({
  region: 'full',
  background: 'theme',
  filtered: false,
  embedSources: false,
} as const);

/** The scale pictures get when none is asked for: PNGs sharp on high-density screens, SVGs as drawn. */
export const DEFAULT_SCALES: Readonly<Partial<Record<WidgetExportFormat, number>>> = Object.freeze({
  png: 2,
  svg: 1,
});

/** The caller's options over the defaults, checked; the caller's object is only read. */
export function resolveExportOptions(
  format: WidgetExportFormat,
  options: ExportOptions = {},
): ResolvedExportOptions {
  if (!WIDGET_EXPORT_FORMATS.includes(format))
    fail('format', `There is no export format "${String(format)}"; use ${WIDGET_EXPORT_FORMATS.join(', ')}.`);
  const region = options.region ?? DEFAULT_EXPORT_OPTIONS.region;
  if (region !== 'full' && region !== 'view') fail('region', 'The region must be "full" or "view".');
  const scale = options.scale ?? DEFAULT_SCALES[format] ?? 1;
  if (!(typeof scale === 'number' && scale > 0 && Number.isFinite(scale)))
    fail('scale', 'The scale must be a positive number.');
  const background = options.background ?? DEFAULT_EXPORT_OPTIONS.background;
  if (typeof background !== 'string' || background === '')
    fail('background', 'The background must be "theme", "white", "transparent" or a colour.');
  return {
    region,
    scale,
    background,
    filtered: options.filtered ?? DEFAULT_EXPORT_OPTIONS.filtered,
    embedSources: options.embedSources ?? DEFAULT_EXPORT_OPTIONS.embedSources,
  };
}

function fail(field: string, message: string): never {
  throw new ExportError(EXPORT_ERROR_CODES.invalidOption, `options.${field}`, message);
}
