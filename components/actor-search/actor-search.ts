import { consume } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { searchActors, type ActorMatch } from '../../src/view/search.ts';
import { emit } from '../shared/events.ts';
import { graphModelContext, type GraphModel } from '../shared/model-context.ts';
import { plural } from '../shared/status-words.ts';
import { bdi } from '../shared/bdi.ts';
import styles from './actor-search.styles.ts';

/**
 * Finds actors by name, alias or representative (ARIA 1.2 combobox with a listbox popup). Typing
 * outlines the matches on the canvas; ↓/↑ move through the results, Enter chooses, Escape closes and a
 * second Escape clears the box.
 *
 * @summary The actor search box of `<actor-graph-view>`.
 *
 * @fires actor-graph-search-change - The query changed; `detail.matches` are the actors it matches.
 * @fires actor-graph-select-request - The reader chose a result.
 * @fires actor-graph-announce - How many actors match.
 *
 * @csspart base - The search box wrapper.
 * @csspart input - The text field.
 * @csspart listbox - The list of results.
 */
@customElement('actor-graph-search')
export class ActorGraphSearch extends LitElement {
  static override styles = styles;

  @consume({ context: graphModelContext, subscribe: true })
  @state()
  private model: GraphModel | undefined;

  @state() private query = '';
  @state() private results: readonly ActorMatch[] = [];
  @state() private open = false;
  /** Index of the highlighted option, -1 for none (focus stays in the field either way). */
  @state() private active = -1;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('model')) {
      this.query = '';
      this.results = [];
      this.open = false;
      this.active = -1;
    }
  }

  private readonly onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.results = this.model ? searchActors(this.model.graph, this.query) : [];
    this.open = this.query.trim() !== '';
    this.active = -1;
    emit(this, 'actor-graph-search-change', { matches: this.results.map((r) => r.id) });
    if (this.open) {
      emit(this, 'actor-graph-announce', {
        message: this.results.length ? `${plural(this.results.length, 'actor')} found.` : 'No actor found.',
      });
    }
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const count = this.results.length;
    switch (event.key) {
      case 'ArrowDown':
        this.open = this.query.trim() !== '';
        this.active = count ? (this.active + 1) % count : -1;
        break;
      case 'ArrowUp':
        this.open = this.query.trim() !== '';
        this.active = count ? (this.active <= 0 ? count - 1 : this.active - 1) : -1;
        break;
      case 'Enter': {
        const match = this.results[this.active] ?? this.results[0];
        if (!this.open || !match) return;
        this.choose(match);
        break;
      }
      case 'Escape':
        if (this.open) this.open = false;
        else if (this.query) this.clear();
        else return;
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  private readonly onBlur = (): void => {
    this.open = false;
  };

  private choose(match: ActorMatch): void {
    this.query = match.name;
    this.open = false;
    this.active = -1;
    emit(this, 'actor-graph-select-request', { selection: { kind: 'actor', id: match.id }, reveal: true });
  }

  private clear(): void {
    this.query = '';
    this.results = [];
    emit(this, 'actor-graph-search-change', { matches: [] });
  }

  protected override render(): unknown {
    const expanded = this.open;
    const activeId = expanded && this.active >= 0 ? `option-${this.active}` : undefined;
    return html`<div part="base" class="search">
      <label for="input" class="visually-hidden">Find an actor</label>
      <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" stroke-width="1.6" />
        <path d="M10.5 10.5 L14 14" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
      </svg>
      <input
        id="input"
        part="input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        placeholder="Find an actor, place or person…"
        aria-autocomplete="list"
        aria-controls="listbox"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-activedescendant=${activeId ?? nothing}
        .value=${this.query}
        ?disabled=${!this.model}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
        @blur=${this.onBlur}
      />
      <ul id="listbox" part="listbox" role="listbox" aria-label="Matching actors" ?hidden=${!expanded}>
        ${this.results.map(
          (match, i) =>
            html`<li
              id="option-${i}"
              role="option"
              aria-selected=${i === this.active ? 'true' : 'false'}
              @mousedown=${(event: MouseEvent) => event.preventDefault()}
              @click=${() => this.choose(match)}
            >
              <span class="name">${bdi(match.name)}</span>
              ${match.matched !== match.name ? html`<span class="why">${bdi(match.matched)} → ${bdi(match.name)}</span>` : nothing}
            </li>`,
        )}
        ${this.results.length === 0 ? html`<li class="none" role="option" aria-disabled="true" aria-selected="false">No actor matches “${bdi(this.query)}”</li>` : nothing}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-search': ActorGraphSearch;
  }
}
