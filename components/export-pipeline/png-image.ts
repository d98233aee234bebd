import { planRaster, type RasterLimits } from '../../src/export/svg.ts';
import type { LegendContent } from '../../src/export/svg-legend.ts';
import type { Theme } from '../../src/style/theme.ts';
import type { ImageRegion, Size } from '../graph-canvas/graph-image.ts';
import { layoutLegend } from './canvas-legend.ts';
import { drawLines, wrapLines, type TextStyle } from './canvas-text.ts';

/** What the PNG needs from the canvas: the graph as Cytoscape draws it. */
export interface GraphPicture {
  imageSize(region: ImageRegion): Size | undefined;
  image(region: ImageRegion, scale: number): Promise<Blob>;
}

export interface PngRequest {
  readonly region: ImageRegion;
  readonly scale: number;
  /** A colour, or `'transparent'`. */
  readonly background: string;
  readonly title: string;
  readonly attribution: string;
  readonly legend: LegendContent | undefined;
  readonly theme: Theme;
}

export interface PngImage {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  /** Why the image is smaller than asked. */
  readonly message?: string;
}

/**
 * What every browser can hold in one canvas: Chromium allows 16,384 pixels a side, and Safari on iOS
 * about 16.7 megapixels in all, over which `toBlob` gives nothing. A PNG never asks for more.
 */
export const BROWSER_RASTER_LIMITS: RasterLimits = Object.freeze({ maxSide: 16_384, maxPixels: 16_777_216 });

// The SVG export's frame (`src/export/svg.ts`), so a PNG and an SVG of a view are laid out alike.
const PAD = 16;
const GAP = 12;
const TITLE = { size: 18, line: 23, maxLines: 3 };
const ATTRIBUTION = { size: 11, line: 14, maxLines: 3 };
const REGION_PADDING = 24;
const MIN_WIDTH = 480;
const EMPTY_HEIGHT = 120;

/**
 * The graph as the screen draws it (Cytoscape's own PNG), framed by a title, the legend and the
 * source line drawn with the Canvas 2D API. No image is ever loaded from a URL, so a strict Content
 * Security Policy (`img-src 'self'`) has nothing to block. The size is planned first and lowered to
 * what browsers can draw, with a message saying so.
 */
export async function renderPng(picture: GraphPicture, request: PngRequest): Promise<PngImage> {
  const { theme } = request;
  const measure = context2d(document.createElement('canvas'));
  const drawn = picture.imageSize(request.region) ?? { width: 0, height: 0 };
  const empty = drawn.width <= 0 || drawn.height <= 0;
  if (empty && request.region === 'view')
    throw new Error(
      'The graph takes no room on the page (is it hidden?), so there is no current view to draw.',
    );
  const margin = request.region === 'full' && !empty ? REGION_PADDING : 0;
  const frame = empty
    ? { width: MIN_WIDTH, height: EMPTY_HEIGHT }
    : { width: drawn.width + 2 * margin, height: drawn.height + 2 * margin };

  const width = Math.max(Math.ceil(frame.width), MIN_WIDTH);
  const textWidth = width - 2 * PAD;
  const family = theme.fontFamily;
  const titleStyle: TextStyle = { size: TITLE.size, weight: 700, family };
  const noteStyle: TextStyle = { size: ATTRIBUTION.size, weight: 400, family };
  const title = wrapLines(measure, request.title, titleStyle, textWidth, TITLE.maxLines);
  const graphTop = title.length ? PAD + title.length * TITLE.line + GAP : 0;
  let y = graphTop + frame.height;
  const legend = request.legend && layoutLegend(measure, request.legend, theme, textWidth);
  const legendTop = y + GAP;
  if (legend) y += GAP + legend.height;
  const note = wrapLines(measure, request.attribution, noteStyle, textWidth, ATTRIBUTION.maxLines);
  const noteTop = y + GAP;
  if (note.length) y += GAP + note.length * ATTRIBUTION.line;
  if (legend || note.length) y += PAD;
  const height = Math.ceil(y);

  const plan = planRaster(width, height, request.scale, BROWSER_RASTER_LIMITS);
  const scale = plan.scale;
  const graph = empty ? undefined : await createImageBitmap(await picture.image(request.region, scale));

  const canvas = document.createElement('canvas');
  canvas.width = plan.width;
  canvas.height = plan.height;
  const context = context2d(canvas);
  context.scale(scale, scale);
  if (request.background !== 'transparent') {
    context.fillStyle = request.background;
    context.fillRect(0, 0, width, height);
  }
  drawLines(context, title, PAD, PAD + TITLE.size * 0.8, {
    ...titleStyle,
    lineHeight: TITLE.line,
    color: theme.foreground,
  });
  const frameLeft = (width - frame.width) / 2;
  if (graph) {
    // In device pixels, so the graph's pixels are copied one to one, never resampled.
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.drawImage(
      graph,
      Math.round((frameLeft + margin) * scale),
      Math.round((graphTop + margin) * scale),
    );
    context.setTransform(scale, 0, 0, scale, 0, 0);
    graph.close();
  } else {
    context.font = `400 14px ${family}`;
    context.fillStyle = theme.muted;
    context.textAlign = 'center';
    context.fillText('No actors', width / 2, graphTop + frame.height / 2 + 5);
  }
  legend?.draw(context, PAD, legendTop);
  drawLines(context, note, PAD, noteTop + ATTRIBUTION.size * 0.8, {
    ...noteStyle,
    lineHeight: ATTRIBUTION.line,
    color: theme.muted,
  });

  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error(`This browser could not draw a ${plan.width} × ${plan.height} pixel image.`);
  return {
    blob,
    width: plan.width,
    height: plan.height,
    ...(plan.message ? { message: plan.message } : {}),
  };
}

function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a canvas.');
  return context;
}
