import { EXPORT_ERROR_CODES, ExportError } from './export-error.ts';

/** The largest image an export may ask a rasterizer for. */
export interface RasterLimits {
  /** Pixels per side. */
  readonly maxSide: number;
  /** Pixels in all (width × height). */
  readonly maxPixels: number;
}

/**
 * Chromium refuses canvases over 32,767 px a side or about 268 megapixels, and other browsers and
 * phones give up well before that (Safari on iOS near 16.7 megapixels per canvas); resvg and the
 * PNG encoder need about 4 bytes a pixel in memory. These caps keep every exporter well inside all
 * of that while still allowing a wall-sized poster.
 */
export const DEFAULT_RASTER_LIMITS: RasterLimits = Object.freeze({ maxSide: 16_384, maxPixels: 100_000_000 });

export interface RasterPlan {
  /** Pixels per unit of the input size, at most the requested scale. */
  readonly scale: number;
  readonly width: number;
  readonly height: number;
  /** Set only when the scale had to be lowered, in words for the person who asked. */
  readonly message?: string;
}

/**
 * The pixel size of an image `width` × `height` units drawn at `scale` pixels per unit, with the scale
 * lowered just enough to respect the limits. Pure, so the browser's canvas export and the CLI's PNG
 * writer agree on what they produce and say the same thing when they shrink it.
 */
export function planRaster(
  width: number,
  height: number,
  scale: number,
  limits: RasterLimits = DEFAULT_RASTER_LIMITS,
): RasterPlan {
  check(width > 0 && Number.isFinite(width), 'width', 'The image width must be a positive number.');
  check(height > 0 && Number.isFinite(height), 'height', 'The image height must be a positive number.');
  check(scale > 0 && Number.isFinite(scale), 'scale', 'The scale must be a positive number.');
  check(limits.maxSide >= 1 && limits.maxPixels >= 1, 'limits', 'The pixel limits must be at least 1.');
  const fits = (s: number): boolean => {
    const w = pixels(width * s);
    const h = pixels(height * s);
    return w <= limits.maxSide && h <= limits.maxSide && w * h <= limits.maxPixels;
  };
  if (fits(scale)) return { scale, width: pixels(width * scale), height: pixels(height * scale) };

  const sideBound = Math.min(limits.maxSide / width, limits.maxSide / height);
  const areaBound = Math.sqrt(limits.maxPixels / (width * height));
  // Three significant digits keep the number readable; stepping down until it fits absorbs the
  // rounding of pixel sizes, so the promise in the message always holds.
  let reduced = roundDown(Math.min(scale, sideBound, areaBound));
  while (!fits(reduced) && reduced > Number.MIN_VALUE) reduced = roundDown(reduced * 0.999);
  // A region so vast (1e300 units across) that no scale fits: width × height is Infinity, and the
  // scale found would be 0 or NaN, drawn as an image of NaN by NaN pixels.
  check(
    reduced > 0 && Number.isFinite(reduced) && fits(reduced),
    'region',
    `The picture is ${formatScale(width)} × ${formatScale(height)} units, too large to draw at any scale.`,
  );
  const limit =
    sideBound <= areaBound
      ? `${limits.maxSide.toLocaleString('en')} × ${limits.maxSide.toLocaleString('en')} pixels`
      : `${(limits.maxPixels / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} megapixels`;
  return {
    scale: reduced,
    width: pixels(width * reduced),
    height: pixels(height * reduced),
    message: `Image reduced to ${formatScale(reduced)}× to stay within ${limit}.`,
  };
}

/** Rasterizers round a fractional size to whole pixels; never down to nothing. */
const pixels = (n: number): number => Math.max(1, Math.round(n));

function roundDown(n: number): number {
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 2);
  return Number((Math.floor(n / magnitude + 1e-9) * magnitude).toPrecision(3));
}

function formatScale(n: number): string {
  return n.toLocaleString('en', { maximumSignificantDigits: 3, minimumSignificantDigits: 1 });
}

function check(ok: boolean, field: string, message: string): void {
  if (!ok) throw new ExportError(EXPORT_ERROR_CODES.invalidOption, `options.${field}`, message);
}
