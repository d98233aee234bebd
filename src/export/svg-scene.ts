import type { ActorGraph } from '../graph/actor-graph.ts';
import { computeEdgeBends } from '../graph/edge-bends.ts';
import { arrowLength, arrowSize, markerMarks } from '../picture/edge-glyphs.ts';
import { KIND_BORDERS, KIND_SHAPES } from '../picture/kind-glyphs.ts';
import { figureExtent, type Mark } from '../picture/marks.ts';
import { NODE_BORDER, NODE_SIZE, outlinePoint, SELECTION_UNDERLAY } from '../picture/node-glyphs.ts';
import { edgeWidth, STATUS_ENCODINGS, type TypeEncoding } from '../style/encoding.ts';
import { Bounds, curvePath, edgeCurve, loopCurve, type EdgeCurve, type EdgeEnds } from './svg-geometry.ts';
import type { Point } from '../geometry/point.ts';
import type { ResolvedSvgOptions } from './svg-options.ts';
import { markSvg } from './svg-marks.ts';
import { actorSvg } from './svg-node.ts';
import { edgeLabel } from './svg-labels.ts';
import { cleanText, num } from './svg-text.ts';
import { labelsAbove } from '../layout/label-sides.ts';

const UNDERLAY = SELECTION_UNDERLAY;

export interface Scene {
  /**
   * Edges first, then nodes with their labels: the screen's stacking order. One `<g class="edge">`
   * per drawn relation and one `<g class="node">` per actor, in dataset order; class names are fixed
   * words, never data.
   */
  readonly svg: string;
  readonly bounds: Bounds;
  /** Relation ids drawn, in dataset order. */
  readonly relations: readonly string[];
}

/** What drawing one element needs: the options, the growing bounds and the actors' outlines. */
interface Context {
  readonly graph: ActorGraph;
  readonly options: ResolvedSvgOptions;
  readonly bounds: Bounds;
  readonly encodings: ReadonlyMap<string, TypeEncoding>;
  readonly fallback: TypeEncoding;
  /** Actors whose label is drawn above them, as on the canvas. */
  readonly above: ReadonlySet<string>;
}

/** The graph as the canvas draws it, in graph units. */
export function drawScene(graph: ActorGraph, options: ResolvedSvgOptions): Scene {
  const context: Context = {
    graph,
    options,
    bounds: new Bounds(),
    encodings: new Map(options.encodings.map((e) => [e.typeId, e])),
    // `toElements` falls back on class `t0` for a type without an encoding; so does the export.
    fallback: options.encodings[0] ?? {
      typeId: '',
      index: 0,
      color: options.theme.muted,
      marker: 'circle',
      markerFill: 'filled',
    },
    above: labelsAbove(graph, options.positions),
  };
  const bends = computeEdgeBends(graph);
  const loops = new Map<string, number>();
  const edges: string[] = [];
  const relations: string[] = [];
  graph.forEachEdge((id, _relation, source, target) => {
    if (!options.visible.has(id)) return;
    let curve: EdgeCurve | undefined;
    if (source === target) {
      // Cytoscape counts the loops on an actor and makes each further one larger.
      const index = loops.get(source) ?? 0;
      loops.set(source, index + 1);
      curve = loopCurve(edgeEnds(context, id), index);
    } else curve = edgeCurve(edgeEnds(context, id), bends.get(id) ?? 0);
    if (!curve) return;
    const drawn = clipped(context, (own) => drawEdge({ ...context, bounds: own }, id, curve));
    if (drawn) edges.push(drawn);
    relations.push(id);
  });
  const nodes = graph.mapNodes((node) =>
    clipped(context, (own) => drawNode({ ...context, bounds: own }, node)),
  );
  return { svg: [...edges, ...nodes].filter(Boolean).join('\n'), bounds: context.bounds, relations };
}

/**
 * Draws one element with bounds of its own, and leaves it out when a viewport region cannot show it.
 * Besides smaller files, this matters for resvg 2.6.2, which aborts the whole process (a Rust panic,
 * not an exception) on a clipped viewport whose content lies entirely outside it.
 */
function clipped(context: Context, draw: (bounds: Bounds) => string): string {
  const own = new Bounds();
  const svg = draw(own);
  if (own.empty) return svg;
  context.bounds.include({ x: own.minX, y: own.minY }).include({ x: own.maxX, y: own.maxY });
  const { region } = context.options;
  if (region === 'full') return svg;
  const outside =
    own.maxX < region.x ||
    own.minX > region.x + region.width ||
    own.maxY < region.y ||
    own.minY > region.y + region.height;
  return outside ? '' : svg;
}

function borderWidth({ graph, options }: Context, node: string): number {
  const { selection } = options;
  if (selection?.kind === 'actor' && selection.id === node) return NODE_BORDER.selected;
  return NODE_BORDER[KIND_BORDERS[graph.getNodeAttribute(node, 'kind')]];
}

function edgeEnds(context: Context, id: string): EdgeEnds {
  const { graph, options } = context;
  const outline = (node: string) => (toward: Point) =>
    outlinePoint(
      KIND_SHAPES[graph.getNodeAttribute(node, 'kind')],
      options.positions.get(node)!,
      // Cytoscape intersects with the outer size: the node and its whole border.
      NODE_SIZE + borderWidth(context, node),
      toward,
    );
  const source = graph.source(id);
  const target = graph.target(id);
  const relation = graph.getEdgeAttributes(id);
  return {
    source: options.positions.get(source)!,
    target: options.positions.get(target)!,
    sourceOutline: outline(source),
    targetOutline: outline(target),
    arrowLength: relation.directed ? arrowLength(edgeWidth(relation.evidence.length)) : 0,
  };
}

function drawEdge(context: Context, id: string, curve: EdgeCurve): string {
  const { graph, options, bounds } = context;
  const { theme, selection } = options;
  const relation = graph.getEdgeAttributes(id);
  const selected = selection?.kind === 'relation' && selection.id === id;
  const encoding = context.encodings.get(relation.type) ?? context.fallback;
  const status = STATUS_ENCODINGS[relation.status];
  const width = edgeWidth(relation.evidence.length);
  const d = curvePath(curve.segments, num);
  // Dash lengths are graph units, not multiples of the width: Cytoscape hands `line-dash-pattern`
  // to the canvas unchanged, and the round caps lengthen every dash by the width, as they do here.
  const dash = status.dashPattern.length ? ` stroke-dasharray="${status.dashPattern.join(' ')}"` : '';
  const alpha = status.opacity < 1 ? ` stroke-opacity="${num(status.opacity)}"` : '';
  const parts = [
    selected
      ? `<path d="${d}" fill="none" stroke="${theme.accent}" stroke-opacity="${UNDERLAY.opacity}" stroke-width="${2 * UNDERLAY.edgePadding}" stroke-linecap="round"/>`
      : '',
    `<path d="${d}" fill="none" stroke="${encoding.color}"${alpha} stroke-width="${num(width)}" stroke-linecap="round" stroke-linejoin="round"${dash}/>`,
  ];
  const size = arrowSize(width);
  const paint = { color: encoding.color, fill: encoding.markerFill, opacity: status.opacity };
  const marks: Mark[][] = [markerMarks(encoding.marker, curve.mid, curve.midDirection, size, paint)];
  if (curve.arrow)
    marks.push(
      markerMarks('triangle', curve.arrow.tip, curve.arrow.direction, size, { ...paint, fill: 'filled' }),
    );
  for (const marker of marks) {
    parts.push(...marker.map((mark) => markSvg(mark, theme)));
    figureExtent(marker[0]!.figure).forEach((p) => bounds.include(p));
  }
  const margin = width / 2 + (selected ? UNDERLAY.edgePadding : 0);
  curve.segments.forEach((s) => bounds.includeSegment(s, margin));
  if (selected) parts.push(edgeLabel(graph, id, curve, options, bounds));
  return `<g class="edge">${parts.join('')}</g>`;
}

function drawNode(context: Context, node: string): string {
  const { graph, options, bounds } = context;
  const actor = graph.getNodeAttributes(node);
  const selection = options.selection;
  return actorSvg(
    {
      center: options.positions.get(node)!,
      kind: actor.kind,
      name: cleanText(actor.name),
      border: borderWidth(context, node),
      selected: selection?.kind === 'actor' && selection.id === node,
      labelAbove: context.above.has(node),
    },
    options,
    bounds,
  );
}
