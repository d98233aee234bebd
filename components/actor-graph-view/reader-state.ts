import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ActorGraph } from '../../src/graph/actor-graph.ts';
import {
  NO_FILTER,
  isRelationVisible,
  visibleRelations,
  type RelationFilter,
} from '../../src/view/filters.ts';
import { emit, type ActorGraphEventMap } from '../shared/events.ts';
import { sameSelection, type Selection, type SelectionKind } from '../shared/selection.ts';
import { selectionSentence } from '../shared/sentences.ts';
import type { AllianceChoice } from './view-mode.ts';

/** What a reader chose to look at: the selection and the filters (a saved view holds both). */
export interface ReaderChoice {
  readonly filter: RelationFilter;
  readonly selection: Selection | null;
  /** The view (Relations or Alliances) and the Alliances view's selection, for `ViewModeController`. */
  readonly alliances?: AllianceChoice;
}

export interface ReaderStateOptions {
  readonly graph: () => ActorGraph | undefined;
  readonly announce: (message: string) => void;
  /** Brings an element into view (to the centre with `center`) once the canvas has caught up. */
  readonly reveal: (id: string, center: boolean) => void;
}

/**
 * The reader's state in one widget: selection, filters and search matches, and the events of the
 * parts that change them. The parts ask (`actor-graph-select-request`, `actor-graph-filter-change`,
 * `actor-graph-search-change`); this decides, fires the public `actor-graph-select` on a reader's
 * action only, and says what happened in the live region.
 */
export class ReaderStateController implements ReactiveController {
  selection: Selection | null = null;
  filter: RelationFilter = NO_FILTER;
  searchMatches: ReadonlySet<string> = new Set();
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: ReaderStateOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ReaderStateOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** A new graph: nothing selected, found or hidden, unless a saved view says otherwise. */
  reset(choice?: ReaderChoice): void {
    this.searchMatches = new Set();
    this.show(choice ?? { filter: NO_FILTER, selection: null });
  }

  /** Shows a saved view's filters and selection. Fires no event. */
  show(choice: ReaderChoice): void {
    this.filter = choice.filter;
    this.selection = choice.selection;
    this.host.requestUpdate();
  }

  readonly onSelectRequest = (event: ActorGraphEventMap['actor-graph-select-request']): void => {
    event.stopPropagation();
    const { selection, reveal } = event.detail;
    this.userSelect(selection);
    // An actor chosen by name may be anywhere: centre it. A relation only needs to come into view.
    if (selection && reveal) void this.revealAfterUpdate(selection.id, selection.kind === 'actor');
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    // Escape anywhere in the widget clears the selection, unless a part (search, canvas) used it.
    if (event.key !== 'Escape' || event.defaultPrevented || !this.selection) return;
    event.preventDefault();
    this.userSelect(null);
  };

  readonly onFilterChange = (event: ActorGraphEventMap['actor-graph-filter-change']): void => {
    event.stopPropagation();
    const graph = this.options.graph();
    if (!graph) return;
    this.filter = event.detail.filter;
    if (this.selection?.kind === 'relation' && !isRelationVisible(graph, this.selection.id, this.filter)) {
      this.userSelect(null);
    }
    this.host.requestUpdate();
    this.options.announce(
      `Showing ${visibleRelations(graph, this.filter).length} of ${graph.size} relations.`,
    );
  };

  readonly onSearchChange = (event: ActorGraphEventMap['actor-graph-search-change']): void => {
    event.stopPropagation();
    this.searchMatches = new Set(event.detail.matches);
    this.host.requestUpdate();
  };

  /** Selects as the reader would, without the event; false if there is no such visible element. */
  select(kind: SelectionKind, id: string): boolean {
    const graph = this.options.graph();
    if (!graph || !(kind === 'actor' ? graph.hasNode(id) : graph.hasEdge(id))) return false;
    if (kind === 'relation' && !isRelationVisible(graph, id, this.filter)) return false;
    this.selection = { kind, id };
    this.host.requestUpdate();
    void this.revealAfterUpdate(id);
    return true;
  }

  clearSelection(): void {
    this.selection = null;
    this.host.requestUpdate();
  }

  private userSelect(selection: Selection | null): void {
    if (sameSelection(selection, this.selection)) return;
    this.selection = selection;
    this.host.requestUpdate();
    emit(this.host, 'actor-graph-select', { selection });
    const graph = this.options.graph();
    if (graph) this.options.announce(selectionSentence(graph, selection, this.filter));
  }

  private async revealAfterUpdate(id: string, center = false): Promise<void> {
    await this.host.updateComplete;
    this.options.reveal(id, center);
  }
}
