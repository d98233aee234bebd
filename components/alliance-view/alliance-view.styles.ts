import { css } from 'lit';
import evidenceStyles from '../evidence-panel/evidence-panel.styles.ts';
import { focusRing, partReset } from '../shared/reset.styles.ts';
import { swatchStyles } from '../shared/swatches.ts';

// The panel shows the evidence panel's relation details as they are there: its styles come along.
export default [
  partReset,
  focusRing,
  swatchStyles,
  ...evidenceStyles.slice(3),
  css`
    :host {
      display: flex;
      flex-direction: column;
      gap: 12px;
      min-width: 0;
    }
    .summary {
      margin: 0;
      color: var(--_muted);
      font-size: 0.9375em;
    }
    .main {
      display: grid;
      grid-template-columns: minmax(0, 1fr) var(--_panel-width, 340px);
      height: var(--_height, 560px);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .frame {
      display: flex;
      flex-direction: column;
      min-width: 0;
      min-height: 0;
    }
    .surface {
      /* Cytoscape positions its canvases against this box. */
      position: relative;
      flex: 1 1 auto;
      min-height: 200px;
      overflow: hidden;
      border-radius: var(--_radius) 0 0 0;
      outline: none;
    }
    .surface:focus-visible {
      box-shadow: inset 0 0 0 3px var(--_accent);
    }
    .cytoscape {
      position: absolute;
      inset: 0;
    }
    .keys {
      margin: 0;
      padding: 6px 12px;
      border-top: 1px solid var(--_border);
      background: var(--_surface);
      color: var(--_muted);
      font-size: 0.75em;
    }
    .keys-label {
      margin-right: 0.4em;
      font-weight: 600;
      text-transform: uppercase;
    }
    .panel {
      min-height: 0;
      overflow: auto;
      padding: 16px 18px 20px;
      border-left: 1px solid var(--_border);
      overscroll-behavior: contain;
    }
    @container actor-graph (max-width: 759px) {
      .main {
        grid-template-columns: minmax(0, 1fr);
        grid-template-rows: var(--_height, 560px) auto;
        height: auto;
      }
      .panel {
        border-left: 0;
        border-top: 1px solid var(--_border);
      }
    }
    .headline {
      margin: 6px 0 10px;
    }
    .note {
      margin: 0 0 10px;
      padding: 6px 10px;
      border-radius: 6px;
      background: color-mix(in srgb, var(--_accent) 10%, var(--_bg));
      font-size: 0.875em;
    }
    .details > .eyebrow {
      margin-top: 14px;
    }
    .details > .eyebrow:first-child {
      margin-top: 0;
    }
    .group-head {
      margin: 10px 0 4px;
      font-weight: 600;
    }
    .relations,
    .links,
    .triads,
    .camps {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .relations li + li,
    .links li + li,
    .triads li + li,
    .camps li + li {
      margin-top: 4px;
    }
    summary {
      cursor: pointer;
    }
    .weight,
    .score {
      margin-left: 6px;
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    details[open] > summary {
      margin-bottom: 8px;
    }
    details .details {
      padding: 8px 0 8px 12px;
      border-left: 2px solid var(--_border);
    }
    .link {
      margin: 0;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      text-align: start;
      text-decoration: underline;
      text-decoration-color: var(--_border);
      text-underline-offset: 3px;
      cursor: pointer;
    }
    .link:hover {
      text-decoration-color: currentColor;
    }
    .unbalanced,
    .balanced {
      margin-left: 6px;
      padding: 0 7px;
      border-radius: 999px;
      font-size: 0.8em;
      font-weight: 600;
    }
    .unbalanced {
      background: color-mix(in srgb, var(--_accent) 18%, var(--_bg));
      color: color-mix(in srgb, var(--_accent) 75%, var(--_fg));
    }
    .balanced {
      border: 1px solid var(--_border);
      color: var(--_muted);
    }
    .legend {
      display: grid;
      gap: 8px;
      font-size: 0.875em;
    }
    .legend-heading {
      margin: 0 0 2px;
      font-weight: 700;
    }
    .legend ul {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 18px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .legend ul.grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(230px, 1fr));
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: 7px;
    }
    .tables {
      display: grid;
      gap: 8px;
    }
    .section-title {
      margin: 8px 0 0;
      font-size: 1.05em;
    }
    .muted {
      margin: 0;
      color: var(--_muted);
    }
    .scroll {
      max-height: 420px;
      overflow: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font-size: 0.875em;
    }
    th,
    td {
      padding: 6px 10px;
      border-bottom: 1px solid var(--_border);
      text-align: start;
      font-weight: 400;
    }
    thead th {
      position: sticky;
      top: 0;
      background: var(--_surface);
      font-weight: 600;
    }
    tr.selected {
      background: var(--_selected);
    }
    .num {
      font-variant-numeric: tabular-nums;
      text-align: end;
    }
    td.ally {
      color: color-mix(in srgb, #2171b5 80%, var(--_fg));
      font-weight: 600;
    }
    td.adversary {
      color: color-mix(in srgb, #c4420a 80%, var(--_fg));
      font-weight: 600;
    }
    .box {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: center;
      gap: 10px;
      min-height: var(--_height, 560px);
      padding: 24px;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_muted);
    }
    .box progress {
      width: min(240px, 60%);
      accent-color: var(--_accent);
    }
    .button {
      height: 34px;
      margin: 0;
      padding: 0 14px;
      border: 1px solid var(--_border);
      border-radius: 6px;
      background: var(--_bg);
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
  `,
];
