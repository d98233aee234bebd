import { provide } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ActorGraph } from '../../src/graph/actor-graph.ts';
import type { Point } from '../../src/geometry/point.ts';
import type { Problem } from '../../src/validate/problem.ts';
import '../actor-search/actor-search.ts';
import '../embed-code/embed-code.ts';
import '../evidence-panel/evidence-panel.ts';
import '../export-menu/export-menu.ts';
import '../graph-canvas/graph-canvas.ts';
import type { ActorGraphCanvas } from '../graph-canvas/graph-canvas.ts';
import '../graph-legend/graph-legend.ts';
import '../relations-table/relations-table.ts';
import { emit, type ActorGraphEventMap } from '../shared/events.ts';
import type { DownloadResult, ExportOptions, WidgetExportFormat } from '../shared/export-options.ts';
import { toHeadingLevel } from '../shared/heading.ts';
import { graphModelContext, type GraphModel } from '../shared/model-context.ts';
import type { SelectionKind } from '../shared/selection.ts';
import styles from './actor-graph-view.styles.ts';
import { ColorSchemeController, toThemeSetting, type ThemeSetting } from './color-scheme-controller.ts';
import type { PrefetchedDataset, WidgetLimits } from './dataset-loader.ts';
import type { PrefetchedFile } from '../shared/fetch-bytes.ts';
import { ExportController } from './export-controller.ts';
import { explorerLayout, scrollToEvidence, widgetHeader } from './explorer-layout.ts';
import { GraphLoadController, type LoadedGraph } from './graph-load-controller.ts';
import {
  draftBanner,
  placeholder,
  progressLine,
  reloadBanner,
  viewBanner,
  type LoadProgress,
} from './load-states.ts';
import { themedModel, type ThemeName } from './read-theme.ts';
import { ReaderStateController } from './reader-state.ts';
import { ViewController } from './view-controller.ts';
import { ViewModeController } from './view-mode.ts';
import type { ViewOutcome } from './view-outcome.ts';

const RELOAD_FAILED = 'The new graph could not be loaded; the previous one is still shown.';

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
 * @csspart toolbar - Search and the Fit, Export and Embed buttons.
 * @csspart fit-button - The Fit button.
 * @csspart export-button - The Export button, which opens the export menu.
 * @csspart embed-button - The Embed button, which opens the embed code.
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
  private readonly reader = new ReaderStateController(this, {
    graph: () => this.graph,
    announce: (message) => this.announce(message),
    reveal: (id, center) => this.canvas?.reveal(id, center),
  });
  private readonly views = new ViewController(this, {
    settled: () => (this.loading.pending ? undefined : this.loading.current),
    apply: (choice) => {
      this.reader.show(choice);
      this.mode.show(choice.alliances);
      this.announce('The saved view is shown.');
    },
    limits: () => this.limits,
  });
  private readonly loading = new GraphLoadController(this, {
    loaded: (loaded, problems, view) => this.showLoaded(loaded, problems, view),
    failed: (problems, kept) => {
      emit(this, 'actor-graph-error', { problems });
      this.announce(kept ? RELOAD_FAILED : 'The graph could not be loaded.');
    },
  });
  private readonly exports = new ExportController(this, {
    source: () => {
      const { model, canvas } = this;
      const { filter, selection } = this.reader;
      const title = this.heading ?? model?.graph.getAttribute('title') ?? '';
      if (!model || !canvas) return undefined;
      const alliance = this.allianceSource();
      // Until the Alliances view is analysed and drawn, there is no picture of it to export.
      if (this.mode.mode === 'alliances' && !alliance.alliance) return undefined;
      return { model, canvas, filter, selection, title, ...alliance };
    },
    root: () => this.renderRoot,
    announce: (message) => this.announce(message),
  });
  private readonly mode = new ViewModeController(this, {
    graph: () => this.graph,
    announce: (message) => this.announce(message),
    element: () => this.renderRoot.querySelector('actor-graph-alliances'),
  });
  private themeName: ThemeName | undefined;
  private announcements = 0;

  @query('actor-graph-canvas') private canvas!: ActorGraphCanvas | null;

  @provide({ context: graphModelContext })
  @state()
  private model: GraphModel | undefined;

  @state() private announcement = '';
  /** The panels are shown: once the first graph is on the canvas (see `explorerLayout`). */
  @state() private panels = false;

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
  /**
   * A saved view to show the graph in: the URL of a view snapshot (JSON, relative to the document),
   * or `#view` to keep it in the page's address, where the Export menu's "Copy link to this view"
   * writes it and from where it is restored.
   */
  @property() view: string | undefined;
  /**
   * What to refuse instead of freezing the tab, for the next load: any of the validator's limits
   * (`maxBytes`, `maxSourceBytes`, `maxDepth`, `maxValues`, `maxActors`, `maxRelations`, `maxProblems`)
   * and `timeoutMs`, how long a request may wait for the server's next bytes (default 30,000). They
   * hold for the view file too. Unset ones keep their defaults.
   */
  @property({ attribute: false }) limits: WidgetLimits | undefined;

  /**
   * The request for `src` that `<actor-graph>` started while this element's code downloaded; taken
   * by the first load of that URL.
   * @internal
   */
  prefetched: PrefetchedDataset | undefined;

  /**
   * The request for `view` (a snapshot's URL) that `<actor-graph>` started; taken by the first read
   * of the view.
   * @internal
   */
  prefetchedView: PrefetchedFile | undefined;

  /** The loaded graph, or undefined before a dataset has loaded. */
  get graph(): ActorGraph | undefined {
    return this.loading.current?.graph;
  }

  /**
   * Problems of the last load: errors when it failed, warnings (if any) when it succeeded; then those
   * of the saved view, if any.
   */
  get problems(): readonly Problem[] {
    return [...this.loading.problems, ...this.views.problems];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // First, so that a dataset load started in this update waits for this view.
    if (changed.has('view')) {
      const started = this.prefetchedView;
      this.prefetchedView = undefined;
      this.views.setView(this.view, started);
    }
    const limits = this.limits ? { limits: this.limits } : {};
    if (changed.has('data') && this.data != null)
      void this.loading.load({ data: this.data, ...limits }, this.views.latest);
    else if ((changed.has('src') || changed.has('data')) && this.src) {
      const started = this.prefetched;
      this.prefetched = undefined;
      void this.loading.load(
        { src: this.src, ...(started ? { started } : {}), ...limits },
        this.views.latest,
      );
    } else if ((changed.has('src') || changed.has('data')) && !this.src && this.data == null) {
      this.loading.unload();
      this.reader.clearSelection();
      this.model = undefined;
    }
    const name = this.scheme.resolve(toThemeSetting(this.theme));
    if (name !== this.themeName) {
      this.themeName = name;
      this.model = this.buildModel();
    }
  }

  private readonly onAnnounce = (event: ActorGraphEventMap['actor-graph-announce']): void => {
    event.stopPropagation();
    this.announce(event.detail.message);
  };

  private readonly onExportRequest = (event: ActorGraphEventMap['actor-graph-export-request']): void => {
    event.stopPropagation();
    this.exports.handle(event.detail);
  };

  private showLoaded(loaded: LoadedGraph, problems: readonly Problem[], view: ViewOutcome): void {
    const { graph } = loaded;
    const choice = this.views.showNew(loaded, view);
    this.reader.reset(choice);
    this.mode.show(choice?.alliances);
    this.model = this.buildModel();
    const warnings = problems.filter((p) => p.severity === 'warning').length;
    // Fired once the whole graph is on the canvas (a large one goes on in slices after the update)
    // and the panels are shown, which the first graph's canvas is drawn before.
    void this.updateComplete
      .then(() => this.canvas?.whenDrawn(graph) ?? false)
      .then(async (drawn) => {
        if (drawn && !this.panels) drawn = await this.showPanels(graph);
        if (drawn) emit(this, 'actor-graph-load', { actors: graph.order, relations: graph.size, warnings });
      });
    this.announce(`Graph loaded: ${graph.order} actors, ${graph.size} relations.`);
  }

  /**
   * The panels, once the canvas has painted its first graph: its first frame is not kept waiting
   * for the evidence panel, the legend and the table (tens of milliseconds of rendering and layout).
   * False if another graph replaced this one meanwhile.
   */
  private async showPanels(graph: ActorGraph): Promise<boolean> {
    // The frame the canvas draws in, then a task after its paint.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    if (this.graph !== graph) return false;
    this.panels = true;
    await this.updateComplete;
    return true;
  }

  private buildModel(): GraphModel | undefined {
    const loaded = this.loading.current;
    return loaded && themedModel(this, loaded, this.themeName ?? 'light');
  }

  private announce(message: string): void {
    // A trailing no-break space on every other message makes a repeated sentence count as new.
    this.announcement = message + (++this.announcements % 2 ? '\u00a0' : '');
  }

  /** Selects an actor or a relation as if the reader had; returns false if there is no such element. Fires no event. */
  select(kind: SelectionKind, id: string): boolean {
    return this.reader.select(kind, id);
  }

  /** Clears the selection. Fires no event. */
  clearSelection(): void {
    this.reader.clearSelection();
  }

  /** Fits the whole graph in the canvas. */
  fit(): void {
    if (this.mode.mode === 'alliances') this.renderRoot.querySelector('actor-graph-alliances')?.fit();
    else this.canvas?.fit();
  }

  /** While the Alliances view is shown and drawn, exports are of it. */
  private allianceSource() {
    const element =
      this.mode.mode === 'alliances' ? this.renderRoot.querySelector('actor-graph-alliances') : null;
    const picture = element?.picture;
    if (!element || !picture) return {};
    return { alliance: { ...picture, selection: this.mode.allianceSelection, canvas: element } };
  }

  /**
   * Where an actor (its centre) or a relation (the middle of its curve) is on screen, in client
   * coordinates (as `MouseEvent.clientX/Y` and `position: fixed` use), or undefined if it is not drawn
   * (unknown, filtered out, or no graph yet). Hosts use it to place a tooltip or a callout. In the
   * Alliances view: an actor, or the middle of a pair's line, named by its actors' ids as `a|b`.
   */
  renderedPositionOf(id: string): Point | undefined {
    if (this.mode.mode === 'alliances')
      return this.renderRoot.querySelector('actor-graph-alliances')?.clientPositionOf(id);
    return this.canvas?.clientPositionOf(id);
  }

  /**
   * The graph as a file in memory: `png`, `svg` (pictures of what the screen shows), `json`,
   * `graphml`, `gexf`, `csv` (one row per quote) or `view` (a view snapshot). Options: `region`
   * (`'full'` | `'view'`), `scale` (png 2, svg 1), `background` (`'theme'`, `'white'`, `'transparent'`
   * or a colour), `filtered` (data: only what the filters show), `embedSources` (json). Rejects with
   * an `ExportError` (`code`, `path`) on a bad option, and before a graph is shown.
   */
  async exportAs(format: WidgetExportFormat, options?: ExportOptions): Promise<Blob> {
    return (await this.exports.exportAs(format, options)).blob;
  }

  /**
   * Exports as `exportAs` does and downloads the file under a name made from the dataset id and the
   * format (`putins-delicate-dance-relations.csv`). Resolves to that name and, when a picture had to
   * be made smaller than asked, a message saying so.
   */
  async download(format: WidgetExportFormat, options?: ExportOptions): Promise<DownloadResult> {
    const { fileName, message } = await this.exports.download(format, options);
    return message === undefined ? { fileName } : { fileName, message };
  }

  /**
   * The view now (positions as drawn, filters, selection, zoom and centre) as view snapshot JSON, the
   * text that `view="…"` and the CLI's `--view` read; undefined before a graph is shown.
   */
  viewSnapshot(): string | undefined {
    return this.exports.viewSnapshot();
  }

  private loadProgress(): LoadProgress {
    return { progress: this.loading.progress, onCancel: () => this.loading.cancel() };
  }

  protected override render(): unknown {
    const graph = this.graph;
    const title = this.heading ?? graph?.getAttribute('title');
    const level = toHeadingLevel(this.headingLevel);
    const { reader } = this;
    // Left to right whatever the page's direction: the widget's own words are English. Data in it
    // is isolated, each piece in its own direction (issue #12: `<bdi>`, `isolate`).
    return html`<div
      part="base"
      dir="ltr"
      class="base ${this.themeName ?? 'light'}"
      aria-busy=${this.loading.status === 'loading' ? 'true' : 'false'}
      @actor-graph-select-request=${reader.onSelectRequest}
      @actor-graph-filter-change=${reader.onFilterChange}
      @actor-graph-search-change=${reader.onSearchChange}
      @actor-graph-announce=${this.onAnnounce}
      @actor-graph-export-request=${this.onExportRequest}
      @keydown=${reader.onKeyDown}
    >
      ${widgetHeader(title, graph, level)}
      ${this.loading.reloadFailed ? reloadBanner(this.loading.problems, () => this.loading.dismiss()) : nothing}
      ${
        this.model && this.loading.pending && this.loading.progress
          ? html`<div part="status" class="banner notice loading-banner" role="status">
              ${progressLine(this.loadProgress())}
            </div>`
          : nothing
      }
      ${this.model && this.views.problems.length ? viewBanner(this.views.problems, () => this.views.dismiss()) : nothing}
      ${this.model ? draftBanner(graph) : nothing}
      ${
        this.model
          ? explorerLayout({
              title: title ?? 'Actor graph',
              headingLevel: level,
              selection: reader.selection,
              filter: reader.filter,
              searchMatches: reader.searchMatches,
              restore: this.views.restore,
              exportStatus: this.exports.status,
              viewLink: this.views.inFragment,
              panels: this.panels,
              onFit: () => this.fit(),
              onShowEvidence: () => scrollToEvidence(this.renderRoot),
              viewSwitch: this.mode.switcher(),
              alliances: this.mode.view(level + 1, title ?? 'Actor graph'),
            })
          : placeholder(this.loading.status, this.loading.problems, level + 1, this.loadProgress())
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
