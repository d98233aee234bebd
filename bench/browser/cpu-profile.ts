/**
 * Where a page's main thread spent its time: a V8 CPU profile's self time, attributed to original
 * source files through the bundles' sourcemaps (the same grouping as the weight suite: ours by file,
 * dependencies by package).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, type SourceMapSegment } from '@jridgewell/sourcemap-codec';
import { groupOf, type RawSourceMap } from '../node/attribution.ts';

export interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  readonly children?: number[];
}

export interface CpuProfile {
  readonly nodes: ProfileNode[];
  readonly samples: number[];
  readonly timeDeltas: number[];
}

export interface Hotspot {
  readonly name: string;
  readonly ms: number;
}

interface LoadedMap {
  readonly sources: readonly (string | null)[];
  readonly lines: SourceMapSegment[][];
}

/** URL path prefix → local folder, to find a script's sourcemap next to it. */
export type Mounts = Readonly<Record<string, string>>;

function mapFor(url: string, mounts: Mounts, cache: Map<string, LoadedMap | null>): LoadedMap | null {
  if (cache.has(url)) return cache.get(url)!;
  let loaded: LoadedMap | null = null;
  try {
    const path = new URL(url).pathname;
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const file = prefix === undefined ? undefined : join(mounts[prefix]!, path.slice(prefix.length));
    if (file && existsSync(`${file}.map`)) {
      const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMap;
      loaded = { sources: map.sources, lines: decode(map.mappings) };
    }
  } catch {
    loaded = null;
  }
  cache.set(url, loaded);
  return loaded;
}

/** The original source of a generated position: the last segment at or before the column. */
function originalOf(
  map: LoadedMap,
  line: number,
  column: number,
): { source: string; line: number } | undefined {
  const segments = map.lines[line];
  if (!segments) return undefined;
  let found: SourceMapSegment | undefined;
  for (const segment of segments) {
    if (segment[0] > column) break;
    found = segment;
  }
  if (!found || found.length < 4) return undefined;
  return { source: map.sources[found[1]!] ?? '?', line: found[2]! + 1 };
}

export interface Hotspots {
  /** Self time by source: ours by folder, dependencies by package, the browser's own work by name. */
  readonly groups: Hotspot[];
  readonly functions: Hotspot[];
  /** Each sample charged to the innermost frame of ours on its stack: what our code caused. */
  readonly ourFiles: Hotspot[];
  readonly totalMs: number;
}

const sorted = (m: Map<string, number>): Hotspot[] =>
  [...m].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
const add = <K>(m: Map<K, number>, key: K, ms: number): void => void m.set(key, (m.get(key) ?? 0) + ms);

export function hotspots(profile: CpuProfile, mounts: Mounts): Hotspots {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => add(self, id, (profile.timeDeltas[i] ?? 0) / 1000));
  const cache = new Map<string, LoadedMap | null>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const originals = new Map<number, { source: string; line: number } | undefined>();
  const originalOfNode = (node: ProfileNode) => {
    if (!originals.has(node.id)) {
      const { url, lineNumber, columnNumber } = node.callFrame;
      const map = url ? mapFor(url, mounts, cache) : null;
      originals.set(node.id, map ? originalOf(map, lineNumber, columnNumber) : undefined);
    }
    return originals.get(node.id);
  };
  const ourFile = new Map<number, string>();
  const ourFileOf = (id: number): string => {
    const known = ourFile.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const original = originalOfNode(node);
    const up = parent.get(id);
    const file =
      original && groupOf(original.source).startsWith('ours')
        ? original.source.replace(/^(\.\.\/)+/, '')
        : up === undefined
          ? '(no code of ours on the stack)'
          : ourFileOf(up);
    ourFile.set(id, file);
    return file;
  };
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  const ourFiles = new Map<string, number>();
  let totalMs = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    totalMs += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    const original = originalOfNode(node);
    const group = original
      ? groupOf(original.source)
      : url
        ? `(no sourcemap) ${new URL(url).pathname}`
        : functionName || '(native)';
    const where = original
      ? `${original.source.replace(/^(\.\.\/)+/, '')}:${original.line}`
      : url
        ? `${url}:${lineNumber + 1}`
        : '';
    add(groups, group, ms);
    add(functions, `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`, ms);
    add(ourFiles, ourFileOf(node.id), ms);
  }
  return { groups: sorted(groups), functions: sorted(functions), ourFiles: sorted(ourFiles), totalMs };
}
