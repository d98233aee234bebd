import { add, cross, dot, length, scale, sub, type Point } from '../geometry/point.ts';
import type { Theme } from '../style/theme.ts';

/*
 * What a picture is made of, in no format: figures with their paint, and blocks of text. The glyphs,
 * the legend and the frame are described with these once; the painters (the SVG exporter, the PNG's
 * Canvas 2D, the Lit swatches) each turn them into their own drawing calls and add nothing of their own.
 */

/** The theme's colours by role. */
export type ThemeColor = 'background' | 'foreground' | 'muted' | 'nodeFill' | 'nodeBorder' | 'accent';

/**
 * A colour: a CSS colour already chosen for the theme (a relation type's), or one of the theme's by
 * role, which the Lit swatches take from the widget's custom properties rather than from a `Theme`.
 */
export type Ink = string | { readonly theme: ThemeColor };

export type Figure =
  | { readonly kind: 'circle'; readonly center: Point; readonly radius: number }
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly cornerRadius: number;
    }
  /** Closed; every corner rounded by an arc of `cornerRadius` (0: sharp). */
  | { readonly kind: 'polygon'; readonly points: readonly Point[]; readonly cornerRadius: number }
  | { readonly kind: 'line'; readonly from: Point; readonly to: Point };

/** How a figure is filled and stroked. No `fill` is no fill; opacities are left out when 1. */
export interface Paint {
  readonly fill?: Ink;
  readonly fillOpacity?: number;
  readonly stroke?: Ink;
  readonly strokeWidth?: number;
  readonly strokeOpacity?: number;
  readonly lineCap?: 'round';
  readonly lineJoin?: 'round' | 'miter';
  /** Dash and gap lengths in the figure's units, not multiples of the stroke width. */
  readonly dash?: readonly number[];
}

export interface Mark {
  readonly figure: Figure;
  readonly paint: Paint;
}

export interface TextStyle {
  readonly size: number;
  readonly weight: 400 | 600 | 700;
}

/** Lines of text, the first on `baseline`, each `lineHeight` below the one before. */
export interface TextBlock {
  readonly lines: readonly string[];
  readonly x: number;
  readonly baseline: number;
  readonly style: TextStyle;
  readonly lineHeight: number;
  readonly ink: Ink;
  readonly anchor: 'start' | 'middle';
}

export type Drawable = Mark | TextBlock;

export const isText = (drawable: Drawable): drawable is TextBlock => 'lines' in drawable;

/**
 * How a painter measures and breaks text in its font: the SVG exporter estimates (it has no font),
 * the PNG measures with the canvas that draws it. Layouts take one, so they stay format-free.
 */
export interface TextMeasure {
  width(text: string, style: TextStyle): number;
  /** `text` in at most `maxLines` lines no wider than `width`; no lines for empty text. */
  wrap(text: string, style: TextStyle, width: number, maxLines: number): string[];
}

export const inkColor = (ink: Ink, theme: Theme): string =>
  typeof ink === 'string' ? ink : theme[ink.theme];

/** The points a figure reaches to, for a bounding box. */
export function figureExtent(figure: Figure): Point[] {
  switch (figure.kind) {
    case 'circle': {
      const { center, radius } = figure;
      return [add(center, { x: -radius, y: -radius }), add(center, { x: radius, y: radius })];
    }
    case 'rect':
      return [
        { x: figure.x, y: figure.y },
        { x: figure.x + figure.width, y: figure.y + figure.height },
      ];
    case 'polygon':
      return [...figure.points];
    case 'line':
      return [figure.from, figure.to];
  }
}

/** One rounded corner: the arc from `start` to `end` of `radius`, tangent to both sides at `vertex`. */
export interface Corner {
  readonly vertex: Point;
  readonly start: Point;
  readonly end: Point;
  readonly radius: number;
  /** 1 where the outline turns clockwise on screen at this corner. */
  readonly sweep: 0 | 1;
}

/**
 * Every corner of a polygon replaced by a tangent arc of `radius`, shortened where the sides are too
 * short, as Cytoscape's `round-*` shapes round them.
 */
export function roundedCorners(points: readonly Point[], radius: number): Corner[] {
  return points.map((vertex, i) => {
    const previous = points[(i + points.length - 1) % points.length]!;
    const next = points[(i + 1) % points.length]!;
    const toPrevious = sub(previous, vertex);
    const toNext = sub(next, vertex);
    const angle = Math.acos(
      Math.max(-1, Math.min(1, dot(toPrevious, toNext) / (length(toPrevious) * length(toNext)))),
    );
    const limit = Math.min(length(toPrevious), length(toNext)) / 2;
    const reach = Math.min(radius / Math.tan(angle / 2), limit);
    return {
      vertex,
      start: add(vertex, scale(toPrevious, reach / length(toPrevious))),
      end: add(vertex, scale(toNext, reach / length(toNext))),
      radius: reach * Math.tan(angle / 2),
      sweep: cross(sub(vertex, previous), toNext) > 0 ? 1 : 0,
    };
  });
}
