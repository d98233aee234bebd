import { planRaster, type RasterLimits } from '../../src/export/svg.ts';
import { EMPTY_GRAPH, layoutFrame, REGION_PADDING } from '../../src/picture/frame.ts';
import type { LegendSection } from '../../src/picture/legend-layout.ts';
import type { Theme } from '../../src/style/theme.ts';
import type { ImageRegion, Size } from '../graph-canvas/graph-image.ts';
import { paintDrawable } from './canvas-marks.ts';
import { canvasTextMeasure, paintText } from './canvas-text.ts';

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
  /** The legend's sections; undefined leaves the legend out. */
  readonly legend: readonly LegendSection[] | undefined;
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

/**
 * The graph as the screen draws it (Cytoscape's own PNG), framed by a title, the legend and the
 * source line, laid out by the picture module's frame (as the SVG is) and painted with the Canvas 2D
 * API. No image is ever loaded from a URL, so a strict Content Security Policy (`img-src 'self'`) has
 * nothing to block. The size is planned first and lowered to what browsers can draw, with a message
 * saying so.
 */
export async function renderPng(picture: GraphPicture, request: PngRequest): Promise<PngImage> {
  const { theme } = request;
  const measure = canvasTextMeasure(context2d(document.createElement('canvas')), theme.fontFamily);
  const drawn = picture.imageSize(request.region) ?? { width: 0, height: 0 };
  const empty = drawn.width <= 0 || drawn.height <= 0;
  if (empty && request.region === 'view')
    throw new Error(
      'The graph takes no room on the page (is it hidden?), so there is no current view to draw.',
    );
  // Cytoscape's image is the drawing alone; a whole graph gets the room the SVG's region has.
  const margin = request.region === 'full' && !empty ? REGION_PADDING : 0;
  const graphBox = empty
    ? { x: 0, y: 0, ...EMPTY_GRAPH }
    : { x: 0, y: 0, width: drawn.width + 2 * margin, height: drawn.height + 2 * margin };
  const frame = layoutFrame(
    { ...graphBox, empty },
    { title: request.title, legend: request.legend, attribution: request.attribution },
    measure,
  );

  const plan = planRaster(frame.width, frame.height, request.scale, BROWSER_RASTER_LIMITS);
  const scale = plan.scale;
  const graph = empty ? undefined : await createImageBitmap(await picture.image(request.region, scale));

  const canvas = document.createElement('canvas');
  canvas.width = plan.width;
  canvas.height = plan.height;
  const context = context2d(canvas);
  // The frame's corner at the canvas's; one unit is `scale` pixels.
  const toFrame = (): void => context.setTransform(scale, 0, 0, scale, -frame.x * scale, -frame.y * scale);
  toFrame();
  if (request.background !== 'transparent') {
    context.fillStyle = request.background;
    context.fillRect(frame.x, frame.y, frame.width, frame.height);
  }
  if (frame.title) paintText(context, frame.title, theme);
  if (graph) {
    // In device pixels, so the graph's pixels are copied one to one, never resampled.
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.drawImage(
      graph,
      Math.round((graphBox.x - frame.x + margin) * scale),
      Math.round((graphBox.y - frame.y + margin) * scale),
    );
    toFrame();
    graph.close();
  }
  if (frame.empty) paintText(context, frame.empty, theme);
  frame.legend?.drawables.forEach((drawable) => paintDrawable(context, drawable, theme));
  if (frame.attribution) paintText(context, frame.attribution, theme);

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
