import { decode } from '@jridgewell/sourcemap-codec';

export interface RawSourceMap {
  readonly sources: readonly (string | null)[];
  readonly sourceRoot?: string;
  readonly mappings: string;
}

/** Where a chunk's minified bytes came from: group name → the generated text attributed to it. */
export type Attribution = Map<string, string[]>;

export const UNMAPPED = '(unmapped: bundler glue, JSON modules)';

/**
 * `node_modules/<pkg>/…` (the last one, for nested installs) → the package; `src/` and
 * `components/` → ours, by folder; anything else of ours (the schema JSON) → "ours (other)".
 */
export function groupOf(source: string | null | undefined): string {
  if (!source) return UNMAPPED;
  const at = source.lastIndexOf('node_modules/');
  if (at >= 0) {
    const [scope = '', name = ''] = source.slice(at + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  const path = source.replace(/^(\.\.\/|\.\/)+/, '');
  if (path.startsWith('src/')) return 'ours (src/, the core)';
  if (path.startsWith('components/')) return 'ours (components/)';
  return 'ours (other)';
}

export const isOurs = (group: string): boolean => group.startsWith('ours');

/**
 * Every generated segment's span, from its column to the next segment's (or the end of the line),
 * goes to the source file the segment maps to. A line's text before its first segment (the rest of a
 * multi-line template literal: shaders, CSS) and its newline go to the segment before them. Segments
 * without a source (bundler glue, JSON modules) go to UNMAPPED. Columns count UTF-16 units, so spans
 * are cut from the string and measured in UTF-8 later.
 */
export function attribute(code: string, map: RawSourceMap): Attribution {
  const groups = map.sources.map((s) => groupOf(s));
  const lines = code.split('\n');
  const decoded = decode(map.mappings);
  const out: Attribution = new Map();
  const add = (group: string, text: string): void => {
    if (!text) return;
    const list = out.get(group);
    if (list) list.push(text);
    else out.set(group, [text]);
  };
  let last = UNMAPPED;
  lines.forEach((line, i) => {
    const segments = [...(decoded[i] ?? [])].sort((a, b) => a[0] - b[0]);
    add(last, line.slice(0, segments[0]?.[0] ?? line.length));
    segments.forEach((segment, k) => {
      const end = segments[k + 1]?.[0] ?? line.length;
      last = segment.length >= 4 ? (groups[segment[1]!] ?? UNMAPPED) : UNMAPPED;
      add(last, line.slice(segment[0], end));
    });
    if (i < lines.length - 1) add(last, '\n');
  });
  return out;
}

/** Merges attributions of several chunks into one. */
export function mergeAttributions(parts: readonly Attribution[]): Attribution {
  const out: Attribution = new Map();
  for (const part of parts)
    for (const [group, texts] of part) out.set(group, [...(out.get(group) ?? []), ...texts]);
  return out;
}
