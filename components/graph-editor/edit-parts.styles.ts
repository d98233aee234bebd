import { css } from 'lit';

/**
 * What the editor's parts share: buttons, labelled fields, problem lists and small print, drawn with
 * the palette the editor sets (`--_x`, as in the widget).
 */
export const editPartStyles = css`
  h2 {
    margin: 0;
    font-size: 1em;
    font-weight: 700;
  }
  h3 {
    margin: 0;
    font-size: 1.0625em;
    line-height: 1.3;
  }
  h4 {
    margin: 0;
    font-size: 0.9375em;
  }
  .count {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.875em;
  }
  .button {
    min-height: 32px;
    margin: 0;
    padding: 0 12px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
    cursor: pointer;
  }
  .button:hover:not(:disabled) {
    background: var(--_hover);
  }
  .button:disabled {
    cursor: default;
    opacity: 0.55;
  }
  .button.primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_bg);
    font-weight: 600;
  }
  .button.primary:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_accent) 85%, var(--_fg));
  }
  .button.danger {
    color: var(--_danger);
    border-color: color-mix(in srgb, var(--_danger) 45%, var(--_border));
  }
  .link {
    margin: 0;
    padding: 2px 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 2px;
    cursor: pointer;
  }
  .link.danger {
    color: var(--_danger);
  }
  .field {
    display: grid;
    /* Side by side, a field with a hint and one without keep their inputs level. */
    align-content: start;
    gap: 3px;
    min-width: 0;
  }
  .field label {
    font-size: 0.8125em;
    font-weight: 600;
  }
  .field input[type='text'],
  .field select {
    width: 100%;
    min-width: 0;
    height: 32px;
    padding: 0 8px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
  }
  .field [aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }
  .field.check {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .field.check label {
    font-weight: 400;
    font-size: 0.875em;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .problems {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 4px;
    font-size: 0.8125em;
  }
  .problems li {
    padding: 4px 8px;
    border-left: 3px solid var(--_warn);
    background: color-mix(in srgb, var(--_warn) 10%, var(--_bg));
    border-radius: 0 4px 4px 0;
  }
  .problems li.error {
    border-left-color: var(--_danger);
    background: color-mix(in srgb, var(--_danger) 9%, var(--_bg));
  }
  .severity {
    font-weight: 700;
  }
`;
