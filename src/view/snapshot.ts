import type { Point } from '../geometry/point.ts';
import type { Problem } from '../validate/problem.ts';
import type { RelationFilter } from './filters.ts';
import { round } from '../geometry/round.ts';
import type { AllianceSelection } from './alliance-selection.ts';

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
  /**
   * Which picture is shown: the relations graph (left out, as in every snapshot saved before the
   * alliance view) or the alliances between pairs. `positions` and `selection` belong to the
   * relations graph; the alliance picture's places follow from the data, and its selection is
   * `allianceSelection`.
   */
  readonly viewMode?: ViewMode;
  readonly allianceSelection?: AllianceSelection | null;
}

export const VIEW_MODES = Object.freeze(['relations', 'alliances'] as const);
export type ViewMode = (typeof VIEW_MODES)[number];

export interface SnapshotResult {
  readonly snapshot?: ViewSnapshot;
  readonly problems: Problem[];
}

/** An id as a snapshot may name it (the dataset format's id pattern). */
export const SNAPSHOT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

// Reading one: read-snapshot.ts (the widget loads it only for a saved view).

/**
 * The zooms a view may have: those the widget's canvas can show (`rendererOptions`: 0.15 or 0.01 up
 * to 4). A zoom of 1e-300 is a positive number too, but a picture of it is NaN by NaN pixels.
 */
export const VIEW_ZOOM = Object.freeze({ min: 0.01, max: 4 });

/**
 * The largest coordinate a view may hold, far beyond any layout (the seed spans a few hundred units,
 * 50,000 actors some tens of thousands). 1e308 is finite, but rounded for saving it becomes Infinity,
 * which JSON writes as null: a view must be one that can be saved and read back.
 */
export const MAX_COORDINATE = 1e7;

/** A number a view may hold as a coordinate: finite and within `MAX_COORDINATE`. */
export const isCoordinate = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE;
const clampCoordinate = (n: number): number =>
  round(Math.min(Math.max(n, -MAX_COORDINATE), MAX_COORDINATE), 2);
const clampZoom = (zoom: number): number =>
  Math.min(Math.max(Math.round(zoom * 10000) / 10000, VIEW_ZOOM.min), VIEW_ZOOM.max);

/**
 * The snapshot as JSON text, keys in a fixed order so the same view always gives the same bytes.
 * Numbers are kept within what `parseViewSnapshot` accepts (an actor dragged past the limit is saved
 * at it), so every view the widget saves can be restored.
 */
export function serializeViewSnapshot(snapshot: ViewSnapshot, space: number | undefined = 2): string {
  const positions: Record<string, [number, number]> = {};
  for (const [id, { x, y }] of snapshot.positions) {
    Object.defineProperty(positions, id, {
      value: [clampCoordinate(x), clampCoordinate(y)],
      enumerable: true,
    });
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
            zoom: clampZoom(snapshot.viewport.zoom),
            center: {
              x: clampCoordinate(snapshot.viewport.center.x),
              y: clampCoordinate(snapshot.viewport.center.y),
            },
          },
        }),
    // Left out for the relations view, so a view saved before the alliance view has the same bytes.
    ...(snapshot.viewMode === 'alliances' ? { viewMode: snapshot.viewMode } : {}),
    ...(snapshot.allianceSelection ? { allianceSelection: snapshot.allianceSelection } : {}),
  };
  return `${JSON.stringify(json, null, space)}${space ? '\n' : ''}`;
}

/** The largest view file read: far more than 50,000 actors' positions take. */
export const MAX_VIEW_BYTES = 20 * 1024 * 1024;
