import type { ActorKind } from '../model/dataset.ts';
import type { Sign } from '../alliance/types.ts';
import {
  pairColor,
  pairDash,
  pairWidth,
  STRENGTH_BOUNDS,
  STRENGTHS,
  UNBALANCED_HALO,
  WIDTH_SAMPLES,
  type Strength,
} from './alliance-glyphs.ts';
import type { DrawnPair } from './alliance-scene.ts';
import type { LegendSection, Swatch } from './legend-layout.ts';
import { kindSwatch, LINE_SWATCH } from './legend-swatches.ts';
import type { Ink, Mark } from './marks.ts';

/**
 * The alliance picture's legend: what the colours, dashes and widths of its lines mean, and the
 * halo of an unbalanced triangle's sides. Laid out and painted as the graph's legend is
 * (`legend-layout.ts` and the painters); only the sections and swatches are its own.
 */

export interface AllianceLegendContent {
  readonly kinds: readonly ActorKind[];
  readonly scheme: 'light' | 'dark';
  /** Some pair's relations cancel out: the dotted line gets its entry. */
  readonly neither: boolean;
  readonly unbalanced: boolean;
}

export function allianceLegendContent(
  kinds: readonly ActorKind[],
  pairs: readonly DrawnPair[],
  scheme: 'light' | 'dark',
): AllianceLegendContent {
  return {
    kinds,
    scheme,
    neither: pairs.some((p) => p.sign === 0),
    unbalanced: pairs.some((p) => p.unbalanced),
  };
}

export const ALLIANCE_LEGEND_NOTE =
  'One line per pair: the net score of its relations (each weighed on the Goldstein scale, times its status); weak pairs show their score when selected';

/** "+3 to +10", "−10 or less": the strength's range of net scores, with the sign. */
function range(sign: 1 | -1, strength: Strength): string {
  const [mark, beyond] = sign > 0 ? ['+', 'or more'] : ['−', 'or less'];
  const { moderate, strong } = STRENGTH_BOUNDS;
  if (strength === 'strong') return `${mark}${strong} ${beyond}`;
  if (strength === 'moderate') return `${mark}${moderate} to ${mark}${strong}`;
  return sign > 0 ? `under ${mark}${moderate}` : `above ${mark}${moderate}`;
}

/** The whole diverging scale, allies then adversaries, strongest first: a reader sees where a line sits. */
export function allianceLegend(content: AllianceLegendContent): LegendSection[] {
  const scale = (sign: 1 | -1, word: string) =>
    STRENGTHS.map((strength) => ({
      label: `${word}, ${strength} (${range(sign, strength)})`,
      swatch: pairSwatch(sign, strength, content.scheme),
    }));
  const sections: LegendSection[] = [
    {
      arrangement: 'flow',
      items: [
        ...content.kinds.map((kind) => ({ label: kind, swatch: kindSwatch(kind) })),
        { label: `${ALLIANCE_LEGEND_NOTE}.` },
      ],
    },
    {
      heading: 'Net score of a pair',
      arrangement: 'grid',
      items: [
        ...scale(1, 'Allies'),
        ...scale(-1, 'Adversaries'),
        ...(content.neither
          ? [{ label: 'Neither (relations cancel out)', swatch: pairSwatch(0, 'weak', content.scheme) }]
          : []),
      ],
    },
    {
      heading: 'Width grows with the net score',
      arrangement: 'flow',
      items: [
        ...WIDTH_SAMPLES.map((score) => ({ label: `±${score}`, swatch: widthSwatch(score) })),
        ...(content.unbalanced
          ? [
              {
                label: 'Side of an unbalanced triangle (a friend of two adversaries, or three adversaries)',
                swatch: unbalancedSwatch(),
              },
            ]
          : []),
      ],
    },
  ];
  return sections;
}

/** A pair's line: its colour, dash and the width of a middling score of its strength. */
export function pairSwatch(sign: Sign, strength: Strength, scheme: 'light' | 'dark'): Swatch {
  const ink: Ink = pairColor(sign, strength, scheme) ?? { theme: 'muted' };
  const width = sign === 0 ? pairWidth(0) : 3;
  return lineSwatch(ink, width, pairDash(sign));
}

/** A line as wide as a pair of net score ±`score`, in the text colour. */
export function widthSwatch(score: number): Swatch {
  return lineSwatch({ theme: 'foreground' }, pairWidth(score), []);
}

/** The accent halo under a line, as on an unbalanced triangle's sides. */
export function unbalancedSwatch(): Swatch {
  const width = 3;
  return {
    ...LINE_SWATCH,
    marks: (left, middle) => [
      line(
        left,
        middle,
        { theme: 'accent' },
        width + 2 * UNBALANCED_HALO.padding,
        [],
        UNBALANCED_HALO.opacity,
      ),
      line(left, middle, { theme: 'muted' }, width, []),
    ],
  };
}

function lineSwatch(ink: Ink, width: number, dash: readonly number[]): Swatch {
  return { ...LINE_SWATCH, marks: (left, middle) => [line(left, middle, ink, width, dash)] };
}

/** A horizontal sample across the swatch; butt ends, as the picture's lines have. */
function line(
  left: number,
  middle: number,
  ink: Ink,
  width: number,
  dash: readonly number[],
  opacity = 1,
): Mark {
  return {
    figure: { kind: 'line', from: { x: left, y: middle }, to: { x: left + LINE_SWATCH.width, y: middle } },
    paint: {
      stroke: ink,
      strokeWidth: width,
      ...(dash.length ? { dash } : {}),
      ...(opacity < 1 ? { strokeOpacity: opacity } : {}),
    },
  };
}
