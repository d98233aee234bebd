import { css } from 'lit';
import { editPartStyles } from '../graph-editor/edit-parts.styles.ts';
import { focusRing, partReset } from '../shared/reset.styles.ts';

export default [
  partReset,
  focusRing,
  editPartStyles,
  css`
    section {
      display: grid;
      gap: 10px;
    }
    .actors {
      display: grid;
      gap: 6px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .actors > li {
      display: grid;
      gap: 4px;
      padding: 8px 10px;
      border: 1px solid var(--_border);
      border-radius: 6px;
    }
    .actor-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 10px;
    }
    .drop {
      margin-left: auto;
    }
    .meta,
    .reps {
      margin: 0;
      color: var(--_muted);
      font-size: 0.8125em;
    }
    .aliases {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .aliases li {
      display: inline-flex;
      align-items: center;
      gap: 2px;
      padding: 0 2px 0 8px;
      border-radius: 999px;
      background: var(--_surface);
      border: 1px solid var(--_border);
      font-size: 0.8125em;
    }
    .remove {
      width: 22px;
      height: 22px;
      margin: 0;
      padding: 0;
      border: 0;
      border-radius: 50%;
      background: none;
      color: var(--_muted);
      cursor: pointer;
    }
    .remove:hover {
      background: var(--_hover);
      color: var(--_fg);
    }
    .tool {
      display: grid;
      gap: 8px;
      padding: 12px;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(10em, 1fr));
      gap: 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
    }
    .tool .hint {
      margin: 0;
    }
  `,
];
