import { css } from 'lit';
import { partReset } from '../shared/reset.styles.ts';
import { swatchStyles } from '../shared/swatches.ts';

export default [
  partReset,
  swatchStyles,
  css`
    .scroller {
      /* Contains the visually hidden texts (absolutely positioned), which would otherwise escape the scrolling and lengthen the page. */
      position: relative;
      max-height: var(--_table-height, 440px);
      overflow: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      overscroll-behavior: contain;
    }
    table {
      width: 100%;
      /* Narrow screens scroll the table sideways rather than squeeze a column to a word per line. */
      min-width: 760px;
      border-collapse: separate;
      border-spacing: 0;
      font-size: 0.875em;
      line-height: 1.35;
    }
    caption {
      padding: 10px 12px 8px;
      caption-side: top;
      font-weight: 650;
      text-align: start;
    }
    .count {
      margin-left: 6px;
      color: var(--_muted);
      font-weight: 400;
      font-size: 0.9em;
    }
    th,
    td {
      padding: 7px 12px;
      border-bottom: 1px solid var(--_border);
      text-align: start;
      vertical-align: middle;
    }
    th {
      position: sticky;
      top: 0;
      z-index: 1;
      background: var(--_surface);
      color: var(--_muted);
      font-size: 0.8125em;
      font-weight: 600;
      white-space: nowrap;
      box-shadow: 0 1px 0 var(--_border);
    }
    tbody tr:last-child td {
      border-bottom: 0;
    }
    /* The longest cell ("Vladimir Putin at the St. Petersburg ..."): a few lines, not a word per line. */
    .attribution {
      min-width: 12em;
    }
    .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    tbody tr {
      cursor: pointer;
    }
    tbody tr:hover {
      background: var(--_hover);
    }
    tbody tr.related {
      background: color-mix(in srgb, var(--_accent) 6%, var(--_bg));
    }
    tbody tr[aria-selected='true'] {
      background: var(--_selected);
    }
    tbody tr[aria-selected='true'] td:first-child {
      box-shadow: inset 3px 0 0 var(--_accent);
    }
    tbody tr:focus {
      outline: none;
    }
    tbody tr:focus-visible td {
      box-shadow:
        inset 0 2px 0 var(--_accent),
        inset 0 -2px 0 var(--_accent);
    }
    tbody tr:focus-visible td:first-child {
      box-shadow:
        inset 2px 0 0 var(--_accent),
        inset 0 2px 0 var(--_accent),
        inset 0 -2px 0 var(--_accent);
    }
    tbody tr:focus-visible td:last-child {
      box-shadow:
        inset -2px 0 0 var(--_accent),
        inset 0 2px 0 var(--_accent),
        inset 0 -2px 0 var(--_accent);
    }
    .type,
    .status {
      display: inline-flex;
      align-items: center;
      gap: 8px;
      white-space: nowrap;
    }
    .status .swatch {
      width: 24px;
    }
    .nowrap {
      white-space: nowrap;
    }
    .none {
      color: var(--_muted);
    }
    .empty {
      margin: 0;
      padding: 12px;
      color: var(--_muted);
    }
    .more {
      display: block;
      margin: 8px auto;
      padding: 6px 14px;
      border: 1px solid var(--_border);
      border-radius: 6px;
      background: var(--_bg);
      color: var(--_fg);
      font: inherit;
      cursor: pointer;
    }
    .more:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
  `,
];
