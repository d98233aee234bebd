import { css } from 'lit';
import { focusRing, partReset } from '../shared/reset.styles.ts';

export default [
  partReset,
  focusRing,
  css`
    /* The button joins the toolbar's row as if it were the toolbar's own; the dialog is in the top layer. */
    :host {
      display: contents;
    }
    .button {
      height: 34px;
      margin: 0;
      padding: 0 14px;
      border: 1px solid var(--_border);
      border-radius: 6px;
      background: var(--_bg);
      cursor: pointer;
    }
    .button:hover {
      background: var(--_hover);
    }
    dialog {
      width: min(760px, calc(100vw - 32px));
      max-height: calc(100dvh - 32px);
      margin: auto;
      padding: 18px 20px 20px;
      overflow: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_fg);
      font-family: var(--_font);
      font-size: medium;
      line-height: 1.45;
      box-shadow: 0 8px 32px rgb(0 0 0 / 25%);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 45%);
    }
    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
    }
    h2,
    h3 {
      margin: 0;
      line-height: 1.25;
    }
    h2 {
      font-size: 1.25em;
    }
    h3 {
      font-size: 1em;
    }
    p {
      margin: 0;
      color: var(--_muted);
      font-size: 0.9375em;
    }
    section {
      display: grid;
      gap: 8px;
      margin-top: 18px;
    }
    textarea {
      width: 100%;
      margin: 0;
      padding: 8px 10px;
      border: 1px solid var(--_border);
      border-radius: 6px;
      background: var(--_surface);
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.8125em;
      line-height: 1.45;
      resize: vertical;
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      align-items: center;
      gap: 12px;
    }
    .status {
      font-size: 0.875em;
    }
    code {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.95em;
    }
  `,
];
