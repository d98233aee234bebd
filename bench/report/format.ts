import type { Stat } from '../node/stats.ts';

export const DASH = '–';

export function ms(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return DASH;
  if (value < 10) return `${value.toFixed(1)} ms`;
  if (value < 1000) return `${Math.round(value)} ms`;
  return `${(value / 1000).toFixed(value < 10_000 ? 2 : 1)} s`;
}

export const msStat = (s: Stat | undefined): string => ms(s?.median);

export function mb(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? DASH : `${Math.round(value)} MB`;
}

export function kb(bytes: number | undefined): string {
  return bytes === undefined ? DASH : `${(bytes / 1000).toFixed(1)} kB`;
}

export function times(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return DASH;
  return `${value < 10 ? value.toFixed(2) : Math.round(value)}×`;
}

export function pct(value: number | undefined): string {
  return value === undefined ? DASH : `${(value * 100).toFixed(1)} %`;
}

export function count(value: number | undefined): string {
  return value === undefined ? DASH : value.toLocaleString('en');
}

/** A markdown table; Prettier aligns it afterwards. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** "n = 5", or "n = 1 (budget)" when the time budget cut the repeats. */
export function samples(stat: Stat | undefined, cut = false): string {
  if (!stat) return DASH;
  return `${stat.n}${cut ? ' (time budget)' : ''}`;
}
