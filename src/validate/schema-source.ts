/**
 * `graph-data/schema.json`, the same file editors use, and the numbers and lists the other checks take
 * from it, so that the schema and the code cannot disagree about a limit or a reserved id.
 */
import type { Schema } from '@cfworker/json-schema';
import schemaJson from '../../graph-data/schema.json' with { type: 'json' };

// A copy: the validator writes bookkeeping properties into the schema it is given.
export const SCHEMA = structuredClone(schemaJson) as unknown as Schema;
export const DEFS = (SCHEMA.$defs ?? {}) as Record<string, Schema>;

/** The arrays a dataset is made of, with the `$defs` entry of their items. */
export const COLLECTIONS = Object.freeze({
  sources: 'source',
  relationTypes: 'relationType',
  actors: 'actor',
  relations: 'relation',
} as const);

export type Collection = keyof typeof COLLECTIONS;

const properties = (SCHEMA.properties ?? {}) as Record<string, Schema>;
const maxItems = (key: Collection): number => {
  const max = properties[key]?.maxItems;
  if (typeof max !== 'number') throw new Error(`schema.json gives "${key}" no maxItems.`);
  return max;
};

/** The most items the format allows in each collection (the schema's `maxItems`). */
export const COLLECTION_MAX_ITEMS: Readonly<Record<Collection, number>> = Object.freeze({
  sources: maxItems('sources'),
  relationTypes: maxItems('relationTypes'),
  actors: maxItems('actors'),
  relations: maxItems('relations'),
});

/** What an id must look like (`$defs/id`). */
export const ID_PATTERN = new RegExp(String(DEFS['id']?.pattern), 'u');

/** Names no declared id may have (`$defs/reservedId`): the members of `Object.prototype`. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(
  (DEFS['reservedId']?.enum ?? []).filter((id): id is string => typeof id === 'string'),
);

/** The largest evidence offset (`$defs/offset`). */
export const MAX_OFFSET = Number(DEFS['offset']?.maximum);
