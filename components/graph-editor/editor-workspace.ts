import { html, nothing, type TemplateResult } from 'lit';
import { relationName } from '../../src/edit/apply-edit.ts';
import type { ProblemTargets } from '../../src/edit/problem-targets.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { PROBLEM_CODES, type Problem } from '../../src/validate/problem.ts';
import type { ArticleMark } from '../edit-article/edit-article.ts';
import { clip } from '../edit-relations/relation-form.ts';
import type { TextSelection } from './edit-events.ts';
import { problemList } from './edit-fields.ts';

/** What the workspace shows: the dataset, its texts and problems, and the reader's choices. */
export interface WorkspaceInput {
  readonly dataset: Dataset;
  readonly texts: ReadonlyMap<string, string>;
  readonly problems: readonly Problem[];
  readonly targets: ProblemTargets;
  readonly source: string | undefined;
  readonly selected: string | undefined;
  readonly selection: TextSelection | null;
  readonly creating: TextSelection | null;
  readonly chooseSource: (id: string) => void;
  readonly quoteSelection: (relation: string, selection: TextSelection) => void;
  readonly startRelation: (selection: TextSelection) => void;
  readonly removeType: (id: string) => void;
}

/** Every quote in `source` as a highlight, with whether its relation is a draft or its quote is wrong. */
export function marksIn(dataset: Dataset, targets: ProblemTargets, source: string): ArticleMark[] {
  const marks: ArticleMark[] = [];
  for (const r of dataset.relations) {
    const problems = targets.relations.get(r.id) ?? [];
    r.evidence.forEach((e, i) => {
      if (e.source !== source) return;
      const problem = problems.some((p) => p.severity === 'error' && p.path.includes(`.evidence[${i}]`));
      marks.push({ id: r.id, start: e.start, end: e.end, draft: r.draft !== undefined, problem });
    });
  }
  return marks;
}

function selectionBar(input: WorkspaceInput): TemplateResult {
  const { dataset, selection: sel } = input;
  const relation = dataset.relations.find((r) => r.id === input.selected);
  if (!sel || sel.start === sel.end) {
    return html`<div class="selection-bar empty" role="group" aria-label="Selected words">
      <p class="hint">Select words in the article to quote them, or to make a relation from them.</p>
    </div>`;
  }
  return html`<div class="selection-bar" role="group" aria-label="Selected words">
    <p>
      <span class="quote">“${clip(sel.text)}”</span>
      <span class="hint">characters ${sel.start}–${sel.end}</span>
    </p>
    <div class="actions">
      <button
        type="button"
        class="button"
        ?disabled=${!relation}
        @click=${() => relation && input.quoteSelection(relation.id, sel)}
      >
        Add as a quote of ${relation ? relationName(dataset, relation.id) : 'the relation shown'}
      </button>
      <button type="button" class="button" @click=${() => input.startRelation(sel)}>
        New relation from these words
      </button>
    </div>
  </div>`;
}

function checks(input: WorkspaceInput): TemplateResult {
  const errors = input.problems.filter((p) => p.severity === 'error').length;
  const warnings = input.problems.length - errors;
  const drafts = input.dataset.relations.filter((r) => r.draft).length;
  const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
  return html`<section class="checks ${errors ? 'has-errors' : ''}" aria-labelledby="checks-title">
    <h2 id="checks-title">Checks</h2>
    <p>
      ${errors ? plural(errors, 'error') : 'No errors'},
      ${plural(warnings, 'warning')}${
        drafts
          ? html`; <strong>${drafts}</strong> relation${drafts === 1 ? '' : 's'} still
              ${drafts === 1 ? 'a draft' : 'drafts'}`
          : ''
      }.
    </p>
    ${problemList(input.targets.other, undefined, (problem) => removeTypeButton(input, problem))}
  </section>`;
}

/**
 * A relation type no relation uses is removed from here: the project's own types leave by
 * themselves, but one the dataset words its own way stays until the reviewer says so.
 */
function removeTypeButton(input: WorkspaceInput, problem: Problem): TemplateResult | typeof nothing {
  const at = /^\$\.relationTypes\[(\d+)\]$/.exec(problem.path);
  const type =
    problem.code === PROBLEM_CODES.unusedType && at ? input.dataset.relationTypes[Number(at[1])] : undefined;
  if (!type) return nothing;
  return html`<button type="button" class="button" @click=${() => input.removeType(type.id)}>
    Remove ${type.label}
  </button>`;
}

/** The article with its selection's actions beside the checks, relations and actors. */
export function workspace(input: WorkspaceInput): TemplateResult {
  const { dataset } = input;
  const sourceId = input.source ?? dataset.sources[0]?.id ?? '';
  return html`<div class="workspace">
    <section class="article" aria-labelledby="article-title">
      <div class="article-head">
        <h2 id="article-title">Article</h2>
        ${
          dataset.sources.length > 1
            ? html`<label class="source-choice"
                >Source
                <select @change=${(e: Event) => input.chooseSource((e.target as HTMLSelectElement).value)}>
                  ${dataset.sources.map((s) => html`<option value=${s.id} ?selected=${s.id === sourceId}>${s.title}</option>`)}
                </select></label
              >`
            : html`<span class="hint">${dataset.sources[0]?.title ?? ''}</span>`
        }
      </div>
      <actor-graph-edit-article
        .text=${input.texts.get(sourceId) ?? ''}
        source=${sourceId}
        .language=${dataset.language}
        .marks=${marksIn(dataset, input.targets, sourceId)}
        .active=${input.selected}
      ></actor-graph-edit-article>
      ${selectionBar(input)}
    </section>
    <div class="side">
      ${checks(input)}
      <actor-graph-edit-relations
        .data=${dataset}
        .targets=${input.targets}
        .selected=${input.selected}
        .selection=${input.selection}
        .creating=${input.creating}
      ></actor-graph-edit-relations>
      <actor-graph-edit-actors
        .data=${dataset}
        .targets=${input.targets}
        .selection=${input.selection}
      ></actor-graph-edit-actors>
    </div>
  </div>`;
}
