import { encodeTypes } from '../../src/style/encoding.ts';
import { DARK_THEME, LIGHT_THEME, themeFromProperties, type Theme } from '../../src/style/theme.ts';
import { isDrawableColor as isDrawable, normalizeColor } from '../shared/css-color.ts';
import type { GraphModel } from '../shared/model-context.ts';
import type { LoadedGraph } from './graph-load-controller.ts';

const FONT_PROPERTY = '--actor-graph-font-family';

export type ThemeName = 'light' | 'dark';

/**
 * The Theme the canvas draws with: the built-in light or dark theme, overridden by the documented
 * custom properties as they compute on `element` (set by the page on it or an ancestor).
 */
export function readTheme(element: Element, name: ThemeName, typeIds: readonly string[]): Theme {
  const style = getComputedStyle(element);
  const read = (property: string): string => {
    const raw = style.getPropertyValue(property).trim();
    // Every property but the font is a colour: the theme ones and `--actor-graph-type-<id>-color`.
    if (!raw || property === FONT_PROPERTY) return raw;
    return normalizeColor(raw) ?? '';
  };
  return themeFromProperties(name === 'dark' ? DARK_THEME : LIGHT_THEME, typeIds, read, isDrawable);
}

/** The model the parts share: a loaded graph drawn in the theme as it computes on `element`. */
export function themedModel(element: Element, loaded: LoadedGraph, name: ThemeName): GraphModel {
  const { graph, sources, positions } = loaded;
  const types = graph.getAttribute('relationTypes');
  const theme = readTheme(
    element,
    name,
    types.map((t) => t.id),
  );
  return { graph, sources, positions, theme, encodings: encodeTypes(types, theme.typeColors, theme.name) };
}
