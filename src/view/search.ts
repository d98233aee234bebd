import type { ActorGraph } from '../graph/actor-graph.ts';

export interface ActorMatch {
  readonly id: string;
  readonly name: string;
  /** The name, alias or representative the query matched, to show the reader why. */
  readonly matched: string;
}

/** Case- and accent-insensitive form, so "saudi", "Saudi" and "Saúdi" all find Saudi Arabia. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Actors whose name, alias or representative contains the query: names before aliases, and matches at
 * the start of a word before matches inside one.
 */
export function searchActors(graph: ActorGraph, query: string, limit = 10): ActorMatch[] {
  const needle = normalizeForSearch(query);
  if (!needle) return [];
  const ranked: { match: ActorMatch; rank: number; order: number }[] = [];
  let order = 0;
  graph.forEachNode((id, actor) => {
    const candidates = [
      actor.name,
      ...(actor.aliases ?? []),
      ...(actor.representatives ?? []).map((r) => r.name),
    ];
    let best: { matched: string; rank: number } | undefined;
    candidates.forEach((candidate, i) => {
      const hay = normalizeForSearch(candidate);
      const at = hay.indexOf(needle);
      if (at < 0) return;
      const wordStart = at === 0 || hay[at - 1] === ' ';
      const rank = (i === 0 ? 0 : 2) + (wordStart ? 0 : 1) + (hay === needle ? -1 : 0);
      if (!best || rank < best.rank) best = { matched: candidate, rank };
    });
    if (best)
      ranked.push({
        match: { id, name: actor.name, matched: best.matched },
        rank: best.rank,
        order: order++,
      });
  });
  return ranked
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((r) => r.match);
}
