import { css } from 'lit';
import { partReset } from '../shared/reset.styles.ts';

export default [
  partReset,
  css`
    .frame {
      position: relative;
      display: flex;
      flex-direction: column;
      height: 100%;
    }
    .surface {
      /* Cytoscape positions its canvases against this box; page CSS cannot reach in to do it. */
      position: relative;
      flex: 1 1 auto;
      min-height: 200px;
      overflow: hidden;
      border-radius: var(--_radius) var(--_radius) 0 0;
      background: var(--_bg);
      outline: none;
    }
    .surface:focus-visible:not(.by-pointer) {
      box-shadow: inset 0 0 0 3px var(--_accent);
    }
    .cytoscape {
      position: absolute;
      inset: 0;
    }
    .adding-note {
      position: absolute;
      inset: 50% 0 auto;
      width: max-content;
      margin: 0 auto;
      color: var(--_muted);
      font-size: 0.875em;
      pointer-events: none;
    }
    .wheel-hint {
      position: absolute;
      inset: auto 0 16px;
      width: max-content;
      max-width: calc(100% - 32px);
      margin: 0 auto;
      padding: 6px 12px;
      border-radius: 999px;
      background: color-mix(in srgb, var(--_fg) 85%, transparent);
      color: var(--_bg);
      font-size: 0.8125em;
      pointer-events: none;
    }
    .zoom {
      position: absolute;
      top: 10px;
      right: 10px;
      display: flex;
      flex-direction: column;
      border: 1px solid var(--_border);
      border-radius: 6px;
      background: var(--_bg);
      overflow: hidden;
    }
    .zoom button {
      width: 30px;
      height: 28px;
      margin: 0;
      padding: 0;
      border: 0;
      background: transparent;
      font-size: 1.1em;
      line-height: 1;
      cursor: pointer;
    }
    .zoom button + button {
      border-top: 1px solid var(--_border);
    }
    .zoom button:hover {
      background: var(--_hover);
    }
    .keys {
      margin: 0;
      padding: 6px 12px;
      border-top: 1px solid var(--_border);
      background: var(--_surface);
      color: var(--_muted);
      font-size: 0.75em;
      line-height: 1.4;
      border-radius: 0 0 var(--_radius) var(--_radius);
    }
    .keys-label {
      margin-right: 0.4em;
      font-weight: 600;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      font-size: 0.9em;
    }
  `,
];
