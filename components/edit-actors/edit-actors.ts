import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { EditRequest } from '../../src/edit/apply-edit.ts';
import type { ProblemTargets } from '../../src/edit/problem-targets.ts';
import type { ActorKind, Dataset } from '../../src/model/dataset.ts';
import { requestEdit, type TextSelection } from '../graph-editor/edit-events.ts';
import { actorChoices, problemList, selectField } from '../graph-editor/edit-fields.ts';
import styles from './edit-actors.styles.ts';

const NO_TARGETS: ProblemTargets = { relations: new Map(), actors: new Map(), other: [] };
const KINDS: readonly (readonly [ActorKind, string])[] = [
  ['state', 'State'],
  ['bloc', 'Bloc'],
  ['organization', 'Organisation'],
  ['group', 'Armed or political group'],
  ['person', 'Person'],
];

/**
 * The actors of the dataset under review: each with its aliases (removable) and, while no relation
 * names it, a Remove button; forms to add an alias, merge a duplicate into the actor it duplicates,
 * and add an actor the draft missed. The alias and new-actor forms take the words selected in the
 * article with one button.
 *
 * @summary The actor list, aliases and merging of `<actor-graph-editor>`.
 *
 * @fires actor-graph-edit-request - An edit: add or remove an alias, merge two actors, add or remove an actor.
 */
@customElement('actor-graph-edit-actors')
export class ActorGraphEditActors extends LitElement {
  static override styles = styles;

  @state() private aliasActor = '';
  @state() private alias = '';
  @state() private keep = '';
  @state() private duplicate = '';
  @state() private newName = '';
  @state() private newKind: ActorKind = 'state';

  @property({ attribute: false }) data: Dataset | undefined;
  @property({ attribute: false }) targets: ProblemTargets = NO_TARGETS;
  @property({ attribute: false }) selection: TextSelection | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('data') || !this.data) return;
    // Choices stay on actors that still exist (a merge removes one).
    const ids = this.data.actors.map((a) => a.id);
    const keepIfThere = (id: string, fallback: string): string => (ids.includes(id) ? id : fallback);
    this.aliasActor = keepIfThere(this.aliasActor, ids[0] ?? '');
    this.keep = keepIfThere(this.keep, ids[0] ?? '');
    this.duplicate = keepIfThere(this.duplicate, ids.find((id) => id !== this.keep) ?? '');
  }

  /** Clears a form's text once its edit went through. */
  clearForms(): void {
    this.alias = '';
    this.newName = '';
  }

  /**
   * Asks to remove something whose button goes with it: the keyboard focus moves to the Actors
   * heading rather than being dropped on the page (the live region says what was removed).
   */
  private requestRemoval(request: EditRequest): void {
    requestEdit(this, request);
    this.renderRoot.querySelector<HTMLElement>('#actors-title')?.focus();
  }

  private selected(): string {
    const words = this.selection?.text.trim() ?? '';
    return words.length <= 200 ? words : '';
  }

  private renderActor(dataset: Dataset, id: string): unknown {
    const actor = dataset.actors.find((a) => a.id === id)!;
    const relations = dataset.relations.filter((r) => r.from === id || r.to === id).length;
    const kind = KINDS.find(([k]) => k === actor.kind)?.[1] ?? actor.kind;
    return html`<li>
      <div class="actor-head">
        <strong>${actor.name}</strong>
        <span class="meta">${actor.id} · ${kind} · ${relations} relation${relations === 1 ? '' : 's'}</span>
        ${
          // Only an actor no relation names can go; one in use is merged instead.
          relations === 0
            ? html`<button
                type="button"
                class="link danger drop"
                aria-label="Remove actor ${actor.name}"
                @click=${() => this.requestRemoval({ kind: 'remove-actor', id })}
              >
                Remove
              </button>`
            : nothing
        }
      </div>
      ${
        actor.aliases?.length
          ? html`<ul class="aliases" aria-label="Aliases of ${actor.name}">
              ${actor.aliases.map(
                (alias) =>
                  html`<li>
                    <span>${alias}</span>
                    <button
                      type="button"
                      class="remove"
                      aria-label="Remove alias ${alias} of ${actor.name}"
                      title="Remove alias"
                      @click=${() => this.requestRemoval({ kind: 'remove-alias', id, alias })}
                    >
                      ×
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        actor.representatives?.length
          ? html`<p class="reps">
              ${actor.representatives.map((r) => (r.role ? `${r.name} (${r.role})` : r.name)).join('; ')}
            </p>`
          : nothing
      }
      ${problemList(this.targets.actors.get(id) ?? [])}
    </li>`;
  }

  protected override render(): unknown {
    const dataset = this.data;
    if (!dataset) return nothing;
    const choices = actorChoices(dataset);
    const words = this.selected();
    return html`<section aria-labelledby="actors-title">
      <h2 id="actors-title" tabindex="-1">Actors <span class="count">${dataset.actors.length}</span></h2>
      <ul class="actors">
        ${dataset.actors.map((a) => this.renderActor(dataset, a.id))}
      </ul>
      <form
        class="tool"
        aria-labelledby="alias-title"
        @submit=${(e: Event) => {
          e.preventDefault();
          requestEdit(this, { kind: 'add-alias', id: this.aliasActor, alias: this.alias });
        }}
      >
        <h3 id="alias-title">Add an alias</h3>
        <div class="row">
          ${selectField({ id: 'alias-actor', label: 'Actor', value: this.aliasActor, choices, onChange: (v) => (this.aliasActor = v) })}
          <div class="field">
            <label for="alias-name">Alias</label>
            <input
              id="alias-name"
              type="text"
              .value=${live(this.alias)}
              @input=${(e: Event) => (this.alias = (e.target as HTMLInputElement).value)}
            />
          </div>
        </div>
        <div class="actions">
          <button type="submit" class="button" ?disabled=${this.alias.trim() === ''}>Add alias</button>
          <button type="button" class="link" ?hidden=${!words} @click=${() => (this.alias = words)}>
            Use the selected words
          </button>
        </div>
      </form>
      <form
        class="tool"
        aria-labelledby="merge-title"
        @submit=${(e: Event) => {
          e.preventDefault();
          requestEdit(this, { kind: 'merge-actors', keep: this.keep, duplicate: this.duplicate });
        }}
      >
        <h3 id="merge-title">Merge duplicate actors</h3>
        <div class="row">
          ${selectField({ id: 'merge-duplicate', label: 'Merge', value: this.duplicate, choices, onChange: (v) => (this.duplicate = v) })}
          ${selectField({ id: 'merge-keep', label: 'into', value: this.keep, choices, onChange: (v) => (this.keep = v) })}
        </div>
        <p class="hint">
          The first one’s relations move to the second, its names become aliases, and it is removed.
        </p>
        <div class="actions">
          <button type="submit" class="button" ?disabled=${this.keep === this.duplicate || !this.keep}>
            Merge
          </button>
        </div>
      </form>
      <form
        class="tool"
        aria-labelledby="new-actor-title"
        @submit=${(e: Event) => {
          e.preventDefault();
          requestEdit(this, { kind: 'add-actor', name: this.newName, actorKind: this.newKind });
        }}
      >
        <h3 id="new-actor-title">Add an actor</h3>
        <div class="row">
          <div class="field">
            <label for="new-actor-name">Name</label>
            <input
              id="new-actor-name"
              type="text"
              .value=${live(this.newName)}
              @input=${(e: Event) => (this.newName = (e.target as HTMLInputElement).value)}
            />
          </div>
          ${selectField({ id: 'new-actor-kind', label: 'Kind', value: this.newKind, choices: KINDS, onChange: (v) => (this.newKind = v as ActorKind) })}
        </div>
        <div class="actions">
          <button type="submit" class="button" ?disabled=${this.newName.trim() === ''}>Add actor</button>
          <button type="button" class="link" ?hidden=${!words} @click=${() => (this.newName = words)}>
            Use the selected words
          </button>
        </div>
      </form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-edit-actors': ActorGraphEditActors;
  }
}
