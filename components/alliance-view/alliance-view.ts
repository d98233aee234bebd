import { consume } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { allianceSummary } from '../../src/alliance/explain.ts';
import { pairId } from '../../src/picture/alliance-scene.ts';
import type { AllianceSelection } from '../../src/view/alliance-selection.ts';
import type { Viewport } from '../../src/view/snapshot.ts';
import type { ImageRegion, Size } from '../graph-canvas/graph-image.ts';
import type { CanvasViewState } from '../graph-canvas/view-state.ts';
import { emit } from '../shared/events.ts';
import { graphModelContext, type GraphModel } from '../shared/model-context.ts';
import { AllianceCanvasController } from './alliance-canvas.ts';
import { allianceLegendView } from './alliance-legend.ts';
import { alliancePanel } from './alliance-panel.ts';
import { AllianceCancelled, runAlliance } from './alliance-run.ts';
import { STAGE_WORDS } from './alliance-steps.ts';
import { allianceTables, pairsByStrength } from './alliance-tables.ts';
import styles from './alliance-view.styles.ts';
import type { AllianceRunProgress, AllianceRunResult } from './protocol.ts';

const KEY_HELP = 'Arrows: next pair · Enter: select · Esc: clear · + −: zoom · 0: fit';

/**
 * Internal: the Alliances view of `<actor-graph-view>`, loaded on demand the first time the reader
 * switches to it. It analyses the graph (in a worker for large graphs, with progress and Cancel),
 * draws one line per pair with the camps apart, and explains the selected pair, actor or triangle
 * with the relations and quotes behind it; the pairs table and the triangles list say the same in
 * text. The selection is the view's (`selection`); a reader's choice is asked for with
 * `actor-graph-alliance-select`.
 */
@customElement('actor-graph-alliances')
export class ActorGraphAlliances extends LitElement {
  static override styles = styles;

  @consume({ context: graphModelContext, subscribe: true })
  @state()
  private model: GraphModel | undefined;

  @property({ attribute: false }) selection: AllianceSelection | null = null;
  /** A saved zoom and centre for the first drawing. */
  @property({ attribute: false }) viewport: Viewport | undefined;
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  @property() label = 'Alliances';

  @state() private result: AllianceRunResult | undefined;
  @state() private progress: AllianceRunProgress | undefined;
  @state() private failure: string | undefined;
  @state() private showAll = false;
  @state() private focused = -1;

  @query('.cytoscape') private container!: HTMLElement | null;

  private analysed: GraphModel['graph'] | undefined;
  private abort: AbortController | undefined;
  private readonly canvas = new AllianceCanvasController(this, {
    container: () => this.container,
    picture: () =>
      this.model && this.result && this.analysed === this.model.graph
        ? { graph: this.model.graph, ...this.result, theme: this.model.theme }
        : undefined,
    selection: () => this.selection,
    viewport: () => this.viewport,
    onTap: (selection) => this.select(selection),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after an interrupted run: start again.
    if (this.model && !this.result) this.analyse(this.model);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.abort = undefined;
    if (!this.result) this.analysed = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed as Map<string, unknown>).has('model') && this.model && this.model.graph !== this.analysed)
      this.analyse(this.model);
  }

  private analyse(model: GraphModel): void {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.analysed = model.graph;
    this.result = undefined;
    this.failure = undefined;
    this.progress = undefined;
    runAlliance(model.graph, model.positions, {
      signal: abort.signal,
      onProgress: (progress) => void (abort.signal.aborted || (this.progress = progress)),
    }).then(
      (result) => {
        if (abort.signal.aborted) return;
        this.result = result;
        this.progress = undefined;
        this.abort = undefined;
        emit(this, 'actor-graph-announce', { message: 'Alliances analysed and drawn.' });
      },
      (error: unknown) => {
        if (abort.signal.aborted && error instanceof AllianceCancelled) return;
        this.failure = error instanceof Error ? error.message : String(error);
        this.progress = undefined;
      },
    );
  }

  private cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.progress = undefined;
    this.failure = 'The analysis was cancelled.';
  }

  private select(selection: AllianceSelection | null): void {
    this.dispatchEvent(
      new CustomEvent('actor-graph-alliance-select', {
        detail: { selection },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Ready to export: analysed and drawn. */
  get ready(): boolean {
    return this.result !== undefined && this.analysed === this.model?.graph;
  }

  /** The analysis and the actors' places, for the exports. */
  get picture(): AllianceRunResult | undefined {
    return this.ready ? this.result : undefined;
  }

  viewState(): CanvasViewState | undefined {
    return this.canvas.viewState();
  }

  imageSize(region: ImageRegion): Size | undefined {
    return this.canvas.imageSize(region);
  }

  image(region: ImageRegion, scale: number): Promise<Blob> {
    return this.canvas.image(region, scale);
  }

  fit(): void {
    this.canvas.fit();
  }

  clientPositionOf(id: string): { x: number; y: number } | undefined {
    return this.canvas.clientPositionOf(id);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    // In the table's order, strongest first, so the arrows walk the pairs as the table lists them.
    const pairs = this.result ? pairsByStrength(this.result.analysis) : [];
    if (!pairs.length) return;
    const move = (step: number) => {
      this.focused = (this.focused + step + pairs.length) % pairs.length;
      const pair = pairs[this.focused]!;
      this.canvas.focusPair(pair.id);
      emit(this, 'actor-graph-announce', {
        message: `${this.name(pair.actors[0])} and ${this.name(pair.actors[1])}: ${pair.label}. Enter selects.`,
      });
    };
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        move(1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        move(-1);
        break;
      case 'Enter':
      case ' ':
        if (this.focused >= 0) this.select({ kind: 'pair', actors: pairs[this.focused]!.actors });
        break;
      case 'Escape':
        this.focused = -1;
        this.canvas.focusPair(undefined);
        this.select(null);
        break;
      case '+':
      case '=':
        this.canvas.zoomBy(1.25);
        break;
      case '-':
        this.canvas.zoomBy(0.8);
        break;
      case '0':
        this.canvas.fit();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  private name(id: string): string {
    return this.model?.graph.getNodeAttribute(id, 'name') ?? id;
  }

  protected override render(): unknown {
    const { model } = this;
    if (!model) return nothing;
    const result = this.ready ? this.result : undefined;
    if (!result) return this.pending();
    const { analysis } = result;
    const focusedPair = this.focused >= 0 ? pairsByStrength(analysis)[this.focused] : undefined;
    return html`<p class="summary">${allianceSummary(model.graph, analysis)}</p>
      <div class="main">
        <div class="frame">
          <div
            class="surface"
            tabindex="0"
            role="application"
            aria-roledescription="alliance picture"
            aria-label="${this.label}: ${analysis.pairs.length} pairs. ${KEY_HELP}."
            data-focused-pair=${focusedPair ? pairId(...focusedPair.actors) : nothing}
            @keydown=${this.onKeyDown}
          >
            <div class="cytoscape"></div>
          </div>
          <p class="keys" aria-hidden="true"><span class="keys-label">Keys</span> ${KEY_HELP}</p>
        </div>
        <section class="panel" aria-label="Alliance details">
          ${alliancePanel(model, analysis, this.selection, this.headingLevel, (s) => this.select(s))}
        </section>
      </div>
      ${allianceLegendView(model, analysis)}
      ${allianceTables(
        model,
        analysis,
        this.selection,
        this.headingLevel,
        (s) => this.select(s),
        this.showAll,
        () => (this.showAll = true),
      )}`;
  }

  private pending(): unknown {
    if (this.failure)
      return html`<div class="box" role="alert">
        <p>The alliances could not be analysed: ${this.failure}</p>
        <button type="button" class="button" @click=${() => this.model && this.analyse(this.model)}>
          Try again
        </button>
      </div>`;
    const p = this.progress;
    const stage = p ? (STAGE_WORDS[p.stage] ?? p.stage) : 'Starting';
    return html`<div class="box status" role="status">
      <span>Analysing alliances: ${stage}…</span>
      <progress max=${p?.total || 1} value=${p?.done ?? 0} aria-label="Analysing alliances"></progress>
      <button type="button" class="button" @click=${() => this.cancel()}>Cancel</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-alliances': ActorGraphAlliances;
  }
}
