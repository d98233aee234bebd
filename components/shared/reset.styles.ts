import { css, unsafeCSS, type CSSResult } from 'lit';
import { DARK_THEME, LIGHT_THEME, type Theme } from '../../src/style/theme.ts';

/**
 * Shared by every part. Page CSS never crosses a shadow boundary, but the UA's form-control fonts and
 * `box-sizing` defaults do apply inside, so everything here gets the same box model and font.
 */
export const partReset = css`
  :host {
    display: block;
    box-sizing: border-box;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/** Controls (buttons, checkboxes, rows) share one visible focus ring in the accent colour. */
export const focusRing = css`
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;

const palette = (theme: Theme): CSSResult =>
  unsafeCSS(`
    --_bg: var(--actor-graph-background, ${theme.background});
    --_fg: var(--actor-graph-color, ${theme.foreground});
    --_muted: var(--actor-graph-muted-color, ${theme.muted});
    --_node-fill: var(--actor-graph-node-color, ${theme.nodeFill});
    --_node-border: var(--actor-graph-node-border-color, ${theme.nodeBorder});
    --_accent: var(--actor-graph-accent-color, ${theme.accent});
    --_font: var(--actor-graph-font-family, ${theme.fontFamily});
    color-scheme: ${theme.name};
  `);

/**
 * The private palette (`--_x`) every part draws with: the documented custom property when the page
 * sets it, else the built-in theme's value, so the canvas (which reads the same properties into a
 * Theme) and the HTML around it always agree. Set on the widget's root with class `light` or `dark`.
 */
export const paletteStyles = css`
  .light {
    ${palette(LIGHT_THEME)}
  }
  .dark {
    ${palette(DARK_THEME)}
  }
  .light,
  .dark {
    --_border: var(--actor-graph-border-color, color-mix(in srgb, var(--_fg) 16%, var(--_bg)));
    --_radius: var(--actor-graph-radius, 8px);
    --_surface: color-mix(in srgb, var(--_fg) 3.5%, var(--_bg));
    --_hover: color-mix(in srgb, var(--_accent) 8%, var(--_bg));
    --_selected: color-mix(in srgb, var(--_accent) 15%, var(--_bg));
  }
`;
