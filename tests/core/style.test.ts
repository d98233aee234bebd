import { describe, expect, it } from 'vitest';
import { encodeTypes, edgeWidth, STATUS_ENCODINGS } from '../../src/style/encoding.ts';
import { buildStylesheet } from '../../src/style/stylesheet.ts';
import { DARK_THEME, LIGHT_THEME, themeFromProperties, typeColorProperty } from '../../src/style/theme.ts';
import type { RelationType } from '../../src/model/dataset.ts';

const types: RelationType[] = [
  ...Array.from({ length: 9 }, (_, i) => ({
    id: `co${i}`,
    label: `Co ${i}`,
    polarity: 'cooperative' as const,
  })),
  ...Array.from({ length: 5 }, (_, i) => ({
    id: `cf${i}`,
    label: `Cf ${i}`,
    polarity: 'conflictual' as const,
  })),
  { id: 'n', label: 'N', polarity: 'neutral' },
];

describe('encodeTypes', () => {
  it('gives every type of a vocabulary a distinct colour-and-marker pair', () => {
    const encodings = encodeTypes(types);
    const pairs = new Set(encodings.map((e) => `${e.color}/${e.marker}/${e.markerFill}`));
    expect(pairs.size).toBe(types.length);
  });

  it('tells types of one polarity apart by marker as well as colour, up to seven of them', () => {
    const firstSeven = encodeTypes(types).slice(0, 7);
    expect(new Set(firstSeven.map((e) => `${e.marker}/${e.markerFill}`)).size).toBe(7);
    expect(new Set(firstSeven.map((e) => e.color)).size).toBe(7);
  });

  it('is deterministic and takes theme overrides by type id', () => {
    expect(encodeTypes(types)).toEqual(encodeTypes(types));
    expect(encodeTypes(types, new Map([['cf1', '#123456']]))[10]?.color).toBe('#123456');
  });

  it('draws status as line patterns, not colours', () => {
    expect(new Set(Object.values(STATUS_ENCODINGS).map((s) => s.lineStyle)).size).toBe(3);
    expect(edgeWidth(1)).toBeLessThan(edgeWidth(3));
    expect(edgeWidth(50)).toBe(edgeWidth(5));
  });
});

describe('buildStylesheet', () => {
  it('uses only classes made from indexes and enums in its selectors', () => {
    const hostile: RelationType[] = [
      { id: 'x"],node,[id', label: '<img src=x onerror=alert(1)>', polarity: 'neutral' },
    ];
    const selectors = buildStylesheet(LIGHT_THEME, encodeTypes(hostile)).map((block) =>
      'selector' in block ? block.selector : '',
    );
    expect(selectors.join(' ')).not.toMatch(/onerror|"\]/);
    expect(selectors).toContain('edge.t0');
  });

  it('follows the theme', () => {
    const dark = JSON.stringify(buildStylesheet(DARK_THEME, []));
    expect(dark).toContain(DARK_THEME.background);
    expect(dark).not.toContain(LIGHT_THEME.nodeFill);
  });
});

describe('themeFromProperties', () => {
  const isColor = (v: string) => /^#[0-9a-f]{3,8}$/i.test(v);

  it('reads documented custom properties and per-type colours', () => {
    const values: Record<string, string> = {
      '--actor-graph-background': ' #000000 ',
      '--actor-graph-accent-color': '#ff0000',
      [typeColorProperty('drone-transfer')]: '#00ff00',
    };
    const theme = themeFromProperties(LIGHT_THEME, ['drone-transfer'], (p) => values[p] ?? '', isColor);
    expect(theme.background).toBe('#000000');
    expect(theme.accent).toBe('#ff0000');
    expect(theme.typeColors.get('drone-transfer')).toBe('#00ff00');
    expect(LIGHT_THEME.typeColors.size).toBe(0);
  });

  it('falls back on values that are not colours or safe font lists', () => {
    const values: Record<string, string> = {
      '--actor-graph-background': 'url(javascript:alert(1))',
      '--actor-graph-font-family': 'Inter"><script>',
    };
    const theme = themeFromProperties(LIGHT_THEME, [], (p) => values[p] ?? '', isColor);
    expect(theme.background).toBe(LIGHT_THEME.background);
    expect(theme.fontFamily).toBe(LIGHT_THEME.fontFamily);
  });

  it('makes a property name from any type id', () => {
    expect(typeColorProperty('a.b c')).toBe('--actor-graph-type-a-b-c-color');
  });
});

describe('encodeTypes on dark backgrounds', () => {
  /** WCAG relative luminance contrast between two #rrggbb colours. */
  const contrast = (a: string, b: string): number => {
    const lum = (hex: string): number => {
      const [r, g, bl] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };

  it('uses colours that stand out from each theme background', () => {
    for (const [scheme, background] of [
      ['light', LIGHT_THEME.background],
      ['dark', DARK_THEME.background],
    ] as const) {
      for (const e of encodeTypes(types, new Map(), scheme)) {
        expect(contrast(e.color, background), `${scheme} ${e.typeId} ${e.color}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
