import { EXPORT_ERROR_CODES, ExportError } from './export-error.ts';

export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** Channels 0–255 and, when the colour is translucent, its alpha from 0 to 1. */
export interface Rgba extends Rgb {
  /** Absent for an opaque colour, so opaque colours are written as they always were. */
  readonly a?: number;
}

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
// `rgb()`/`rgba()` as Canvas 2D and CSS write them: commas or spaces, alpha after a comma or a slash.
const NUMBER = String.raw`[+]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?`;
const CHANNEL = String.raw`(${NUMBER})(%?)`;
const FUNCTIONAL = new RegExp(
  String.raw`^rgba?\(\s*${CHANNEL}\s*(?:,\s*|\s+)${CHANNEL}\s*(?:,\s*|\s+)${CHANNEL}\s*(?:(?:,|\/)\s*${CHANNEL}\s*)?\)$`,
  'i',
);

const clamp = (n: number, max: number): number => Math.min(Math.max(n, 0), max);

/**
 * A colour as numbers, for formats that want them (GEXF `viz:color`): `#rgb`, `#rgba`, `#rrggbb`,
 * `#rrggbbaa`, `rgb()` or `rgba()`, the forms that the type encodings and the widget's theme (read
 * through Canvas 2D, which writes any colour it accepts as hex or `rgba()`) produce. Anything else
 * is refused rather than guessed at, so a file never carries a colour nobody chose.
 */
export function parseColor(color: string, path: string): Rgba {
  const text = color.trim();
  const hex = HEX.exec(text)?.[1];
  if (hex) {
    const digits = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const byte = (i: number): number => Number.parseInt(digits.slice(i, i + 2), 16);
    const rgb = { r: byte(0), g: byte(2), b: byte(4) };
    return digits.length === 8 ? withAlpha(rgb, byte(6) / 255) : rgb;
  }
  const match = FUNCTIONAL.exec(text);
  if (match) {
    const channel = (i: number): number => {
      const value = Number(match[i]);
      return Math.round(match[i + 1] ? clamp(value, 100) * 2.55 : clamp(value, 255));
    };
    const rgb = { r: channel(1), g: channel(3), b: channel(5) };
    if (match[7] === undefined) return rgb;
    const alpha = Number(match[7]);
    return withAlpha(rgb, match[8] ? clamp(alpha, 100) / 100 : clamp(alpha, 1));
  }
  throw new ExportError(
    EXPORT_ERROR_CODES.invalidColor,
    path,
    `"${color}" is not a colour in #rrggbb, #rrggbbaa, rgb() or rgba() form.`,
  );
}

/** Alpha rounded to what a file needs (three places); an alpha of 1 is an opaque colour. */
function withAlpha(rgb: Rgb, alpha: number): Rgba {
  const a = Math.round(alpha * 1000) / 1000;
  return a >= 1 ? rgb : { ...rgb, a };
}
