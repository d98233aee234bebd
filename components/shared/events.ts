import type { Problem } from '../../src/validate/problem.ts';
import type { RelationFilter } from '../../src/view/filters.ts';
import type { ExportOptions, WidgetExportFormat } from './export-options.ts';
import type { Selection } from './selection.ts';

/** `actor-graph-select`: the reader selected an actor or a relation, or cleared the selection (null). */
export interface ActorGraphSelectDetail {
  readonly selection: Selection | null;
}

/** `actor-graph-load`: a dataset loaded and is drawn. */
export interface ActorGraphLoadDetail {
  readonly actors: number;
  readonly relations: number;
  readonly warnings: number;
}

/** `actor-graph-error`: a dataset could not be loaded; `problems` says why. */
export interface ActorGraphErrorDetail {
  readonly problems: readonly Problem[];
}

/**
 * Internal: a part asks `<actor-graph-view>` to change the selection. The view owns the selection,
 * decides, and only then fires the public `actor-graph-select`; it stops these at its shadow root.
 */
export interface ActorGraphSelectRequestDetail {
  readonly selection: Selection | null;
  /** Bring the selection into view (a search result may be off screen). */
  readonly reveal: boolean;
}

/** Internal: the legend's checkboxes changed. */
export interface ActorGraphFilterChangeDetail {
  readonly filter: RelationFilter;
}

/** Internal: the search box's query now matches these actors (empty when the box is empty). */
export interface ActorGraphSearchChangeDetail {
  readonly matches: readonly string[];
}

/** Internal: one short sentence for the widget's polite live region. */
export interface ActorGraphAnnounceDetail {
  readonly message: string;
}

/**
 * Internal: the export menu asks `<actor-graph-view>` for a download in `format`, or (`link`) to put
 * the view in the page's address and copy it. The view does it and passes the outcome back down.
 */
export interface ActorGraphExportRequestDetail {
  readonly action: WidgetExportFormat | 'link';
  readonly options: ExportOptions;
}

/** Every event the widget and its parts fire, by name. */
export interface ActorGraphEventMap {
  'actor-graph-select': CustomEvent<ActorGraphSelectDetail>;
  'actor-graph-load': CustomEvent<ActorGraphLoadDetail>;
  'actor-graph-error': CustomEvent<ActorGraphErrorDetail>;
  'actor-graph-select-request': CustomEvent<ActorGraphSelectRequestDetail>;
  'actor-graph-filter-change': CustomEvent<ActorGraphFilterChangeDetail>;
  'actor-graph-search-change': CustomEvent<ActorGraphSearchChangeDetail>;
  'actor-graph-announce': CustomEvent<ActorGraphAnnounceDetail>;
  'actor-graph-export-request': CustomEvent<ActorGraphExportRequestDetail>;
}

type DetailOf<K extends keyof ActorGraphEventMap> =
  ActorGraphEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires one of our events the way the style guide asks: bubbling and composed, with a typed detail. */
export function emit<K extends keyof ActorGraphEventMap>(
  target: EventTarget,
  type: K,
  detail: DetailOf<K>,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  // Declaration merging with the DOM's own map is how typed `addEventListener` works.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends ActorGraphEventMap {}
}
