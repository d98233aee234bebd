import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Actor, Dataset } from '../../src/model/dataset.ts';
import { moreTypes } from '../../src/edit/type-catalogue.ts';
import type { Problem } from '../../src/validate/problem.ts';

/**
 * Form pieces the editor's parts share: labelled fields whose problems are shown under them and
 * announced with them (`aria-describedby`), and problem lists. Controls show the data as it is now
 * (`live`), so undo puts the old value back into a field the reader had typed in.
 */

export function problemList(
  problems: readonly Problem[],
  id?: string,
  /** What the reader can do about a problem here, shown after its message (a button). */
  action?: (problem: Problem) => TemplateResult | typeof nothing,
): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<ul class="problems" id=${id ?? nothing}>
    ${problems.map(
      (p) =>
        html`<li class=${p.severity}>
          <span class="severity">${p.severity === 'error' ? 'Error' : 'Warning'}:</span> ${p.message}
          ${action?.(p) ?? nothing}
        </li>`,
    )}
  </ul>`;
}

export interface FieldOptions {
  readonly id: string;
  readonly label: string;
  readonly problems?: readonly Problem[];
  readonly hint?: string;
}

function described(options: FieldOptions): string | typeof nothing {
  const ids = [
    options.hint ? `${options.id}-hint` : '',
    options.problems?.length ? `${options.id}-problems` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return ids || nothing;
}

function after(options: FieldOptions): TemplateResult {
  return html`${options.hint ? html`<span class="hint" id="${options.id}-hint">${options.hint}</span>` : nothing}
  ${problemList(options.problems ?? [], `${options.id}-problems`)}`;
}

export function textField(
  options: FieldOptions & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly required?: boolean;
  },
): TemplateResult {
  const invalid = options.problems?.some((p) => p.severity === 'error') ?? false;
  return html`<div class="field">
    <label for=${options.id}>${options.label}</label>
    <input
      id=${options.id}
      type="text"
      .value=${live(options.value)}
      ?required=${options.required ?? false}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${described(options)}
      @change=${(e: Event) => options.onChange((e.target as HTMLInputElement).value)}
    />
    ${after(options)}
  </div>`;
}

type Choice = readonly [value: string, label: string];

export function selectField(
  options: FieldOptions & {
    readonly value: string;
    readonly choices: readonly Choice[];
    /** Further choices, in a group of their own under the first ones. */
    readonly more?: { readonly label: string; readonly choices: readonly Choice[] };
    readonly onChange: (value: string) => void;
  },
): TemplateResult {
  const option = ([value, label]: Choice): TemplateResult =>
    html`<option value=${value} ?selected=${live(value === options.value)}>${label}</option>`;
  const invalid = options.problems?.some((p) => p.severity === 'error') ?? false;
  return html`<div class="field">
    <label for=${options.id}>${options.label}</label>
    <select
      id=${options.id}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${described(options)}
      @change=${(e: Event) => options.onChange((e.target as HTMLSelectElement).value)}
    >
      ${options.choices.map(option)}
      ${
        options.more?.choices.length
          ? html`<optgroup label=${options.more.label}>${options.more.choices.map(option)}</optgroup>`
          : nothing
      }
    </select>
    ${after(options)}
  </div>`;
}

/** Actors as choices, by name, with the id where two share a name. */
export function actorChoices(dataset: Dataset): [string, string][] {
  const names = new Map<string, number>();
  for (const a of dataset.actors) names.set(a.name, (names.get(a.name) ?? 0) + 1);
  return dataset.actors.map((a: Actor) => [
    a.id,
    (names.get(a.name) ?? 0) > 1 ? `${a.name} (${a.id})` : a.name,
  ]);
}

/** The dataset's types, and the project's others in a group below (choosing one adds it). */
export const typeChoices = (
  dataset: Dataset,
): { choices: Choice[]; more: { label: string; choices: Choice[] } } => ({
  choices: dataset.relationTypes.map((t) => [t.id, t.label]),
  more: { label: 'More types', choices: moreTypes(dataset).map((t) => [t.id, t.label]) },
});

export const STATUS_CHOICES: readonly (readonly [string, string])[] = [
  ['reported', 'Reported as fact'],
  ['alleged', 'Alleged (the text calls it alleged)'],
  ['analysis', "The article's own analysis"],
];
