import { estimateTextWidth, wrapWords } from '../layout/label-metrics.ts';
import { balanceIsolates, isolateLines } from '../text/bidi.ts';
import { escapeXmlText, stripInvalidXmlChars } from './xml.ts';
import { round } from '../geometry/round.ts';

// Explicit embeddings and overrides (U+202A–U+202E). A label is one line of a <text> that viewers lay
// out as a single bidi paragraph, and titles end up in file managers and screen readers: an unmatched
// RIGHT-TO-LEFT OVERRIDE would reverse the text after it, the trick that disguises "cod.exe" as
// "exe.doc". Plain right-to-left text needs none of them. Isolates (U+2066–U+2069) reverse nothing
// outside themselves once balanced, and data is drawn in isolates of its own (`isolate`).
const EMBEDDINGS = /[\u202A-\u202E]/g;

/** Data text as it may be drawn: without what XML forbids, embeddings or overrides, or a stray isolate end. */
export function cleanText(value: string): string {
  return balanceIsolates(stripInvalidXmlChars(value).replace(EMBEDDINGS, ''));
}

/**
 * Character data for the SVG. On top of XML escaping, every colon becomes a character reference: a
 * label that reads "javascript:alert(1)" is harmless text, but it is kept out of the raw bytes so
 * that naive scanners, mail filters and sanitizers downstream do not have to know that.
 */
export function svgText(value: string): string {
  return escapeXmlText(cleanText(value)).replace(/:/g, '&#58;');
}

/** Coordinates with two decimals: enough for print, and the same bytes for the same drawing. */
export function num(n: number): string {
  const rounded = round(n, 2);
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Regular, semibold (node labels, as on screen) and bold. */
export type FontWeight = 400 | 600 | 700;

/**
 * `estimateTextWidth` assumes an average sans-serif; DejaVu Sans, the font the CLI renders with and
 * a common browser fallback, runs about 7% wider, and about 20% in bold. Space for chrome text is
 * reserved with these margins so that it does not collide; node labels still wrap with the plain
 * estimate, exactly as the screen does.
 */
const WIDTH_MARGIN: Readonly<Record<FontWeight, number>> = Object.freeze({ 400: 1.1, 600: 1.25, 700: 1.25 });

export function textWidth(text: string, fontSize: number, weight: FontWeight): number {
  return estimateTextWidth(text, fontSize) * WIDTH_MARGIN[weight];
}

/**
 * `text`, cleaned, in lines of at most `maxWidth`, broken between words, and inside a word only when
 * the word alone is too wide (a URL, a hostile 10,000-character label). At most `maxLines`, the last
 * one ending in "…". An isolate that a break cuts is closed at the end of its line and opened again
 * on the next (`isolateLines`).
 */
export function wrapText(
  text: string,
  fontSize: number,
  weight: FontWeight,
  maxWidth: number,
  maxLines = Infinity,
): string[] {
  const measure = (s: string): number => textWidth(s, fontSize, weight);
  // Cleaned first, so that what is measured is what is drawn.
  const lines = wrapWords(cleanText(text), measure, maxWidth).flatMap((line) =>
    measure(line) <= maxWidth ? [line] : breakWord(line, measure, maxWidth),
  );
  if (lines.length <= maxLines) return isolateLines(lines);
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last && measure(`${last}…`) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return isolateLines(kept);
}

function breakWord(word: string, measure: (s: string) => number, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  // Code points, not UTF-16 units, so that no piece ends in half a surrogate pair.
  for (const char of word) {
    if (piece && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

export interface TextStyle {
  readonly fontSize: number;
  readonly weight: FontWeight;
  readonly fill: string;
  readonly anchor: 'start' | 'middle';
  /** Distance between baselines. */
  readonly lineHeight: number;
  /** A stroke in the background colour behind the glyphs, like Cytoscape's `text-outline`. */
  readonly halo?: { readonly color: string; readonly width: number };
}

/** A `<text>` with one `<tspan>` per line; `y` is the first line's baseline. */
export function textElement(lines: readonly string[], x: number, y: number, style: TextStyle): string {
  const attributes = [
    `font-size="${num(style.fontSize)}"`,
    ...(style.weight === 400 ? [] : [`font-weight="${style.weight}"`]),
    `fill="${style.fill}"`,
    ...(style.anchor === 'middle' ? ['text-anchor="middle"'] : []),
    ...(style.halo
      ? [
          `stroke="${style.halo.color}"`,
          `stroke-width="${num(style.halo.width)}"`,
          'stroke-linejoin="round"',
          'paint-order="stroke"',
        ]
      : []),
  ];
  const spans = lines
    .map((line, i) => `<tspan x="${num(x)}" y="${num(y + i * style.lineHeight)}">${svgText(line)}</tspan>`)
    .join('');
  return `<text ${attributes.join(' ')}>${spans}</text>`;
}

// Generic families resolve to whatever a machine has; a named fallback the CLI bundles comes first.
const FALLBACK_FONT = 'DejaVu Sans';

/** The theme's font list with DejaVu Sans before its generic family, or at its end. */
export function fontStack(family: string): string {
  const names = family.split(',').map((name) => name.trim());
  if (names.some((name) => name.replace(/["']/g, '') === FALLBACK_FONT)) return names.join(', ');
  // Before the generic family, not before `system-ui`: browsers keep the reader's own UI font.
  const generic = names.findIndex((name) => /^(sans-serif|serif)$/i.test(name));
  const at = generic === -1 ? names.length : generic;
  return [...names.slice(0, at), FALLBACK_FONT, ...names.slice(at), ...(generic === -1 ? ['sans-serif'] : [])]
    .filter(Boolean)
    .join(', ');
}
