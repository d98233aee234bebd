import { css, html, nothing, svg, unsafeCSS, type SVGTemplateResult, type TemplateResult } from 'lit';
import { pathData } from '../../src/export/svg-marks.ts';
import type { ActorKind, RelationStatus } from '../../src/model/dataset.ts';
import type { Swatch } from '../../src/picture/legend-layout.ts';
import * as legendSwatches from '../../src/picture/legend-swatches.ts';
import type { Ink, Mark, ThemeColor } from '../../src/picture/marks.ts';
import { STATUS_ENCODINGS, type TypeEncoding } from '../../src/style/encoding.ts';

/*
 * The Lit painter of the picture module: the legend's swatches (`src/picture/legend-swatches.ts`,
 * the same the exported legends draw) as small inline SVGs, so the legend, the table and the panel
 * show the same shape, colour, marker and line pattern as the graph. They are decorative next to
 * their text label, hence aria-hidden; colours come from the encodings (already themed) or, for the
 * theme's own colours, from the widget's custom properties, never from the data.
 */

/** The theme's colours as the widget's private custom properties carry them. */
const THEME_CSS: Readonly<Record<ThemeColor, string>> = Object.freeze({
  background: 'var(--_bg)',
  foreground: 'currentColor',
  muted: 'var(--_muted)',
  nodeFill: 'var(--_node-fill)',
  nodeBorder: 'var(--_node-border)',
  accent: 'var(--_accent)',
});

/** An actor kind: the node shape the canvas uses for it. */
export const kindSwatch = (kind: ActorKind): TemplateResult => swatchSvg(legendSwatches.kindSwatch(kind));

/** A relation type: a short line in its colour with its mid-edge marker. */
export const typeSwatch = (encoding: TypeEncoding | undefined): TemplateResult =>
  swatchSvg(legendSwatches.typeSwatch(encoding));

/** A status: a line in the text colour with the status's dash pattern. */
export const statusSwatch = (status: RelationStatus): TemplateResult =>
  swatchSvg(legendSwatches.statusSwatch(STATUS_ENCODINGS[status]));

/** Any swatch of the picture module (the alliance legend's too) as an inline SVG. */
export function swatchSvg(swatch: Swatch): TemplateResult {
  const { width, height } = swatch;
  return html`<svg
    class="swatch"
    viewBox="0 0 ${width} ${height}"
    width=${width}
    height=${height}
    aria-hidden="true"
  >
    ${swatch.marks(0, height / 2).map(markSvg)}
  </svg>`;
}

/**
 * A mark as an SVG element. A colour the theme gives by role becomes a class (presentation attributes
 * cannot hold `var()`), so a swatch follows the widget's custom properties.
 */
function markSvg({ figure, paint }: Mark): SVGTemplateResult {
  const classes: string[] = [];
  const color = (ink: Ink | undefined, property: 'fill' | 'stroke'): string | typeof nothing => {
    if (ink === undefined) return property === 'fill' && figure.kind !== 'line' ? 'none' : nothing;
    if (typeof ink === 'string') return ink;
    classes.push(`${property}-${ink.theme}`);
    return nothing;
  };
  const fill = color(paint.fill, 'fill');
  const stroke = color(paint.stroke, 'stroke');
  const c = classes.join(' ') || nothing;
  const fo = paint.fillOpacity ?? nothing;
  const sw = paint.strokeWidth ?? nothing;
  const so = paint.strokeOpacity ?? nothing;
  const cap = paint.lineCap ?? nothing;
  const join = paint.lineJoin ?? nothing;
  const dash = paint.dash?.join(' ') || nothing;
  switch (figure.kind) {
    case 'circle': {
      const { center, radius } = figure;
      return svg`<circle class=${c} cx=${center.x} cy=${center.y} r=${radius} fill=${fill} fill-opacity=${fo} stroke=${stroke} stroke-width=${sw} stroke-opacity=${so} stroke-linecap=${cap} stroke-linejoin=${join} stroke-dasharray=${dash} />`;
    }
    case 'rect': {
      const { x, y, width, height, cornerRadius } = figure;
      return svg`<rect class=${c} x=${x} y=${y} width=${width} height=${height} rx=${cornerRadius} fill=${fill} fill-opacity=${fo} stroke=${stroke} stroke-width=${sw} stroke-opacity=${so} stroke-linecap=${cap} stroke-linejoin=${join} stroke-dasharray=${dash} />`;
    }
    default:
      return svg`<path class=${c} d=${pathData(figure)} fill=${fill} fill-opacity=${fo} stroke=${stroke} stroke-width=${sw} stroke-opacity=${so} stroke-linecap=${cap} stroke-linejoin=${join} stroke-dasharray=${dash} />`;
  }
}

const themeRules = Object.entries(THEME_CSS)
  .map(
    ([role, value]) =>
      `.swatch .fill-${role} { fill: ${value}; } .swatch .stroke-${role} { stroke: ${value}; }`,
  )
  .join('\n');

/** Styles for the swatches; every part that draws one adopts them. */
export const swatchStyles = [
  css`
    .swatch {
      display: inline-block;
      flex: none;
      vertical-align: middle;
      overflow: visible;
    }
  `,
  // Built from constants only, never from data.
  unsafeCSS(themeRules),
];
