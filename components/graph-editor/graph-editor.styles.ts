import { css } from 'lit';
import { focusRing, paletteStyles, partReset } from '../shared/reset.styles.ts';
import { editPartStyles } from './edit-parts.styles.ts';

export default [
  partReset,
  focusRing,
  paletteStyles,
  editPartStyles,
  css`
    :host {
      all: initial;
      display: block;
      box-sizing: border-box;
      container: actor-graph-editor / inline-size;
    }
    .base {
      display: flex;
      flex-direction: column;
      gap: 12px;
      min-width: 0;
      font-family: var(--_font);
      font-size: medium;
      line-height: 1.45;
      color: var(--_fg);
      background: var(--_bg);
      -webkit-font-smoothing: antialiased;
    }
    /* Status colours the editor adds to the widget's palette; each reads on its theme's background. */
    .light {
      --_danger: #c62828;
      --_warn: #b26a00;
      --_warn-text: #8a5300;
      --_ok: #2e7d32;
    }
    .dark {
      --_danger: #ff6b6b;
      --_warn: #e0a030;
      --_warn-text: #f0b85a;
      --_ok: #66bb6a;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
    }
    .doc {
      flex: 1 1 260px;
      min-width: 0;
    }
    .eyebrow {
      margin: 0;
      color: var(--_muted);
      font-size: 0.8125em;
    }
    .title {
      margin: 0;
      font-size: 1.25em;
      line-height: 1.25;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    .status {
      flex-basis: 100%;
      margin: 0;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .banner {
      margin: 0;
      padding: 10px 14px;
      border-radius: var(--_radius);
      border: 1px solid var(--_border);
      background: var(--_surface);
    }
    .banner p {
      margin: 0 0 8px;
    }
    .banner.error {
      border-color: color-mix(in srgb, var(--_danger) 50%, var(--_border));
      background: color-mix(in srgb, var(--_danger) 8%, var(--_bg));
    }
    .banner.notice,
    .banner.info {
      border-color: color-mix(in srgb, var(--_accent) 35%, var(--_border));
    }
    .problem-lines {
      margin: 0;
      padding-left: 1.2em;
      font-size: 0.8125em;
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    label.file {
      display: inline-flex;
      align-items: center;
    }
    label.file:focus-within {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
    .empty {
      display: grid;
      justify-items: start;
      gap: 10px;
      padding: 28px;
      border: 2px dashed var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .empty p {
      margin: 0;
      max-width: 60ch;
    }
    .workspace {
      display: grid;
      grid-template-columns: minmax(0, 1.35fr) minmax(340px, 1fr);
      align-items: start;
      gap: 16px;
    }
    .article {
      position: sticky;
      top: 8px;
      display: flex;
      flex-direction: column;
      gap: 8px;
      min-width: 0;
      --_article-height: max(14em, calc(100vh - 380px));
    }
    .article-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 12px;
    }
    .selection-bar {
      display: grid;
      gap: 6px;
      padding: 8px 12px;
      border: 1px solid color-mix(in srgb, #1f6feb 40%, var(--_border));
      border-radius: var(--_radius);
      background: color-mix(in srgb, #1f6feb 7%, var(--_bg));
    }
    .selection-bar.empty {
      border-color: var(--_border);
      background: var(--_surface);
    }
    .selection-bar p {
      margin: 0;
    }
    .selection-bar .quote {
      font-style: italic;
    }
    .side {
      display: grid;
      gap: 16px;
      min-width: 0;
    }
    .checks {
      display: grid;
      gap: 6px;
      padding: 10px 14px;
      border: 1px solid var(--_border);
      border-left: 4px solid var(--_ok);
      border-radius: var(--_radius);
    }
    .checks.has-errors {
      border-left-color: var(--_danger);
    }
    .checks p {
      margin: 0;
      font-size: 0.875em;
    }
    dialog {
      max-width: min(92vw, 460px);
      padding: 18px 20px;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_fg);
      font-family: var(--_font);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 40%);
    }
    dialog form {
      display: grid;
      gap: 12px;
    }
    dialog p {
      margin: 0;
    }
    /* One column below ~900px: the article (shorter) above the review panel. */
    @container actor-graph-editor (max-width: 899px) {
      .workspace {
        grid-template-columns: minmax(0, 1fr);
      }
      .article {
        position: static;
        --_article-height: 55vh;
      }
    }
  `,
];
