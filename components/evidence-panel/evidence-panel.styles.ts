import { css } from 'lit';
import { focusRing, partReset } from '../shared/reset.styles.ts';
import { swatchStyles } from '../shared/swatches.ts';

export default [
  partReset,
  focusRing,
  swatchStyles,
  css`
    :host {
      min-height: 0;
    }
    .panel {
      /* Contains the visually hidden texts, which would otherwise escape the scrolling. */
      position: relative;
      height: 100%;
      overflow: auto;
      padding: 16px 18px 20px;
      overscroll-behavior: contain;
    }
    .hint {
      margin: 0;
      padding: 24px 4px;
      color: var(--_muted);
      text-align: center;
    }
    .eyebrow {
      margin: 0 0 2px;
      color: var(--_muted);
      font-size: 0.75em;
      font-weight: 600;
      letter-spacing: 0.06em;
      text-transform: uppercase;
    }
    .title {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0;
      font-size: 1.2em;
      line-height: 1.25;
      font-weight: 650;
    }
    .ends {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 6px;
      margin: 4px 0 10px;
      font-weight: 600;
    }
    .arrow {
      color: var(--_muted);
    }
    .tag {
      padding: 1px 7px;
      border: 1px solid var(--_border);
      border-radius: 999px;
      color: var(--_muted);
      font-size: 0.75em;
      font-weight: 500;
    }
    .summary {
      margin: 0 0 12px;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 6px 14px;
      margin: 0 0 16px;
      padding: 10px 12px;
      border-radius: 6px;
      background: var(--_surface);
      font-size: 0.875em;
    }
    .facts > div {
      display: contents;
    }
    dt {
      color: var(--_muted);
    }
    dd {
      margin: 0;
      min-width: 0;
    }
    .status {
      display: flex;
      align-items: flex-start;
      gap: 6px;
    }
    .status .swatch {
      margin-top: 3px;
    }
    .plain {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .plain li + li {
      margin-top: 4px;
    }
    .role {
      display: block;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .subhead {
      display: flex;
      align-items: baseline;
      justify-content: space-between;
      gap: 8px;
      margin: 0 0 8px;
      font-size: 0.95em;
      font-weight: 650;
    }
    .count {
      color: var(--_muted);
      font-size: 0.85em;
      font-weight: 400;
    }
    .quotes {
      display: grid;
      gap: 12px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    blockquote {
      margin: 0;
      padding: 2px 0 2px 12px;
      border-left: 3px solid var(--_border);
      font-size: 0.9375em;
      line-height: 1.5;
    }
    blockquote p {
      margin: 0;
    }
    mark {
      padding: 0 1px;
      border-radius: 2px;
      background: color-mix(in srgb, var(--_accent) 18%, var(--_bg));
      color: inherit;
      box-shadow: 0 1px 0 color-mix(in srgb, var(--_accent) 55%, transparent);
    }
    .cite {
      margin: 4px 0 0 15px;
      color: var(--_muted);
      font-size: 0.75em;
    }
    cite {
      font-style: italic;
    }
    .offsets {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    a {
      color: var(--_accent);
    }
    .relations {
      display: grid;
      gap: 4px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .relation {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      align-items: start;
      gap: 10px;
      width: 100%;
      margin: 0;
      padding: 7px 8px;
      border: 1px solid transparent;
      border-radius: 6px;
      background: transparent;
      text-align: start;
      cursor: pointer;
    }
    .relation > .swatch {
      margin-top: 3px;
    }
    .relation:hover {
      border-color: var(--_border);
      background: var(--_hover);
    }
    .relation-text {
      display: flex;
      flex-direction: column;
      min-width: 0;
      line-height: 1.3;
    }
    .relation-type {
      font-weight: 600;
    }
    .relation-meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 2px 6px;
      color: var(--_muted);
      font-size: 0.8125em;
    }
    .relation-other {
      color: var(--_fg);
    }
    .relation-status {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    .relation-status .swatch {
      width: 20px;
    }
  `,
];
