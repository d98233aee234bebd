import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ProblemTargets } from '../../src/edit/problem-targets.ts';
import type { Dataset, Relation } from '../../src/model/dataset.ts';
import { emitEdit, requestEdit, type TextSelection } from '../graph-editor/edit-events.ts';
import {
  newRelationForm,
  startNewRelation,
  toNewRelation,
  type NewRelationDraft,
} from './new-relation-form.ts';
import { relationForm } from './relation-form.ts';
import styles from './edit-relations.styles.ts';

const NO_TARGETS: ProblemTargets = { relations: new Map(), actors: new Map(), other: [] };

/**
 * The relations of the dataset under review: a list (one tab stop; ↑/↓/Home/End move and show a
 * relation) and the form of the one shown, or the form for a new relation from selected words.
 *
 * @summary The relation list and review form of `<actor-graph-editor>`.
 *
 * @fires actor-graph-edit-request - An edit: accept, reject, change, add or remove a quote, create.
 * @fires actor-graph-edit-choose - The reader moved to another relation.
 * @fires actor-graph-edit-new-relation - The reader cancelled the new relation (`open: false`).
 * @fires actor-graph-edit-reveal - The reader asked to see a quote in the article.
 */
@customElement('actor-graph-edit-relations')
export class ActorGraphEditRelations extends LitElement {
  static override styles = styles;

  @state() private draft: NewRelationDraft | undefined;

  @property({ attribute: false }) data: Dataset | undefined;
  @property({ attribute: false }) targets: ProblemTargets = NO_TARGETS;
  /** The relation shown in the form. */
  @property() selected: string | undefined;
  /** The words selected in the article, if any. */
  @property({ attribute: false }) selection: TextSelection | null = null;
  /** Words to make a new relation from: the form for it replaces the relation's. */
  @property({ attribute: false }) creating: TextSelection | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('creating')) {
      this.draft = this.creating && this.data ? startNewRelation(this.data, this.creating) : undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('selected')) return;
    const option = this.renderRoot.querySelector<HTMLElement>('[role="option"][tabindex="0"]');
    option?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    // The keyboard was in the list: it stays on the row of the relation now shown.
    if (this.shadowRoot?.activeElement?.getAttribute('role') === 'option') option?.focus();
  }

  /** Moves keyboard focus to the heading of the form shown, so a screen reader reads it next. */
  async focusForm(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#relation-title, #new-title')?.focus();
  }

  /** Moves keyboard focus to the list's row of the relation shown. */
  async focusList(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[role="option"][tabindex="0"]')?.focus();
  }

  private readonly onListKey = (event: KeyboardEvent): void => {
    const relations = this.data?.relations ?? [];
    const at = relations.findIndex((r) => r.id === this.selected);
    const target = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: relations.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = relations[Math.min(Math.max(target, 0), relations.length - 1)];
    if (!next) return;
    emitEdit(this, 'actor-graph-edit-choose', { relation: next.id, reveal: true });
  };

  private renderOption(relation: Relation, dataset: Dataset): unknown {
    const chosen = relation.id === this.selected;
    const problems = this.targets.relations.get(relation.id) ?? [];
    const errors = problems.filter((p) => p.severity === 'error').length;
    const name = (id: string): string => dataset.actors.find((a) => a.id === id)?.name ?? id;
    const type = dataset.relationTypes.find((t) => t.id === relation.type)?.label ?? relation.type;
    return html`<li
      role="option"
      id="option-${relation.id}"
      aria-selected=${chosen ? 'true' : 'false'}
      tabindex=${chosen ? 0 : -1}
      class=${relation.draft ? 'draft' : 'reviewed'}
      @click=${() => emitEdit(this, 'actor-graph-edit-choose', { relation: relation.id, reveal: true })}
    >
      <span class="badge"
        >${relation.draft ? `Draft ${Math.round(relation.draft.confidence * 100)}%` : 'Reviewed'}</span
      >
      <span class="what">
        <span class="type">${type}</span>
        <span class="ends">${name(relation.from)} ${relation.directed ? '→' : '—'} ${name(relation.to)}</span>
      </span>
      <span class="meta">
        ${relation.evidence.length}
        quote${relation.evidence.length === 1 ? '' : 's'}${
          problems.length
            ? html`,
                <span class=${errors ? 'bad' : 'warn'}
                  >${errors ? `${errors} error${errors === 1 ? '' : 's'}` : `${problems.length} warning${problems.length === 1 ? '' : 's'}`}</span
                >`
            : nothing
        }
      </span>
    </li>`;
  }

  protected override render(): unknown {
    const dataset = this.data;
    if (!dataset) return nothing;
    const drafts = dataset.relations.filter((r) => r.draft).length;
    const relation = dataset.relations.find((r) => r.id === this.selected);
    const { draft, creating } = this;
    return html`<section class="list" aria-labelledby="relations-title">
        <h2 id="relations-title">
          Relations <span class="count">${dataset.relations.length}, ${drafts} to review</span>
        </h2>
        ${
          dataset.relations.length
            ? html`<ul role="listbox" aria-labelledby="relations-title" @keydown=${this.onListKey}>
                ${repeat(
                  dataset.relations,
                  (r) => r.id,
                  (r) => this.renderOption(r, dataset),
                )}
              </ul>`
            : html`<p class="hint">No relations yet: select words in the article and make one.</p>`
        }
      </section>
      ${
        draft && creating
          ? newRelationForm({
              dataset,
              draft,
              selection: creating,
              change: (patch) => {
                this.draft = { ...draft, ...patch };
              },
              create: () => {
                if (draft.summary.trim() === '') {
                  this.draft = { ...draft, missingSummary: true };
                  void this.updateComplete.then(() =>
                    this.renderRoot.querySelector<HTMLElement>('#n-summary')?.focus(),
                  );
                  return;
                }
                requestEdit(this, { kind: 'create-relation', relation: toNewRelation(draft, creating) });
              },
              cancel: () => emitEdit(this, 'actor-graph-edit-new-relation', { open: false }),
            })
          : relation
            ? relationForm({
                host: this,
                dataset,
                relation,
                problems: this.targets.relations.get(relation.id) ?? [],
                selection: this.selection,
              })
            : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-edit-relations': ActorGraphEditRelations;
  }
}
