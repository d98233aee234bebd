import { createRequire } from 'node:module';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { DEFAULT_RASTER_LIMITS, planRaster, type RasterLimits } from '../export/svg-raster.ts';
import { RENDER_ERROR_CODES, RenderError } from './render-error.ts';

export interface PngOptions {
  /** Target width in pixels; the height follows the aspect ratio. Wins over `scale`. */
  readonly width?: number;
  /** Pixels per unit of the SVG's declared size; 2 gives a sharp image for high-density screens. */
  readonly scale: number;
  /** Painted behind the image; the SVG's own background otherwise (transparent if it has none). */
  readonly background?: string;
  readonly limits: RasterLimits;
}

export const DEFAULT_PNG_OPTIONS: PngOptions = Object.freeze({ scale: 1, limits: DEFAULT_RASTER_LIMITS });

export interface PngResult {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
  readonly scale: number;
  /** Set when the image had to be smaller than asked. */
  readonly message?: string;
}

const require = createRequire(import.meta.url);

/**
 * The bundled DejaVu fonts and no system fonts: the same SVG gives the same pixels on every machine,
 * and DejaVu covers Latin, Greek, Cyrillic, Hebrew and Arabic labels.
 */
const FONT: NonNullable<ResvgRenderOptions['font']> = Object.freeze({
  loadSystemFonts: false,
  fontFiles: [
    require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  ],
  defaultFontFamily: 'DejaVu Sans',
  sansSerifFamily: 'DejaVu Sans',
});

/** An SVG as PNG bytes (Node only). */
export function renderPng(svg: string, options: Partial<PngOptions> = {}): Uint8Array {
  return rasterizeSvg(svg, options).png;
}

/** `renderPng`, with the pixel size and why it is smaller than asked, if it is. */
export function rasterizeSvg(svg: string, options: Partial<PngOptions> = {}): PngResult {
  const resolved: PngOptions = { ...DEFAULT_PNG_OPTIONS, ...withoutUndefined(options) };
  if (resolved.width !== undefined && !(resolved.width > 0 && Number.isFinite(resolved.width)))
    fail('width', 'The width must be a positive number of pixels.');
  if (!(resolved.scale > 0 && Number.isFinite(resolved.scale)))
    fail('scale', 'The scale must be a positive number.');
  const base = { font: FONT, ...(resolved.background ? { background: resolved.background } : {}) };
  // resvg reads the declared size only while parsing, and the zoom must be known before it parses.
  const intrinsic = parse(svg, { ...base, fitTo: { mode: 'original' } });
  const asked = resolved.width !== undefined ? resolved.width / intrinsic.width : resolved.scale;
  const plan = planRaster(intrinsic.width, intrinsic.height, asked, resolved.limits);
  const image = parse(svg, { ...base, fitTo: { mode: 'zoom', value: plan.scale } }).render();
  return {
    png: new Uint8Array(image.asPng()),
    width: image.width,
    height: image.height,
    scale: plan.scale,
    ...(plan.message ? { message: plan.message } : {}),
  };
}

function parse(svg: string, options: ResvgRenderOptions): Resvg {
  try {
    return new Resvg(svg, options);
  } catch (error) {
    throw new RenderError(
      RENDER_ERROR_CODES.invalidSvg,
      'svg',
      `The SVG could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function fail(field: string, message: string): never {
  throw new RenderError(RENDER_ERROR_CODES.invalidOption, `options.${field}`, message);
}
