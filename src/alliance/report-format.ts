/** Small pieces of the alliance report's wording: numbers, names, lists and quotes. */
import type { ActorGraph } from '../graph/actor-graph.ts';
import { relationTypeOf } from '../graph/actor-graph.ts';
import { printable } from '../text/printable.ts';
import type { PairScore } from './types.ts';

/** "+4.85", "−20", "0": signed, at most two decimals, a true minus sign. */
export function signed(value: number): string {
  const text = String(Math.round(Math.abs(value) * 100) / 100);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : '0';
}

/** "4.85" */
export function amount(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? word : many}`;
}

/** "a, b and c" (or "a, b or c") */
export function list(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 2) return items.join(` ${conjunction} `);
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** An actor's name as data: control characters escaped, so a dataset cannot write to the terminal. */
export function nameOf(graph: ActorGraph, actor: string): string {
  return printable(graph.getNodeAttribute(actor, 'name'));
}

export function pairName(graph: ActorGraph, pair: Pick<PairScore, 'actors'>, joiner = '–'): string {
  return `${nameOf(graph, pair.actors[0])}${joiner}${nameOf(graph, pair.actors[1])}`;
}

export function kindOf(sign: number): string {
  return sign > 0 ? 'allies' : sign < 0 ? 'adversaries' : 'neither';
}

/** Quotes longer than this are cut at a word, with an ellipsis: the report stays short. */
const QUOTE_LIMIT = 220;

/** `treaty: "…"`: a relation's type and its first quote. */
export function quoteLine(graph: ActorGraph, relation: string): string {
  const type = printable(relationTypeOf(graph, relation).label.toLowerCase());
  const evidence = graph.getEdgeAttribute(relation, 'evidence')[0];
  if (!evidence) return type;
  let quote = evidence.quote;
  if ([...quote].length > QUOTE_LIMIT) {
    const cut = [...quote].slice(0, QUOTE_LIMIT).join('');
    quote = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), QUOTE_LIMIT / 2)).trimEnd()}…`;
  }
  const who = evidence.attribution ?? graph.getEdgeAttribute(relation, 'attribution');
  return `${type}: “${printable(quote, QUOTE_LIMIT + 1)}”${who ? ` (${printable(who)})` : ''}`;
}
