import type { AllianceAnalysis, Sign } from '../alliance/types.ts';
import { signed } from '../alliance/report-format.ts';
import type { Point, Positions } from '../geometry/point.ts';
import { NODE_SIZE } from './node-glyphs.ts';
import { CAMP_LABEL, pairWidth, strengthOf, type Strength } from './alliance-glyphs.ts';

/**
 * What the alliance picture draws, in no format: one line per pair of actors with relations between
 * them, what class of line it is, and the camp labels. The Cytoscape elements, the SVG export and the
 * widget's lists all read these, so they agree on every pair.
 */

/** The analysis parts the picture needs (a worker's result, or the CLI's). */
export type AlliancePictureInput = Pick<AllianceAnalysis, 'pairs' | 'camps' | 'triads'>;

export interface DrawnPair {
  /** `a|b`: ids cannot hold `|` (the schema's id pattern), so a pair id is never an actor's. */
  readonly id: string;
  readonly actors: readonly [string, string];
  readonly score: number;
  readonly sign: Sign;
  readonly strength: Strength;
  readonly width: number;
  /** "+52.95", "−30", "0" */
  readonly label: string;
  /** A side of at least one unbalanced triangle. */
  readonly unbalanced: boolean;
  /** How many relations make it up. */
  readonly relations: number;
}

export const pairId = (a: string, b: string): string => `${a}|${b}`;

/** The pair's two actors from its id; undefined for a string that is not one. */
export function pairActors(id: string): readonly [string, string] | undefined {
  const parts = id.split('|');
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : undefined;
}

/** The ids of the pairs that are sides of an unbalanced triangle. */
export function unbalancedSides(analysis: Pick<AllianceAnalysis, 'triads'>): Set<string> {
  const sides = new Set<string>();
  for (const triad of analysis.triads.list)
    if (!triad.balanced) for (const side of triad.sides) sides.add(pairId(...side.actors));
  return sides;
}

/** Every pair, in the analysis's order (dataset order of their first actor, then second). */
export function drawnPairs(analysis: AlliancePictureInput): DrawnPair[] {
  const unbalanced = unbalancedSides(analysis);
  return analysis.pairs.map((pair) => {
    const id = pairId(...pair.actors);
    const { positive, negative, neutral } = pair.relations;
    return {
      id,
      actors: pair.actors,
      score: pair.score,
      sign: pair.sign,
      strength: strengthOf(pair.score),
      width: pairWidth(pair.score),
      label: signed(pair.score),
      unbalanced: unbalanced.has(id),
      relations: positive.length + negative.length + neutral.length,
    };
  });
}

export interface CampLabel {
  readonly text: string;
  /** The middle of its baseline. */
  readonly at: Point;
}

export const CAMP_NAMES = Object.freeze(['Camp A', 'Camp B'] as const);

/**
 * "Camp A" above the middle of camp A's actors, "Camp B" above camp B's, both on one baseline over
 * the highest actor of either (clear of a label drawn above it). None for an empty camp.
 */
export function campLabels(positions: Positions, analysis: Pick<AllianceAnalysis, 'camps'>): CampLabel[] {
  const camps = analysis.camps.camps;
  const placed = camps.map((ids) => ids.map((id) => positions.get(id)).filter((p): p is Point => !!p));
  const all = placed.flat();
  if (all.length === 0) return [];
  const top = Math.min(...all.map((p) => p.y)) - NODE_SIZE / 2 - CAMP_LABEL.above;
  const labels: CampLabel[] = [];
  placed.forEach((points, i) => {
    if (points.length === 0) return;
    const xs = points.map((p) => p.x);
    labels.push({ text: CAMP_NAMES[i]!, at: { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: top } });
  });
  return labels;
}
