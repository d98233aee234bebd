import {
  roundedCorners,
  type Figure,
  type Mark,
  type Paint,
  type TextBlock,
  type TextMeasure,
} from '../picture/marks.ts';
import { inkColor, isText, type Drawable } from '../picture/marks.ts';
import type { Theme } from '../style/theme.ts';
import { num, textElement, textWidth, wrapText } from './svg-text.ts';

/*
 * The SVG painter of the picture module: a mark as one plain element (no <marker>, no references, so
 * the file needs no ids), a text block as a <text>. Opacity goes on fills and strokes, never an
 * `opacity` attribute or a translucent group: resvg 2.6 panics (and takes the process with it) on
 * such a layer next to content its clip cuts away.
 */

export function markSvg({ figure, paint }: Mark, theme: Theme): string {
  const attributes = paintAttributes(paint, figure.kind !== 'line', theme);
  switch (figure.kind) {
    case 'circle':
      return `<circle cx="${num(figure.center.x)}" cy="${num(figure.center.y)}" r="${num(figure.radius)}" ${attributes}/>`;
    case 'rect':
      return `<rect x="${num(figure.x)}" y="${num(figure.y)}" width="${num(figure.width)}" height="${num(figure.height)}" rx="${num(figure.cornerRadius)}" ${attributes}/>`;
    default:
      return `<path d="${pathData(figure)}" ${attributes}/>`;
  }
}

export function textSvg(block: TextBlock, theme: Theme): string {
  return textElement(block.lines, block.x, block.baseline, {
    fontSize: block.style.size,
    weight: block.style.weight,
    fill: inkColor(block.ink, theme),
    anchor: block.anchor,
    lineHeight: block.lineHeight,
  });
}

export const drawableSvg = (drawable: Drawable, theme: Theme): string =>
  isText(drawable) ? textSvg(drawable, theme) : markSvg(drawable, theme);

/** Text as the SVG sets it: widths estimated, since the file has no font of its own. */
export const SVG_TEXT_MEASURE: TextMeasure = Object.freeze<TextMeasure>({
  width: (text, style) => textWidth(text, style.size, style.weight),
  wrap: (text, style, width, maxLines) => wrapText(text, style.size, style.weight, width, maxLines),
});

/** Path data for a polygon (rounded corners as arcs) or a line; also used by the widget's swatches. */
export function pathData(figure: Extract<Figure, { kind: 'polygon' | 'line' }>): string {
  if (figure.kind === 'line') {
    const { from, to } = figure;
    const end = from.y === to.y ? `H${num(to.x)}` : `L${num(to.x)} ${num(to.y)}`;
    return `M${num(from.x)} ${num(from.y)}${end}`;
  }
  if (figure.cornerRadius <= 0)
    return `${figure.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join('')}Z`;
  const corners = roundedCorners(figure.points, figure.cornerRadius);
  const first = corners[0]!;
  return [
    `M${num(first.start.x)} ${num(first.start.y)}`,
    ...corners.map(
      (c, i) =>
        `${i === 0 ? '' : `L${num(c.start.x)} ${num(c.start.y)}`}A${num(c.radius)} ${num(c.radius)} 0 0 ${c.sweep} ${num(c.end.x)} ${num(c.end.y)}`,
    ),
    'Z',
  ].join('');
}

/** A closed figure without a fill says `fill="none"`: SVG would fill it black. */
function paintAttributes(paint: Paint, closed: boolean, theme: Theme): string {
  const attributes: string[] = [];
  if (paint.fill !== undefined) attributes.push(`fill="${inkColor(paint.fill, theme)}"`);
  else if (closed) attributes.push('fill="none"');
  if (paint.fillOpacity !== undefined) attributes.push(`fill-opacity="${num(paint.fillOpacity)}"`);
  if (paint.stroke !== undefined) attributes.push(`stroke="${inkColor(paint.stroke, theme)}"`);
  if (paint.strokeOpacity !== undefined) attributes.push(`stroke-opacity="${num(paint.strokeOpacity)}"`);
  if (paint.strokeWidth !== undefined) attributes.push(`stroke-width="${num(paint.strokeWidth)}"`);
  if (paint.lineCap) attributes.push(`stroke-linecap="${paint.lineCap}"`);
  if (paint.lineJoin) attributes.push(`stroke-linejoin="${paint.lineJoin}"`);
  if (paint.dash?.length) attributes.push(`stroke-dasharray="${paint.dash.join(' ')}"`);
  return attributes.join(' ');
}
