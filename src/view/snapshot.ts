import type { Point } from '../geometry/point.ts';
import type { Problem } from '../validate/problem.ts';
import type { RelationFilter } from './filters.ts';
import { round } from '../geometry/round.ts';

export type Selection = { readonly kind: 'actor' | 'relation'; readonly id: string };

/** The part of the graph on screen: the graph point at the centre of the canvas, and the zoom. */
export interface Viewport {
  readonly zoom: number;
  readonly center: Point;
}

/**
 * A view of a dataset that authors save and publish: where every actor stands, what is filtered out,
 * what is selected, and what part is on screen. Small enough for a URL fragment on article-sized graphs.
 */
export interface ViewSnapshot {
  readonly kind: 'actor-graph-view';
  readonly formatVersion: 1;
  /** The id of the dataset it was saved from; restoring it on another dataset gives a warning. */
  readonly dataset?: string;
  readonly positions: ReadonlyMap<string, Point>;
  readonly filter: RelationFilter;
  readonly selection: Selection | null;
  readonly viewport?: Viewport;
}

export interface SnapshotResult {
  readonly snapshot?: ViewSnapshot;
  readonly problems: Problem[];
}

/** An id as a snapshot may name it (the dataset format's id pattern). */
export const SNAPSHOT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

// Reading one: read-snapshot.ts (the widget loads it only for a saved view).

/** The snapshot as JSON text, keys in a fixed order so the same view always gives the same bytes. */
export function serializeViewSnapshot(snapshot: ViewSnapshot, space: number | undefined = 2): string {
  const positions: Record<string, [number, number]> = {};
  for (const [id, { x, y }] of snapshot.positions) {
    Object.defineProperty(positions, id, { value: [round(x, 2), round(y, 2)], enumerable: true });
  }
  const json = {
    kind: snapshot.kind,
    formatVersion: snapshot.formatVersion,
    ...(snapshot.dataset === undefined ? {} : { dataset: snapshot.dataset }),
    positions,
    hiddenTypes: [...snapshot.filter.hiddenTypes].sort(),
    hiddenStatuses: [...snapshot.filter.hiddenStatuses].sort(),
    selection: snapshot.selection,
    ...(snapshot.viewport === undefined
      ? {}
      : {
          viewport: {
            zoom: Math.round(snapshot.viewport.zoom * 10000) / 10000,
            center: { x: round(snapshot.viewport.center.x, 2), y: round(snapshot.viewport.center.y, 2) },
          },
        }),
  };
  return `${JSON.stringify(json, null, space)}${space ? '\n' : ''}`;
}
