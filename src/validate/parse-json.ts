/**
 * JSON text to a value, with what `JSON.parse` hides: where each value is (so every later problem
 * gets a line and column), duplicate keys (which `JSON.parse` silently resolves to the last one), and
 * numbers too large to be finite. Objects get their keys with `Object.defineProperty`, so a key
 * `"__proto__"` is an own property like any other and can never replace a prototype.
 */
import { parse, type MemberNode, type ValueNode } from '@humanwhocodes/momoa';
import { indexLines, type LineIndex, type Position } from '../text/lines.ts';
import { explainSyntaxError } from './json-syntax.ts';
import { scanJson } from './json-scan.ts';
import { pathOf, segmentsOf, type PathSegment } from './json-path.ts';
import { PROBLEM_CODES, childPath, type Problem, type ProblemCode } from './problem.ts';

export interface ParseOptions {
  readonly file: string;
  readonly maxDepth: number;
}

export interface ParseResult {
  /** The value, absent when the text is not JSON at all; present (with error problems) for duplicate keys. */
  readonly value?: unknown;
  readonly problems: Problem[];
  /** Line and column of the value at a path, or of its nearest existing ancestor. */
  locate(path: string): Position | undefined;
}

export function parseJson(text: string, options: ParseOptions): ParseResult {
  const { file } = options;
  const problems: Problem[] = [];
  let lines: LineIndex | undefined;
  const position = (at: number): Position => (lines ??= indexLines(text)).positionAt(at);
  const where = (at: number): string => {
    const { line, column } = position(at);
    return `line ${line}, column ${column}`;
  };
  const fail = (code: ProblemCode, at: number, message: string, path = '$'): ParseResult => {
    problems.push({ code, severity: 'error', file, path, ...position(at), message });
    return { problems, locate: () => undefined };
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
  const scan = scanJson(text, options.maxDepth);
  if (scan.tooDeepAt !== undefined) {
    return fail(
      PROBLEM_CODES.tooDeep,
      scan.tooDeepAt,
      `Arrays and objects are nested more than ${options.maxDepth} levels deep here; a dataset needs 5 (raise limits.maxDepth if this is intended).`,
    );
  }

  let root: ValueNode;
  try {
    root = parse(text, { mode: 'json', ranges: false, tokens: false }).body;
  } catch (error) {
    if (error instanceof RangeError) {
      return fail(
        PROBLEM_CODES.tooDeep,
        0,
        'The JSON is nested too deeply for the parser: lower limits.maxDepth.',
      );
    }
    const { at, message } = explainSyntaxError(error, text, scan, where);
    return fail(PROBLEM_CODES.jsonSyntax, at, message);
  }
  // The parser allows raw control characters in strings; JSON and every other reader do not.
  if (scan.controlAt !== undefined) {
    const name =
      text.charAt(scan.controlAt) === '\n'
        ? 'a line break'
        : text.charAt(scan.controlAt) === '\t'
          ? 'a tab'
          : 'a control character';
    return fail(
      PROBLEM_CODES.jsonSyntax,
      scan.controlAt,
      `A string contains ${name}, which JSON does not allow inside strings: write it as \\n, \\t or \\uXXXX.`,
    );
  }

  const segments: PathSegment[] = [];
  const report = (code: ProblemCode, at: number, path: string, message: string): void => {
    problems.push({ code, severity: 'error', file, path, ...position(at), message });
  };

  // Recursion is bounded: the scan above rejected anything deeper than maxDepth.
  const build = (node: ValueNode): unknown => {
    switch (node.type) {
      case 'Object': {
        const object = {};
        const seen = new Map<string, number>();
        for (const member of node.members) {
          const key = keyOf(member);
          const at = member.loc.start.offset;
          if (key !== rawKeyOf(member)) {
            // Such a key cannot be made into a JSON Pointer (encodeURI throws), so the schema step would fail.
            report(
              PROBLEM_CODES.schema,
              at,
              childPath(pathOf(segments), key),
              `The key ${JSON.stringify(rawKeyOf(member))} contains an unpaired surrogate (a \\uD800–\\uDFFF escape that is not half of a pair), which is not text.`,
            );
          }
          const earlier = seen.get(key);
          if (earlier !== undefined) {
            report(
              PROBLEM_CODES.duplicateKey,
              at,
              childPath(pathOf(segments), key),
              `The key "${key}" appears twice in this object (first at ${where(earlier)}); JSON readers keep only the last one: remove one.`,
            );
          }
          seen.set(key, at);
          segments.push(key);
          const value = build(member.value);
          segments.pop();
          Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
        }
        return object;
      }
      case 'Array': {
        const array: unknown[] = [];
        node.elements.forEach((element, i) => {
          segments.push(i);
          array.push(build(element.value));
          segments.pop();
        });
        return array;
      }
      case 'Number':
        if (!Number.isFinite(node.value)) {
          const literal = text.slice(node.loc.start.offset, node.loc.end.offset);
          report(
            PROBLEM_CODES.schema,
            node.loc.start.offset,
            pathOf(segments),
            `The number ${literal} is too large (it would become Infinity).`,
          );
        }
        return node.value;
      case 'String':
      case 'Boolean':
        return node.value;
      case 'Null':
        return null;
      default:
        // NaN and Infinity nodes exist only in JSON5 mode.
        return null;
    }
  };
  const value = build(root);

  // Walks the syntax tree, kept for this; storing a position per value up front cost more than parsing.
  const locate = (path: string): Position | undefined => {
    let node: ValueNode = root;
    let at = root.loc.start.offset;
    for (const segment of segmentsOf(path) ?? []) {
      if (node.type === 'Array' && typeof segment === 'number') {
        const element = node.elements[segment];
        if (!element) break;
        node = element.value;
        at = element.loc.start.offset;
      } else if (node.type === 'Object') {
        // The last member with the key: its value is the one that was kept.
        const member = node.members.findLast((m) => keyOf(m) === String(segment));
        if (!member) break;
        node = member.value;
        at = member.loc.start.offset;
      } else break;
    }
    return position(at);
  };
  return { value, problems, locate };
}

const rawKeyOf = (member: MemberNode): string =>
  member.name.type === 'String' ? member.name.value : member.name.name;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The key as stored: unpaired surrogates become U+FFFD, as `String.prototype.toWellFormed` does. */
const keyOf = (member: MemberNode): string => rawKeyOf(member).replace(LONE_SURROGATE, '\uFFFD');
