import { layoutLegend, type LegendLayout, type LegendSection } from './legend-layout.ts';
import type { TextBlock, TextMeasure, TextStyle } from './marks.ts';
import { isolate } from '../text/bidi.ts';

/**
 * The frame around a picture, in no format: the title above, then the graph, the legend and the
 * source line below, at least `MIN_WIDTH` wide with the graph centred. The SVG exporter and the PNG
 * lay their files out with it, so both have the same frame.
 */

const PAD = 16;
const GAP = 12;
/** A line of text in the frame: its style, the distance between its baselines, how many it may take. */
interface FrameText {
  readonly style: TextStyle;
  readonly line: number;
  readonly maxLines: number;
}
const TITLE: FrameText = Object.freeze<FrameText>({
  style: { size: 18, weight: 700 },
  line: 23,
  maxLines: 3,
});
const ATTRIBUTION: FrameText = Object.freeze<FrameText>({
  style: { size: 11, weight: 400 },
  line: 14,
  maxLines: 3,
});
/** Where a baseline sits below the top of a title or source line, in font sizes. */
const ASCENT = 0.8;
/** Narrower graphs are centred in this width so that the title and legend stay readable. */
const MIN_WIDTH = 480;

/** Room around everything in a `'full'` picture, as the screen's fit padding leaves. */
export const REGION_PADDING = 24;
/** The graph's place in a picture of a graph without actors. */
export const EMPTY_GRAPH = Object.freeze({ width: MIN_WIDTH, height: 120 });

export interface FrameContent {
  /** `''` leaves the title out. */
  readonly title: string;
  /** The legend's sections; undefined leaves the legend out. */
  readonly legend: readonly LegendSection[] | undefined;
  /** `''` leaves the source line out. */
  readonly attribution: string;
}

/** A rectangle in the graph's coordinates. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The frame in the graph's coordinates: the picture's corner (`x`, `y`) and size, and what is drawn. */
export interface FrameLayout extends Box {
  readonly title?: TextBlock;
  readonly legend?: LegendLayout;
  readonly attribution?: TextBlock;
  /** "No actors", in the middle of the graph's place, when it has none. */
  readonly empty?: TextBlock;
}

/**
 * Lays the frame out around `graph`, the place of the graph drawing in its own coordinates (the SVG's
 * graph units; the PNG puts it at the origin). Without a title, a legend or a source line the
 * picture is the graph alone, at its own (possibly fractional) size.
 */
export function layoutFrame(
  graph: Box & { readonly empty: boolean },
  content: FrameContent,
  measure: TextMeasure,
): FrameLayout {
  const chrome = content.title !== '' || content.legend !== undefined || content.attribution !== '';
  const width = chrome ? Math.max(Math.ceil(graph.width), MIN_WIDTH) : graph.width;
  const left = graph.x - (width - graph.width) / 2;
  const textWidth = width - 2 * PAD;
  const line = (text: string, kind: FrameText, top: number, ink: TextBlock['ink']): TextBlock | undefined => {
    const lines = measure.wrap(text, kind.style, textWidth, kind.maxLines).filter(Boolean);
    if (!lines.length) return undefined;
    const baseline = top + kind.style.size * ASCENT;
    return { lines, x: left + PAD, baseline, style: kind.style, lineHeight: kind.line, ink, anchor: 'start' };
  };

  // The title is data (the dataset's or the host's): drawn in its own direction, as labels are.
  const titleText = isolate(content.title);
  const titleLines = measure.wrap(titleText, TITLE.style, textWidth, TITLE.maxLines).filter(Boolean);
  const top = titleLines.length ? graph.y - (PAD + titleLines.length * TITLE.line + GAP) : graph.y;
  const title = line(titleText, TITLE, top + PAD, { theme: 'foreground' });
  let y = graph.y + graph.height;
  const legend =
    content.legend &&
    layoutLegend(content.legend, { left: left + PAD, top: y + GAP, width: textWidth }, measure);
  if (legend) y += GAP + legend.height;
  const attribution = line(content.attribution, ATTRIBUTION, y + GAP, { theme: 'muted' });
  if (attribution) y += GAP + attribution.lines.length * ATTRIBUTION.line;
  if (legend || attribution) y += PAD;
  return {
    x: left,
    y: top,
    width,
    height: chrome ? Math.ceil(y - top) : y - top,
    ...(title ? { title } : {}),
    ...(legend ? { legend } : {}),
    ...(attribution ? { attribution } : {}),
    ...(graph.empty ? { empty: emptyNote(graph) } : {}),
  };
}

function emptyNote(graph: Box): TextBlock {
  return {
    lines: ['No actors'],
    x: graph.x + graph.width / 2,
    baseline: graph.y + graph.height / 2 + 5,
    style: { size: 14, weight: 400 },
    lineHeight: 14,
    ink: { theme: 'muted' },
    anchor: 'middle',
  };
}
