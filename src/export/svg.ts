import type { ActorGraph } from '../graph/actor-graph.ts';
import { summarizeGraph } from '../graph/summary.ts';
import { RELATION_STATUSES, type ActorKind } from '../model/dataset.ts';
import { STATUS_ENCODINGS } from '../style/encoding.ts';
import { isolate } from '../text/bidi.ts';
import { escapeXmlAttribute } from './xml.ts';
import { drawLegend, type LegendContent } from './svg-legend.ts';
import {
  resolveSvgOptions,
  type ResolvedSvgOptions,
  type SvgOptions,
  type SvgViewport,
} from './svg-options.ts';
import { planRaster } from './svg-raster.ts';
import { drawScene, type Scene } from './svg-scene.ts';
import { fontStack, num, svgText, textElement, wrapText } from './svg-text.ts';

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

const PAD = 16;
const GAP = 12;
const TITLE = { size: 18, line: 23, maxLines: 3 };
const ATTRIBUTION = { size: 11, line: 14, maxLines: 3 };
/** Room around everything in a `'full'` export, as the screen's fit padding leaves. */
const REGION_PADDING = 24;
/** Narrower graphs are centred in this width so that the title and legend stay readable. */
const MIN_WIDTH = 480;
const EMPTY_HEIGHT = 120;

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
  const { theme } = resolved;
  const scene = drawScene(graph, resolved);
  const region = canvasRegion(scene, resolved.region);
  const legend = resolved.legend ? legendContent(graph, resolved, scene) : undefined;
  const hasChrome = resolved.title !== '' || legend !== undefined || resolved.attribution !== '';
  const width = hasChrome ? Math.max(Math.ceil(region.width), MIN_WIDTH) : region.width;
  const left = region.x - (width - region.width) / 2;
  const textWidth = width - 2 * PAD;
  const muted = { weight: 400, fill: theme.muted, anchor: 'start' } as const;

  const before: string[] = [];
  const titleLines = wrapText(isolate(resolved.title), TITLE.size, 700, textWidth, TITLE.maxLines).filter(
    Boolean,
  );
  const top = titleLines.length ? region.y - (PAD + titleLines.length * TITLE.line + GAP) : region.y;
  if (titleLines.length)
    before.push(
      '<g class="title">',
      textElement(titleLines, left + PAD, top + PAD + TITLE.size * 0.8, {
        fontSize: TITLE.size,
        weight: 700,
        fill: theme.foreground,
        anchor: 'start',
        lineHeight: TITLE.line,
      }),
      '</g>',
    );

  const after: string[] = [];
  let y = region.y + region.height;
  if (legend) {
    const drawn = drawLegend(legend, theme, left + PAD, y + GAP, textWidth);
    after.push(`<g class="legend">${drawn.svg}</g>`);
    y += GAP + drawn.height;
  }
  const attribution = wrapText(resolved.attribution, ATTRIBUTION.size, 400, textWidth, ATTRIBUTION.maxLines);
  if (attribution.some(Boolean)) {
    const lines = attribution;
    after.push(
      '<g class="attribution">',
      textElement(lines, left + PAD, y + GAP + ATTRIBUTION.size * 0.8, {
        ...muted,
        fontSize: ATTRIBUTION.size,
        lineHeight: ATTRIBUTION.line,
      }),
      '</g>',
    );
    y += GAP + lines.length * ATTRIBUTION.line;
  }
  if (after.length) y += PAD;
  const height = hasChrome ? Math.ceil(y - top) : y - top;

  const plan = planRaster(width, height, resolved.scale, {
    maxSide: resolved.maxSide,
    maxPixels: resolved.maxPixels,
  });
  const canvas =
    graph.order === 0
      ? textElement(['No actors'], region.x + region.width / 2, region.y + region.height / 2 + 5, {
          ...muted,
          anchor: 'middle',
          fontSize: 14,
          lineHeight: 14,
        })
      : scene.svg;
  const box = (r: SvgViewport): string => `${num(r.x)} ${num(r.y)} ${num(r.width)} ${num(r.height)}`;
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${plan.width}" height="${plan.height}" viewBox="${box({ x: left, y: top, width, height })}" font-family="${escapeXmlAttribute(fontStack(theme.fontFamily))}" role="img">`,
    `<title>${svgText(resolved.title || graph.getAttribute('title') || 'Actor graph')}</title>`,
    `<desc>${svgText(description(graph, scene))}</desc>`,
    resolved.background === 'transparent'
      ? ''
      : `<rect x="${num(left)}" y="${num(top)}" width="${num(width)}" height="${num(height)}" fill="${resolved.background}"/>`,
    ...before,
    // A nested viewport clips the graph to its region without a clipPath, so no reference is needed.
    // An empty viewport is left out entirely: resvg 2.6.2 aborts the process on one.
    ...(canvas.trim()
      ? [
          `<svg class="graph" x="${num(region.x)}" y="${num(region.y)}" width="${num(region.width)}" height="${num(region.height)}" viewBox="${box(region)}" overflow="hidden">`,
          canvas,
          '</svg>',
        ]
      : []),
    ...after,
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

function canvasRegion(scene: Scene, region: ResolvedSvgOptions['region']): SvgViewport {
  if (region !== 'full') return region;
  const { bounds } = scene;
  if (bounds.empty)
    return { x: -MIN_WIDTH / 2, y: -EMPTY_HEIGHT / 2, width: MIN_WIDTH, height: EMPTY_HEIGHT };
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

/** What the legend explains: only what the picture shows. */
function legendContent(
  graph: ActorGraph,
  options: ResolvedSvgOptions,
  scene: Scene,
): LegendContent | undefined {
  if (graph.order === 0) return undefined;
  const types = new Set<string>();
  const statuses = new Set<string>();
  for (const id of scene.relations) {
    types.add(graph.getEdgeAttribute(id, 'type'));
    statuses.add(graph.getEdgeAttribute(id, 'status'));
  }
  const kinds = new Set<ActorKind>();
  graph.forEachNode((_node, actor) => void kinds.add(actor.kind));
  const encodings = new Map(options.encodings.map((e) => [e.typeId, e]));
  return {
    kinds: [...kinds],
    types: graph
      .getAttribute('relationTypes')
      .filter((t) => types.has(t.id) && encodings.has(t.id))
      .map((t) => ({ label: isolate(t.label), encoding: encodings.get(t.id)! })),
    statuses: RELATION_STATUSES.filter((s) => statuses.has(s)).map((s) => STATUS_ENCODINGS[s]),
  };
}

function description(graph: ActorGraph, scene: Scene): string {
  const summary = summarizeGraph(graph);
  const shown = scene.relations.length;
  return shown === graph.size
    ? summary
    : `${summary} The image shows ${shown.toLocaleString('en')} of the ${graph.size.toLocaleString('en')} relations; filters hide the others.`;
}
