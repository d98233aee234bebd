import type { ActorGraph } from '../graph/actor-graph.ts';
import { summarizeGraph } from '../graph/summary.ts';
import { EMPTY_GRAPH, layoutFrame, REGION_PADDING } from '../picture/frame.ts';
import { graphLegend, graphLegendContent } from '../picture/graph-legend.ts';
import type { LegendSection } from '../picture/legend-layout.ts';
import type { Drawable } from '../picture/marks.ts';
import type { Bounds } from './svg-geometry.ts';
import { escapeXmlAttribute } from './xml.ts';
import { drawableSvg, SVG_TEXT_MEASURE } from './svg-marks.ts';
import {
  resolveSvgOptions,
  type ResolvedSvgOptions,
  type SvgOptions,
  type SvgViewport,
} from './svg-options.ts';
import { planRaster } from './svg-raster.ts';
import { drawScene, type Scene } from './svg-scene.ts';
import { fontStack, num, svgText } from './svg-text.ts';

export { DEFAULT_SVG_OPTIONS, type SvgOptions, type SvgViewport } from './svg-options.ts';
export { DEFAULT_RASTER_LIMITS, planRaster, type RasterLimits, type RasterPlan } from './svg-raster.ts';

export interface SvgExport {
  readonly svg: string;
  /** The declared size in pixels. */
  readonly width: number;
  readonly height: number;
  /** Pixels per graph unit, lower than asked when the size had to be reduced. */
  readonly scale: number;
  /** Why the scale is lower than asked, for the person who asked. */
  readonly message?: string;
}

/**
 * The graph as a standalone SVG 1.1 document that looks like the screen: title, graph, legend and
 * attribution, text kept as text. Shared by the widget and the CLI: no DOM, no Node APIs. Data only
 * ever appears as escaped character data; the document has no scripts, no event attributes, no
 * links, no references and no ids, so it is safe to inline or to open from anywhere.
 */
export function toSVG(graph: ActorGraph, options: Partial<SvgOptions>): string {
  return buildSvg(graph, options).svg;
}

/** `toSVG`, with the pixel size it declares and why that size is smaller than asked, if it is. */
export function buildSvg(graph: ActorGraph, options: Partial<SvgOptions>): SvgExport {
  const resolved = resolveSvgOptions(graph, options);
  const scene = drawScene(graph, resolved);
  const legend = resolved.legend ? graphLegendContent(graph, scene.relations, resolved.encodings) : undefined;
  return framedSvg(graph, resolved, {
    svg: scene.svg,
    bounds: scene.bounds,
    legend: legend && graphLegend(legend),
    description: description(graph, scene),
  });
}

/** A picture's drawing in graph units, with what the frame around it says. */
export interface FramedDrawing {
  readonly svg: string;
  readonly bounds: Bounds;
  /** Undefined leaves the legend out. */
  readonly legend: readonly LegendSection[] | undefined;
  readonly description: string;
}

/**
 * A drawing in its frame (`layoutFrame`: title, legend, source line) as an SVG document: the graph
 * picture's and the alliance picture's, one writer for both.
 */
export function framedSvg(
  graph: ActorGraph,
  resolved: ResolvedSvgOptions,
  drawing: FramedDrawing,
): SvgExport {
  const { theme } = resolved;
  const region = canvasRegion(drawing.bounds, resolved.region);
  const frame = layoutFrame(
    { ...region, empty: graph.order === 0 },
    { title: resolved.title, legend: drawing.legend, attribution: resolved.attribution },
    SVG_TEXT_MEASURE,
  );
  const draw = (drawable: Drawable): string => drawableSvg(drawable, theme);
  const group = (name: string, drawables: readonly Drawable[]): string[] =>
    drawables.length ? [`<g class="${name}">${drawables.map(draw).join('')}</g>`] : [];

  const plan = planRaster(frame.width, frame.height, resolved.scale, {
    maxSide: resolved.maxSide,
    maxPixels: resolved.maxPixels,
  });
  const canvas = frame.empty ? draw(frame.empty) : drawing.svg;
  const box = (r: SvgViewport): string => `${num(r.x)} ${num(r.y)} ${num(r.width)} ${num(r.height)}`;
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${plan.width}" height="${plan.height}" viewBox="${box(frame)}" font-family="${escapeXmlAttribute(fontStack(theme.fontFamily))}" role="img">`,
    `<title>${svgText(resolved.title || graph.getAttribute('title') || 'Actor graph')}</title>`,
    `<desc>${svgText(drawing.description)}</desc>`,
    resolved.background === 'transparent'
      ? ''
      : `<rect x="${num(frame.x)}" y="${num(frame.y)}" width="${num(frame.width)}" height="${num(frame.height)}" fill="${resolved.background}"/>`,
    ...group('title', frame.title ? [frame.title] : []),
    // A nested viewport clips the graph to its region without a clipPath, so no reference is needed.
    // An empty viewport is left out entirely: resvg 2.6.2 aborts the process on one.
    ...(canvas.trim()
      ? [
          `<svg class="graph" x="${num(region.x)}" y="${num(region.y)}" width="${num(region.width)}" height="${num(region.height)}" viewBox="${box(region)}" overflow="hidden">`,
          canvas,
          '</svg>',
        ]
      : []),
    ...group('legend', frame.legend?.drawables ?? []),
    ...group('attribution', frame.attribution ? [frame.attribution] : []),
    '</svg>',
    '',
  ]
    .filter((part) => part !== '')
    .join('\n');
  return {
    svg,
    width: plan.width,
    height: plan.height,
    scale: plan.scale,
    ...(plan.message ? { message: plan.message } : {}),
  };
}

function canvasRegion(bounds: Bounds, region: ResolvedSvgOptions['region']): SvgViewport {
  if (region !== 'full') return region;
  if (bounds.empty) return { x: -EMPTY_GRAPH.width / 2, y: -EMPTY_GRAPH.height / 2, ...EMPTY_GRAPH };
  // Whole units, so that the declared pixel size is exact at whole scales.
  const x = Math.floor(bounds.minX - REGION_PADDING);
  const y = Math.floor(bounds.minY - REGION_PADDING);
  return {
    x,
    y,
    width: Math.ceil(bounds.maxX + REGION_PADDING) - x,
    height: Math.ceil(bounds.maxY + REGION_PADDING) - y,
  };
}

function description(graph: ActorGraph, scene: Scene): string {
  const summary = summarizeGraph(graph);
  const shown = scene.relations.length;
  return shown === graph.size
    ? summary
    : `${summary} The image shows ${shown.toLocaleString('en')} of the ${graph.size.toLocaleString('en')} relations; filters hide the others.`;
}
