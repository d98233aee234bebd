import { provide } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { ActorGraph } from '../../src/graph/actor-graph.ts';
import { summarizeGraph } from '../../src/graph/summary.ts';
import type { Point } from '../../src/layout/compute-layout.ts';
import {
  NO_FILTER,
  isRelationVisible,
  visibleRelations,
  type RelationFilter,
} from '../../src/view/filters.ts';
import type { Problem } from '../../src/validate/problem.ts';
import '../actor-search/actor-search.ts';
import '../evidence-panel/evidence-panel.ts';
import '../graph-canvas/graph-canvas.ts';
import type { ActorGraphCanvas } from '../graph-canvas/graph-canvas.ts';
import '../graph-legend/graph-legend.ts';
import '../relations-table/relations-table.ts';
import { emit, type ActorGraphEventMap } from '../shared/events.ts';
import { headingTag, toHeadingLevel } from '../shared/heading.ts';
import { graphModelContext, type GraphModel } from '../shared/model-context.ts';
import { sameSelection, type Selection, type SelectionKind } from '../shared/selection.ts';
import { selectionSentence } from '../shared/sentences.ts';
import styles from './actor-graph-view.styles.ts';
import { ColorSchemeController, toThemeSetting, type ThemeSetting } from './color-scheme-controller.ts';
import { explorerLayout } from './explorer-layout.ts';
import { GraphLoadController } from './graph-load-controller.ts';
import { placeholder, reloadBanner } from './load-states.ts';
import { themedModel, type ThemeName } from './read-theme.ts';

/**
 * An evidence-backed actor-relationship graph: the graph, the evidence behind the selected relation,
 * a legend that filters, and a table of every relation. Loads and validates a dataset from `src` or
 * takes one as `data`; shows what is wrong with it instead of a blank box.
 *
 * @summary The complete actor-graph widget (`<actor-graph>` lazy-loads it).
 *
 * @fires actor-graph-select - The reader selected an actor or relation or cleared the selection. `detail: { selection: { kind, id } | null }`.
 * @fires actor-graph-load - A dataset loaded and is shown. `detail: { actors, relations, warnings }`.
 * @fires actor-graph-error - A dataset could not be loaded. `detail: { problems }`.
 *
 * @cssproperty --actor-graph-height - Height of the graph canvas (default 560px).
 * @cssproperty --actor-graph-background - Background of the widget and the canvas.
 * @cssproperty --actor-graph-color - Text and label colour.
 * @cssproperty --actor-graph-muted-color - Secondary text.
 * @cssproperty --actor-graph-node-color - Fill of actor nodes.
 * @cssproperty --actor-graph-node-border-color - Outline of actor nodes.
 * @cssproperty --actor-graph-accent-color - Selection, focus and search highlights.
 * @cssproperty --actor-graph-font-family - Font of the widget and the canvas labels.
 * @cssproperty --actor-graph-type-<id>-color - Colour of the relation type `<id>` (see `typeColorProperty`).
 * @cssproperty --actor-graph-border-color - Borders between the widget's parts.
 * @cssproperty --actor-graph-radius - Corner radius of the widget's boxes.
 *
 * @csspart base - The whole widget.
 * @csspart header - The title and summary.
 * @csspart title - The visible title.
 * @csspart summary - The one-sentence summary of the graph.
 * @csspart toolbar - Search and the Fit button.
 * @csspart fit-button - The Fit button.
 * @csspart search-input - The search field.
 * @csspart canvas - The graph canvas with its key hint.
 * @csspart canvas-surface - The focusable drawing area.
 * @csspart canvas-keys - The key hint under the canvas.
 * @csspart panel - The evidence panel.
 * @csspart legend - The legend and filters.
 * @csspart table - The relations table's box.
 * @csspart error - The error box, or the banner above a graph that failed to reload.
 * @csspart status - The loading and empty states.
 */
@customElement('actor-graph-view')
export class ActorGraphView extends LitElement {
  static override styles = styles;

  private readonly scheme = new ColorSchemeController(this);
  private readonly loading = new GraphLoadController(this, {
    loaded: (loaded, problems) => this.showLoaded(loaded.graph, problems),
    failed: (problems, kept) => {
      emit(this, 'actor-graph-error', { problems });
      this.announce(
        kept
          ? 'The new graph could not be loaded; the previous one is still shown.'
          : 'The graph could not be loaded.',
      );
    },
  });
  private themeName: ThemeName | undefined;
  private announcements = 0;

  @query('actor-graph-canvas') private canvas!: ActorGraphCanvas | null;

  @provide({ context: graphModelContext })
  @state()
  private model: GraphModel | undefined;

  @state() private selection: Selection | null = null;
  @state() private filter: RelationFilter = NO_FILTER;
  @state() private searchMatches: ReadonlySet<string> = new Set();
  @state() private announcement = '';

  /** URL of a dataset (JSON); its source files resolve relative to it. */
  @property() src: string | undefined;
  /**
   * A dataset object, or its JSON text; its sources need `text`, or a `file` relative to the document.
   * Wins over `src` when both change together.
   */
  @property({ attribute: false }) data: unknown;
  /** Replaces the dataset's title as the visible heading. (Not `title`, which would show a tooltip over the whole widget.) */
  @property() heading: string | undefined;
  /** `light`, `dark` or `auto` (follows the reader's system setting). */
  @property() theme: ThemeSetting = 'auto';
  /** Level of the visible title, 1–6; the panel's headings go one deeper. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The loaded graph, or undefined before a dataset has loaded. */
  get graph(): ActorGraph | undefined {
    return this.loading.current?.graph;
  }

  /** Problems of the last load: errors when it failed, warnings (if any) when it succeeded. */
  get problems(): readonly Problem[] {
    return this.loading.problems;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data != null) void this.loading.load({ data: this.data });
    else if ((changed.has('src') || changed.has('data')) && this.src)
      void this.loading.load({ src: this.src });
    else if ((changed.has('src') || changed.has('data')) && !this.src && this.data == null) {
      this.loading.unload();
      this.selection = null;
      this.model = undefined;
    }
    const name = this.scheme.resolve(toThemeSetting(this.theme));
    if (name !== this.themeName) {
      this.themeName = name;
      this.model = this.buildModel();
    }
  }

  private readonly onSelectRequest = (event: ActorGraphEventMap['actor-graph-select-request']): void => {
    event.stopPropagation();
    const { selection, reveal } = event.detail;
    this.userSelect(selection);
    // An actor chosen by name may be anywhere: centre it. A relation only needs to come into view.
    if (selection && reveal) void this.revealAfterUpdate(selection.id, selection.kind === 'actor');
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    // Escape anywhere in the widget clears the selection, unless a part (search, canvas) used it.
    if (event.key !== 'Escape' || event.defaultPrevented || !this.selection) return;
    event.preventDefault();
    this.userSelect(null);
  };

  private readonly showEvidence = (): void => {
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.renderRoot
      .querySelector('actor-graph-evidence')
      ?.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto' });
  };

  private readonly onFilterChange = (event: ActorGraphEventMap['actor-graph-filter-change']): void => {
    event.stopPropagation();
    const graph = this.graph;
    if (!graph) return;
    this.filter = event.detail.filter;
    if (this.selection?.kind === 'relation' && !isRelationVisible(graph, this.selection.id, this.filter)) {
      this.userSelect(null);
    }
    this.announce(`Showing ${visibleRelations(graph, this.filter).length} of ${graph.size} relations.`);
  };

  private readonly onSearchChange = (event: ActorGraphEventMap['actor-graph-search-change']): void => {
    event.stopPropagation();
    this.searchMatches = new Set(event.detail.matches);
  };

  private readonly onAnnounce = (event: ActorGraphEventMap['actor-graph-announce']): void => {
    event.stopPropagation();
    this.announce(event.detail.message);
  };

  private showLoaded(graph: ActorGraph, problems: readonly Problem[]): void {
    this.selection = null;
    this.filter = NO_FILTER;
    this.searchMatches = new Set();
    this.model = this.buildModel();
    const warnings = problems.filter((p) => p.severity === 'warning').length;
    void this.updateComplete.then(() => {
      emit(this, 'actor-graph-load', { actors: graph.order, relations: graph.size, warnings });
    });
    this.announce(`Graph loaded: ${graph.order} actors, ${graph.size} relations.`);
  }

  private buildModel(): GraphModel | undefined {
    const loaded = this.loading.current;
    return loaded && themedModel(this, loaded, this.themeName ?? 'light');
  }

  private userSelect(selection: Selection | null): void {
    if (sameSelection(selection, this.selection)) return;
    this.selection = selection;
    emit(this, 'actor-graph-select', { selection });
    if (this.graph) this.announce(selectionSentence(this.graph, selection, this.filter));
  }

  private async revealAfterUpdate(id: string, center = false): Promise<void> {
    await this.updateComplete;
    this.canvas?.reveal(id, center);
  }

  private announce(message: string): void {
    // A trailing no-break space on every other message makes a repeated sentence count as new.
    this.announcement = message + (++this.announcements % 2 ? '\u00a0' : '');
  }

  /** Selects an actor or a relation as if the reader had; returns false if there is no such element. Fires no event. */
  select(kind: SelectionKind, id: string): boolean {
    const graph = this.graph;
    if (!graph || !(kind === 'actor' ? graph.hasNode(id) : graph.hasEdge(id))) return false;
    if (kind === 'relation' && !isRelationVisible(graph, id, this.filter)) return false;
    this.selection = { kind, id };
    void this.revealAfterUpdate(id);
    return true;
  }

  /** Clears the selection. Fires no event. */
  clearSelection(): void {
    this.selection = null;
  }

  /** Fits the whole graph in the canvas. */
  fit(): void {
    this.canvas?.fit();
  }

  /**
   * Where an actor (its centre) or a relation (the middle of its curve) is on screen, in client
   * coordinates (as `MouseEvent.clientX/Y` and `position: fixed` use), or undefined if it is not drawn
   * (unknown, filtered out, or no graph yet). Hosts use it to place a tooltip or a callout.
   */
  renderedPositionOf(id: string): Point | undefined {
    return this.canvas?.clientPositionOf(id);
  }

  protected override render(): unknown {
    const graph = this.graph;
    const title = this.heading ?? graph?.getAttribute('title');
    const level = toHeadingLevel(this.headingLevel);
    const h = headingTag(level);
    return html`<div
      part="base"
      class="base ${this.themeName ?? 'light'}"
      aria-busy=${this.loading.status === 'loading' ? 'true' : 'false'}
      @actor-graph-select-request=${this.onSelectRequest}
      @actor-graph-filter-change=${this.onFilterChange}
      @actor-graph-search-change=${this.onSearchChange}
      @actor-graph-announce=${this.onAnnounce}
      @keydown=${this.onKeyDown}
    >
      ${
        title || graph
          ? html`<header part="header" class="header">
              ${title ? staticHtml`<${h} part="title" class="title">${title}</${h}>` : nothing}
              ${graph ? html`<p part="summary" class="summary">${summarizeGraph(graph)}</p>` : nothing}
            </header>`
          : nothing
      }
      ${this.loading.reloadFailed ? reloadBanner(this.loading.problems, () => this.loading.dismiss()) : nothing}
      ${
        this.model
          ? explorerLayout({
              title: title ?? 'Actor graph',
              headingLevel: level,
              selection: this.selection,
              filter: this.filter,
              searchMatches: this.searchMatches,
              onFit: () => this.fit(),
              onShowEvidence: this.showEvidence,
            })
          : placeholder(this.loading.status, this.loading.problems, level + 1)
      }
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-view': ActorGraphView;
  }
}
