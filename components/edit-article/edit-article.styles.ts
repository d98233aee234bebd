import { css } from 'lit';
import { focusRing, partReset } from '../shared/reset.styles.ts';

export default [
  partReset,
  focusRing,
  css`
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
      min-height: 0;
    }
    .find {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px 8px;
      font-size: 0.875em;
    }
    .find input {
      flex: 1 1 160px;
      min-width: 0;
      max-width: 320px;
      height: 32px;
      padding: 0 8px;
      border: 1px solid var(--_border);
      border-radius: 6px;
      background: var(--_bg);
    }
    .button {
      height: 32px;
      padding: 0 12px;
      border: 1px solid var(--_border);
      border-radius: 6px;
      background: var(--_bg);
      cursor: pointer;
    }
    .button:disabled {
      cursor: default;
      opacity: 0.55;
    }
    .found {
      color: var(--_muted);
    }
    /*
     * The pieces keep the text's own line breaks and spaces (pre-wrap); the box itself does not, so
     * the template's own line breaks around them show nothing.
     */
    .text {
      flex: 1 1 auto;
      min-height: 12em;
      max-height: var(--_article-height, 70vh);
      overflow: auto;
      padding: 12px 16px;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      line-height: 1.65;
      white-space: normal;
      overflow-wrap: anywhere;
      cursor: text;
    }
    .text > span,
    .text > mark {
      white-space: pre-wrap;
    }
    mark {
      color: inherit;
      border-radius: 2px;
      cursor: pointer;
    }
    mark.reviewed {
      background: color-mix(in srgb, var(--_accent) 16%, var(--_bg));
    }
    /* A draft's quote is only proposed: underlined, not filled. */
    mark.draft {
      background: color-mix(in srgb, #d4a017 14%, var(--_bg));
      text-decoration: underline dashed color-mix(in srgb, #b8860b 80%, var(--_fg));
      text-underline-offset: 3px;
    }
    mark.active {
      background: color-mix(in srgb, var(--_accent) 32%, var(--_bg));
      outline: 1px solid color-mix(in srgb, var(--_accent) 55%, transparent);
    }
    mark.problem {
      text-decoration: underline wavy #d1242f;
      text-underline-offset: 3px;
    }
    .selected,
    mark.selected {
      background: color-mix(in srgb, #1f6feb 30%, var(--_bg));
      color: var(--_fg);
    }
    .caret {
      display: inline-block;
      width: 0;
      height: 1.2em;
      margin-right: -2px;
      vertical-align: text-bottom;
      border-left: 2px solid var(--_fg);
    }
    .text:not(:focus) .caret {
      border-left-color: var(--_muted);
    }
    .keys {
      margin: 0;
      color: var(--_muted);
      font-size: 0.8125em;
    }
  `,
];
