import type { ActorGraph } from '../graph/actor-graph.ts';
import type { Point, Positions } from '../geometry/point.ts';
import { graphAttribution } from '../picture/graph-legend.ts';
import { encodeTypes, type TypeEncoding } from '../style/encoding.ts';
import { LIGHT_THEME, type Theme } from '../style/theme.ts';
import type { Selection } from '../view/snapshot.ts';
import { EXPORT_ERROR_CODES, ExportError } from './export-error.ts';
import { DEFAULT_RASTER_LIMITS } from './svg-raster.ts';

/** A part of the graph in graph units, as the canvas shows it: its top-left corner and its size. */
export interface SvgViewport {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SvgOptions {
  /** Where every actor's centre is, in graph units (`computeLayout`, or what the reader dragged). */
  readonly positions?: Positions;
  readonly theme: Theme;
  /** Colour and marker per type; `encodeTypes(types, theme.typeColors, theme.name)` when left out. */
  readonly encodings?: readonly TypeEncoding[];
  /** The relations the filters show, by id; all of them when left out. */
  readonly visibleRelations?: readonly string[];
  /** Drawn with the accent underlay the screen gives it. */
  readonly selection?: Selection | null;
  /** `'full'`: everything, with a margin; or a viewport in graph units (what is on screen). */
  readonly region: 'full' | SvgViewport;
  /**
   * Pixels per graph unit. The drawing stays in graph units (the `viewBox`); only the declared
   * `width` and `height` grow, so a PNG rasterized at the declared size is `scale` times sharper.
   */
  readonly scale: number;
  /** A colour, or `'transparent'`; the theme's background when left out. */
  readonly background?: string;
  /** Defaults to the dataset title; `''` leaves the title out. */
  readonly title?: string;
  readonly legend: boolean;
  /** Defaults to "Source: <source titles> — actor-graph"; `''` leaves the line out. */
  readonly attribution?: string;
  /** Caps on the declared pixel size; the scale is lowered to fit (see `planRaster`). */
  readonly maxPixels: number;
  readonly maxSide: number;
}

export const DEFAULT_SVG_OPTIONS: SvgOptions = Object.freeze({
  theme: LIGHT_THEME,
  region: 'full',
  scale: 1,
  legend: true,
  maxPixels: DEFAULT_RASTER_LIMITS.maxPixels,
  maxSide: DEFAULT_RASTER_LIMITS.maxSide,
});

export interface ResolvedSvgOptions {
  readonly positions: Positions;
  readonly theme: Theme;
  readonly encodings: readonly TypeEncoding[];
  readonly visible: ReadonlySet<string>;
  readonly selection: Selection | null;
  readonly region: 'full' | SvgViewport;
  readonly scale: number;
  readonly background: string;
  readonly title: string;
  readonly legend: boolean;
  readonly attribution: string;
  readonly maxPixels: number;
  readonly maxSide: number;
}

/** Options over the defaults, checked; the caller's objects are read, never changed. */
export function resolveSvgOptions(graph: ActorGraph, options: Partial<SvgOptions>): ResolvedSvgOptions {
  const merged: SvgOptions = { ...DEFAULT_SVG_OPTIONS, ...withoutUndefined(options) };
  const { theme } = merged;
  const positions = merged.positions;
  if (!positions) fail('positions', 'Positions are required: pass the layout the screen shows.');
  graph.forEachNode((node) => {
    const p = positions.get(node);
    if (!p || !isPoint(p)) fail('positions', `There is no finite position for actor "${node}".`);
  });
  const visible = new Set<string>();
  (merged.visibleRelations ?? graph.edges()).forEach((id, i) => {
    if (!graph.hasEdge(id))
      throw new ExportError(
        EXPORT_ERROR_CODES.unknownRelation,
        `options.visibleRelations[${i}]`,
        `There is no relation "${id}" in this graph, so it cannot be shown.`,
      );
    visible.add(id);
  });
  const encodings =
    merged.encodings ?? encodeTypes(graph.getAttribute('relationTypes'), theme.typeColors, theme.name);
  for (const [field, value] of Object.entries(theme)) {
    if (typeof value === 'string' && field !== 'name' && field !== 'fontFamily')
      color(`theme.${field}`, value);
  }
  encodings.forEach((e, i) => color(`encodings[${i}].color`, e.color));
  // Theme fonts are checked where they are read from CSS; a Theme built by hand gets the same rule.
  if (!/^[\w\s"',-]{1,200}$/.test(theme.fontFamily))
    fail('theme.fontFamily', 'Expected a list of font names.');
  const background = merged.background ?? theme.background;
  if (background !== 'transparent') color('background', background);
  const { region, scale } = merged;
  if (region !== 'full') {
    const ok = [region.x, region.y, region.width, region.height].every(Number.isFinite);
    if (!ok || region.width <= 0 || region.height <= 0)
      fail('region', 'Expected "full" or { x, y, width, height } with a positive width and height.');
  }
  if (!(scale > 0 && Number.isFinite(scale))) fail('scale', 'The scale must be a positive number.');
  return {
    positions,
    theme,
    encodings,
    visible,
    selection: merged.selection ?? null,
    region,
    scale,
    background,
    title: merged.title ?? graph.getAttribute('title'),
    legend: merged.legend,
    attribution: merged.attribution ?? graphAttribution(graph),
    maxPixels: merged.maxPixels,
    maxSide: merged.maxSide,
  };
}

// Colours land in attributes; hex and rgb[a]() (what the widget normalizes every colour to) and
// plain colour names are the only forms accepted, so no `url(...)` can turn paint into a fetch.
const COLOR = /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|rgba?\([\d.,\s%/]+\)|[a-z]{3,30})$/i;

function color(field: string, value: string): void {
  if (!COLOR.test(value))
    throw new ExportError(EXPORT_ERROR_CODES.invalidColor, `options.${field}`, `"${value}" is not a colour.`);
}

function isPoint(p: Point): boolean {
  return Number.isFinite(p.x) && Number.isFinite(p.y);
}

function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function fail(field: string, message: string): never {
  throw new ExportError(EXPORT_ERROR_CODES.invalidOption, `options.${field}`, message);
}
