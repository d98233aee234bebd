import { html, type TemplateResult } from 'lit';

/** One option of a choice: its value and its visible label. */
export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

/**
 * A small set of mutually exclusive options as native radio buttons drawn as a segmented control:
 * one tab stop, arrows change the choice (the platform's own radio group keyboard), and a visible
 * label names the group. `name` groups the radios and ids the label; unique in the shadow root.
 */
export function choice<T extends string>(
  name: string,
  label: string,
  choices: readonly Choice<T>[],
  selected: T,
  onChange: (value: T) => void,
): TemplateResult {
  return html`<div class="choice" role="radiogroup" aria-labelledby="${name}-label">
    <span class="choice-label" id="${name}-label">${label}</span>
    <span class="segments">
      ${choices.map(
        (c) =>
          html`<label class="segment">
            <input
              type="radio"
              name=${name}
              .value=${c.value}
              .checked=${c.value === selected}
              @change=${() => onChange(c.value)}
            /><span>${c.label}</span>
          </label>`,
      )}
    </span>
  </div>`;
}

/** A menu item: a button with its label, and the file extension it makes, muted, at the end. */
export function item(label: string, hint: string, onClick: () => void): TemplateResult {
  return html`<button type="button" class="item" data-item @click=${onClick}>
    <span class="label">${label}</span><span class="hint" aria-hidden="true">${hint}</span>
  </button>`;
}
