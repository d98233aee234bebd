import type { ActorGraph } from '../../src/graph/actor-graph.ts';
import type { Point } from '../../src/geometry/point.ts';
import type { Problem } from '../../src/validate/problem.ts';
import type { ActorGraphView } from '../actor-graph-view/actor-graph-view.ts';
import type { PrefetchedDataset, WidgetLimits } from '../actor-graph-view/dataset-loader.ts';
import type { DownloadResult, ExportOptions, WidgetExportFormat } from '../shared/export-options.ts';
import type { PrefetchedFile } from '../shared/fetch-bytes.ts';
import type { EmbedContextKey, EmbedSource } from '../embed-code/embed-context.ts';
import { shellStyles } from './actor-graph.styles.ts';
import { describeEmbed, headingOf } from './describe-embed.ts';
import { FORWARDED, PARTS } from './forwarding.ts';
import { prefetchSources } from './prefetch.ts';
import WIDGET_URLS from '../actor-graph-view/actor-graph-view.ts?chunk&urls';
import VIEW_READER_URLS from '../actor-graph-view/view-loader.ts?chunk&dynamic-urls';

/** How far below the viewport a widget starts loading: a screen or so of scrolling ahead. */
const LOAD_MARGIN = '800px 0px';
/** This module's URL: `actor-graph.js` in the build. Embed snippets point authors back to it. */
const LOADER_URL = import.meta.url;
/**
 * The key `<actor-graph-embed-code>` asks for, written out rather than imported so the loader does
 * not share a module with the widget's chunk; the type check fails if the two ever differ.
 */
const EMBED_CONTEXT: EmbedContextKey = 'actor-graph-embed';

let widget: Promise<unknown> | undefined;
/**
 * The heavy part (Lit, Cytoscape, the core), fetched once for every widget on the page. Imported by
 * URL (see scripts/vite/chunk-url.ts), so the loader carries no bundler helper of its own; the
 * widget's chunk and the chunks it imports are asked for at once, not one after the other.
 */
const loadWidget = (): Promise<unknown> =>
  (widget ??= Promise.all(WIDGET_URLS.map((url) => import(/* @vite-ignore */ url))).catch(
    (error: unknown) => {
      // A failed fetch (offline for a moment) is not remembered: the next widget tries again.
      widget = undefined;
      throw error;
    },
  ));

let viewReader: Promise<unknown> | undefined;
/**
 * The saved-view reader, which the widget imports on demand (view-controller.ts) once its own code
 * has run, a round trip after it: asked for beside the widget's code when a widget has a `view`, so
 * that it has arrived when the widget reads the view. The widget imports the same chunks and reports
 * a failure to load them; a failure here is forgotten, so that the next widget asks again.
 */
const loadViewReader = (): void =>
  void (viewReader ??= Promise.all(VIEW_READER_URLS.map((url) => import(/* @vite-ignore */ url))).catch(
    () => (viewReader = undefined),
  ));

/** The shell's own shadow tree: an error line (hidden) and the slot for the author's fallback. */
function buildShadow(host: HTMLElement): { message: HTMLParagraphElement; fallback: HTMLSlotElement } {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [shellStyles()];
  const message = document.createElement('p');
  message.className = 'message';
  message.setAttribute('role', 'alert');
  message.hidden = true;
  const fallback = document.createElement('slot');
  fallback.className = 'fallback';
  root.append(message, fallback);
  return { message, fallback };
}

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
 * @attr title - Used as `heading` when `heading` is absent; it shows no tooltip over the graph.
 * @attr heading-level - Level of the visible title, 1–6 (default 2).
 * @attr theme - `light`, `dark` or `auto` (default: follows the reader's system setting).
 * @attr view - URL of a view snapshot (positions, filters, selection, viewport) to restore, or `#view` to keep the view in the page's address (`#view=…`).
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
 * @csspart fit-button - The Fit button.
 * @csspart export-button - The Export button, which opens the export menu.
 * @csspart embed-button - The Embed button, which opens the embed-code dialog.
 * @csspart search-input - The search field.
 * @csspart canvas - The graph canvas with its key hint.
 * @csspart canvas-surface - The focusable drawing area.
 * @csspart canvas-keys - The key hint under the canvas.
 * @csspart panel - The evidence panel.
 * @csspart legend - The legend and filters.
 * @csspart table - The relations table.
 * @csspart error - The error box, or the banner above a graph that failed to reload.
 * @csspart status - The loading and empty states.
 */
export class ActorGraphElement extends HTMLElement {
  // Written out (not spread from FORWARDED) so the manifest lists them in this order.
  static readonly observedAttributes = [
    'src',
    'heading',
    'title',
    'heading-level',
    'theme',
    'view',
    'loading',
  ];

  #view: ActorGraphView | undefined;
  #data: unknown;
  #limits: WidgetLimits | undefined;
  #observer: IntersectionObserver | undefined;
  /** What `#mount` asked for ahead of the widget, until the widget takes it. */
  #prefetches: { abort(): void } | undefined;
  readonly #fallback: HTMLSlotElement;
  readonly #message: HTMLParagraphElement;
  readonly #embedSource: EmbedSource = {
    describe: () => describeEmbed(this, LOADER_URL, this.#data),
  };

  constructor() {
    super();
    ({ message: this.#message, fallback: this.#fallback } = buildShadow(this));
    this.addEventListener('actor-graph-load', () => this.#settle('ready'));
    this.addEventListener('actor-graph-error', () => this.#settle(this.graph ? 'ready' : 'failed'));
    this.addEventListener('context-request', this.#onContextRequest);
    // A page may set properties before this script defines the element: they are then plain own
    // properties of the element, shadowing our accessors. Take them over, as custom elements must.
    for (const name of ['data', 'limits'] as const) {
      if (!Object.prototype.hasOwnProperty.call(this, name)) continue;
      const value: unknown = this[name];
      Reflect.deleteProperty(this, name);
      Reflect.set(this, name, value);
    }
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
    // Removed while its code downloads: what it asked for ahead stops downloading (#12). It mounts
    // again, and asks again, if it comes back.
    this.#prefetches?.abort();
    this.#prefetches = undefined;
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === 'loading') {
      if (value === 'eager' && this.isConnected) void this.#mount();
      return;
    }
    if (!this.#view) return;
    if (name === 'heading' || name === 'title') this.#forward('heading', headingOf(this));
    else this.#forward(name, value);
  }

  /** A dataset object or its JSON text, instead of `src`. */
  get data(): unknown {
    return this.#data;
  }

  set data(value: unknown) {
    this.#data = value;
    if (this.#view) this.#view.data = value;
  }

  /**
   * What to refuse instead of freezing the tab, from the next load on: `maxBytes`, `maxSourceBytes`,
   * `maxDepth`, `maxValues`, `maxActors`, `maxRelations`, `maxProblems` (the validator's limits) and
   * `timeoutMs` (how long a request may wait for the server's next bytes; default 30,000). They hold
   * for the view file too. Unset ones keep their defaults.
   */
  get limits(): WidgetLimits | undefined {
    return this.#limits;
  }

  set limits(value: WidgetLimits | undefined) {
    this.#limits = value;
    if (this.#view) this.#view.limits = value;
  }

  /** The loaded graph (a graphology graph), or undefined before a dataset has loaded. */
  get graph(): ActorGraph | undefined {
    return this.#view?.graph;
  }

  /** Problems of the last load: its errors, or the warnings of a successful one. */
  get problems(): readonly Problem[] {
    return this.#view?.problems ?? [];
  }

  /** The embed-code button inside the widget asks for the loader's URL and this element's settings. */
  readonly #onContextRequest = (event: HTMLElementEventMap['context-request']): void => {
    if ((event.context as unknown) !== EMBED_CONTEXT) return;
    event.stopPropagation();
    event.callback(this.#embedSource);
  };

  /** Selects an actor or relation as a click would, without firing `actor-graph-select`. */
  select(kind: 'actor' | 'relation', id: string): boolean {
    return this.#view?.select(kind, id) ?? false;
  }

  /** Clears the selection, without firing `actor-graph-select`. */
  clearSelection(): void {
    this.#view?.clearSelection();
  }

  /** Fits the whole graph into the canvas. */
  fit(): void {
    this.#view?.fit();
  }

  /**
   * Where an actor's centre or a relation's midpoint is on screen (client coordinates), if drawn; in
   * the Alliances view, an actor's or a pair's (`a|b`, its actors' ids).
   */
  renderedPositionOf(id: string): Point | undefined {
    return this.#view?.renderedPositionOf(id);
  }

  /**
   * The graph as a file: `png`, `svg`, `json`, `graphml`, `gexf`, `csv` or `view` (a view snapshot).
   * Options: `{ region: 'full' | 'view', scale, background, filtered, embedSources }`. Rejects before a
   * graph is shown.
   */
  async exportAs(format: WidgetExportFormat, options?: ExportOptions): Promise<Blob> {
    const view = this.#view;
    if (!view) throw new Error('The graph is not loaded yet.');
    return view.exportAs(format, options);
  }

  /** `exportAs`, then downloads the file under a name made from the dataset id and the format. */
  async download(format: WidgetExportFormat, options?: ExportOptions): Promise<DownloadResult> {
    const view = this.#view;
    if (!view) throw new Error('The graph is not loaded yet.');
    return view.download(format, options);
  }

  /** The current view (positions, filters, selection, viewport) as view-snapshot JSON text. */
  viewSnapshot(): string | undefined {
    return this.#view?.viewSnapshot();
  }

  #forward(name: string, value: string | null): void {
    if (value === null) this.#view?.removeAttribute(name);
    else this.#view?.setAttribute(name, value);
  }

  async #mount(): Promise<void> {
    this.#observer?.disconnect();
    this.#observer = undefined;
    if (this.#view || this.dataset['state'] === 'mounting') return;
    this.dataset['state'] = 'mounting';
    const started = this.#startDataset();
    const startedView = this.#startView();
    const prefetches = {
      abort: () => {
        started?.abort();
        startedView?.abort();
      },
    };
    this.#prefetches = prefetches;
    if (this.getAttribute('view')) loadViewReader();
    try {
      await loadWidget();
    } catch {
      prefetches.abort();
      this.#prefetches = undefined;
      this.#fail(
        'The graph could not be loaded: its script did not arrive. Check the connection and reload.',
      );
      return;
    }
    if (this.#prefetches !== prefetches) {
      // Removed meanwhile, which stopped its requests: it mounts anew now if it is back, else when it is.
      delete this.dataset['state'];
      if (this.isConnected) void this.#mount();
      return;
    }
    this.#prefetches = undefined;
    const view = document.createElement('actor-graph-view');
    this.#view = view;
    if (started) view.prefetched = started;
    if (startedView) view.prefetchedView = startedView;
    view.setAttribute('exportparts', PARTS.join(', '));
    // An empty title stops the browser from showing the author's `title` as a tooltip over the whole
    // widget (the nearest title, even an empty one, wins); the author's element stays as written.
    view.setAttribute('title', '');
    if (this.#limits !== undefined) view.limits = this.#limits;
    for (const name of FORWARDED) {
      this.#forward(name, name === 'heading' ? headingOf(this) : this.getAttribute(name));
    }
    const inline = this.querySelector(':scope > script[type="application/json"]')?.textContent;
    if (this.#data !== undefined) view.data = this.#data;
    else if (inline && !this.hasAttribute('src')) view.data = inline;
    this.#fallback.hidden = true;
    this.shadowRoot!.prepend(view);
    this.dataset['state'] = 'loading';
  }

  /**
   * The dataset's request, made now, while the widget's code downloads, instead of after it, and its
   * source texts' as soon as its JSON is in (see prefetch.ts); the widget reads the answers with its
   * own bounds: size, time, scheme. Only for an http(s) `src`, and not when the host gave `limits`:
   * limits given wrong are shown as the host's mistake with nothing requested, and the loader does not
   * carry their checks, so the widget requests it after them.
   */
  #startDataset(): PrefetchedDataset | undefined {
    const src = this.getAttribute('src');
    const started = src && this.#data === undefined ? this.#start(src) : undefined;
    if (!started) return undefined;
    const sources = prefetchSources(started.response, new URL(started.href));
    const abort = (): void => {
      started.abort();
      sources.release();
    };
    return { ...started, abort, sources };
  }

  /** The saved view's request too, when `view` is a snapshot's URL (`#view` is read from the address). */
  #startView(): PrefetchedFile | undefined {
    const view = this.getAttribute('view');
    return view && !view.startsWith('#') ? this.#start(view) : undefined;
  }

  /** A request for `value`, resolved against the page, made now: only http(s), and not under `limits`. */
  #start(value: string): PrefetchedFile | undefined {
    if (this.#limits !== undefined) return undefined;
    let url: URL;
    try {
      url = new URL(value, document.baseURI);
    } catch {
      return undefined;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const controller = new AbortController();
    const response = fetch(url, { signal: controller.signal });
    // Read (and its failure reported) by the widget; unhandled until then.
    response.catch(() => {});
    return { href: url.href, response, abort: () => controller.abort() };
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
