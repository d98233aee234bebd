import type { Polarity, RelationStatus, RelationType } from '../model/dataset.ts';
import type { MarkerShape } from '../picture/edge-glyphs.ts';

/**
 * How a relation type is drawn. Colour alone fails colour-blind readers and greyscale prints, so
 * every type also gets its own marker in the middle of its edges; the colour family follows the
 * polarity (blues and greens cooperate, reds and oranges conflict, greys and purples are neutral).
 */
export interface TypeEncoding {
  readonly typeId: string;
  /** Position in the dataset's vocabulary; Cytoscape classes use it (`t3`), never the id itself. */
  readonly index: number;
  readonly color: string;
  readonly marker: MarkerShape;
  readonly markerFill: 'filled' | 'hollow';
}

/**
 * Line patterns carry status, so they stay free for it: solid fact, dashed allegation, dotted analysis.
 * Dots are near-zero dashes drawn with round caps, so they stay round dots at every edge width; the
 * gaps are wide enough that the caps of a 4.5-unit edge do not close them.
 */
export interface StatusEncoding {
  readonly status: RelationStatus;
  readonly label: string;
  readonly lineStyle: 'solid' | 'dashed' | 'dotted';
  readonly dashPattern: readonly number[];
  readonly opacity: number;
}

// Okabe–Ito colours first (safe for the common colour-vision deficiencies), then darker and lighter
// members of the same families, all with at least 3:1 contrast against white.
const FAMILY_COLORS: Readonly<Record<Polarity, readonly string[]>> = Object.freeze({
  cooperative: ['#0072B2', '#009E73', '#2E8BC0', '#1B7837', '#4B6FD1', '#00796B', '#3A5F8A'],
  conflictual: ['#D55E00', '#B2182B', '#C7761A', '#A83E8C', '#8C510A', '#E0474C', '#7A1F1F'],
  neutral: ['#6B6B6B', '#7B3294', '#4D4D4D', '#8E6BBF', '#5E5E8F', '#80607A', '#3D3D3D'],
});

// The same families, lighter, for dark backgrounds (at least 4.5:1 against the dark theme's #15181c).
const DARK_FAMILY_COLORS: Readonly<Record<Polarity, readonly string[]>> = Object.freeze({
  cooperative: ['#56B4E9', '#3DD6A3', '#8EC5F0', '#7CD17C', '#9DB2FF', '#4DD0C0', '#B5CDE8'],
  conflictual: ['#FF8A4C', '#FF6B7A', '#F0B35A', '#E58FCF', '#D9A066', '#FFA3A3', '#E88080'],
  neutral: ['#B8B8B8', '#C99BE0', '#9E9E9E', '#B7A3E0', '#A6A6D9', '#D1A8C7', '#E0E0E0'],
});

// Symmetric shapes read the same on undirected edges; hollow variants double the set.
const MARKERS: readonly (readonly [MarkerShape, 'filled' | 'hollow'])[] = [
  ['circle', 'filled'],
  ['square', 'filled'],
  ['diamond', 'filled'],
  ['tee', 'filled'],
  ['circle', 'hollow'],
  ['square', 'hollow'],
  ['diamond', 'hollow'],
];

export const STATUS_ENCODINGS: Readonly<Record<RelationStatus, StatusEncoding>> = Object.freeze({
  reported: { status: 'reported', label: 'Reported', lineStyle: 'solid', dashPattern: [], opacity: 1 },
  alleged: { status: 'alleged', label: 'Alleged', lineStyle: 'dashed', dashPattern: [7, 5], opacity: 0.9 },
  analysis: {
    status: 'analysis',
    label: "Article's analysis",
    lineStyle: 'dotted',
    dashPattern: [2, 4],
    opacity: 0.8,
  },
});

/**
 * Assigns every type of a vocabulary its colour and marker. Deterministic in the vocabulary's order,
 * so the same dataset always gets the same legend. `overrides` are theme colours keyed by type id.
 */
export function encodeTypes(
  types: readonly RelationType[],
  overrides: ReadonlyMap<string, string> = new Map(),
  scheme: 'light' | 'dark' = 'light',
): TypeEncoding[] {
  const seen: Record<Polarity, number> = { cooperative: 0, conflictual: 0, neutral: 0 };
  const families = scheme === 'dark' ? DARK_FAMILY_COLORS : FAMILY_COLORS;
  return types.map((type, index) => {
    const rank = seen[type.polarity]++;
    const colors = families[type.polarity];
    // Past seven types a family's colours repeat; shifting the marker keeps every pair distinct.
    const [marker, markerFill] =
      MARKERS[(rank + Math.floor(rank / colors.length)) % MARKERS.length] ?? MARKERS[0]!;
    return {
      typeId: type.id,
      index,
      color: overrides.get(type.id) ?? colors[rank % colors.length] ?? colors[0]!,
      marker,
      markerFill,
    };
  });
}

/** Edge width grows with the number of quotes behind a relation: how strongly the text supports it. */
export function edgeWidth(evidenceCount: number): number {
  return 1.5 + 0.75 * Math.min(Math.max(evidenceCount - 1, 0), 4);
}
