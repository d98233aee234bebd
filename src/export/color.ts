import { EXPORT_ERROR_CODES, ExportError } from './export-error.ts';

export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/**
 * `#rgb` or `#rrggbb` to channels, for formats that want numbers (GEXF `viz:color`). Type colours
 * come from `encodeTypes`, which are hex; a theme override in another CSS syntax is rejected rather
 * than guessed at, so a file never carries a colour nobody chose.
 */
export function hexToRgb(color: string, path: string): Rgb {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match?.[1]) {
    throw new ExportError(
      EXPORT_ERROR_CODES.invalidColor,
      path,
      `"${color}" is not a #rgb or #rrggbb colour.`,
    );
  }
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  const channel = (i: number): number => Number.parseInt(hex.slice(i, i + 2), 16);
  return { r: channel(0), g: channel(2), b: channel(4) };
}
