import { cleanText } from '../../src/export/svg-text.ts';
import { isolateLines } from '../../src/text/bidi.ts';

export interface TextStyle {
  readonly size: number;
  readonly weight: 400 | 700;
  readonly family: string;
}

export const cssFont = (style: TextStyle): string => `${style.weight} ${style.size}px ${style.family}`;

/**
 * Text broken into lines no wider than `width` in `style`, at most `maxLines`; what does not fit ends
 * in an ellipsis. Measured by the canvas that draws it, so the lines fit the font the reader has.
 * Cleaned as in the SVG, and every line balanced, so no label can reverse the text drawn after it.
 */
export function wrapLines(
  context: CanvasRenderingContext2D,
  text: string,
  style: TextStyle,
  width: number,
  maxLines: number,
): string[] {
  context.font = cssFont(style);
  const fits = (line: string): boolean => context.measureText(line).width <= width;
  const words = cleanText(text).split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const longer = line ? `${line} ${word}` : word;
    if (!line || fits(longer)) line = longer;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, maxLines);
  const cut = lines.length > maxLines;
  return isolateLines(
    kept.map((l, i) => {
      const last = i === kept.length - 1;
      return fits(l) && !(last && cut) ? l : ellipsis(l, fits);
    }),
  );
}

function ellipsis(line: string, fits: (line: string) => boolean): string {
  let chars = [...line];
  while (chars.length > 0 && !fits(`${chars.join('')}…`)) chars = chars.slice(0, -1);
  return `${chars.join('').trimEnd()}…`;
}

/** Draws lines from `x`, the first on the baseline `baseline`, the next `lineHeight` below each other. */
export function drawLines(
  context: CanvasRenderingContext2D,
  lines: readonly string[],
  x: number,
  baseline: number,
  style: TextStyle & { readonly lineHeight: number; readonly color: string },
): void {
  context.font = cssFont(style);
  context.fillStyle = style.color;
  context.textAlign = 'start';
  context.textBaseline = 'alphabetic';
  lines.forEach((line, i) => context.fillText(line, x, baseline + i * style.lineHeight));
}
