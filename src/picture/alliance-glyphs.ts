import type { Sign } from '../alliance/types.ts';

/**
 * How the alliance picture draws a pair of actors, for every painter (the Cytoscape stylesheet, the
 * SVG export, the PNG's legend, the widget's swatches): one straight line per pair, its colour by
 * the sign and strength of the net score on a diverging blue–orange scale, its width by |net score|,
 * adversaries dashed, and the sides of unbalanced triangles under an accent halo.
 *
 * Blue and orange stay apart for the common colour-vision deficiencies (protan, deutan and tritan
 * alike), where red and green do not; the dash and the signed score on the line say it again for
 * greyscale prints. Each colour has at least 3:1 contrast against its theme's background.
 */

/** How strong a pair is, by |net score|: the colour's shade. */
export type Strength = 'weak' | 'moderate' | 'strong';

/**
 * The bounds of the strengths, in net-score units: a phone call is +1, a condemnation −2, a treaty +8
 * and a strike −10 on the Goldstein scale, so "strong" takes at least one heavy act or many light ones.
 */
export const STRENGTH_BOUNDS = Object.freeze({ moderate: 3, strong: 10 });

export const STRENGTHS: readonly Strength[] = Object.freeze(['strong', 'moderate', 'weak']);

export function strengthOf(score: number): Strength {
  const size = Math.abs(score);
  return size >= STRENGTH_BOUNDS.strong ? 'strong' : size >= STRENGTH_BOUNDS.moderate ? 'moderate' : 'weak';
}

/** ColorBrewer's Blues and Oranges, darker for strength on light backgrounds, lighter on dark ones. */
const PAIR_COLORS: Readonly<
  Record<'light' | 'dark', Readonly<Record<'ally' | 'adversary', Readonly<Record<Strength, string>>>>>
> = Object.freeze({
  light: {
    ally: { weak: '#4292C6', moderate: '#2171B5', strong: '#08519C' },
    adversary: { weak: '#E6550D', moderate: '#C4420A', strong: '#8C2D04' },
  },
  dark: {
    ally: { weak: '#4292C6', moderate: '#6BAED6', strong: '#9ECAE1' },
    adversary: { weak: '#F16913', moderate: '#FD8D3C', strong: '#FDAE6B' },
  },
});

/** The colour of a pair's line; undefined for a pair whose relations cancel out (the theme's muted). */
export function pairColor(sign: Sign, strength: Strength, scheme: 'light' | 'dark'): string | undefined {
  if (sign === 0) return undefined;
  return PAIR_COLORS[scheme][sign > 0 ? 'ally' : 'adversary'][strength];
}

/** Width of a pair's line: grows with the square root of |net score|, so +53 does not drown +5. */
export const PAIR_WIDTH = Object.freeze({ base: 2, perRoot: 1.1, max: 10, neither: 1.5 });

export function pairWidth(score: number): number {
  if (score === 0) return PAIR_WIDTH.neither;
  const width = PAIR_WIDTH.base + PAIR_WIDTH.perRoot * Math.sqrt(Math.abs(score));
  return Math.round(Math.min(width, PAIR_WIDTH.max) * 100) / 100;
}

/** The scores whose widths the legend shows. */
export const WIDTH_SAMPLES: readonly number[] = Object.freeze([1, 5, 25]);

/** Dash and gap of an adversaries' line, and the dots of a pair that is neither, in graph units. */
export const PAIR_DASH = Object.freeze({
  adversary: [12, 6] as readonly number[],
  neither: [2, 5] as readonly number[],
});

export function pairDash(sign: Sign): readonly number[] {
  return sign < 0 ? PAIR_DASH.adversary : sign === 0 ? PAIR_DASH.neither : [];
}

/** The accent halo under each side of an unbalanced triangle: how far it reaches past the line. */
export const UNBALANCED_HALO = Object.freeze({ padding: 5, opacity: 0.32 });

/** The camp labels above each camp, in graph units. */
export const CAMP_LABEL = Object.freeze({ size: 15, weight: 700 as const, above: 40 });
