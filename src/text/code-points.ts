/**
 * Code-point offsets, as W3C Web Annotation's TextPositionSelector counts them: zero-based, `end`
 * exclusive, one unit per Unicode code point. JavaScript strings index UTF-16 code units instead, so an
 * emoji or a rare CJK character (outside the Basic Multilingual Plane) counts 1 here and 2 there.
 *
 * Sources can be megabytes and carry hundreds of quotes, so a text is indexed once: a text without
 * surrogates maps offsets to themselves, and a text with astral characters stores only where those
 * are (never one array entry per character, as `Array.from(text)` would).
 */

/** Offsets of one text in both units. Build it with `indexText` once per text and reuse it. */
export interface TextIndex {
  readonly text: string;
  /** Length in code points. */
  readonly length: number;
  /** UTF-16 index of a code-point offset (clamped to the text). */
  toUtf16(offset: number): number;
  /** Code-point offset of a UTF-16 index; an index inside a surrogate pair maps to the pair's start. */
  toCodePoint(index: number): number;
}

const SURROGATE = /[\uD800-\uDFFF]/;

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Whether index `i` starts a valid surrogate pair (a lone surrogate counts as one code point, as in JS iteration). */
function pairAt(text: string, i: number): boolean {
  return isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1));
}

/** Number of entries of a sorted array that are less than `value`. */
function countBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const clamp = (n: number, max: number): number => (n < 0 ? 0 : n > max ? max : n);

export function indexText(text: string): TextIndex {
  if (!SURROGATE.test(text)) {
    const n = text.length;
    return { text, length: n, toUtf16: (o) => clamp(o, n), toCodePoint: (i) => clamp(i, n) };
  }
  // For every astral character: its code-point offset and its UTF-16 index. Each astral character
  // before a position adds one UTF-16 unit, so a conversion is a binary search and a subtraction.
  const pairCodePoint: number[] = [];
  const pairUtf16: number[] = [];
  for (let i = text.search(SURROGATE); i < text.length; i++) {
    if (pairAt(text, i)) {
      pairCodePoint.push(i - pairUtf16.length);
      pairUtf16.push(i);
      i++;
    }
  }
  const length = text.length - pairUtf16.length;
  return {
    text,
    length,
    toUtf16: (o) => {
      const offset = clamp(o, length);
      return offset + countBelow(pairCodePoint, offset);
    },
    // The low half of a pair has one pair start below it, so it maps to the pair's own offset.
    toCodePoint: (i) => {
      const unit = clamp(i, text.length);
      return unit - countBelow(pairUtf16, unit);
    },
  };
}

let lastIndex: TextIndex | undefined;

/**
 * Accepts a prepared index or a string. Strings are indexed once and the last index is kept, because
 * callers (the evidence panel) often pass the same source text for quote after quote: comparing the
 * same string with `===` costs nothing, while indexing it again scans megabytes.
 */
export function toIndex(text: string | TextIndex): TextIndex {
  if (typeof text !== 'string') return text;
  if (lastIndex?.text !== text) lastIndex = indexText(text);
  return lastIndex;
}

/** The code points `[start, end)` of the text, as a JS string. Pass an index when slicing one text often. */
export function sliceCodePoints(text: string | TextIndex, start: number, end: number): string {
  const index = toIndex(text);
  return index.text.slice(index.toUtf16(start), index.toUtf16(end));
}

/** Length of a string in code points, without allocating an array. */
export function codePointLength(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let pairs = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (pairAt(text, i)) {
      pairs++;
      i++;
    }
  }
  return text.length - pairs;
}
