import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * How a chunk is reached: the entry itself (the loader); `mount`: imported when the widget mounts
 * (the loader's dynamic import and everything it imports statically); `demand`: loaded on demand (a
 * dynamic import made by the widget: exports, the embed dialog, a saved view...); `worker`: a worker's
 * script, or imported from one only.
 */
export type ChunkRole = 'entry' | 'mount' | 'demand' | 'worker';

export interface Chunk {
  readonly file: string;
  readonly role: ChunkRole;
}

const STATIC = [
  /\b(?:import|export)\b[^"'`;]*?\bfrom\s*["'`]([^"'`]+)["'`]/g,
  /\bimport\s*["'`]([^"'`]+)["'`]/g,
];
const DYNAMIC = /\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g;
/** Vite's dependency list for a dynamic import (`__vite__mapDeps`), and plain string paths to chunks. */
const CHUNK_PATH = /["'`]((?:\.\.?\/|assets\/)[\w./-]+\.js)["'`]/g;
/**
 * A chunk's URL (`new URL('x.js', import.meta.url)`): in the loader, a chunk it imports by URL when
 * the widget mounts; anywhere else, a worker's script.
 */
const WORKER_URL = /new\s+URL\(\s*["'`]([^"'`]+\.js)["'`]\s*,\s*import\.meta\.url\s*\)/g;

/** Relative specifiers only (a worker's URL may omit the './'); no scheme, no absolute path. */
const isRelative = (spec: string): boolean => spec.endsWith('.js') && !/^([a-z][a-z0-9+.-]*:|\/)/i.test(spec);

/** Earlier roles win over later ones: what the page already has, a worker or a demand does not fetch anew. */
const RANK: Readonly<Record<ChunkRole, number>> = { entry: 0, mount: 1, demand: 2, worker: 3 };

/**
 * The entry and every JS file it references, transitively. A file reached several ways keeps the
 * cheapest role: a chunk the widget imports when it mounts is not fetched again by a worker.
 */
export function reachableChunks(entry: string): Chunk[] {
  const roles = new Map<string, ChunkRole>();
  const visit = (file: string, role: ChunkRole): void => {
    const known = roles.get(file);
    if ((known && RANK[known] <= RANK[role]) || !existsSync(file)) return;
    roles.set(file, role);
    const code = readFileSync(file, 'utf8');
    const here = (spec: string) => resolve(dirname(file), spec);
    const staticRole: ChunkRole = role === 'entry' ? 'mount' : role;
    for (const pattern of STATIC)
      for (const match of code.matchAll(pattern))
        if (isRelative(match[1]!)) visit(here(match[1]!), staticRole);
    // The loader's dynamic import is the widget mounting; any later one is code loaded on demand.
    const dynamicRole: ChunkRole = role === 'entry' ? 'mount' : role === 'worker' ? 'worker' : 'demand';
    for (const match of code.matchAll(DYNAMIC))
      if (isRelative(match[1]!)) visit(here(match[1]!), dynamicRole);
    for (const match of code.matchAll(WORKER_URL))
      if (isRelative(match[1]!)) visit(here(match[1]!), role === 'entry' ? 'mount' : 'worker');
    // Vite's preload helper names a dynamic import's chunks as strings relative to the build root.
    for (const match of code.matchAll(CHUNK_PATH)) {
      const spec = match[1]!;
      const atRoot = resolve(dirname(entry), spec);
      const near = here(spec);
      const target = existsSync(near) ? near : existsSync(atRoot) ? atRoot : undefined;
      if (target && !roles.has(target)) visit(target, role === 'entry' ? 'mount' : dynamicRole);
    }
  };
  visit(entry, 'entry');
  return [...roles].map(([file, role]) => ({ file, role })).sort((a, b) => RANK[a.role] - RANK[b.role]);
}
