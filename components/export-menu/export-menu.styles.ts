import { css } from 'lit';
import { focusRing, partReset } from '../shared/reset.styles.ts';

export default [
  partReset,
  focusRing,
  css`
    :host {
      display: inline-block;
      position: relative;
    }
    .trigger {
      display: inline-flex;
      align-items: center;
      gap: 8px;
      height: 34px;
      margin: 0;
      padding: 0 12px 0 14px;
      border: 1px solid var(--_border);
      border-radius: 6px;
      background: var(--_bg);
      cursor: pointer;
    }
    .trigger:hover {
      background: var(--_hover);
    }
    .trigger[aria-expanded='true'] {
      background: var(--_selected);
    }
    .chevron {
      width: 7px;
      height: 7px;
      margin-top: -3px;
      border-right: 1.5px solid currentColor;
      border-bottom: 1.5px solid currentColor;
      transform: rotate(45deg);
    }
    [aria-expanded='true'] .chevron {
      margin-top: 3px;
      transform: rotate(-135deg);
    }
    .panel {
      position: absolute;
      top: calc(100% + 6px);
      left: 0;
      z-index: 10;
      width: 19.5em;
      max-width: calc(100vw - 16px);
      padding: 6px;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_fg);
      font-size: 0.9375em;
      line-height: 1.35;
      box-shadow:
        0 2px 4px color-mix(in srgb, var(--_fg) 8%, transparent),
        0 10px 28px color-mix(in srgb, var(--_fg) 16%, transparent);
    }
    .panel.end {
      left: auto;
      right: 0;
    }
    .group + .group {
      margin-top: 6px;
      padding-top: 6px;
      border-top: 1px solid var(--_border);
    }
    .group-title {
      margin: 4px 8px;
      color: var(--_muted);
      font-size: 0.72em;
      font-weight: 700;
      letter-spacing: 0.06em;
      text-transform: uppercase;
    }
    .item {
      display: flex;
      align-items: baseline;
      justify-content: space-between;
      gap: 12px;
      width: 100%;
      margin: 0;
      padding: 6px 8px;
      border: 0;
      border-radius: 6px;
      background: transparent;
      text-align: start;
      cursor: pointer;
    }
    .item:hover {
      background: var(--_hover);
    }
    .item:focus-visible {
      outline-offset: -2px;
      background: var(--_hover);
    }
    .hint {
      flex: none;
      color: var(--_muted);
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.78em;
    }
    .choice {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 4px 10px;
      margin: 4px 8px 6px;
    }
    .choice-label {
      color: var(--_muted);
      font-size: 0.82em;
    }
    .segments {
      display: flex;
      margin-left: auto;
    }
    .segment {
      position: relative;
      display: block;
      cursor: pointer;
    }
    .segment input {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      margin: 0;
      opacity: 0;
      cursor: pointer;
    }
    .segment span {
      display: block;
      padding: 0 9px;
      border: 1px solid var(--_border);
      font-size: 0.8em;
      line-height: 24px;
      white-space: nowrap;
    }
    .segment + .segment span {
      border-left: 0;
    }
    .segment:first-child span {
      border-radius: 6px 0 0 6px;
    }
    .segment:last-child span {
      border-radius: 0 6px 6px 0;
    }
    .segment:hover span {
      background: var(--_hover);
    }
    .segment input:checked + span {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--_bg);
      font-weight: 600;
    }
    .segment input:focus-visible + span {
      outline: 2px solid var(--_accent);
      outline-offset: 1px;
    }
    .check {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 2px 8px 4px;
      font-size: 0.82em;
      cursor: pointer;
    }
    .check input {
      margin: 0;
      accent-color: var(--_accent);
    }
    .step-head {
      display: flex;
      align-items: center;
      gap: 2px;
    }
    .step-head .group-title {
      margin-left: 2px;
    }
    .back {
      width: 28px;
      height: 28px;
      margin: 0;
      padding: 0;
      border: 0;
      border-radius: 6px;
      background: transparent;
      cursor: pointer;
    }
    .back:hover {
      background: var(--_hover);
    }
    .save {
      display: block;
      width: calc(100% - 16px);
      height: 32px;
      margin: 10px 8px 4px;
      border: 0;
      border-radius: 6px;
      background: var(--_accent);
      color: var(--_bg);
      font-weight: 600;
      cursor: pointer;
    }
    .save:hover {
      background: color-mix(in srgb, var(--_accent) 88%, var(--_fg));
    }
    .status {
      margin: 6px 0 0;
      padding: 7px 8px 3px;
      border-top: 1px solid var(--_border);
      color: var(--_muted);
      font-size: 0.8em;
      overflow-wrap: anywhere;
    }
    .status.done {
      color: var(--_fg);
    }
    .status.error {
      color: color-mix(in srgb, #d1242f 80%, var(--_fg));
    }
  `,
];
