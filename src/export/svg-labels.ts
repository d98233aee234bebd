import type { ActorGraph } from '../graph/actor-graph.ts';
import { estimateTextWidth, wrapWords } from '../layout/label-metrics.ts';
import { LABEL_MAX_WIDTH, NODE_LABEL, NODE_SIZE } from '../picture/node-glyphs.ts';
import type { Point } from '../geometry/point.ts';
import { isolate, isolateLines } from '../text/bidi.ts';
import type { Bounds, EdgeCurve } from './svg-geometry.ts';
import type { ResolvedSvgOptions } from './svg-options.ts';
import { cleanText, num, textElement, textWidth } from './svg-text.ts';

const LABEL_MARGIN = NODE_LABEL.margin;
const LABEL_OUTLINE = NODE_LABEL.outline;
/** Canvas places a label line by the bottom of its em box; the baseline sits this far above it. */
const DESCENT = 0.22;

/**
 * Wrapped exactly where the screen wraps (`wrapWords` at LABEL_MAX_WIDTH), below the node or, where
 * `labelsAbove` put it, above; in a bidi isolate, as on the canvas.
 */
export function nodeLabel(
  name: string,
  center: Point,
  above: boolean,
  options: ResolvedSvgOptions,
  bounds: Bounds,
): string {
  const { fontSize } = options.theme;
  const lines = isolateLines(
    wrapWords(isolate(cleanText(name)), (s) => estimateTextWidth(s, fontSize), LABEL_MAX_WIDTH),
  );
  if (lines.length === 1 && lines[0] === '') return '';
  const top = above
    ? center.y - NODE_SIZE / 2 - LABEL_MARGIN - lines.length * fontSize
    : center.y + NODE_SIZE / 2 + LABEL_MARGIN;
  const widest = Math.max(...lines.map((line) => textWidth(line, fontSize, 600)));
  bounds
    .include({ x: center.x - widest / 2, y: top }, LABEL_OUTLINE)
    .include({ x: center.x + widest / 2, y: top + lines.length * fontSize }, LABEL_OUTLINE);
  return textElement(lines, center.x, top + fontSize * (1 - DESCENT), {
    fontSize,
    weight: 600,
    fill: options.theme.foreground,
    anchor: 'middle',
    lineHeight: fontSize,
    halo: { color: options.theme.background, width: 2 * LABEL_OUTLINE },
  });
}

/** The type label a selected relation shows, along the curve and on a light background box. */
export function edgeLabel(
  graph: ActorGraph,
  id: string,
  curve: EdgeCurve,
  options: ResolvedSvgOptions,
  bounds: Bounds,
): string {
  const { theme } = options;
  const typeId = graph.getEdgeAttribute(id, 'type');
  const type = graph.getAttribute('relationTypes').find((t) => t.id === typeId);
  const plain = cleanText(type?.label ?? typeId)
    .replace(/\s+/g, ' ')
    .trim();
  if (!plain) return '';
  const text = isolate(plain);
  const fontSize = theme.fontSize - 2;
  const width = textWidth(text, fontSize, 400);
  // `text-rotation: autorotate` keeps the text upright: the angle of the curve, folded into ±90°.
  let angle = (Math.atan2(curve.midDirection.y, curve.midDirection.x) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle <= -90) angle += 180;
  const pad = 2;
  const { x, y } = curve.mid;
  bounds.include(curve.mid, width / 2 + pad);
  return (
    `<g transform="translate(${num(x)} ${num(y)}) rotate(${num(angle)})">` +
    `<rect x="${num(-width / 2 - pad)}" y="${num(-fontSize / 2 - pad)}" width="${num(width + 2 * pad)}" height="${num(fontSize + 2 * pad)}" fill="${theme.background}" fill-opacity="0.85"/>` +
    textElement([text], 0, fontSize * (0.5 - DESCENT), {
      fontSize,
      weight: 400,
      fill: theme.foreground,
      anchor: 'middle',
      lineHeight: fontSize,
    }) +
    '</g>'
  );
}
