/**
 * `n` to `decimals` places, half up: positions to 0.1 unit after a layout (the same numbers on every
 * machine), to 0.01 in view snapshots and SVG coordinates (the same bytes for the same drawing).
 */
export function round(n: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(n * factor) / factor;
}
