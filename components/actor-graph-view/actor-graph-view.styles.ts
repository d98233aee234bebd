import { css } from 'lit';
import { focusRing, paletteStyles, partReset } from '../shared/reset.styles.ts';

export default [
  partReset,
  focusRing,
  paletteStyles,
  css`
    /*
     * The page's CSS can still reach this host element itself (a page's "* {}" rule beats ":host"), so
     * the host only resets, and everything that matters is set again on .base, which no page rule
     * can reach: fonts, line height, colours and the box model inside are ours alone.
     */
    :host {
      all: initial;
      display: block;
      box-sizing: border-box;
      container: actor-graph / inline-size;
    }
    .base {
      all: initial;
      display: flex;
      flex-direction: column;
      gap: 12px;
      box-sizing: border-box;
      min-width: 0;
      font-family: var(--_font);
      font-size: medium;
      line-height: 1.45;
      color: var(--_fg);
      background: var(--_bg);
      text-align: start;
      -webkit-font-smoothing: antialiased;
      --_height: var(--actor-graph-height, 560px);
      --_panel-width: 340px;
    }
    .header {
      display: grid;
      gap: 2px;
    }
    .title {
      margin: 0;
      font-size: 1.375em;
      line-height: 1.25;
      font-weight: 700;
      letter-spacing: -0.01em;
    }
    .summary {
      margin: 0;
      color: var(--_muted);
      font-size: 0.9375em;
    }
    /* The relations view's parts, hidden (not removed) while the Alliances view is shown. */
    .relations-part:not([hidden]) {
      display: contents;
    }
    .view-switch {
      display: inline-flex;
    }
    .view-switch-failed {
      color: var(--_muted);
      font-size: 0.875em;
    }
    .view-switch-button[aria-pressed='true'] {
      background: var(--_selected);
      border-color: var(--_accent);
      font-weight: 600;
    }
    .view-switch-button:first-child {
      border-radius: 6px 0 0 6px;
    }
    .view-switch-button:last-child {
      margin-left: -1px;
      border-radius: 0 6px 6px 0;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    /* On a phone the search takes its own line rather than shrinking to nothing. */
    .toolbar actor-graph-search {
      flex: 1 1 220px;
      max-width: 360px;
      min-width: 0;
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
    .main {
      position: relative;
      display: grid;
      grid-template-columns: minmax(0, 1fr) var(--_panel-width);
      height: var(--_height);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    actor-graph-canvas {
      min-width: 0;
      min-height: 0;
    }
    actor-graph-evidence,
    .panel-space {
      min-height: 0;
      border-left: 1px solid var(--_border);
      background: var(--_bg);
      border-radius: 0 var(--_radius) var(--_radius) 0;
    }
    /* On narrow screens the panel is below the graph, out of sight: this takes the reader there. */
    .jump {
      display: none;
      position: absolute;
      left: 50%;
      top: calc(var(--_height) - 88px);
      transform: translateX(-50%);
      z-index: 2;
      margin: 0;
      padding: 6px 14px;
      border: 0;
      border-radius: 999px;
      background: var(--_accent);
      color: var(--_bg);
      font-size: 0.875em;
      font-weight: 600;
      box-shadow: 0 2px 8px color-mix(in srgb, var(--_fg) 25%, transparent);
      cursor: pointer;
    }
    @container actor-graph (max-width: 759px) {
      .jump {
        display: block;
      }
      .main {
        grid-template-columns: minmax(0, 1fr);
        grid-template-rows: var(--_height) auto;
        height: auto;
      }
      actor-graph-evidence,
      .panel-space {
        border-left: 0;
        border-top: 1px solid var(--_border);
        border-radius: 0 0 var(--_radius) var(--_radius);
      }
    }
    .box {
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 8px;
      min-height: var(--_height);
      padding: 24px;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_muted);
      text-align: center;
    }
    .status {
      flex-direction: row;
      flex-wrap: wrap;
    }
    .status progress {
      width: min(240px, 60%);
      accent-color: var(--_accent);
    }
    .loading-banner {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .spinner {
      width: 16px;
      height: 16px;
      border: 2px solid var(--_border);
      border-top-color: var(--_accent);
      border-radius: 50%;
      animation: spin 0.9s linear infinite;
    }
    @keyframes spin {
      to {
        transform: rotate(1turn);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation: none;
      }
    }
    .error {
      align-items: stretch;
      justify-content: flex-start;
      color: var(--_fg);
      text-align: start;
    }
    .box-title {
      margin: 0;
      font-size: 1.1em;
    }
    .box p,
    .banner p {
      margin: 0;
    }
    .banner {
      display: grid;
      gap: 8px;
      padding: 10px 14px;
      border: 1px solid color-mix(in srgb, #d1242f 45%, var(--_bg));
      border-radius: var(--_radius);
      background: color-mix(in srgb, #d1242f 8%, var(--_bg));
    }
    .banner.notice {
      border-color: color-mix(in srgb, #9a6700 45%, var(--_bg));
      background: color-mix(in srgb, #9a6700 8%, var(--_bg));
    }
    .banner-head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
    }
    .dismiss {
      flex: none;
      height: 28px;
      padding: 0 10px;
      font-size: 0.875em;
    }
    .problems {
      display: grid;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.875em;
    }
    .problems li {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 2px 10px;
      padding: 8px 10px;
      border-radius: 6px;
      background: var(--_bg);
      border: 1px solid var(--_border);
    }
    .severity {
      grid-row: span 2;
      align-self: start;
      padding: 1px 8px;
      border-radius: 999px;
      background: color-mix(in srgb, #d1242f 14%, var(--_bg));
      color: color-mix(in srgb, #d1242f 80%, var(--_fg));
      font-size: 0.8em;
      font-weight: 600;
      text-transform: uppercase;
    }
    .warning .severity {
      background: color-mix(in srgb, #9a6700 14%, var(--_bg));
      color: color-mix(in srgb, #9a6700 80%, var(--_fg));
    }
    .where {
      color: var(--_muted);
      font-size: 0.9em;
      overflow-wrap: anywhere;
    }
    code {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.95em;
    }
    .problems .more {
      display: block;
      color: var(--_muted);
    }
  `,
];
