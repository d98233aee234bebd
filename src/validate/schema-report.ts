/**
 * The words for a dataset that does not fit `graph-data/schema.json`, the same file editors use. Loaded
 * only when the compiled gate (`schema.ts`) refuses a dataset: a valid one never needs it. @cfworker/json-schema
 * interprets the schema instead of compiling it to code (no `new Function`), so the widget can run it
 * under a Content Security Policy without 'unsafe-eval'.
 *
 * The validator reports a cascade per failure (`properties` → `items` → `$ref` → the real error);
 * only the leaves are kept, each once, reworded for people who edit datasets by hand.
 *
 * The dataset is checked in pieces: the root without the items of its four collections, then each
 * item on its own. The validator collects a parent's errors with `errors.push(unit, ...childErrors)`,
 * which overflows the stack once tens of thousands of errors pile up under one value (50,000 `{}`
 * relation types did): in pieces, errors only pile up within one item, and an item that still breaks
 * the validator costs one problem for that item, not every problem of the file.
 */
import { dereference, validate, type OutputUnit, type Schema } from '@cfworker/json-schema';
import { printable, quoted } from '../text/printable.ts';
import { didYouMean } from './did-you-mean.ts';
import { pathOf, segmentsOfPointer, valueAt, type PathSegment } from './json-path.ts';
import { PROBLEM_CODES, childPath, type Problem, type ProblemCode, type ProblemSink } from './problem.ts';
import { COLLECTIONS, DEFS, SCHEMA, type Collection } from './schema-source.ts';
import * as say from './schema-messages.ts';
import { isObject } from './shape.ts';

let lookup: ReturnType<typeof dereference> | undefined;

/** The root schema with the collections' `items` left out: items are checked one at a time. */
const ROOT_ONLY: Schema = {
  ...SCHEMA,
  properties: Object.fromEntries(
    Object.entries(SCHEMA.properties ?? {}).map(([key, schema]) => {
      if (!Object.hasOwn(COLLECTIONS, key) || typeof schema !== 'object') return [key, schema];
      const { items: _items, ...rest } = schema;
      return [key, rest];
    }),
  ),
};

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

const own = (value: unknown, key: string): boolean =>
  value !== null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key);

/**
 * Problems with the dataset's shape. With `sink`, each goes there as it is found (the validator keeps
 * the first `limits.maxProblems`) and the returned list is empty; without, they are returned.
 */
export function reportSchema(root: unknown, file: string, sink?: ProblemSink): Problem[] {
  const problems: Problem[] = [];
  const report = sink ?? ((problem: Problem) => void problems.push(problem));
  const add = (code: ProblemCode, path: string, message: string): void =>
    report({ code, severity: 'error', file, path, message });

  if (!isObject(root)) {
    add(
      PROBLEM_CODES.schema,
      '$',
      `The file must contain a JSON object (a dataset), found ${say.kindOf(root)}.`,
    );
    return problems;
  }
  lookup ??= dereference(SCHEMA);
  const check = (instance: unknown, schema: Schema, pointer: string, schemaPointer: string): void => {
    let units: OutputUnit[];
    try {
      units = validate(instance, schema, '2020-12', lookup, false, null, pointer, schemaPointer).errors;
    } catch (error) {
      const segments = segmentsOfPointer(pointer, root);
      add(
        PROBLEM_CODES.schema,
        pathOf(segments),
        `${say.describe(segments, root)} could not be checked against the schema (${printable((error as Error).message, 120)}): fix the problems around it, then check again.`,
      );
      return;
    }
    reportUnits(units, root, add);
  };

  check(root, ROOT_ONLY, '#', '#');
  for (const [collection, def] of Object.entries(COLLECTIONS) as [Collection, string][]) {
    const items = own(root, collection) ? root[collection] : undefined;
    if (!Array.isArray(items)) continue;
    const schema = DEFS[def] as Schema;
    items.forEach((item: unknown, i) =>
      check(withinLimits(item, schema), schema, `#/${collection}/${i}`, `#/$defs/${def}`),
    );
  }
  return problems;
}

/**
 * The item, with any array longer than its schema's `maxItems` cut one past it: the array is reported
 * as too long either way (messages read lengths from the dataset), and a million bad evidence entries
 * in one relation would otherwise pile up a million errors.
 */
function withinLimits(item: unknown, schema: Schema): unknown {
  if (!isObject(item)) return item;
  let copy: Record<string, unknown> | undefined;
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const max = typeof property === 'object' ? property.maxItems : undefined;
    const value = own(item, key) ? item[key] : undefined;
    if (max === undefined || !Array.isArray(value) || value.length <= max + 1) continue;
    copy ??= { ...item };
    Object.defineProperty(copy, key, { value: value.slice(0, max + 1), enumerable: true, writable: true });
  }
  return copy ?? item;
}

type Add = (code: ProblemCode, path: string, message: string) => void;

/** The units a person needs to read, each once, in the validator's order. */
function reportUnits(units: readonly OutputUnit[], root: unknown, add: Add): void {
  const relevant = units.filter(
    (unit) => !WRAPPERS.has(unit.keyword) && !INSIDE_ALTERNATIVES.test(unit.keywordLocation),
  );
  // A value of the wrong type gets one problem, its type: what else it lacks follows from that.
  const wrongType = new Set(relevant.filter((u) => u.keyword === 'type').map((u) => u.instanceLocation));
  const seen = new Set<string>();
  const once = (code: ProblemCode, path: string, message: string): void => {
    const key = `${code}\u0000${path}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    add(code, path, message);
  };
  for (const unit of relevant) {
    if (unit.keyword !== 'type' && wrongType.has(unit.instanceLocation)) continue;
    // One unit per unknown field or missing field, but one message lists them all: the first says it.
    const perObject = unit.keyword === 'additionalProperties' || unit.keyword === 'required';
    if (perObject && seen.has(`${unit.keyword}\u0000${unit.instanceLocation}`)) continue;
    if (perObject) seen.add(`${unit.keyword}\u0000${unit.instanceLocation}`);
    const segments = segmentsOfPointer(unit.instanceLocation, root);
    const value = valueAt(root, segments);
    // Already reported by the parser, with the literal the file contains.
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    const path = pathOf(segments);
    const owner = ownerOf(unit.keywordLocation) ?? {};
    const message = messageFor(unit, owner, segments, value, root);
    if (message === undefined) continue;
    if (Array.isArray(message)) {
      for (const [childKey, text] of message) once(PROBLEM_CODES.schema, childPath(path, childKey), text);
    } else if (unit.keyword === 'const' && segments.length === 1 && segments[0] === 'formatVersion') {
      once(PROBLEM_CODES.unsupportedVersion, path, message);
    } else {
      once(PROBLEM_CODES.schema, path, message);
    }
  }
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
        `Unknown field ${quoted(name, 80)} in ${lower(say.describe(segments, root))}.${didYouMean(name, known)}`,
      ]);
    }
    case 'const':
      if (segments.length === 1 && key === 'formatVersion') {
        return typeof value === 'number'
          ? `formatVersion ${value} is not supported: this version of actor-graph reads formatVersion ${String(owner.const)}.`
          : `formatVersion must be the number ${String(owner.const)}, found ${say.found(value)}.`;
      }
      return `Must be ${JSON.stringify(owner.const)}, found ${say.found(value)}.`;
    case 'enum':
      return say.enumMessage(owner.enum ?? [], value);
    case 'type':
      return say.typeMessage(owner.type, value);
    case 'pattern':
      return say.patternMessage(owner, DEFS, segments, value, root);
    case 'minLength':
    case 'maxLength':
      return say.lengthMessage(unit.keyword, owner[unit.keyword] as number, String(value));
    case 'minItems':
    case 'maxItems':
      return say.itemsMessage(unit.keyword, owner[unit.keyword] as number, value as unknown[]);
    case 'minimum':
      return `Must be ${String(owner.minimum)} or more, found ${say.found(value)}.`;
    case 'maximum':
      // An offset past any text: the evidence step reports it, with the length of the source.
      if (owner === DEFS['offset']) return undefined;
      return `Must be ${String(owner.maximum)} or less, found ${say.found(value)}.`;
    case 'not':
      // A reserved id: the id check reports it, with its own code and the fix.
      if (owner === DEFS['declaredId']) return undefined;
      return printable(unit.error);
    case 'oneOf':
      if (segments[0] === 'sources' && segments.length === 2) {
        const both = own(value, 'file') && own(value, 'text');
        const what = say.describe(segments, root);
        return both
          ? `${what} has both "file" and "text": keep one.`
          : `${what} needs "file" (a path) or "text" (the text itself).`;
      }
      return printable(unit.error);
    default:
      return printable(unit.error);
  }
}

const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
