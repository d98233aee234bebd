/**
 * JSON text to a value, with what `JSON.parse` hides: where each value is (so every later problem
 * gets a line and column), duplicate keys (which `JSON.parse` silently resolves to the last one), and
 * numbers too large to be finite.
 *
 * `JSON.parse` builds the value: it is the fastest parser there is and holds nothing but the value.
 * A linear pass (`walkJson`) then finds duplicate keys, and later finds the positions of the paths
 * that problems name, all in one go. momoa, whose syntax tree costs about twenty times the text
 * (some 500 bytes per value), runs only on text `JSON.parse` refused, to explain the syntax error
 * (`explainRefusal` in json-refusal.ts, which the widget loads only then);
 * `limits.maxValues`, checked first, bounds what that can cost. For a 16 MB dataset (20,000 actors,
 * 0.9 million values) this parses in about a third of the time momoa took and holds 20 MB where the
 * syntax tree held 330 MB. `JSON.parse` makes every key an own property, so a key `"__proto__"` is an
 * own property like any other and can never replace a prototype.
 */
import { indexLines, type LineIndex, type Position } from '../text/lines.ts';
import { printable, quoted } from '../text/printable.ts';
import { segmentsOf, pathOf, type PathSegment } from './json-path.ts';
import { scanJson, type ScanResult } from './json-scan.ts';
import { walkJson } from './json-walk.ts';
import { PROBLEM_CODES, childPath, type Problem, type ProblemCode } from './problem.ts';

export interface ParseOptions {
  readonly file: string;
  readonly maxDepth: number;
  /** Most values (keys included) the text may hold; see `Limits.maxValues`. Unlimited when absent. */
  readonly maxValues?: number;
}

/** What `JSON.parse` refused, for `explainRefusal` (json-refusal.ts) to explain. */
export interface Refusal {
  readonly text: string;
  readonly file: string;
  /** What `JSON.parse` threw. */
  readonly error: unknown;
  readonly scan: ScanResult;
}

export interface ParseResult {
  /** The value, absent when the text is not JSON at all; present (with error problems) for duplicate keys. */
  readonly value?: unknown;
  readonly problems: Problem[];
  /**
   * `JSON.parse` refused the text: `problems` then holds one `json-syntax` error in its words, which
   * `explainRefusal` (json-refusal.ts) replaces with what is most likely wrong and how to fix it.
   */
  readonly refused?: Refusal;
  /** Line and column of the value at a path, or of its nearest existing ancestor. */
  locate(path: string): Position | undefined;
  /** `locate` for many paths in one pass over the text. */
  locateAll(paths: Iterable<string>): Map<string, Position>;
}

const nowhere = (): undefined => undefined;

export function parseJson(text: string, options: ParseOptions): ParseResult {
  const { file } = options;
  const problems: Problem[] = [];
  let lines: LineIndex | undefined;
  const position = (at: number): Position => (lines ??= indexLines(text)).positionAt(at);
  const where = (at: number): string => {
    const { line, column } = position(at);
    return `line ${line}, column ${column}`;
  };
  const fail = (code: ProblemCode, at: number, message: string): ParseResult => {
    problems.push({ code, severity: 'error', file, path: '$', ...position(at), message });
    return { problems, locate: nowhere, locateAll: () => new Map() };
  };

  const first = text.search(/\S/);
  if (text.charAt(first) === '<') {
    const what = /^<\?xml/i.test(text.slice(first)) ? 'an XML document' : 'an HTML page';
    return fail(
      PROBLEM_CODES.notJson,
      first,
      `This looks like ${what}, not JSON — is the URL or file right?`,
    );
  }
  const scan = scanJson(text, options.maxDepth, options.maxValues);
  if (scan.tooDeepAt !== undefined) {
    return fail(
      PROBLEM_CODES.tooDeep,
      scan.tooDeepAt,
      `Arrays and objects are nested more than ${options.maxDepth} levels deep here; a dataset needs 5 (raise limits.maxDepth if this is intended).`,
    );
  }
  if (scan.tooManyAt !== undefined && options.maxValues !== undefined) {
    const limit = options.maxValues.toLocaleString('en');
    return fail(
      PROBLEM_CODES.tooLarge,
      scan.tooManyAt,
      `The file holds more than ${limit} JSON values, the limit (each key, string, number, true, false, null, array and object counts one): holding them all could exhaust memory. A real dataset of 20,000 actors holds about 0.9 million. Raise limits.maxValues to read it.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Its own words for now, where it says where; explainRefusal says more.
    const reason = error instanceof Error ? error.message : String(error);
    const at = Number(/at position (\d+)/.exec(reason)?.[1] ?? 0);
    const failed = fail(PROBLEM_CODES.jsonSyntax, at, `The file is not valid JSON (${printable(reason)}).`);
    return { ...failed, refused: { text, file, error, scan } };
  }

  const report = (code: ProblemCode, at: number, path: string, message: string): void => {
    problems.push({ code, severity: 'error', file, path, ...position(at), message });
  };
  // Keys seen in each open object (undefined for an open array): duplicates are found as they come.
  const keys: (Map<string, number> | undefined)[] = [];
  let unpairedKeys = false;
  walkJson(text, {
    value(path, kind, at, _member, end) {
      if (kind === 'object' || kind === 'array') keys.push(kind === 'object' ? new Map() : undefined);
      if (kind !== 'number' || !MAY_OVERFLOW.test(text.slice(at, Math.min(end, at + 400)))) return;
      const literal = text.slice(at, end);
      if (Number.isFinite(Number(literal))) return;
      report(
        PROBLEM_CODES.schema,
        at,
        pathOf(path),
        `The number ${printable(literal, 40)} is too large (it would become Infinity).`,
      );
    },
    key(path, depth, key, at, raw) {
      const here = (): string => childPath(pathOf(path.slice(0, depth)), key);
      if (key !== raw) {
        unpairedKeys = true;
        // Such a key cannot be made into a JSON Pointer (encodeURI throws), so the schema step would fail.
        report(
          PROBLEM_CODES.schema,
          at,
          here(),
          `The key ${quoted(raw)} contains an unpaired surrogate (a \\uD800–\\uDFFF escape that is not half of a pair), which is not text.`,
        );
      }
      const seen = keys[keys.length - 1];
      const earlier = seen?.get(key);
      if (earlier !== undefined) {
        report(
          PROBLEM_CODES.duplicateKey,
          at,
          here(),
          `The key ${quoted(key)} appears twice in this object (first at ${where(earlier)}); JSON readers keep only the last one: remove one.`,
        );
      }
      seen?.set(key, at);
    },
    close() {
      keys.pop();
    },
  });

  // Keys with unpaired surrogates become U+FFFD, so two of them can become one key: the value is built
  // again in text order, so that the last one's value is kept, as for any other repeated key.
  if (unpairedKeys) value = buildInOrder(text);

  const locateAll = (paths: Iterable<string>): Map<string, Position> => {
    const found = new Map<string, Position>();
    for (const [path, at] of findPaths(text, paths)) found.set(path, position(at));
    return found;
  };
  return { value, problems, locate: (path) => locateAll([path]).get(path), locateAll };
}

/** Numbers that can be too large for a double: an exponent, or hundreds of digits. */
const MAY_OVERFLOW = /[eE]|\d{300}/;

/**
 * The value of valid JSON text, built in text order from `walkJson`, with keys as it reports them.
 * Slower than `JSON.parse`, so only for text with a key that needs it.
 */
function buildInOrder(text: string): unknown {
  const open: (Record<string, unknown> | unknown[])[] = [];
  let root: unknown;
  let key = '';
  walkJson(text, {
    key(_path, _depth, wellFormed) {
      key = wellFormed;
    },
    value(_path, kind, at, _member, end) {
      const value =
        kind === 'object' ? {} : kind === 'array' ? [] : (JSON.parse(text.slice(at, end)) as unknown);
      const parent = open[open.length - 1];
      if (parent === undefined) root = value;
      else if (Array.isArray(parent)) parent.push(value);
      else
        Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
      if (kind === 'object' || kind === 'array') open.push(value as Record<string, unknown> | unknown[]);
    },
    close() {
      open.pop();
    },
  });
  return root;
}

interface PathNode {
  at?: number;
  children?: Map<PathSegment, PathNode>;
}

/**
 * UTF-16 index of each path's value (of its member, in an object: where its key starts), or of its
 * nearest existing ancestor; in one walk over the text. A key that appears twice resolves to the last
 * one, whose value `JSON.parse` kept.
 */
function findPaths(text: string, paths: Iterable<string>): Map<string, number> {
  const root: PathNode = {};
  const chains = new Map<string, PathNode[]>();
  for (const path of paths) {
    if (chains.has(path)) continue;
    const chain = [root];
    for (const segment of segmentsOf(path) ?? []) {
      const parent = chain[chain.length - 1] as PathNode;
      parent.children ??= new Map();
      let child = parent.children.get(segment);
      if (!child) parent.children.set(segment, (child = {}));
      chain.push(child);
    }
    chains.set(path, chain);
  }
  // The path node of each open container, by depth; an entry is replaced when the next one opens.
  const open: (PathNode | undefined)[] = [];
  walkJson(text, {
    value(path, kind, _at, memberAt) {
      const depth = path.length;
      const node = depth === 0 ? root : childOf(open[depth - 1], path[depth - 1] as PathSegment);
      if (node) {
        // A second member with the same key: only what is under the last one counts.
        if (node.at !== undefined) forget(node);
        node.at = memberAt;
      }
      if (kind === 'object' || kind === 'array') open[depth] = node;
    },
  });
  const found = new Map<string, number>();
  for (const [path, chain] of chains) {
    let at: number | undefined;
    for (const node of chain) {
      if (node.at === undefined) break;
      at = node.at;
    }
    if (at !== undefined) found.set(path, at);
  }
  return found;
}

/** The path node for a member or element; a path may name an object's key "7" as `[7]`, as momoa's did. */
function childOf(parent: PathNode | undefined, segment: PathSegment): PathNode | undefined {
  const children = parent?.children;
  if (!children) return undefined;
  const child = children.get(segment);
  if (child || typeof segment !== 'string' || !/^(?:0|[1-9]\d*)$/.test(segment)) return child;
  return children.get(Number(segment));
}

function forget(node: PathNode): void {
  for (const child of node.children?.values() ?? []) {
    delete child.at;
    forget(child);
  }
}
