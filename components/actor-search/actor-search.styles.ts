import { css } from 'lit';
import { partReset } from '../shared/reset.styles.ts';

export default [
  partReset,
  css`
    .search {
      position: relative;
      display: flex;
      align-items: center;
    }
    .icon {
      position: absolute;
      left: 10px;
      color: var(--_muted);
      pointer-events: none;
    }
    input {
      width: 100%;
      height: 34px;
      margin: 0;
      padding: 0 12px 0 32px;
      border: 1px solid var(--_border);
      border-radius: 6px;
      background: var(--_bg);
      outline: none;
    }
    input::placeholder {
      color: var(--_muted);
      opacity: 1;
    }
    input:focus-visible {
      border-color: var(--_accent);
      box-shadow: 0 0 0 2px color-mix(in srgb, var(--_accent) 35%, transparent);
    }
    [role='listbox'] {
      position: absolute;
      top: calc(100% + 4px);
      left: 0;
      right: 0;
      z-index: 10;
      max-height: 320px;
      margin: 0;
      padding: 4px;
      overflow: auto;
      border: 1px solid var(--_border);
      border-radius: 8px;
      background: var(--_bg);
      box-shadow: 0 8px 24px color-mix(in srgb, var(--_fg) 14%, transparent);
      list-style: none;
    }
    [role='option'] {
      display: flex;
      align-items: baseline;
      justify-content: space-between;
      gap: 12px;
      padding: 6px 10px;
      border-radius: 5px;
      cursor: pointer;
    }
    [role='option']:hover,
    [role='option'][aria-selected='true'] {
      background: var(--_selected);
    }
    [role='option'][aria-selected='true'] {
      box-shadow: inset 3px 0 0 var(--_accent);
    }
    .name {
      font-weight: 600;
    }
    .why {
      color: var(--_muted);
      font-size: 0.85em;
      white-space: nowrap;
    }
    .none {
      color: var(--_muted);
      cursor: default;
    }
    .none:hover {
      background: none;
    }
  `,
];
