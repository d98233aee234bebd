import type { ActorGraph } from './actor-graph.ts';
import type { Polarity } from '../model/dataset.ts';
import { formatCount } from '../text/count.ts';
import { isolate } from '../text/bidi.ts';

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * One sentence that says what the graph shows, generated from the data so it is never out of date:
 * "7 actors joined by 24 relations (14 cooperative, 7 conflictual, 3 neutral), backed by 41 verbatim
 * quotes; Russia is the most connected, with 15 relations to 5 actors." The name is isolated, so
 * that it reads in its own direction and nothing in it turns the rest of the sentence around.
 */
export function summarizeGraph(graph: ActorGraph): string {
  if (graph.order === 0) return 'This graph has no actors yet.';
  const polarity = new Map(graph.getAttribute('relationTypes').map((t) => [t.id, t.polarity]));
  const counts: Record<Polarity, number> = { cooperative: 0, conflictual: 0, neutral: 0 };
  let quotes = 0;
  graph.forEachEdge((_edge, relation) => {
    counts[polarity.get(relation.type) ?? 'neutral']++;
    quotes += relation.evidence.length;
  });
  const parts = (['cooperative', 'conflictual', 'neutral'] as const)
    .filter((p) => counts[p] > 0)
    .map((p) => `${formatCount(counts[p])} ${p}`);
  const head = `${plural(graph.order, 'actor')} joined by ${plural(graph.size, 'relation')}`;
  const breakdown = parts.length ? ` (${list(parts)})` : '';
  const backing = graph.size ? `, backed by ${plural(quotes, 'verbatim quote')}` : '';
  let hub = '';
  let best = 0;
  graph.forEachNode((node, actor) => {
    const degree = graph.degree(node);
    if (degree > best) {
      best = degree;
      hub = `; ${isolate(actor.name)} is the most connected, with ${plural(degree, 'relation')} to ${plural(graph.neighbors(node).length, 'actor')}`;
    }
  });
  return `${head}${breakdown}${backing}${hub}.`;
}
