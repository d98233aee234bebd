import type { Point } from '../../src/geometry/point.ts';

/**
 * Keyboard focus on the graph, following the ARIA tree view pattern: actors are the top level, an
 * actor's relations are its children. Pure functions, so the scheme is easy to read and to test.
 */
export type GraphFocus =
  | { readonly kind: 'actor'; readonly id: string }
  | { readonly kind: 'relation'; readonly id: string; readonly actor: string };

export interface NavigationContext {
  /** Actor ids in reading order. */
  readonly actors: readonly string[];
  /** The visible relations of an actor, in dataset order (the order the evidence panel lists them). */
  relationsOf(actor: string): readonly string[];
  /** The actor at the other end of a relation from `actor`. */
  otherEnd(relation: string, actor: string): string;
}

export const NAVIGATION_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'] as const;
export type NavigationKey = (typeof NAVIGATION_KEYS)[number];

export const isNavigationKey = (key: string): key is NavigationKey =>
  (NAVIGATION_KEYS as readonly string[]).includes(key);

/**
 * Where a key moves focus; the same focus when there is nowhere to go (the ends do not wrap, so the
 * reader can tell they reached one). From no focus, any key starts at the first actor.
 */
export function moveFocus(
  focus: GraphFocus | null,
  key: NavigationKey,
  ctx: NavigationContext,
): GraphFocus | null {
  const { actors } = ctx;
  if (actors.length === 0) return null;
  if (!focus || (focus.kind === 'actor' && !actors.includes(focus.id)))
    return { kind: 'actor', id: actors[0]! };
  if (focus.kind === 'actor') {
    const at = actors.indexOf(focus.id);
    const actorAt = (i: number): GraphFocus => ({
      kind: 'actor',
      id: actors[Math.min(Math.max(i, 0), actors.length - 1)]!,
    });
    switch (key) {
      case 'ArrowDown':
        return actorAt(at + 1);
      case 'ArrowUp':
      case 'ArrowLeft':
        return actorAt(at - 1);
      case 'Home':
        return actorAt(0);
      case 'End':
        return actorAt(actors.length - 1);
      case 'ArrowRight': {
        const first = ctx.relationsOf(focus.id)[0];
        return first === undefined ? focus : { kind: 'relation', id: first, actor: focus.id };
      }
    }
  }
  const relations = ctx.relationsOf(focus.actor);
  const at = relations.indexOf(focus.id);
  if (at < 0) return { kind: 'actor', id: focus.actor };
  const relationAt = (i: number): GraphFocus => ({
    kind: 'relation',
    id: relations[Math.min(Math.max(i, 0), relations.length - 1)]!,
    actor: focus.actor,
  });
  switch (key) {
    case 'ArrowDown':
      return relationAt(at + 1);
    case 'ArrowUp':
      return relationAt(at - 1);
    case 'Home':
      return relationAt(0);
    case 'End':
      return relationAt(relations.length - 1);
    case 'ArrowLeft':
      return { kind: 'actor', id: focus.actor };
    case 'ArrowRight':
      // Following a relation to its other end is how a reader walks the graph without a mouse.
      return { kind: 'actor', id: ctx.otherEnd(focus.id, focus.actor) };
  }
}

/**
 * Actors top to bottom, then left to right. Actors whose centres are less than `rowHeight` apart
 * vertically count as one row, so two nodes drawn side by side read left to right even when one sits
 * a few pixels higher.
 */
export function readingOrder(positions: ReadonlyMap<string, Point>, rowHeight: number): string[] {
  const byY = [...positions].sort(([, a], [, b]) => a.y - b.y || a.x - b.x);
  const rows: [string, Point][][] = [];
  for (const entry of byY) {
    const row = rows[rows.length - 1];
    if (row && entry[1].y - row[0]![1].y < rowHeight) row.push(entry);
    else rows.push([entry]);
  }
  return rows.flatMap((row) => row.sort(([, a], [, b]) => a.x - b.x).map(([id]) => id));
}
