/**
 * Plain-language messages for JSON Schema failures, one per keyword. The validator's own messages
 * ("Instance does not match any of [...]") describe the schema; these describe the dataset.
 */
import type { Schema } from '@cfworker/json-schema';
import { codePointLength } from '../text/code-points.ts';
import { didYouMean } from './did-you-mean.ts';
import type { PathSegment } from './json-path.ts';

/** What the thing at a path is, for messages: `Relation "rus-irn"`, `Evidence 2 of relation "r1"`. */
export function describe(segments: readonly PathSegment[], root: unknown): string {
  const [collection, index, nested, nestedIndex] = segments;
  const item = (value: unknown, noun: string): string => {
    const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? `${noun} "${id}"` : `${noun} ${String(index)}`;
  };
  const at = (...path: PathSegment[]): unknown =>
    path.reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === 'object' ? (node as Record<PathSegment, unknown>)[key] : undefined,
      root,
    );
  if (segments.length === 0) return 'The dataset';
  if (typeof index !== 'number') return `"${String(collection)}"`;
  const nouns: Record<string, string> = {
    sources: 'Source',
    relationTypes: 'Relation type',
    actors: 'Actor',
    relations: 'Relation',
  };
  const noun = nouns[String(collection)] ?? `Item ${index} of "${String(collection)}"`;
  const parent = item(at(collection as string, index), noun);
  if (segments.length === 2 || typeof nestedIndex !== 'number') return parent;
  if (nested === 'evidence')
    return `Evidence ${nestedIndex} of ${parent.charAt(0).toLowerCase()}${parent.slice(1)}`;
  if (nested === 'representatives')
    return item(at(collection as string, index, nested, nestedIndex), 'Representative');
  return `Item ${nestedIndex} of "${String(nested)}"`;
}

/** `a string`, `an array`, `null`, `a whole number`... as JSON (not JavaScript) names them. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number')
    return Number.isInteger(value) ? 'a whole number' : 'a number with a fraction';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const TYPE_NAMES: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

/** A value as a message shows it: `the string "95"`, `1.5`, `an array`. */
export function found(value: unknown): string {
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return typeof value === 'number' ? String(value) : kindOf(value);
}

export function typeMessage(expected: unknown, value: unknown): string {
  const names = (Array.isArray(expected) ? expected : [expected]).map(
    (t) => TYPE_NAMES[String(t)] ?? String(t),
  );
  return `Expected ${names.join(' or ')}, found ${found(value)}.`;
}

export function enumMessage(allowed: readonly unknown[], value: unknown): string {
  const shown = JSON.stringify(value);
  const strings = allowed.filter((v): v is string => typeof v === 'string');
  const hint = typeof value === 'string' ? didYouMean(value, strings) : '';
  return `${shown} must be one of: ${allowed.map(String).join(', ')}.${hint}`;
}

/** Messages for the patterns of our schema, told apart by the schema node they belong to. */
export function patternMessage(
  node: Schema,
  defs: Record<string, Schema>,
  key: PathSegment | undefined,
  value: unknown,
): string {
  const shown = JSON.stringify(value);
  if (node === defs['id']) {
    return `${shown} is not a valid id: use letters, digits, '_', '.' or '-' (at most 64), starting with a letter or digit.`;
  }
  if (node === defs['date']) return `${shown} is not a valid date: use YYYY, YYYY-MM or YYYY-MM-DD.`;
  if (key === 'language') return `${shown} is not a language tag: use a BCP 47 tag such as "en" or "pt-BR".`;
  if (key === 'cameo') return `${shown} is not a CAMEO code: use 2 to 4 digits, such as "057".`;
  if (key === 'file') {
    return `${shown} is not an allowed source path: give a path relative to the dataset's folder, inside it (letters, digits, '_', '.', '/', '-'; no '..', no leading '/').`;
  }
  return `${shown} does not have the expected form (${String(node.pattern)}).`;
}

export function lengthMessage(keyword: 'minLength' | 'maxLength', limit: number, value: string): string {
  const length = codePointLength(value);
  if (keyword === 'minLength')
    return limit === 1 ? 'Must not be empty.' : `Is ${length} characters long; at least ${limit} are needed.`;
  return `Is ${length} characters long; at most ${limit} are allowed.`;
}

export function itemsMessage(
  keyword: 'minItems' | 'maxItems',
  limit: number,
  value: readonly unknown[],
): string {
  if (keyword === 'minItems')
    return `Needs at least ${limit} item${limit === 1 ? '' : 's'}, found ${value.length}.`;
  return `Has ${value.length} items; at most ${limit} are allowed.`;
}
