import type { Dataset } from '../model/dataset.ts';
import { isReservedId } from '../validate/ids.ts';

/** The schema's id rule: a letter or digit, then up to 63 letters, digits, '_', '.' or '-'. */
const MAX_ID = 64;

/**
 * Ids the dataset already uses for actors and relations. They share one space: graph libraries and
 * the exports key nodes and edges by id together, so an actor and a relation may not share one.
 */
export function takenIds(dataset: Dataset): Set<string> {
  return new Set([...dataset.actors.map((a) => a.id), ...dataset.relations.map((r) => r.id)]);
}

/** Letters and digits of `words`, joined by '-', as an id: "Saudi Arabia" → "saudi-arabia". */
export function slug(words: string): string {
  const base = words
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base.slice(0, MAX_ID).replace(/-+$/, '');
}

/**
 * `wanted` if it is a free, valid id; else it with `-2`, `-3`, ... A name with no usable letters
 * (all punctuation, or all in a script the slug drops) becomes `fallback`.
 */
export function uniqueId(wanted: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = /^[A-Za-z0-9]/.test(wanted) ? wanted : fallback;
  const free = (id: string): boolean => !taken.has(id) && !isReservedId(id);
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = base.slice(0, MAX_ID - suffix.length) + suffix;
    if (free(id)) return id;
  }
}

/** An id for a new relation, as the seed names them: `rus-irn-treaty`. */
export function relationId(dataset: Dataset, from: string, to: string, type: string): string {
  return uniqueId(slug(`${from} ${to} ${type}`), takenIds(dataset), 'relation');
}

/** An id for a new actor from its name: "Hezbollah" → `hezbollah`. */
export function actorId(dataset: Dataset, name: string): string {
  return uniqueId(slug(name), takenIds(dataset), 'actor');
}
