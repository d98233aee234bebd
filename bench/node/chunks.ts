import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** How a chunk is reached: the entry itself, an import (static or dynamic), or a worker's script. */
export type ChunkRole = 'entry' | 'import' | 'worker';

export interface Chunk {
  readonly file: string;
  readonly role: ChunkRole;
}

const IMPORTS = [
  /\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
  /\b(?:import|export)\b[^"'`;]*?\bfrom\s*["'`]([^"'`]+)["'`]/g,
  /\bimport\s*["'`]([^"'`]+)["'`]/g,
];
/** Vite's worker reference: `new Worker(new URL('graph.worker-x.js', import.meta.url))`. */
const WORKER_URL = /new\s+URL\(\s*["'`]([^"'`]+\.js)["'`]\s*,\s*import\.meta\.url\s*\)/g;

/** Relative specifiers only (a worker's URL may omit the './'); no scheme, no absolute path. */
const isRelative = (spec: string): boolean => spec.endsWith('.js') && !/^([a-z][a-z0-9+.-]*:|\/)/i.test(spec);

/**
 * The entry and every JS file it references, transitively, in discovery order. A chunk reached only
 * through a worker URL (or from inside a worker) is a worker chunk: fetched when a worker starts.
 */
export function reachableChunks(entry: string): Chunk[] {
  const roles = new Map<string, ChunkRole>();
  const visit = (file: string, role: ChunkRole): void => {
    const known = roles.get(file);
    if ((known && !(known === 'worker' && role === 'import')) || !existsSync(file)) return;
    roles.set(file, role);
    const code = readFileSync(file, 'utf8');
    for (const pattern of IMPORTS)
      for (const match of code.matchAll(pattern))
        if (isRelative(match[1]!))
          visit(resolve(dirname(file), match[1]!), role === 'worker' ? 'worker' : 'import');
    for (const match of code.matchAll(WORKER_URL))
      if (isRelative(match[1]!)) visit(resolve(dirname(file), match[1]!), 'worker');
  };
  visit(entry, 'entry');
  return [...roles].map(([file, role]) => ({ file, role }));
}
