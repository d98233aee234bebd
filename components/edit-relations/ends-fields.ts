import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Dataset } from '../../src/model/dataset.ts';
import type { Problem } from '../../src/validate/problem.ts';
import { actorChoices, selectField } from '../graph-editor/edit-fields.ts';

/** The ends of a relation as the two forms edit them. */
export interface Ends {
  readonly from: string;
  readonly to: string;
  readonly directed: boolean;
}

/**
 * A relation's two ends, a button that swaps them, and whether it is mutual: the same fields in the
 * form of a relation and in the form that creates one. A mutual relation has no first and second
 * end, so the labels say "Between" and "And" then. `prefix` keeps the ids of the two forms apart.
 */
export function endsFields(options: {
  readonly prefix: string;
  readonly dataset: Dataset;
  readonly ends: Ends;
  readonly problems?: (field: 'from' | 'to') => readonly Problem[];
  readonly onChange: (change: Partial<Ends>) => void;
}): TemplateResult {
  const { prefix, dataset, ends, onChange } = options;
  const at = (field: 'from' | 'to') => (options.problems ? { problems: options.problems(field) } : {});
  return html`<div class="ends">
      ${selectField({ id: `${prefix}-from`, label: ends.directed ? 'From' : 'Between', value: ends.from, choices: actorChoices(dataset), ...at('from'), onChange: (from) => onChange({ from }) })}
      <button
        type="button"
        class="button swap"
        aria-label="Swap the two ends"
        title="Swap the two ends"
        @click=${() => onChange({ from: ends.to, to: ends.from })}
      >
        ⇄
      </button>
      ${selectField({ id: `${prefix}-to`, label: ends.directed ? 'To' : 'And', value: ends.to, choices: actorChoices(dataset), ...at('to'), onChange: (to) => onChange({ to }) })}
    </div>
    <div class="field check">
      <input
        id="${prefix}-mutual"
        type="checkbox"
        .checked=${live(!ends.directed)}
        @change=${(e: Event) => onChange({ directed: !(e.target as HTMLInputElement).checked })}
      />
      <label for="${prefix}-mutual">Mutual (the text states it both ways)</label>
    </div>`;
}
