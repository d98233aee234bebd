/**
 * One actor in an SVG export, for both pictures (relations and alliances): the selection underlay,
 * the kind's shape from the picture module, and the label above or below.
 */
import type { Point } from '../geometry/point.ts';
import type { ActorKind } from '../model/dataset.ts';
import { NODE_SIZE, nodeMarks, SELECTION_UNDERLAY } from '../picture/node-glyphs.ts';
import type { Bounds } from './svg-geometry.ts';
import { nodeLabel } from './svg-labels.ts';
import { markSvg } from './svg-marks.ts';
import type { ResolvedSvgOptions } from './svg-options.ts';
import { num } from './svg-text.ts';

export interface DrawnActor {
  readonly center: Point;
  readonly kind: ActorKind;
  /** Already cleaned for SVG text. */
  readonly name: string;
  readonly border: number;
  readonly selected: boolean;
  readonly labelAbove: boolean;
}

export function actorSvg(actor: DrawnActor, options: ResolvedSvgOptions, bounds: Bounds): string {
  const { theme } = options;
  const { center, border, selected } = actor;
  const parts: string[] = [];
  if (selected) {
    const r = NODE_SIZE / 2 + SELECTION_UNDERLAY.nodePadding;
    parts.push(
      `<circle cx="${num(center.x)}" cy="${num(center.y)}" r="${num(r)}" fill="${theme.accent}" fill-opacity="${SELECTION_UNDERLAY.opacity}"/>`,
    );
    bounds.include(center, r);
  }
  const ink = selected ? ({ theme: 'accent' } as const) : ({ theme: 'nodeBorder' } as const);
  parts.push(...nodeMarks(actor.kind, center, { width: border, ink }).map((mark) => markSvg(mark, theme)));
  bounds.include(center, (NODE_SIZE + border) / 2);
  parts.push(nodeLabel(actor.name, center, actor.labelAbove, options, bounds));
  return `<g class="node">${parts.join('')}</g>`;
}
