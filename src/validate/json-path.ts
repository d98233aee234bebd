/**
 * Conversions between our path format (`$.relations[3].evidence[0]["odd key"]`, built by `childPath`)
 * and its parts, and from the JSON Pointers that JSON Schema validators report (`#/relations/3`).
 */
import { childPath } from './problem.ts';

export type PathSegment = string | number;

export function pathOf(segments: readonly PathSegment[]): string {
  let path = '$';
  for (const segment of segments) path = childPath(path, segment);
  return path;
}

const SEGMENT = /^(?:\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/** The segments of a path made by `childPath`, or undefined if it is not one. */
export function segmentsOf(path: string): PathSegment[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const segments: PathSegment[] = [];
  let rest = path.slice(1);
  while (rest !== '') {
    const match = SEGMENT.exec(rest);
    if (!match) return undefined;
    const [whole, name, index, quoted] = match;
    if (name !== undefined) segments.push(name);
    else if (index !== undefined) segments.push(Number(index));
    else segments.push(JSON.parse(quoted as string) as string);
    rest = rest.slice(whole.length);
  }
  return segments;
}

/**
 * The segments of a JSON Pointer fragment as @cfworker/json-schema writes it: `#`, then per segment
 * `~` as `~0`, `/` as `~1`, then `encodeURI` and `#` as `%23`. Numeric segments are array indexes
 * where the instance holds an array there, which is why the instance is needed.
 */
export function segmentsOfPointer(pointer: string, instance: unknown): PathSegment[] {
  const raw = pointer.replace(/^#/, '');
  if (raw === '') return [];
  const segments: PathSegment[] = [];
  let node = instance;
  for (const part of raw.slice(1).split('/')) {
    let key: string;
    try {
      key = decodeURI(part.replace(/%23/g, '#'));
    } catch {
      key = part;
    }
    key = key.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment: PathSegment = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
    segments.push(segment);
    node = valueAt(node, [segment]);
  }
  return segments;
}

/** The value at the segments, reading own properties only, or undefined. */
export function valueAt(root: unknown, segments: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
