import { css } from 'lit';
import { focusRing, partReset } from '../shared/reset.styles.ts';
import { editPartStyles } from '../graph-editor/edit-parts.styles.ts';

export default [
  partReset,
  focusRing,
  editPartStyles,
  css`
    :host {
      display: grid;
      gap: 14px;
      align-content: start;
      min-width: 0;
    }
    .list {
      display: grid;
      gap: 6px;
    }
    [role='listbox'] {
      max-height: var(--_list-height, 34vh);
      overflow: auto;
      margin: 0;
      padding: 4px;
      list-style: none;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    [role='option'] {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr) auto;
      align-items: baseline;
      gap: 2px 10px;
      padding: 6px 8px;
      border-radius: 6px;
      cursor: pointer;
      font-size: 0.875em;
    }
    [role='option']:hover {
      background: var(--_hover);
    }
    [role='option'][aria-selected='true'] {
      background: var(--_selected);
      box-shadow: inset 3px 0 0 var(--_accent);
    }
    .badge {
      min-width: 6.5em;
      padding: 1px 6px;
      border-radius: 999px;
      font-size: 0.75em;
      font-weight: 600;
      text-align: center;
      white-space: nowrap;
    }
    .draft .badge {
      background: color-mix(in srgb, #d4a017 22%, var(--_bg));
      color: var(--_fg);
    }
    .reviewed .badge {
      background: color-mix(in srgb, var(--_ok) 20%, var(--_bg));
      color: var(--_fg);
    }
    .what {
      display: flex;
      flex-wrap: wrap;
      gap: 0 8px;
      min-width: 0;
    }
    .type {
      font-weight: 600;
    }
    .meta {
      color: var(--_muted);
      font-size: 0.875em;
      white-space: nowrap;
    }
    .meta .bad {
      color: var(--_danger);
      font-weight: 600;
    }
    .meta .warn {
      color: var(--_warn-text);
    }
    .relation {
      display: grid;
      gap: 10px;
      padding: 14px;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .state {
      margin: 0;
      font-size: 0.875em;
      color: var(--_muted);
    }
    .state.draft strong {
      color: var(--_fg);
    }
    .decide {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .fields {
      display: grid;
      gap: 10px;
    }
    .ends {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr);
      align-items: end;
      gap: 6px;
    }
    .swap {
      padding: 0 10px;
    }
    .pair {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
      gap: 10px;
    }
    .subhead {
      margin-top: 4px;
    }
    .quotes {
      display: grid;
      gap: 8px;
      margin: 0;
      padding: 0 0 0 1.4em;
    }
    .quotes li.invalid blockquote {
      text-decoration: underline wavy var(--_danger);
    }
    blockquote {
      margin: 0;
      font-size: 0.9375em;
    }
    .cite {
      margin: 2px 0 0;
      color: var(--_muted);
      font-size: 0.8125em;
    }
    .quote-actions {
      display: flex;
      gap: 14px;
      font-size: 0.8125em;
    }
    .add-quote {
      display: grid;
      gap: 4px;
      justify-items: start;
    }
    .new-quote {
      padding: 6px 10px;
      border-left: 3px solid #1f6feb;
      background: color-mix(in srgb, #1f6feb 10%, var(--_bg));
    }
  `,
];
