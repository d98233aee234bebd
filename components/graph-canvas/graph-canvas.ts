import type { ActorGraph } from '../../src/graph/actor-graph.ts';
import { consume } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Point } from '../../src/geometry/point.ts';
import { NODE_SIZE } from '../../src/picture/node-glyphs.ts';
import { formatCount } from '../../src/text/count.ts';
import { NO_FILTER, isRelationVisible, type RelationFilter } from '../../src/view/filters.ts';
import { emit } from '../shared/events.ts';
import { graphModelContext, type GraphModel } from '../shared/model-context.ts';
import type { Selection } from '../shared/selection.ts';
import { actorSentence, relationSentence, visibleRelationsOf } from '../shared/sentences.ts';
import { CytoscapeController } from './cytoscape-controller.ts';
import type { ImageRegion, Size } from './graph-image.ts';
import styles from './graph-canvas.styles.ts';
import {
  isNavigationKey,
  moveFocus,
  readingOrder,
  type GraphFocus,
  type NavigationContext,
} from './keyboard-nav.ts';
import type { Scene } from './scene-classes.ts';
import type { CanvasRestore, CanvasViewState } from './view-state.ts';
import { WheelZoom } from './wheel-zoom.ts';

const KEY_HELP = '↑ ↓ actors · → its relations · ← back · Enter evidence · Esc clear · + − zoom · 0 fit';
const KEY_HELP_SPOKEN =
  'Up and down arrows move between actors, right arrow enters an actor’s relations, left arrow goes back, ' +
  'Enter shows the evidence, Escape clears, plus and minus zoom, 0 fits.';

/**
 * The graph drawn by Cytoscape, operable by pointer and keyboard.
 *
 * @summary The canvas of `<actor-graph-view>`: one tab stop; arrows walk actors and their relations.
 *
 * @fires actor-graph-select-request - The reader tapped or pressed Enter on an actor or relation, or cleared.
 * @fires actor-graph-announce - A sentence for the live region: what the keyboard is on.
 *
 * @csspart base - The frame around the canvas and its key hint.
 * @csspart surface - The focusable drawing area (`role="application"`).
 * @csspart keys - The visible key help under the canvas.
 */
@customElement('actor-graph-canvas')
export class ActorGraphCanvas extends LitElement {
  static override styles = styles;

  private readonly cytoscape = new CytoscapeController(this, {
    container: () => this.container,
    model: () => this.model,
    scene: () => this.scene,
    restore: () => this.restore,
    onTap: (selection) => this.tapped(selection),
  });
  private readonly wheel = new WheelZoom(this, {
    surface: () => this.surface,
    zoomBy: (factor, around) => this.cytoscape.zoomBy(factor, around),
  });
  private scene: Scene = { filter: NO_FILTER, selection: null, matches: new Set(), focus: null };
  /** Keyboard focus is drawn only after a key moved it, and only while the canvas has focus. */
  private focusShown = false;
  private hasFocus = false;

  @query('.cytoscape') private container!: HTMLDivElement | null;
  @query('.surface') private surface!: HTMLDivElement | null;

  @consume({ context: graphModelContext, subscribe: true })
  @state()
  private model: GraphModel | undefined;

  @state() private cursor: GraphFocus | null = null;
  /** The canvas got focus from a click: no focus ring until a key is pressed. */
  @state() private pointerFocus = false;

  @property({ attribute: false }) selection: Selection | null = null;
  @property({ attribute: false }) filter: RelationFilter = NO_FILTER;
  /** Actors the search query matches, outlined on the canvas. */
  @property({ attribute: false }) searchMatches: ReadonlySet<string> = new Set();
  /** Names the graph for assistive technology, e.g. the dataset's title. */
  @property() label = 'Actor graph';
  /** A saved view (positions, zoom, centre) to show once its graph is drawn; each new object is applied once. */
  @property({ attribute: false }) restore: CanvasRestore | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('model')) this.cursor = null;
    if (changed.has('filter') && this.cursor?.kind === 'relation' && !this.isVisible(this.cursor.id)) {
      this.cursor = { kind: 'actor', id: this.cursor.actor };
    }
    const shown = this.focusShown && this.hasFocus ? this.cursor : null;
    const s = this.scene;
    if (
      s.filter !== this.filter ||
      s.selection !== this.selection ||
      s.matches !== this.searchMatches ||
      s.focus !== shown
    ) {
      this.scene = {
        filter: this.filter,
        selection: this.selection,
        matches: this.searchMatches,
        focus: shown,
      };
    }
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    this.pointerFocus = false;
    if (!this.model || event.altKey || event.ctrlKey || event.metaKey) return;
    const { key } = event;
    if (isNavigationKey(key)) this.moveTo(moveFocus(this.cursor, key, this.navigation()));
    else if (key === 'Enter' || key === ' ') this.choose();
    else if (key === 'Escape') {
      if (this.selection) emit(this, 'actor-graph-select-request', { selection: null, reveal: false });
      else if (this.cursor) {
        this.cursor = null;
        this.announce('Left the graph’s focus mode.');
      } else return;
    } else if (key === '+' || key === '=') this.cytoscape.zoomBy(1.25, undefined, true);
    else if (key === '-' || key === '_') this.cytoscape.zoomBy(0.8, undefined, true);
    else if (key === '0') this.cytoscape.fit();
    else return;
    event.preventDefault();
  };

  private readonly onFocus = (): void => {
    this.hasFocus = true;
    if (!this.cursor && this.selection && this.model) {
      const { kind, id } = this.selection;
      this.cursor = kind === 'actor' ? { kind, id } : { kind, id, actor: this.model.graph.source(id) };
    }
    this.requestUpdate();
  };

  private readonly onBlur = (): void => {
    this.hasFocus = false;
    this.pointerFocus = false;
    this.requestUpdate();
  };

  private readonly onMouseDown = (): void => {
    this.focusShown = false;
    this.pointerFocus = true;
    // Cytoscape cancels the mousedown and blurs the active element (the page's, i.e. our host), so
    // focus, and with it the keyboard and wheel zooming, is given back here, after its handler ran.
    this.surface?.focus({ preventScroll: true });
  };

  private tapped(selection: Selection | null): void {
    this.focusShown = false;
    if (selection && this.model) {
      const { kind, id } = selection;
      this.cursor = kind === 'actor' ? { kind, id } : { kind, id, actor: this.model.graph.source(id) };
    }
    emit(this, 'actor-graph-select-request', { selection, reveal: false });
  }

  private moveTo(focus: GraphFocus | null): void {
    this.focusShown = true;
    this.cursor = focus;
    this.requestUpdate();
    if (!focus || !this.model) return;
    this.cytoscape.reveal(focus.id);
    const graph = this.model.graph;
    if (focus.kind === 'actor') {
      const sentence = actorSentence(graph, focus.id, this.filter);
      const relations = visibleRelationsOf(graph, focus.id, this.filter).length;
      this.announce(`${sentence} Press Enter to select${relations ? ', → for its relations' : ''}.`);
    } else {
      this.announce(`${relationSentence(graph, focus.id)} Press Enter for the evidence.`);
    }
  }

  private choose(): void {
    if (!this.cursor) return;
    const { kind, id } = this.cursor;
    emit(this, 'actor-graph-select-request', { selection: { kind, id }, reveal: false });
  }

  private navigation(): NavigationContext {
    const graph = this.model!.graph;
    return {
      actors: readingOrder(this.cytoscape.actorPositions(), NODE_SIZE),
      relationsOf: (actor) => visibleRelationsOf(graph, actor, this.filter),
      otherEnd: (relation, actor) => graph.opposite(actor, relation),
    };
  }

  private isVisible(relation: string): boolean {
    return !!this.model && isRelationVisible(this.model.graph, relation, this.filter);
  }

  private announce(message: string): void {
    emit(this, 'actor-graph-announce', { message });
  }

  /** Resolves true once `graph` is entirely drawn, false if another graph replaced it first. */
  whenDrawn(graph: ActorGraph): Promise<boolean> {
    return this.cytoscape.whenDrawn(graph);
  }

  /** Fits the whole graph in the canvas. */
  fit(): void {
    this.cytoscape.fit();
  }

  /** Brings an actor or relation into view; `center` moves it to the middle (a search result). */
  reveal(id: string, center = false): void {
    this.cytoscape.reveal(id, center);
  }

  /** Client coordinates of an actor's centre or of the middle of a relation's curve; see the view. */
  clientPositionOf(id: string): Point | undefined {
    return this.cytoscape.clientPositionOf(id);
  }

  /** Positions (as dragged), zoom, centre and size of what is drawn now; undefined without a graph. */
  viewState(): CanvasViewState | undefined {
    return this.cytoscape.viewState();
  }

  /** The size of the graph's picture at scale 1 (see `graphImageSize`). */
  imageSize(region: ImageRegion): Size | undefined {
    return this.cytoscape.imageSize(region);
  }

  /** The graph as drawn, as a PNG without background, `scale` times `imageSize(region)`. */
  image(region: ImageRegion, scale: number): Promise<Blob> {
    return this.cytoscape.image(region, scale);
  }

  protected override render(): unknown {
    const graph = this.model?.graph;
    const counts = graph ? ` ${graph.order} actors, ${graph.size} relations.` : '';
    const adding = this.cytoscape.elementsBeingAdded;
    return html`<div part="base" class="frame">
      <div
        part="surface"
        class="surface ${this.pointerFocus ? 'by-pointer' : ''}"
        tabindex="0"
        role="application"
        aria-roledescription="graph"
        aria-label="${this.label}.${counts} ${KEY_HELP_SPOKEN}"
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
        @mousedown=${this.onMouseDown}
        @wheel=${this.wheel.listener}
      >
        <div class="cytoscape"></div>
        ${
          adding === undefined
            ? nothing
            : html`<p class="adding-note" role="status">Drawing ${formatCount(adding)} elements…</p>`
        }
        <div class="wheel-hint" aria-hidden="true" ?hidden=${!this.wheel.hintShown}>
          Hold Ctrl (⌘) to zoom
        </div>
      </div>
      <div class="zoom" aria-hidden="true" @mousedown=${(event: MouseEvent) => event.preventDefault()}>
        <button
          type="button"
          tabindex="-1"
          title="Zoom in"
          @click=${() => this.cytoscape.zoomBy(1.25, undefined, true)}
        >
          +
        </button>
        <button
          type="button"
          tabindex="-1"
          title="Zoom out"
          @click=${() => this.cytoscape.zoomBy(0.8, undefined, true)}
        >
          −
        </button>
      </div>
      <p part="keys" class="keys" aria-hidden="true"><span class="keys-label">Keys</span> ${KEY_HELP}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-canvas': ActorGraphCanvas;
  }
}
