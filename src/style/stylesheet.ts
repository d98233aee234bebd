import type { CytoscapeOptions, StylesheetJson } from 'cytoscape';
import { STATUS_ENCODINGS, type TypeEncoding } from './encoding.ts';
import type { Theme } from './theme.ts';
import { RELATION_STATUSES, type ActorKind } from '../model/dataset.ts';
import { ARROW_DISTANCE, ARROW_SCALE, EDGE_LOOP } from '../picture/edge-glyphs.ts';
import { KIND_BORDERS, KIND_SHAPES } from '../picture/kind-glyphs.ts';
import {
  LABEL_MAX_WIDTH,
  NODE_BORDER,
  NODE_LABEL,
  NODE_SIZE,
  SELECTION_UNDERLAY,
} from '../picture/node-glyphs.ts';

const KINDS = Object.keys(KIND_SHAPES) as ActorKind[];

/**
 * The Cytoscape stylesheet for a theme and a vocabulary's encodings: the painter of the picture
 * module (`src/picture/`) for the canvas, so every size, shape and pattern here is the one the
 * exports and the legends draw. Selectors only ever use classes that `toElements` assigns from
 * indexes and enums, never text from the data, so no id or label can change what a selector matches.
 */
export function buildStylesheet(
  theme: Theme,
  encodings: readonly TypeEncoding[],
  detail: Detail = 'full',
): StylesheetJson {
  const font = { 'font-family': theme.fontFamily, 'font-size': theme.fontSize };
  const sheet: StylesheetJson = [
    ...actorStyles(theme),
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': 'unbundled-bezier',
        'control-point-distances': 'data(bend)',
        'control-point-weights': 0.5,
        'edge-distances': 'node-position',
        'arrow-scale': ARROW_SCALE,
        'mid-target-arrow-shape': 'none',
        'line-cap': 'round',
        ...font,
        'font-size': theme.fontSize - 2,
        color: theme.foreground,
        'text-rotation': 'autorotate',
        'text-background-color': theme.background,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'edge.loop',
      style: {
        'curve-style': 'bezier',
        'loop-direction': `${EDGE_LOOP.direction}deg`,
        'loop-sweep': `${EDGE_LOOP.sweep}deg`,
      },
    },
    {
      selector: 'edge.directed',
      style: { 'target-arrow-shape': 'triangle', 'target-distance-from-node': ARROW_DISTANCE },
    },
    ...encodings.map((e) => ({
      selector: `edge.t${e.index}`,
      style: {
        'line-color': e.color,
        'target-arrow-color': e.color,
        'mid-target-arrow-shape': e.marker,
        'mid-target-arrow-color': e.color,
        'mid-target-arrow-fill': e.markerFill,
      },
    })),
    ...RELATION_STATUSES.map((status) => {
      const s = STATUS_ENCODINGS[status];
      return {
        selector: `edge.s-${status}`,
        style: {
          // Cytoscape ignores line-dash-pattern for 'dotted' (a fixed 1-1 pattern that round caps
          // fill in), so dots are drawn as a dash pattern of their own.
          'line-style': s.lineStyle === 'solid' ? 'solid' : 'dashed',
          ...(s.dashPattern.length ? { 'line-dash-pattern': [...s.dashPattern] } : {}),
          opacity: s.opacity,
        },
      };
    }),
    { selector: 'edge.labelled, edge:selected, edge.hover', style: { label: 'data(label)' } },
    // Interaction states come last so they win over type and status.
    ...stateStyles(theme),
  ];
  return detail === 'full' ? sheet : [...sheet, ...reducedDetail(theme)];
}

/**
 * The actors as every picture draws them (the relations graph and the alliance picture): their
 * shape by kind, fill, border and label below (or above, where `labelsAbove` moved it).
 */
export function actorStyles(theme: Theme): StylesheetJson {
  const font = { 'font-family': theme.fontFamily, 'font-size': theme.fontSize };
  return [
    {
      selector: 'node',
      style: {
        ...font,
        width: NODE_SIZE,
        height: NODE_SIZE,
        'background-color': theme.nodeFill,
        'border-color': theme.nodeBorder,
        'border-width': NODE_BORDER.single,
        label: 'data(label)',
        color: theme.foreground,
        'font-weight': 600,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': NODE_LABEL.margin,
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL_MAX_WIDTH}px`,
        'text-outline-color': theme.background,
        'text-outline-width': NODE_LABEL.outline,
        'min-zoomed-font-size': 6,
      },
    },
    ...KINDS.map((kind) => ({ selector: `node.kind-${kind}`, style: { shape: KIND_SHAPES[kind] } })),
    ...KINDS.filter((kind) => KIND_BORDERS[kind] === 'double').map((kind) => ({
      selector: `node.kind-${kind}`,
      style: { 'border-style': 'double' as const, 'border-width': NODE_BORDER.double },
    })),
    // `labelsAbove` moves a label above its actor where fewer of the actor's relations cross it there.
    { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -NODE_LABEL.margin } },
  ];
}

/**
 * What the reader does, drawn the same in every picture: filtered out, dimmed around a selection,
 * matched by the search, selected or under the keyboard's focus.
 */
export function stateStyles(theme: Theme): StylesheetJson {
  return [
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.dimmed', style: { opacity: 0.14, 'text-opacity': 0.3 } },
    {
      selector: 'node.match',
      style: {
        'border-color': theme.accent,
        'border-width': NODE_BORDER.selected,
        'background-color': theme.background,
      },
    },
    {
      selector: ':selected, .keyboard-focus',
      style: {
        'underlay-color': theme.accent,
        'underlay-opacity': SELECTION_UNDERLAY.opacity,
        'underlay-padding': SELECTION_UNDERLAY.nodePadding,
        'underlay-shape': 'ellipse',
      },
    },
    {
      selector: 'node:selected',
      style: { 'border-color': theme.accent, 'border-width': NODE_BORDER.selected },
    },
    { selector: 'edge:selected', style: { 'underlay-padding': SELECTION_UNDERLAY.edgePadding } },
    { selector: 'core', style: { 'active-bg-opacity': 0, 'selection-box-opacity': 0 } as never },
  ];
}

/**
 * How much of each element is drawn. Thousands of curved edges with markers and arrows, and labels
 * on every node, cost Cytoscape's canvas renderer most of its frame time and cannot be read at that
 * density anyway; large graphs get small nodes, straight (haystack) edges without markers, and labels
 * only once zoomed in far enough to read them. Selection and hover still show labels.
 */
export type Detail = 'full' | 'reduced';

/** Above this many elements (actors plus relations) a graph is drawn with reduced detail. */
export const REDUCED_DETAIL_ELEMENTS = 2000;

/** In reduced detail, labels are drawn once they would be this many pixels high or more. */
export const MIN_ZOOMED_FONT_SIZE = 10;

export const detailFor = (elements: number): Detail =>
  elements > REDUCED_DETAIL_ELEMENTS ? 'reduced' : 'full';

export type RendererOptions = Pick<
  CytoscapeOptions,
  | 'minZoom'
  | 'maxZoom'
  | 'hideEdgesOnViewport'
  | 'textureOnViewport'
  | 'pixelRatio'
  | 'motionBlur'
  | 'boxSelectionEnabled'
  | 'selectionType'
>;

/**
 * The Cytoscape renderer options that go with a level of detail, for the widget's canvas and the
 * bench's bare baseline alike: the zoom range, single selection, and for large graphs a snapshot
 * drawn while panning and zooming without what costs most per frame.
 */
export const rendererOptions = (detail: Detail): RendererOptions => ({
  minZoom: detail === 'full' ? 0.15 : 0.01,
  maxZoom: 4,
  ...(detail === 'reduced'
    ? { hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1, motionBlur: false }
    : {}),
  boxSelectionEnabled: false,
  selectionType: 'single',
});

export const reducedDetail = (theme: Theme): StylesheetJson => [
  {
    selector: 'node',
    style: {
      width: 12,
      height: 12,
      'border-width': 1,
      'font-weight': 400,
      'text-margin-y': 2,
      'text-outline-width': 1.5,
      // Labels appear once they would be drawn at 10 px or more.
      'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
    },
  },
  { selector: 'node.label-above', style: { 'text-margin-y': -2 } },
  {
    selector: 'edge',
    style: {
      'curve-style': 'haystack',
      'haystack-radius': 0,
      width: 1,
      'mid-target-arrow-shape': 'none',
      'target-arrow-shape': 'none',
    },
  },
  // A selection's neighbourhood stands out by size and labels, as dimming the rest would cost seconds.
  {
    selector: 'node.lit',
    style: {
      width: 18,
      height: 18,
      'border-color': theme.accent,
      'border-width': 3,
      'font-weight': 700,
      'min-zoomed-font-size': 0,
      'z-index': 10,
    },
  },
  {
    selector: 'edge.lit',
    style: {
      width: 4,
      'underlay-color': theme.accent,
      'underlay-opacity': 0.35,
      'underlay-padding': 5,
      'z-index': 10,
    },
  },
  { selector: 'node:selected, node.match', style: { width: 18, height: 18, 'border-width': 3 } },
];
