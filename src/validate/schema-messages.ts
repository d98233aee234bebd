/**
 * Plain-language messages for JSON Schema failures, one per keyword. The validator's own messages
 * ("Instance does not match any of [...]") describe the schema; these describe the dataset.
 */
import type { Schema } from '@cfworker/json-schema';
import { codePointLength } from '../text/code-points.ts';
import { quoted } from '../text/printable.ts';
import { didYouMean } from './did-you-mean.ts';
import type { PathSegment } from './json-path.ts';

/** What the thing at a path is, for messages: `Relation "rus-irn"`, `Evidence 2 of relation "r1"`. */
export function describe(segments: readonly PathSegment[], root: unknown): string {
  const [collection, index, nested, nestedIndex] = segments;
  const item = (value: unknown, noun: string): string => {
    const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? `${noun} ${quoted(id, 80)}` : `${noun} ${String(index)}`;
  };
  const at = (...path: PathSegment[]): unknown =>
    path.reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === 'object' ? (node as Record<PathSegment, unknown>)[key] : undefined,
      root,
    );
  if (segments.length === 0) return 'The dataset';
  if (typeof index !== 'number') return quoted(String(collection), 80);
  const nouns: Record<string, string> = {
    sources: 'Source',
    relationTypes: 'Relation type',
    actors: 'Actor',
    relations: 'Relation',
  };
  const noun = nouns[String(collection)] ?? `Item ${index} of ${quoted(String(collection), 80)}`;
  const parent = item(at(collection as string, index), noun);
  if (segments.length === 2 || typeof nestedIndex !== 'number') return parent;
  if (nested === 'evidence')
    return `Evidence ${nestedIndex} of ${parent.charAt(0).toLowerCase()}${parent.slice(1)}`;
  if (nested === 'representatives')
    return item(at(collection as string, index, nested, nestedIndex), 'Representative');
  return `Item ${nestedIndex} of ${quoted(String(nested), 80)}`;
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
  if (typeof value === 'string') return `the string ${quoted(value, 80)}`;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : kindOf(value);
}

/** A value a message names: `"state"` for a string, as `found` says otherwise. */
const shown = (value: unknown): string => (typeof value === 'string' ? quoted(value, 80) : found(value));

export function typeMessage(expected: unknown, value: unknown): string {
  const names = (Array.isArray(expected) ? expected : [expected]).map(
    (t) => TYPE_NAMES[String(t)] ?? String(t),
  );
  return `Expected ${names.join(' or ')}, found ${found(value)}.`;
}

export function enumMessage(allowed: readonly unknown[], value: unknown): string {
  const strings = allowed.filter((v): v is string => typeof v === 'string');
  const hint = typeof value === 'string' ? didYouMean(value, strings) : '';
  return `${capitalized(shown(value))} must be one of: ${allowed.map(String).join(', ')}.${hint}`;
}

/** Messages for the patterns of our schema, told apart by the schema node they belong to. */
export function patternMessage(
  node: Schema,
  defs: Record<string, Schema>,
  segments: readonly PathSegment[],
  value: unknown,
  root: unknown,
): string {
  const key = segments[segments.length - 1];
  const what = shown(value);
  if (node === defs['id']) {
    return `${what} is not a valid id: use letters, digits, '_', '.' or '-' (at most 64), starting with a letter or digit.`;
  }
  if (node === defs['date']) return `${what} is not a valid date: use YYYY, YYYY-MM or YYYY-MM-DD.`;
  if (key === 'language') return `${what} is not a language tag: use a BCP 47 tag such as "en" or "pt-BR".`;
  if (key === 'cameo') return `${what} is not a CAMEO code: use 2 to 4 digits, such as "057".`;
  if (key === 'file' && typeof value === 'string' && /(?:^|\/)\.[^./]/.test(value)) {
    return `${what} names a hidden file or folder (a name starting with a dot): hidden files hold settings and secrets (.env, .git, .ssh), so they are never read as sources nor copied into an export. Give the text a file name without a leading dot.`;
  }
  if (key === 'file') {
    return `${what} is not an allowed source path: give a path relative to the dataset's folder, inside it (letters, digits, '_', '.', '/', '-'; no '..', no leading '/').`;
  }
  if (key === 'text' && segments[0] === 'sources') {
    const source = describe(segments.slice(0, 2), root);
    return `The text of ${source.charAt(0).toLowerCase()}${source.slice(1)} is ${value === '' ? 'empty' : 'only whitespace'}: nothing could quote it. Paste the source's text.`;
  }
  return `${what} does not have the expected form (${String(node.pattern)}).`;
}

const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

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
