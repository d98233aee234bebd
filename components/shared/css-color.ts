let probe: CanvasRenderingContext2D | null | undefined;

const DRAWABLE = /^(#[0-9a-f]{6}|rgba?\([\d.,\s]+\))$/i;

/** Whether a colour is in a form Cytoscape and the SVG writer draw (hex or rgb[a]). */
export const isDrawableColor = (value: string): boolean => DRAWABLE.test(value);

/**
 * A CSS colour in a form Cytoscape can draw (hex or rgb[a]), or undefined. Canvas 2D serialises any
 * colour it accepts as hex or rgba, so `oklch()`, `color-mix()` or a named colour from the page's
 * custom property all come out drawable, and a typo is rejected instead of breaking the canvas.
 */
export function normalizeColor(value: string): string | undefined {
  probe ??= document.createElement('canvas').getContext('2d');
  if (!probe || !CSS.supports('color', value)) return undefined;
  // Two different sentinels tell "accepted" from "rejected, kept the previous value".
  probe.fillStyle = '#010203';
  probe.fillStyle = value;
  const first = probe.fillStyle;
  probe.fillStyle = '#040506';
  probe.fillStyle = value;
  if (first !== probe.fillStyle) return undefined;
  return isDrawableColor(first) ? first : undefined;
}
