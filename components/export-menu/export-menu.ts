import { consume } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { NO_FILTER, visibleRelations, type RelationFilter } from '../../src/view/filters.ts';
import { emit } from '../shared/events.ts';
import type { ExportStatus } from '../shared/export-options.ts';
import { graphModelContext, type GraphModel } from '../shared/model-context.ts';
import styles from './export-menu.styles.ts';
import { focusItem, itemKeyTarget } from './menu-keys.ts';
import {
  DEFAULT_MENU_CHOICES,
  listStep,
  optionsFor,
  pngStep,
  type MenuAction,
  type MenuChoices,
  type StepContext,
} from './menu-steps.ts';

/**
 * The Export button and what it opens: pictures (PNG, SVG) of the whole graph or of the current
 * view, the data (JSON, GraphML, GEXF, CSV) whole or as filtered, a view snapshot, and a link to the
 * view. A disclosure: Enter, Space or ↓ opens it on the first item, ↑ ↓ Home End move between items,
 * Escape closes it and gives focus back to the button. It stays open after an export to show how it
 * went.
 *
 * @summary The Export menu of `<actor-graph-view>`.
 *
 * @fires actor-graph-export-request - The reader chose an export. `detail: { action, options }`.
 *
 * @csspart base - The button and its panel.
 * @csspart button - The Export button.
 * @csspart panel - The panel it opens.
 */
@customElement('actor-graph-export-menu')
export class ActorGraphExportMenu extends LitElement {
  static override styles = styles;

  /** Where focus goes once the panel has rendered: an end of the items, or into or out of the PNG step. */
  private focusAfterRender: 'first' | 'last' | 'png' | 'png-item' | undefined;

  @query('.trigger') private trigger!: HTMLButtonElement | null;
  @query('.panel') private panel!: HTMLElement | null;

  @consume({ context: graphModelContext, subscribe: true })
  @state()
  private model: GraphModel | undefined;

  @state() private open = false;
  @state() private step: 'list' | 'png' = 'list';
  @state() private choices: MenuChoices = DEFAULT_MENU_CHOICES;

  /** What the filters hide; the menu offers to leave those relations out of data exports. */
  @property({ attribute: false }) filter: RelationFilter = NO_FILTER;
  /** How the last export went, shown at the bottom of the panel. */
  @property({ attribute: false }) status: ExportStatus | undefined;
  /** Offer "Copy link to this view": the widget keeps its view in the page's address. */
  @property({ type: Boolean, attribute: 'view-link' }) viewLink = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.close(false);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('open') && this.open) this.keepInView();
    const target = this.focusAfterRender;
    this.focusAfterRender = undefined;
    if (!target || !this.panel) return;
    if (target === 'png') this.panel.querySelector<HTMLElement>('.back')?.focus();
    else if (target === 'png-item') this.panel.querySelector<HTMLElement>('[data-png]')?.focus();
    else focusItem(this.panel, target);
  }

  private readonly onOutsidePointer = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.close(false);
  };

  private readonly onTriggerKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      event.stopPropagation();
      this.close(true);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    this.show(event.key === 'ArrowDown' ? 'first' : 'last');
  };

  private readonly onTriggerClick = (event: MouseEvent): void => {
    if (this.open) this.close(true);
    // A click from Enter or Space has no pointer position; the keyboard reader then goes to the items.
    else this.show(event.detail === 0 ? 'first' : undefined);
  };

  private readonly onPanelKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.close(true);
      return;
    }
    if (!this.panel) return;
    const next = itemKeyTarget(this.panel, event);
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    // Tab past the last control closes the panel; focus moving inside it (or to nothing) does not.
    if (to && !this.shadowRoot?.contains(to) && !this.contains(to)) this.close(false);
  };

  /** The panel opens to the right of the button, or to its left where the page ends. */
  private keepInView(): void {
    const panel = this.panel;
    if (!panel) return;
    panel.classList.remove('end');
    if (panel.getBoundingClientRect().right > document.documentElement.clientWidth - 8)
      panel.classList.add('end');
  }

  private show(focus: 'first' | 'last' | undefined): void {
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
    this.open = true;
    this.step = 'list';
    this.focusAfterRender = focus;
  }

  private close(returnFocus: boolean): void {
    if (!this.open) return;
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
    this.open = false;
    this.step = 'list';
    if (returnFocus) this.trigger?.focus();
  }

  private readonly change = (patch: Partial<MenuChoices>): void => {
    this.choices = { ...this.choices, ...patch };
  };

  private readonly request = (action: MenuAction): void => {
    emit(this, 'actor-graph-export-request', { action, options: optionsFor(action, this.choices) });
  };

  private readonly goTo = (step: 'list' | 'png'): void => {
    this.step = step;
    this.focusAfterRender = step === 'png' ? 'png' : 'png-item';
  };

  protected override render(): unknown {
    const { status, choices, change, request, goTo } = this;
    const context: StepContext = { choices, change, request, goTo };
    const graph = this.model?.graph;
    const relations = {
      shown: graph ? visibleRelations(graph, this.filter).length : 0,
      total: graph?.size ?? 0,
    };
    return html`<div part="base" class="base">
      <button
        part="button"
        class="trigger"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.onTriggerClick}
        @keydown=${this.onTriggerKey}
      >
        Export <span class="chevron" aria-hidden="true"></span>
      </button>
      <div
        part="panel"
        id="panel"
        class="panel"
        ?hidden=${!this.open}
        @keydown=${this.onPanelKey}
        @focusout=${this.onFocusOut}
      >
        ${this.step === 'png' ? pngStep(context) : listStep(context, relations, this.viewLink)}
        ${status ? html`<p class="status ${status.state}">${status.message}</p>` : nothing}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-export-menu': ActorGraphExportMenu;
  }
}
