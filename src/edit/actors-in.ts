import type { Dataset } from '../model/dataset.ts';

/**
 * Actors the words name (by name, alias or a representative's name), in the order the words name
 * them: a new relation from a selection starts with its first two as its ends.
 */
export function actorsIn(dataset: Dataset, words: string): string[] {
  const found: { id: string; at: number }[] = [];
  for (const actor of dataset.actors) {
    const names = [actor.name, ...(actor.aliases ?? []), ...(actor.representatives ?? []).map((r) => r.name)];
    let first = Infinity;
    for (const name of names) {
      const at = wordIndex(words, name);
      if (at >= 0 && at < first) first = at;
    }
    if (first < Infinity) found.push({ id: actor.id, at: first });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}

/** Index of `name` in `text` as a whole word (not "Iran" in "Iranian"), or -1. */
function wordIndex(text: string, name: string): number {
  if (name.trim() === '') return -1;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.slice(0, at).match(/[\p{L}\p{N}]$/u);
    const after = text.slice(at + name.length).match(/^[\p{L}\p{N}]/u);
    if (!before && !after) return at;
  }
  return -1;
}
