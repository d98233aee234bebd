import { html, nothing, type TemplateResult } from 'lit';
import type { RelationPatch } from '../../src/edit/relation-edits.ts';
import { relationName } from '../../src/edit/apply-edit.ts';
import { fieldOf, quoteOf } from '../../src/edit/problem-targets.ts';
import type { Dataset, Relation } from '../../src/model/dataset.ts';
import { PROBLEM_CODES, type Problem } from '../../src/validate/problem.ts';
import { emitEdit, requestEdit, type TextSelection } from '../graph-editor/edit-events.ts';
import { endsFields } from './ends-fields.ts';
import {
  STATUS_CHOICES,
  problemList,
  selectField,
  textField,
  typeChoices,
} from '../graph-editor/edit-fields.ts';

export interface RelationFormInput {
  readonly host: HTMLElement;
  readonly dataset: Dataset;
  readonly relation: Relation;
  readonly problems: readonly Problem[];
  readonly selection: TextSelection | null;
}

const percent = (n: number): string => `${Math.round(n * 100)}%`;

function draftLine(relation: Relation): TemplateResult {
  const { draft } = relation;
  if (!draft) return html`<p class="state reviewed">Reviewed: this relation is no longer a draft.</p>`;
  return html`<p class="state draft">
    <strong>Draft</strong>, not yet reviewed: the drafter is ${percent(draft.confidence)} sure, from the words
    “${draft.cue}”${draft.rule ? html` (rule <code>${draft.rule}</code>)` : nothing}.
  </p>`;
}

function representativeChoices(dataset: Dataset, actorId: string): [string, string][] {
  const actor = dataset.actors.find((a) => a.id === actorId);
  return [
    ['', 'Nobody named'],
    ...(actor?.representatives ?? []).map((r): [string, string] => [
      r.id,
      r.role ? `${r.name}, ${r.role}` : r.name,
    ]),
  ];
}

/** The review form of one relation: decide, edit every field, and manage its quotes. */
export function relationForm(input: RelationFormInput): TemplateResult {
  const { host, dataset, relation, problems, selection } = input;
  const id = relation.id;
  const update = (patch: RelationPatch): void => requestEdit(host, { kind: 'update', id, patch });
  const at = (field: string): Problem[] => problems.filter((p) => fieldOf(p) === field);
  // A warning that the relation is still a draft is what the line above says already.
  const general = problems.filter(
    (p) => !FIELDS.has(fieldOf(p) ?? '') && p.code !== PROBLEM_CODES.draftRelation,
  );
  const usable = selection !== null && selection.start < selection.end;
  return html`<article class="relation" aria-labelledby="relation-title">
    <h3 id="relation-title" tabindex="-1">${relationName(dataset, id)}</h3>
    ${draftLine(relation)}
    <div class="decide">
      ${
        relation.draft
          ? html`<button
              type="button"
              class="button primary"
              @click=${() => requestEdit(host, { kind: 'accept', id })}
            >
              Accept
            </button>`
          : nothing
      }
      <button type="button" class="button danger" @click=${() => requestEdit(host, { kind: 'reject', id })}>
        Reject
      </button>
    </div>
    ${problemList(general)}
    <div class="fields">
      ${selectField({ id: 'f-type', label: 'Type', value: relation.type, ...typeChoices(dataset), problems: at('type'), onChange: (type) => update({ type }) })}
      ${endsFields({ prefix: 'f', dataset, ends: relation, problems: at, onChange: update })}
      ${selectField({ id: 'f-status', label: 'Status', value: relation.status, choices: STATUS_CHOICES, problems: at('status'), onChange: (status) => update({ status: status as Relation['status'] }) })}
      ${textField({ id: 'f-summary', label: 'Summary', value: relation.summary, required: true, problems: at('summary'), hint: 'One sentence, in your words.', onChange: (summary) => update({ summary }) })}
      ${textField({ id: 'f-attribution', label: 'Attribution', value: relation.attribution ?? '', problems: at('attribution'), hint: 'Who the text says the claim comes from (the Kremlin, RIA), if it says.', onChange: (attribution) => update({ attribution }) })}
      <div class="pair">
        ${selectField({ id: 'f-from-rep', label: 'Who acted for the first', value: relation.fromRepresentative ?? '', choices: representativeChoices(dataset, relation.from), problems: at('fromRepresentative'), onChange: (fromRepresentative) => update({ fromRepresentative }) })}
        ${selectField({ id: 'f-to-rep', label: 'Who acted for the second', value: relation.toRepresentative ?? '', choices: representativeChoices(dataset, relation.to), problems: at('toRepresentative'), onChange: (toRepresentative) => update({ toRepresentative }) })}
      </div>
      <div class="pair">
        ${textField({ id: 'f-date', label: 'Date', value: relation.date ?? '', problems: at('date'), hint: 'YYYY, YYYY-MM or YYYY-MM-DD.', onChange: (date) => update({ date: date.trim() }) })}
        ${textField({ id: 'f-date-phrase', label: 'Date in the text’s words', value: relation.datePhrase ?? '', problems: at('datePhrase'), onChange: (datePhrase) => update({ datePhrase: datePhrase.trim() }) })}
      </div>
    </div>
    ${quoteList(host, dataset, relation, problems)}
    <div class="add-quote">
      <button
        type="button"
        class="button"
        ?disabled=${!usable}
        aria-describedby="add-quote-hint"
        @click=${() => usable && requestEdit(host, { kind: 'add-evidence', id, span: selection })}
      >
        Add the selected text as a quote
      </button>
      <span class="hint" id="add-quote-hint"
        >${usable ? `“${clip(selection.text)}”` : 'Select words in the article first.'}</span
      >
    </div>
  </article>`;
}

const FIELDS = new Set([
  'type',
  'from',
  'to',
  'status',
  'summary',
  'attribution',
  'fromRepresentative',
  'toRepresentative',
  'date',
  'datePhrase',
  'evidence',
]);

export const clip = (text: string, max = 120): string =>
  text.length > max ? `${text.slice(0, max / 2)} … ${text.slice(-max / 2)}` : text;

function quoteList(
  host: HTMLElement,
  dataset: Dataset,
  relation: Relation,
  problems: readonly Problem[],
): TemplateResult {
  const titles = new Map(dataset.sources.map((s) => [s.id, s.title]));
  const whole = problems.filter((p) => fieldOf(p) === 'evidence' && quoteOf(p) === undefined);
  return html`<h4 class="subhead">Quotes <span class="count">${relation.evidence.length}</span></h4>
    ${problemList(whole)}
    <ol class="quotes">
      ${relation.evidence.map((e, i) => {
        const own = problems.filter((p) => quoteOf(p) === i);
        return html`<li class=${own.some((p) => p.severity === 'error') ? 'invalid' : ''}>
          <blockquote>“${e.quote}”</blockquote>
          <p class="cite">
            ${dataset.sources.length > 1 ? html`${titles.get(e.source) ?? e.source}, ` : nothing}characters
            ${e.start}–${e.end}${e.attribution ? html` · attributed to ${e.attribution}` : nothing}
          </p>
          ${problemList(own)}
          <div class="quote-actions">
            <button
              type="button"
              class="link"
              @click=${() => emitEdit(host, 'actor-graph-edit-reveal', { source: e.source, start: e.start })}
            >
              Show in the text<span class="visually-hidden"> (quote ${i + 1})</span>
            </button>
            <button
              type="button"
              class="link danger"
              @click=${() => requestEdit(host, { kind: 'remove-evidence', id: relation.id, index: i })}
            >
              Remove<span class="visually-hidden"> quote ${i + 1}</span>
            </button>
          </div>
        </li>`;
      })}
    </ol>`;
}
