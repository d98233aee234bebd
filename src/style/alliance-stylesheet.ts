import type { StylesheetJson } from 'cytoscape';
import type { Sign } from '../alliance/types.ts';
import { CAMP_LABEL, PAIR_DASH, pairColor, STRENGTHS, UNBALANCED_HALO } from '../picture/alliance-glyphs.ts';
import { SELECTION_UNDERLAY } from '../picture/node-glyphs.ts';
import { actorStyles, reducedDetail, stateStyles, type Detail } from './stylesheet.ts';
import type { Theme } from './theme.ts';

/** The class a pair's line gets for its sign: `ally`, `adversary` or `neither`. */
export const signClass = (sign: Sign): 'ally' | 'adversary' | 'neither' =>
  sign > 0 ? 'ally' : sign < 0 ? 'adversary' : 'neither';

/**
 * The Cytoscape stylesheet of the alliance picture: the painter of `alliance-glyphs.ts` for the
 * canvas. Actors and the reader's states are drawn as in the relations graph (`actorStyles`,
 * `stateStyles`); the pairs are straight lines coloured, dashed and sized by their net score, with
 * the score on them. Selectors use only the classes `allianceElements` gives from enums.
 */
export function buildAllianceStylesheet(theme: Theme, detail: Detail = 'full'): StylesheetJson {
  const sheet: StylesheetJson = [
    ...actorStyles(theme),
    {
      selector: 'node.camp-label',
      style: {
        shape: 'rectangle',
        width: 1,
        height: 1,
        'background-opacity': 0,
        'border-width': 0,
        'font-size': CAMP_LABEL.size,
        'font-weight': CAMP_LABEL.weight,
        color: theme.muted,
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-outline-width': 0,
        events: 'no',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': 'straight',
        'line-cap': 'butt',
        'line-color': theme.muted,
        label: 'data(label)',
        'font-family': theme.fontFamily,
        'font-size': theme.fontSize - 2,
        'font-weight': 700,
        color: theme.foreground,
        'text-rotation': 'none',
        'text-background-color': theme.background,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'min-zoomed-font-size': 7,
      },
    },
    ...([1, -1] as const).flatMap((sign) =>
      STRENGTHS.map((strength) => ({
        selector: `edge.${signClass(sign)}.${strength}`,
        style: { 'line-color': pairColor(sign, strength, theme.name)! },
      })),
    ),
    {
      selector: 'edge.adversary',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [...PAIR_DASH.adversary] },
    },
    {
      selector: 'edge.neither',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [...PAIR_DASH.neither] },
    },
    {
      selector: 'edge.unbalanced',
      style: {
        'underlay-color': theme.accent,
        'underlay-opacity': UNBALANCED_HALO.opacity,
        // Cytoscape's edge underlay is a line 2 × padding wide: half the line, then the halo.
        'underlay-padding': 'data(halo)',
      },
    },
    // Weak pairs' scores would crowd the picture where lines cross; they show when selected.
    { selector: 'edge.weak', style: { label: '' } },
    {
      selector: 'edge.weak:selected, edge.weak.keyboard-focus',
      style: { label: 'data(label)' },
    },
    ...stateStyles(theme),
    // A selected pair stands out from the halos of unbalanced sides: the same accent, stronger.
    {
      selector: 'edge:selected',
      style: { 'underlay-opacity': 0.6, 'underlay-padding': 'data(selectedHalo)' },
    },
    // The pair the arrow keys are on: the accent underlay, on any pair (not only unbalanced ones).
    {
      selector: 'edge.keyboard-focus',
      style: {
        'underlay-color': theme.accent,
        'underlay-opacity': 0.45,
        'underlay-padding': 'data(selectedHalo)',
      },
    },
  ];
  if (detail === 'full') return sheet;
  return [
    ...sheet,
    ...reducedDetail(theme),
    // Thousands of pairs: thin straight lines in their colours, scores only on what is selected.
    { selector: 'edge', style: { width: 1.5, label: '', 'line-style': 'solid' } },
    { selector: 'edge:selected, edge.lit', style: { label: 'data(label)', width: 4 } },
  ];
}

/** How far the accent reaches from a line's middle: half its width, then the halo or the selection's. */
export function haloOf(width: number): { halo: number; selectedHalo: number } {
  return {
    halo: width / 2 + UNBALANCED_HALO.padding,
    selectedHalo: width / 2 + UNBALANCED_HALO.padding + SELECTION_UNDERLAY.edgePadding,
  };
}
