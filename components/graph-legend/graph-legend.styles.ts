import { css } from 'lit';
import { focusRing, partReset } from '../shared/reset.styles.ts';
import { swatchStyles } from '../shared/swatches.ts';

export default [
  partReset,
  focusRing,
  swatchStyles,
  css`
    .legend {
      display: grid;
      gap: 12px;
      padding: 12px 14px 14px;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      font-size: 0.875em;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px 16px;
    }
    .explain {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
      margin: 0;
      color: var(--_muted);
    }
    .kind {
      display: inline-flex;
      align-items: center;
      gap: 5px;
    }
    .sep {
      opacity: 0.6;
    }
    .show-all {
      margin: 0;
      padding: 4px 12px;
      border: 1px solid var(--_border);
      border-radius: 6px;
      background: var(--_bg);
      cursor: pointer;
    }
    .show-all:hover:not(:disabled) {
      background: var(--_hover);
    }
    .show-all:disabled {
      color: var(--_muted);
      cursor: default;
      opacity: 0.6;
    }
    fieldset {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(15.5em, 1fr));
      gap: 2px 12px;
      min-width: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    legend {
      grid-column: 1 / -1;
      margin: 0 0 4px;
      padding: 0;
      font-weight: 650;
      font-size: 0.8125em;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: var(--_muted);
    }
    .statuses {
      padding-top: 10px;
      border-top: 1px solid var(--_border);
    }
    .option {
      display: flex;
      align-items: center;
      gap: 8px;
      min-width: 0;
      padding: 3px 6px;
      border-radius: 6px;
      cursor: pointer;
    }
    .option:hover {
      background: var(--_hover);
    }
    .option input {
      flex: none;
      width: 15px;
      height: 15px;
      margin: 0;
      accent-color: var(--_accent);
    }
    .option:has(input:not(:checked)) .label,
    .option:has(input:not(:checked)) .swatch {
      opacity: 0.45;
    }
    .option:has(input:not(:checked)) .label {
      text-decoration: line-through;
    }
    .label {
      flex: 1 1 auto;
      min-width: 0;
    }
    .n {
      flex: none;
      min-width: 1.8em;
      padding: 0 6px;
      border-radius: 999px;
      background: var(--_surface);
      color: var(--_muted);
      font-size: 0.85em;
      text-align: center;
      font-variant-numeric: tabular-nums;
    }
  `,
];
