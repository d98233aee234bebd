import { cleanText } from '../../src/export/svg-text.ts';
import { isolateLines } from '../../src/text/bidi.ts';
import { inkColor, type TextBlock, type TextMeasure, type TextStyle } from '../../src/picture/marks.ts';
import type { Theme } from '../../src/style/theme.ts';

const cssFont = (style: TextStyle, family: string): string => `${style.weight} ${style.size}px ${family}`;

/**
 * Text as the PNG sets it: measured by a canvas in the reader's font, so the lines fit the font the
 * reader has. Lines break between words; what does not fit ends in an ellipsis. Cleaned as in the
 * SVG, and every line balanced, so no label can reverse the text drawn after it.
 */
export function canvasTextMeasure(context: CanvasRenderingContext2D, family: string): TextMeasure {
  return {
    width(text, style) {
      context.font = cssFont(style, family);
      return context.measureText(text).width;
    },
    wrap(text, style, width, maxLines) {
      context.font = cssFont(style, family);
      return wrapLines(text, (line) => context.measureText(line).width <= width, maxLines);
    },
  };
}

function wrapLines(text: string, fits: (line: string) => boolean, maxLines: number): string[] {
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

/** A text block of the picture module on a Canvas 2D. */
export function paintText(context: CanvasRenderingContext2D, block: TextBlock, theme: Theme): void {
  context.font = cssFont(block.style, theme.fontFamily);
  context.fillStyle = inkColor(block.ink, theme);
  context.textAlign = block.anchor === 'middle' ? 'center' : 'start';
  context.textBaseline = 'alphabetic';
  block.lines.forEach((line, i) => context.fillText(line, block.x, block.baseline + i * block.lineHeight));
}
