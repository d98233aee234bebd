/**
 * Shape checks against `graph-data/schema.json`, the same file editors use. @cfworker/json-schema
 * interprets the schema instead of compiling it to code (no `new Function`), so the widget can run it
 * under a Content Security Policy without 'unsafe-eval'.
 *
 * The validator reports a cascade per failure (`properties` → `items` → `$ref` → the real error);
 * only the leaves are kept, each once, reworded for people who edit datasets by hand.
 */
import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import schemaJson from '../../graph-data/schema.json' with { type: 'json' };
import { didYouMean } from './did-you-mean.ts';
import { pathOf, segmentsOfPointer, valueAt, type PathSegment } from './json-path.ts';
import { PROBLEM_CODES, childPath, type Problem, type ProblemCode } from './problem.ts';
import * as say from './schema-messages.ts';

// A copy: the validator writes bookkeeping properties into the schema it is given.
const SCHEMA = structuredClone(schemaJson) as unknown as Schema;
const DEFS = (SCHEMA.$defs ?? {}) as Record<string, Schema>;
let validator: Validator | undefined;

/** Keywords that only say "something below failed"; the failure below is reported instead. */
const WRAPPERS = new Set(['properties', 'items', 'prefixItems', '$ref', 'allOf', 'false', 'additionalItems']);
/** Failures inside these are alternatives that did not match; the combinator reports once. */
const INSIDE_ALTERNATIVES = /\/(oneOf|anyOf|not|if|then|else)\//;

/** The schema object that holds the keyword at a keyword location, following `$ref`s as the validator did. */
function ownerOf(keywordLocation: string): Schema | undefined {
  const parts = keywordLocation.replace(/^#\/?/, '').split('/').slice(0, -1);
  let node: unknown = SCHEMA;
  for (const raw of parts) {
    let part = raw;
    try {
      part = decodeURIComponent(raw);
    } catch {
      // Keep the raw segment; our schema's keys are plain ASCII anyway.
    }
    part = part.replace(/~1/g, '/').replace(/~0/g, '~');
    const current = node as Record<string, unknown> | undefined;
    if (part === '$ref' && typeof current?.['$ref'] === 'string') {
      node = valueAt(SCHEMA, segmentsOfPointer(current['$ref'], undefined));
    } else {
      node = current?.[part];
    }
    if (node === null || typeof node !== 'object') return undefined;
  }
  return node as Schema;
}

const own = (value: unknown, key: string): boolean => Object.prototype.hasOwnProperty.call(value, key);

export function checkSchema(root: unknown, file: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const add = (code: ProblemCode, path: string, message: string): void => {
    const key = `${code}\u0000${path}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ code, severity: 'error', file, path, message });
  };

  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    add(
      PROBLEM_CODES.schema,
      '$',
      `The file must contain a JSON object (a dataset), found ${say.kindOf(root)}.`,
    );
    return problems;
  }

  let units: OutputUnit[];
  try {
    units = (validator ??= new Validator(SCHEMA, '2020-12', false)).validate(root).errors;
  } catch (error) {
    // Seen with keys the validator cannot encode as a URI (lone surrogates); report rather than crash.
    add(
      PROBLEM_CODES.schema,
      '$',
      `The dataset could not be checked against the schema: ${(error as Error).message}`,
    );
    return problems;
  }

  for (const unit of units) {
    if (WRAPPERS.has(unit.keyword) || INSIDE_ALTERNATIVES.test(unit.keywordLocation)) continue;
    const segments = segmentsOfPointer(unit.instanceLocation, root);
    const value = valueAt(root, segments);
    // Already reported by the parser, with the literal the file contains.
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    const path = pathOf(segments);
    const owner = ownerOf(unit.keywordLocation) ?? {};
    const message = messageFor(unit, owner, segments, value, root);
    if (message === undefined) continue;
    if (Array.isArray(message)) {
      for (const [childKey, text] of message) add(PROBLEM_CODES.schema, childPath(path, childKey), text);
    } else if (unit.keyword === 'const' && segments.length === 1 && segments[0] === 'formatVersion') {
      add(PROBLEM_CODES.unsupportedVersion, path, message);
    } else {
      add(PROBLEM_CODES.schema, path, message);
    }
  }
  return problems;
}

type Message = string | [key: string, message: string][] | undefined;

function messageFor(
  unit: OutputUnit,
  owner: Schema,
  segments: PathSegment[],
  value: unknown,
  root: unknown,
): Message {
  const key = segments[segments.length - 1];
  switch (unit.keyword) {
    case 'required': {
      const missing = (owner.required ?? []).filter((name) => !own(value, name));
      return missing.length === 0
        ? undefined
        : `${say.describe(segments, root)} is missing ${missing.map((m) => `"${m}"`).join(', ')}.`;
    }
    case 'additionalProperties': {
      const known = Object.keys(owner.properties ?? {});
      const unknown = Object.keys(value as object).filter((name) => !known.includes(name));
      return unknown.map((name) => [
        name,
        `Unknown field "${name}" in ${lower(say.describe(segments, root))}.${didYouMean(name, known)}`,
      ]);
    }
    case 'const':
      if (segments.length === 1 && key === 'formatVersion') {
        return typeof value === 'number'
          ? `formatVersion ${value} is not supported: this version of actor-graph reads formatVersion ${String(owner.const)}.`
          : `formatVersion must be the number ${String(owner.const)}, found ${say.found(value)}.`;
      }
      return `Must be ${JSON.stringify(owner.const)}, found ${JSON.stringify(value)}.`;
    case 'enum':
      return say.enumMessage(owner.enum ?? [], value);
    case 'type':
      return say.typeMessage(owner.type, value);
    case 'pattern':
      return say.patternMessage(owner, DEFS, key, value);
    case 'minLength':
    case 'maxLength':
      return say.lengthMessage(unit.keyword, owner[unit.keyword] as number, String(value));
    case 'minItems':
    case 'maxItems':
      return say.itemsMessage(unit.keyword, owner[unit.keyword] as number, value as unknown[]);
    case 'minimum':
      return `Must be ${String(owner.minimum)} or more, found ${JSON.stringify(value)}.`;
    case 'oneOf':
      if (segments[0] === 'sources' && segments.length === 2) {
        const both = own(value, 'file') && own(value, 'text');
        const what = say.describe(segments, root);
        return both
          ? `${what} has both "file" and "text": keep one.`
          : `${what} needs "file" (a path) or "text" (the text itself).`;
      }
      return unit.error;
    default:
      return unit.error;
  }
}

const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
