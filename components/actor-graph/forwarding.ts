/** Attributes passed through to the widget as they are (`heading` also stands for `title`). */
export const FORWARDED = ['src', 'heading', 'heading-level', 'theme', 'view'] as const;

/**
 * The widget's parts, re-exported so `actor-graph::part(title)` reaches them. Every one is documented
 * with `@csspart` on `<actor-graph>`; the API-table test holds the two lists together.
 */
export const PARTS = [
  'base',
  'header',
  'title',
  'summary',
  'toolbar',
  'fit-button',
  'export-button',
  'embed-button',
  'search-input',
  'canvas',
  'canvas-surface',
  'canvas-keys',
  'panel',
  'legend',
  'table',
  'error',
  'status',
] as const;
