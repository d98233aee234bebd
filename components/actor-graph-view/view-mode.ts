import { html, nothing, type TemplateResult } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ActorGraph } from '../../src/graph/actor-graph.ts';
import {
  sameAllianceSelection,
  selectedActors,
  type AllianceSelection,
} from '../../src/view/alliance-selection.ts';
import type { Viewport, ViewMode } from '../../src/view/snapshot.ts';
import type { ActorGraphAlliances } from '../alliance-view/alliance-view.ts';

const ALLIANCES_FAILED =
  'The Alliances view could not be shown: its code did not arrive. Check the connection and reload the page.';

/** A saved view's part for the Alliances view: which view, what is selected there, its zoom. */
export interface AllianceChoice {
  readonly viewMode: ViewMode;
  readonly allianceSelection: AllianceSelection | null;
  /** The alliance picture's zoom and centre, when the view was saved in it. */
  readonly viewport?: Viewport;
}

export interface ViewModeOptions {
  readonly graph: () => ActorGraph | undefined;
  readonly announce: (message: string) => void;
  /** The Alliances view's element once rendered. */
  readonly element: () => ActorGraphAlliances | null | undefined;
}

/**
 * Which of the two views a widget shows, "Relations" or "Alliances", and what is selected in the
 * second. The Alliances view's code (analysis, layout, panels) is a chunk of its own, imported the
 * first time the reader (or a saved view) switches to it: a page that never opens it loads none of it.
 * The relations view stays rendered, hidden, meanwhile, so switching back finds it as it was.
 */
export class ViewModeController implements ReactiveController {
  mode: ViewMode = 'relations';
  allianceSelection: AllianceSelection | null = null;
  /** A saved zoom and centre for the alliance picture's first drawing. */
  allianceViewport: Viewport | undefined;
  /** The chunk is loaded and `<actor-graph-alliances>` defined. */
  loaded = false;
  private loading: Promise<void> | undefined;
  /** The Alliances view's code did not arrive at the last press. */
  private failed = false;
  private readonly host: ReactiveControllerHost;
  private readonly options: ViewModeOptions;

  constructor(host: ReactiveControllerHost, options: ViewModeOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Shows a view: the Alliances one loads its code first. Resolves once it is shown. */
  async switchTo(mode: ViewMode, announce = true): Promise<void> {
    if (mode === 'alliances' && !this.loaded) {
      this.failed = false;
      this.loading ??= import('../alliance-view/alliance-view.ts').then(() => void (this.loaded = true));
      try {
        await this.loading;
      } catch {
        // The relations stay. Chromium keeps a module's failed fetch for the page's life, so the
        // reader is told to reload; a browser that does not is asked again at the next press.
        this.loading = undefined;
        this.failed = true;
        this.host.requestUpdate();
        return;
      }
    }
    if (this.mode === mode) return;
    this.mode = mode;
    this.host.requestUpdate();
    if (announce) this.options.announce(mode === 'alliances' ? 'Alliances view.' : 'Relations view.');
  }

  /** A saved view (or a new graph, with none): its mode and selection, checked against the graph. */
  show(choice: AllianceChoice | undefined): void {
    this.allianceSelection = choice?.allianceSelection ?? null;
    this.allianceViewport = choice?.viewport;
    void this.switchTo(choice?.viewMode ?? 'relations', false);
    this.host.requestUpdate();
  }

  readonly onSelect = (event: CustomEvent<{ selection: AllianceSelection | null }>): void => {
    event.stopPropagation();
    const { selection } = event.detail;
    if (sameAllianceSelection(selection, this.allianceSelection)) return;
    this.allianceSelection = selection;
    this.host.requestUpdate();
    const graph = this.options.graph();
    if (!graph) return;
    const names = selection ? selectedActors(selection).map((id) => graph.getNodeAttribute(id, 'name')) : [];
    this.options.announce(
      selection
        ? `Selected ${selection.kind === 'triad' ? 'triangle' : selection.kind}: ${names.join(selection.kind === 'pair' ? ' and ' : '–')}. Details in the panel.`
        : 'Selection cleared.',
    );
  };

  /** The "Relations | Alliances" switch: two toggle buttons, one pressed. */
  switcher(): TemplateResult {
    const button = (mode: ViewMode, label: string) =>
      html`<button
        type="button"
        class="button view-switch-button"
        aria-pressed=${this.mode === mode ? 'true' : 'false'}
        @click=${() => void this.switchTo(mode)}
      >
        ${label}
      </button>`;
    return html`<div class="view-switch" role="group" aria-label="View">
        ${button('relations', 'Relations')}${button('alliances', 'Alliances')}
      </div>
      ${this.failed ? html`<span class="view-switch-failed" role="alert">${ALLIANCES_FAILED}</span>` : nothing}`;
  }

  /** The Alliances view, once its code is loaded. */
  view(headingLevel: number, title: string): TemplateResult | undefined {
    if (this.mode !== 'alliances' || !this.loaded) return undefined;
    return html`<actor-graph-alliances
      heading-level=${headingLevel}
      label=${`Alliances in ${title}`}
      .selection=${this.allianceSelection}
      .viewport=${this.allianceViewport}
      @actor-graph-alliance-select=${this.onSelect}
    ></actor-graph-alliances>`;
  }
}
