import { html, nothing, type TemplateResult } from 'lit';
import { actorsIn } from '../../src/edit/actors-in.ts';
import type { NewRelation } from '../../src/edit/relation-edits.ts';
import type { Dataset, RelationStatus } from '../../src/model/dataset.ts';
import type { TextSelection } from '../graph-editor/edit-events.ts';
import { STATUS_CHOICES, selectField, textField, typeChoices } from '../graph-editor/edit-fields.ts';
import { endsFields } from './ends-fields.ts';
import { clip } from './relation-form.ts';

/** What the reader has filled in so far; the selection is its first quote. */
export interface NewRelationDraft {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly directed: boolean;
  readonly status: RelationStatus;
  readonly summary: string;
  readonly attribution: string;
  /** Shown once the reader tried to create it without a summary. */
  readonly missingSummary: boolean;
}

/** A first guess from the quote: the actors it names, in order, and the first type. */
export function startNewRelation(dataset: Dataset, selection: TextSelection): NewRelationDraft {
  const named = actorsIn(dataset, selection.text);
  const ids = dataset.actors.map((a) => a.id);
  const from = named[0] ?? ids[0] ?? '';
  const to = named.find((id) => id !== from) ?? ids.find((id) => id !== from) ?? from;
  return {
    type: dataset.relationTypes[0]?.id ?? '',
    from,
    to,
    directed: true,
    status: 'reported',
    summary: '',
    attribution: '',
    missingSummary: false,
  };
}

export function toNewRelation(draft: NewRelationDraft, selection: TextSelection): NewRelation {
  return {
    type: draft.type,
    from: draft.from,
    to: draft.to,
    directed: draft.directed,
    status: draft.status,
    summary: draft.summary,
    attribution: draft.attribution,
    evidence: [{ source: selection.source, start: selection.start, end: selection.end }],
  };
}

export interface NewRelationFormInput {
  readonly dataset: Dataset;
  readonly draft: NewRelationDraft;
  readonly selection: TextSelection;
  readonly change: (patch: Partial<NewRelationDraft>) => void;
  readonly create: () => void;
  readonly cancel: () => void;
}

/** The form for a relation the reader makes from selected words. */
export function newRelationForm(input: NewRelationFormInput): TemplateResult {
  const { dataset, draft, selection, change } = input;
  const summaryProblem = draft.missingSummary
    ? [
        {
          code: 'schema',
          severity: 'error',
          file: '',
          path: '',
          message: 'Write one sentence that says what the relation is.',
        } as const,
      ]
    : [];
  return html`<form
    class="relation new"
    aria-labelledby="new-title"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      input.create();
    }}
  >
    <h3 id="new-title" tabindex="-1">New relation</h3>
    <p class="state">From the selected words, characters ${selection.start}–${selection.end}:</p>
    <blockquote class="new-quote">“${clip(selection.text, 240)}”</blockquote>
    <div class="fields">
      ${selectField({ id: 'n-type', label: 'Type', value: draft.type, ...typeChoices(dataset), onChange: (type) => change({ type }) })}
      ${endsFields({ prefix: 'n', dataset, ends: draft, onChange: change })}
      ${selectField({ id: 'n-status', label: 'Status', value: draft.status, choices: STATUS_CHOICES, onChange: (status) => change({ status: status as RelationStatus }) })}
      ${textField({ id: 'n-summary', label: 'Summary', value: draft.summary, required: true, problems: summaryProblem, hint: 'One sentence, in your words.', onChange: (summary) => change({ summary, missingSummary: false }) })}
      ${textField({ id: 'n-attribution', label: 'Attribution', value: draft.attribution, hint: 'Who the text says the claim comes from, if it says.', onChange: (attribution) => change({ attribution }) })}
    </div>
    <div class="decide">
      <button type="submit" class="button primary">Create relation</button>
      <button type="button" class="button" @click=${input.cancel}>Cancel</button>
    </div>
    ${dataset.actors.length < 2 ? html`<p class="hint">Add a second actor first (Actors, below).</p>` : nothing}
  </form>`;
}
