/**
 * The `view=` parameter of a location hash, apart from fragment.ts (which reads and writes the
 * snapshot in it), so that the widget can tell whether the view in its address changed without
 * loading the snapshot reader.
 */
export const FRAGMENT_KEY = 'view';

/** The `view=` value of a location hash (with or without `#`), as written; null when it has none. */
export const viewParam = (hash: string): string | null =>
  new URLSearchParams(hash.replace(/^#/, '')).get(FRAGMENT_KEY);
