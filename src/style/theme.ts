/**
 * The colours and fonts of a graph. Cytoscape draws on a canvas that CSS cannot reach, so the widget
 * reads its CSS custom properties into a Theme, and `buildStylesheet` turns the Theme into Cytoscape's
 * stylesheet. Exporters use the same Theme, so an exported image looks like the screen.
 */
export interface Theme {
  readonly name: 'light' | 'dark';
  readonly background: string;
  readonly foreground: string;
  readonly muted: string;
  readonly nodeFill: string;
  readonly nodeBorder: string;
  readonly accent: string;
  readonly fontFamily: string;
  /** Label size in graph units (pixels at zoom 1). */
  readonly fontSize: number;
  /** Colours that replace a relation type's default, keyed by type id. */
  readonly typeColors: ReadonlyMap<string, string>;
}

const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const LIGHT_THEME: Theme = Object.freeze({
  name: 'light',
  background: '#ffffff',
  foreground: '#1f2328',
  muted: '#59636e',
  nodeFill: '#f2f4f7',
  nodeBorder: '#3b4450',
  accent: '#c2185b',
  fontFamily: FONT_STACK,
  fontSize: 13,
  typeColors: new Map(),
});

export const DARK_THEME: Theme = Object.freeze({
  name: 'dark',
  background: '#15181c',
  foreground: '#e6e8eb',
  muted: '#a1a9b3',
  nodeFill: '#2a3038',
  nodeBorder: '#c9d1d9',
  accent: '#ff7eb6',
  fontFamily: FONT_STACK,
  fontSize: 13,
  typeColors: new Map(),
});

/** The documented custom properties, with the Theme field each one sets. */
export const THEME_PROPERTIES = Object.freeze({
  '--actor-graph-background': 'background',
  '--actor-graph-color': 'foreground',
  '--actor-graph-muted-color': 'muted',
  '--actor-graph-node-color': 'nodeFill',
  '--actor-graph-node-border-color': 'nodeBorder',
  '--actor-graph-accent-color': 'accent',
  '--actor-graph-font-family': 'fontFamily',
} as const satisfies Record<string, keyof Theme>);

/** The custom property that overrides a relation type's colour, e.g. `--actor-graph-type-treaty-color`. */
export function typeColorProperty(typeId: string): string {
  return `--actor-graph-type-${typeId.replace(/[^A-Za-z0-9_-]/g, '-')}-color`;
}

/**
 * Builds a Theme from custom property values. `read` returns a property's value ('' when unset);
 * `isColor` rejects values Cytoscape could not draw, so a typo falls back to the base colour instead
 * of breaking the canvas.
 */
export function themeFromProperties(
  base: Theme,
  typeIds: readonly string[],
  read: (property: string) => string,
  isColor: (value: string) => boolean,
): Theme {
  const theme: { -readonly [K in keyof Theme]: Theme[K] } = { ...base, typeColors: new Map(base.typeColors) };
  for (const [property, field] of Object.entries(THEME_PROPERTIES)) {
    const value = read(property).trim();
    if (!value) continue;
    if (field === 'fontFamily') theme.fontFamily = sanitizeFontFamily(value) ?? theme.fontFamily;
    else if (isColor(value)) theme[field] = value;
  }
  const typeColors = new Map(theme.typeColors);
  for (const id of typeIds) {
    const value = read(typeColorProperty(id)).trim();
    if (value && isColor(value)) typeColors.set(id, value);
  }
  theme.typeColors = typeColors;
  return Object.freeze(theme);
}

// Font family lists end up in SVG attributes and canvas fonts; anything beyond names, quotes, commas
// and spaces is refused rather than escaped.
function sanitizeFontFamily(value: string): string | undefined {
  return /^[\w\s"',-]{1,200}$/.test(value) ? value : undefined;
}
