import type { AllianceAnalysis } from '../alliance/types.ts';
import { allianceSummary } from '../alliance/explain.ts';
import type { ActorGraph } from '../graph/actor-graph.ts';
import type { Point } from '../geometry/point.ts';
import { labelsAbove } from '../layout/label-sides.ts';
import { CAMP_LABEL, pairColor, pairDash, UNBALANCED_HALO } from '../picture/alliance-glyphs.ts';
import { allianceLegend, allianceLegendContent } from '../picture/alliance-legend.ts';
import { campLabels, drawnPairs, pairId, type DrawnPair } from '../picture/alliance-scene.ts';
import { KIND_BORDERS, KIND_SHAPES } from '../picture/kind-glyphs.ts';
import type { ActorKind } from '../model/dataset.ts';
import { NODE_BORDER, NODE_SIZE, outlinePoint, SELECTION_UNDERLAY } from '../picture/node-glyphs.ts';
import type { AllianceSelection } from '../view/alliance-selection.ts';
import { framedSvg, type SvgExport, type SvgOptions } from './svg.ts';
import { Bounds } from './svg-geometry.ts';
import { actorSvg } from './svg-node.ts';
import { resolveSvgOptions, type ResolvedSvgOptions } from './svg-options.ts';
import { cleanText, num, textElement, textWidth } from './svg-text.ts';

/** The analysis parts the alliance picture draws and describes. */
export type AllianceSvgAnalysis = Pick<AllianceAnalysis, 'pairs' | 'camps' | 'triads'>;

export interface AllianceSvgOptions extends Partial<Omit<SvgOptions, 'visibleRelations' | 'selection'>> {
  /** The pair, actor or triangle the reader selected, drawn with the accent as on screen. */
  readonly allianceSelection?: AllianceSelection | null;
}

/** Canvas places a one-line label by its em box; the baseline sits this far above its bottom. */
const DESCENT = 0.22;

/**
 * The alliance picture as a standalone SVG document, framed, titled and with its legend as the graph
 * picture is (`framedSvg`): one straight line per pair coloured, dashed and sized by its net score,
 * with the score on it, the accent halo under the sides of unbalanced triangles, the camp labels and
 * the actors. Shared by the widget's Export menu and the CLI.
 */
export function buildAllianceSvg(
  graph: ActorGraph,
  analysis: AllianceSvgAnalysis,
  options: AllianceSvgOptions,
): SvgExport {
  const { allianceSelection = null, ...rest } = options;
  const resolved = resolveSvgOptions(graph, { ...rest, selection: null });
  const pairs = drawnPairs(analysis);
  const bounds = new Bounds();
  const selectedPairs = selectedPairIds(allianceSelection);
  const selectedActor = allianceSelection?.kind === 'actor' ? allianceSelection.id : null;
  const lines = pairs.map((pair) => drawPair(graph, resolved, pair, selectedPairs.has(pair.id), bounds));
  // As on the canvas: weak pairs' scores only when selected, where lines cross they would crowd.
  const labels = pairs
    .filter((pair) => pair.strength !== 'weak' || selectedPairs.has(pair.id))
    .map((pair) => scoreLabel(resolved, pair, bounds));
  const camps = campLabels(resolved.positions, analysis).map((label) => {
    const size = CAMP_LABEL.size;
    const width = textWidth(label.text, size, CAMP_LABEL.weight);
    bounds.include({ x: label.at.x - width / 2, y: label.at.y - size / 2 });
    bounds.include({ x: label.at.x + width / 2, y: label.at.y + size / 2 });
    return textElement([label.text], label.at.x, label.at.y + size * (0.5 - DESCENT), {
      fontSize: size,
      weight: CAMP_LABEL.weight,
      fill: resolved.theme.muted,
      anchor: 'middle',
      lineHeight: size,
    });
  });
  const above = labelsAbove(graph, resolved.positions);
  const nodes = graph.mapNodes((id, actor) =>
    drawActor(resolved, id, actor.name, actor.kind, above.has(id), id === selectedActor, bounds),
  );
  const kinds = [...new Set(graph.mapNodes((_id, actor) => actor.kind))];
  const legend = resolved.legend
    ? allianceLegend(allianceLegendContent(kinds, pairs, resolved.theme.name))
    : undefined;
  return framedSvg(graph, resolved, {
    svg: [...lines, ...labels, ...camps, ...nodes].filter(Boolean).join('\n'),
    bounds,
    legend,
    description: `Alliance view. ${cleanText(allianceSummary(graph, analysis))}`,
  });
}

export const toAllianceSvg = (
  graph: ActorGraph,
  analysis: AllianceSvgAnalysis,
  options: AllianceSvgOptions,
): string => buildAllianceSvg(graph, analysis, options).svg;

function selectedPairIds(selection: AllianceSelection | null): Set<string> {
  if (!selection || selection.kind === 'actor') return new Set();
  if (selection.kind === 'pair')
    return new Set([pairId(...selection.actors), pairId(selection.actors[1], selection.actors[0])]);
  const [a, b, c] = selection.actors;
  return new Set(
    [
      [a, b],
      [b, c],
      [a, c],
      [b, a],
      [c, b],
      [c, a],
    ].map(([x, y]) => pairId(x!, y!)),
  );
}

/** The straight line between the actors' outlines, as Cytoscape's `curve-style: straight` draws it. */
function ends(graph: ActorGraph, options: ResolvedSvgOptions, pair: DrawnPair): [Point, Point] {
  const [a, b] = pair.actors;
  const pa = options.positions.get(a)!;
  const pb = options.positions.get(b)!;
  const outer = (id: string) => NODE_SIZE + NODE_BORDER[KIND_BORDERS[graph.getNodeAttribute(id, 'kind')]];
  const shape = (id: string) => KIND_SHAPES[graph.getNodeAttribute(id, 'kind')];
  return [outlinePoint(shape(a), pa, outer(a), pb), outlinePoint(shape(b), pb, outer(b), pa)];
}

function drawPair(
  graph: ActorGraph,
  options: ResolvedSvgOptions,
  pair: DrawnPair,
  selected: boolean,
  bounds: Bounds,
): string {
  const { theme } = options;
  const [from, to] = ends(graph, options, pair);
  const d = `M${num(from.x)} ${num(from.y)}L${num(to.x)} ${num(to.y)}`;
  const parts: string[] = [];
  const halo = pair.width + 2 * UNBALANCED_HALO.padding;
  if (selected)
    parts.push(
      `<path d="${d}" fill="none" stroke="${theme.accent}" stroke-opacity="0.6" stroke-width="${num(halo + 2 * SELECTION_UNDERLAY.edgePadding)}"/>`,
    );
  else if (pair.unbalanced)
    parts.push(
      `<path d="${d}" fill="none" stroke="${theme.accent}" stroke-opacity="${num(UNBALANCED_HALO.opacity)}" stroke-width="${num(halo)}"/>`,
    );
  const color = pairColor(pair.sign, pair.strength, theme.name) ?? theme.muted;
  const dash = pairDash(pair.sign);
  parts.push(
    `<path d="${d}" fill="none" stroke="${color}" stroke-width="${num(pair.width)}"${dash.length ? ` stroke-dasharray="${dash.join(' ')}"` : ''}/>`,
  );
  const margin = selected || pair.unbalanced ? halo / 2 + SELECTION_UNDERLAY.edgePadding : pair.width / 2;
  bounds.include(from, margin).include(to, margin);
  return `<g class="pair">${parts.join('')}</g>`;
}

/** The signed score in the middle of the line, upright on a translucent box, as on the canvas. */
function scoreLabel(options: ResolvedSvgOptions, pair: DrawnPair, bounds: Bounds): string {
  const { theme } = options;
  const a = options.positions.get(pair.actors[0])!;
  const b = options.positions.get(pair.actors[1])!;
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const fontSize = theme.fontSize - 2;
  const width = textWidth(pair.label, fontSize, 700);
  const pad = 2;
  bounds.include(mid, width / 2 + pad);
  return (
    `<g class="score"><rect x="${num(mid.x - width / 2 - pad)}" y="${num(mid.y - fontSize / 2 - pad)}" width="${num(width + 2 * pad)}" height="${num(fontSize + 2 * pad)}" fill="${theme.background}" fill-opacity="0.85"/>` +
    textElement([pair.label], mid.x, mid.y + fontSize * (0.5 - DESCENT), {
      fontSize,
      weight: 700,
      fill: theme.foreground,
      anchor: 'middle',
      lineHeight: fontSize,
    }) +
    '</g>'
  );
}

function drawActor(
  options: ResolvedSvgOptions,
  id: string,
  name: string,
  kind: ActorKind,
  above: boolean,
  selected: boolean,
  bounds: Bounds,
): string {
  const border = selected ? NODE_BORDER.selected : NODE_BORDER[KIND_BORDERS[kind]];
  return actorSvg(
    { center: options.positions.get(id)!, kind, name, border, selected, labelAbove: above },
    options,
    bounds,
  );
}
