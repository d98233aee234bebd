/**
 * One linear pass over JSON text that `JSON.parse` has already accepted, reporting where every value
 * and key is and under which path. `JSON.parse` builds the value fast and small but says nothing about
 * where anything is, or about duplicate keys; a syntax tree (momoa) says all of that but costs about
 * twenty bytes of memory per byte of text. This pass keeps only the open containers, so it costs
 * nothing per value and runs in constant stack on any nesting.
 */
import type { PathSegment } from './json-path.ts';

export type ValueKind = 'object' | 'array' | 'string' | 'number' | 'literal';

export interface JsonVisitor {
  /**
   * A value starts at UTF-16 index `at` and its member (its key, in an object) at `memberAt`. `path`
   * is the value's path: it is reused and changes as the walk goes on, so copy what must be kept.
   * `end` is where a string, number or literal ends (exclusive).
   */
  value?(path: readonly PathSegment[], kind: ValueKind, at: number, memberAt: number, end: number): void;
  /**
   * A key at `at` (its opening quote), before its value is visited. The object's path is the first
   * `depth` segments of `path`. `raw` is the key as written (decoded), `key` as the value holds it.
   */
  key?(path: readonly PathSegment[], depth: number, key: string, at: number, raw: string): void;
  /** The innermost open object or array closes at `at`. */
  close?(at: number): void;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A key as the validator stores it: unpaired surrogates become U+FFFD, as `toWellFormed` does. */
export const wellFormedKey = (key: string): string => key.replace(LONE_SURROGATE, '\uFFFD');

/** Index of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    at = text.indexOf('"', at);
    if (at === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return at;
    at++;
  }
}

/** Index just after a number or a literal (`true`, `false`, `null`). */
function tokenEnd(text: string, start: number): number {
  let at = start + 1;
  for (; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === 0x2c || c === 0x5d || c === 0x7d || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) break;
  }
  return at;
}

/** Walks `text`, which must be valid JSON (as `JSON.parse` accepts it), calling the visitor in document order. */
export function walkJson(text: string, visitor: JsonVisitor): void {
  const path: PathSegment[] = [];
  /** Per open container: true for an object. */
  const objects: boolean[] = [];
  let expectKey = false;
  let memberAt = -1;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x3a) {
      i++;
      continue;
    }
    const depth = objects.length;
    if (c === 0x2c) {
      if (objects[depth - 1]) expectKey = true;
      else path[depth - 1] = (path[depth - 1] as number) + 1;
      i++;
      continue;
    }
    if (c === 0x7d || c === 0x5d) {
      objects.pop();
      path.pop();
      visitor.close?.(i);
      expectKey = false;
      i++;
      continue;
    }
    if (c === 0x22 && expectKey) {
      const end = stringEnd(text, i);
      const raw = text.slice(i + 1, end);
      const decoded = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
      const key = wellFormedKey(decoded);
      visitor.key?.(path, depth - 1, key, i, decoded);
      path[depth - 1] = key;
      memberAt = i;
      expectKey = false;
      i = end + 1;
      continue;
    }
    const at = i;
    // An array element (or the root) starts where its value does; a member starts at its key.
    const member = depth > 0 && objects[depth - 1] ? memberAt : at;
    if (c === 0x7b || c === 0x5b) {
      visitor.value?.(path, c === 0x7b ? 'object' : 'array', at, member, at + 1);
      objects.push(c === 0x7b);
      path.push(0);
      expectKey = c === 0x7b;
      i++;
      continue;
    }
    if (c === 0x22) {
      i = stringEnd(text, i) + 1;
      visitor.value?.(path, 'string', at, member, i);
      continue;
    }
    i = tokenEnd(text, i);
    visitor.value?.(path, c === 0x2d || (c >= 0x30 && c <= 0x39) ? 'number' : 'literal', at, member, i);
  }
}
