/**
 * The attributes that actors and relations carry into the graph formats. GraphML and GEXF declare
 * the same columns with the same names, so a notebook that reads one reads the other the same way.
 */
import type { ActorAttributes } from '../graph/actor-graph.ts';
import type { RelationView } from '../graph/describe.ts';
import type { Evidence } from '../model/dataset.ts';

export type ColumnType = 'string' | 'integer' | 'double' | 'boolean';
export type ColumnValue = string | number | boolean | undefined;

export interface Column<T> {
  readonly name: string;
  readonly type: ColumnType;
  /** Undefined where the dataset leaves the field out: the element then carries no value at all. */
  readonly value: (item: T) => ColumnValue;
}

/**
 * Between quotes in the single-cell `quotes` column. Lossy when a quote itself contains " | ";
 * the `evidence` column (JSON) is the exact record, this one is for reading.
 */
export const QUOTE_SEPARATOR = ' | ';
/** Between aliases and between representatives. */
export const LIST_SEPARATOR = '; ';

export function joinQuotes(evidence: readonly Evidence[]): string {
  return evidence.map((e) => e.quote).join(QUOTE_SEPARATOR);
}

/**
 * The exact evidence as a JSON array string, so the quotes survive whatever XML has to drop.
 * `JSON.stringify` already escapes C0 controls and lone surrogates; U+FFFE and U+FFFF are the only
 * characters XML forbids that it writes raw, so they are escaped too (JSON readers decode them).
 */
export function evidenceJson(evidence: readonly Evidence[]): string {
  return JSON.stringify(
    evidence.map(({ source, quote, start, end, attribution }) =>
      attribution === undefined ? { source, quote, start, end } : { source, quote, start, end, attribution },
    ),
  ).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

export function representativesText(actor: ActorAttributes): string | undefined {
  const people = actor.representatives ?? [];
  if (people.length === 0) return undefined;
  return people.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(LIST_SEPARATOR);
}

const nonEmpty = (list: readonly string[] | undefined): string | undefined =>
  list && list.length > 0 ? list.join(LIST_SEPARATOR) : undefined;

export const ACTOR_COLUMNS: readonly Column<ActorAttributes>[] = Object.freeze([
  { name: 'kind', type: 'string', value: (a) => a.kind },
  { name: 'aliases', type: 'string', value: (a) => nonEmpty(a.aliases) },
  { name: 'representatives', type: 'string', value: representativesText },
  { name: 'description', type: 'string', value: (a) => a.description },
]);

export const RELATION_COLUMNS: readonly Column<RelationView>[] = Object.freeze([
  { name: 'type', type: 'string', value: (r) => r.typeId },
  { name: 'type_label', type: 'string', value: (r) => r.typeLabel },
  { name: 'polarity', type: 'string', value: (r) => r.polarity },
  { name: 'status', type: 'string', value: (r) => r.status },
  // The relation's own direction, whatever the file format could express (see the writers).
  { name: 'directed', type: 'boolean', value: (r) => r.directed },
  { name: 'attribution', type: 'string', value: (r) => r.attribution },
  { name: 'summary', type: 'string', value: (r) => r.summary },
  { name: 'date', type: 'string', value: (r) => r.date },
  { name: 'from_representative', type: 'string', value: (r) => r.fromRepresentative },
  { name: 'to_representative', type: 'string', value: (r) => r.toRepresentative },
  { name: 'evidence_count', type: 'integer', value: (r) => r.evidence.length },
  { name: 'quotes', type: 'string', value: (r) => joinQuotes(r.evidence) },
  { name: 'evidence', type: 'string', value: (r) => evidenceJson(r.evidence) },
]);
