import type { ActorGraph } from '../../src/graph/actor-graph.ts';
import type { Point } from '../../src/layout/compute-layout.ts';
import type { Problem } from '../../src/validate/problem.ts';
import type { ActorGraphView } from '../actor-graph-view/actor-graph-view.ts';
import { shellStyles } from './actor-graph.styles.ts';

/** Attributes passed through to the widget as they are. */
const FORWARDED = ['src', 'heading', 'heading-level', 'theme', 'view'] as const;
/** The widget's parts, re-exported so `actor-graph::part(title)` reaches them. */
const PARTS =
  'base, header, title, summary, toolbar, fit-button, search-input, canvas, canvas-surface, canvas-keys, panel, legend, table, error, status';
/** How far below the viewport a widget starts loading: a screen or so of scrolling ahead. */
const LOAD_MARGIN = '800px 0px';

let widget: Promise<unknown> | undefined;
/** The heavy part (Lit, Cytoscape, the core), fetched once for every widget on the page. */
const loadWidget = (): Promise<unknown> => (widget ??= import('../actor-graph-view/actor-graph-view.ts'));

/**
 * An evidence-backed actor-relationship graph, embeddable with one tag. This element is the small
 * loader: it reserves the widget's height, and fetches the widget itself (Cytoscape, the layout, the
 * data) only when it comes near the viewport. Until then, and whenever loading fails, whatever the
 * author put inside it (an image, a list of relations) stays visible.
 *
 * @summary One-tag embed of an actor graph, loaded when it nears the viewport.
 *
 * @attr src - URL of the dataset (JSON); its source files resolve relative to it.
 * @attr heading - Replaces the dataset's title as the visible heading.
 * @attr heading-level - Level of the visible title, 1–6 (default 2).
 * @attr theme - `light`, `dark` or `auto` (default: follows the reader's system setting).
 * @attr view - URL of a view snapshot (positions, filters, selection, viewport) to restore.
 * @attr loading - `lazy` (default: when near the viewport) or `eager`.
 *
 * @fires actor-graph-select - The reader selected an actor or relation, or cleared the selection. `detail: { selection: { kind, id } | null }`.
 * @fires actor-graph-load - A dataset loaded and is shown. `detail: { actors, relations, warnings }`.
 * @fires actor-graph-error - The dataset or the widget could not be loaded. `detail: { problems }`.
 *
 * @slot - Fallback content, shown until the widget is ready and again if it fails.
 *
 * @cssproperty --actor-graph-height - Height of the graph canvas (default 560px).
 * @cssproperty --actor-graph-reserved-height - Height reserved before the widget loads (default: the canvas plus 170px).
 * @cssproperty --actor-graph-background - Background of the widget and the canvas.
 * @cssproperty --actor-graph-color - Text and label colour.
 * @cssproperty --actor-graph-muted-color - Secondary text.
 * @cssproperty --actor-graph-node-color - Fill of actor nodes.
 * @cssproperty --actor-graph-node-border-color - Outline of actor nodes.
 * @cssproperty --actor-graph-accent-color - Selection, focus and search highlights.
 * @cssproperty --actor-graph-font-family - Font of the widget and the canvas labels.
 * @cssproperty --actor-graph-type-<id>-color - Colour of relation type `<id>`, e.g. `--actor-graph-type-treaty-color`.
 * @cssproperty --actor-graph-border-color - Borders between the widget's parts.
 * @cssproperty --actor-graph-radius - Corner radius of the widget's boxes.
 *
 * @csspart base - The whole widget.
 * @csspart header - The title and summary.
 * @csspart title - The visible title.
 * @csspart summary - The one-sentence summary of the graph.
 * @csspart toolbar - Search and buttons.
 * @csspart canvas - The graph canvas with its key hint.
 * @csspart panel - The evidence panel.
 * @csspart legend - The legend and filters.
 * @csspart table - The relations table.
 * @csspart error - The error box, or the banner above a graph that failed to reload.
 */
export class ActorGraphElement extends HTMLElement {
  static readonly observedAttributes = [...FORWARDED, 'loading'];

  #view: ActorGraphView | undefined;
  #data: unknown;
  #observer: IntersectionObserver | undefined;
  readonly #fallback: HTMLSlotElement;
  readonly #message: HTMLParagraphElement;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [shellStyles()];
    this.#message = document.createElement('p');
    this.#message.className = 'message';
    this.#message.setAttribute('role', 'alert');
    this.#message.hidden = true;
    // The author's fallback stays visible until the widget takes over, and comes back if it fails.
    this.#fallback = document.createElement('slot');
    this.#fallback.className = 'fallback';
    root.append(this.#message, this.#fallback);
    this.addEventListener('actor-graph-load', () => this.#settle('ready'));
    this.addEventListener('actor-graph-error', () => this.#settle(this.graph ? 'ready' : 'failed'));
  }

  connectedCallback(): void {
    if (this.#view) return;
    if (this.getAttribute('loading') === 'eager' || typeof IntersectionObserver === 'undefined') {
      void this.#mount();
      return;
    }
    this.#observer ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void this.#mount();
      },
      { rootMargin: LOAD_MARGIN },
    );
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === 'loading') {
      if (value === 'eager' && this.isConnected) void this.#mount();
      return;
    }
    if (!this.#view) return;
    if (value === null) this.#view.removeAttribute(name);
    else this.#view.setAttribute(name, value);
  }

  /** A dataset object or its JSON text, instead of `src`. */
  get data(): unknown {
    return this.#data;
  }

  set data(value: unknown) {
    this.#data = value;
    if (this.#view) this.#view.data = value;
  }

  /** The loaded graph (a graphology graph), or undefined before a dataset has loaded. */
  get graph(): ActorGraph | undefined {
    return this.#view?.graph;
  }

  /** Problems of the last load: its errors, or the warnings of a successful one. */
  get problems(): readonly Problem[] {
    return this.#view?.problems ?? [];
  }

  /** Selects an actor or relation as a click would, without firing `actor-graph-select`. */
  select(kind: 'actor' | 'relation', id: string): boolean {
    return this.#view?.select(kind, id) ?? false;
  }

  clearSelection(): void {
    this.#view?.clearSelection();
  }

  /** Fits the whole graph into the canvas. */
  fit(): void {
    this.#view?.fit();
  }

  /** Where an actor's centre or a relation's midpoint is on screen (client coordinates), if drawn. */
  renderedPositionOf(id: string): Point | undefined {
    return this.#view?.renderedPositionOf(id);
  }

  async #mount(): Promise<void> {
    this.#observer?.disconnect();
    this.#observer = undefined;
    if (this.#view || this.dataset['state'] === 'mounting') return;
    this.dataset['state'] = 'mounting';
    try {
      await loadWidget();
    } catch {
      this.#fail(
        'The graph could not be loaded: its script did not arrive. Check the connection and reload.',
      );
      return;
    }
    const view = document.createElement('actor-graph-view');
    view.setAttribute('exportparts', PARTS);
    for (const name of FORWARDED) {
      const value = this.getAttribute(name);
      if (value !== null) view.setAttribute(name, value);
    }
    const inline = this.querySelector(':scope > script[type="application/json"]')?.textContent;
    if (this.#data !== undefined) view.data = this.#data;
    else if (inline && !this.hasAttribute('src')) view.data = inline;
    this.#view = view;
    this.#fallback.hidden = true;
    this.shadowRoot!.prepend(view);
    this.dataset['state'] = 'loading';
  }

  #settle(state: 'ready' | 'failed'): void {
    this.dataset['state'] = state;
    this.#fallback.hidden = state === 'ready';
  }

  #fail(message: string): void {
    this.#message.textContent = message;
    this.#message.hidden = false;
    this.#settle('failed');
    this.dispatchEvent(
      new CustomEvent('actor-graph-error', {
        bubbles: true,
        composed: true,
        detail: {
          problems: [{ code: 'read-failed', severity: 'error', file: 'actor-graph.js', path: '$', message }],
        },
      }),
    );
  }
}

// Including the script twice on a page, or two builds of it, must be harmless.
if (!customElements.get('actor-graph')) customElements.define('actor-graph', ActorGraphElement);

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph': ActorGraphElement;
  }
}
