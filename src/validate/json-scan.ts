/**
 * One linear pass over JSON text, before any parser, for what parsers cannot be trusted with: momoa
 * parses recursively and overflows the stack near 5,000 levels of `[[[[`; it accepts raw line breaks
 * and tabs inside strings, which JSON (and `JSON.parse`) forbid; and its syntax tree costs a few
 * hundred bytes per value, so 40 MB of `[0,0,0,...]` would take gigabytes. The pass tracks only
 * whether it is inside a string, how deep it is and how many values it has seen, so it runs in
 * constant stack and memory on any input.
 */

export interface ScanResult {
  /** UTF-16 index of the first bracket nested deeper than the limit. */
  readonly tooDeepAt?: number;
  /** UTF-16 index of the first control character (U+0000–U+001F) inside a string. */
  readonly controlAt?: number;
  /** Indexes of brackets still open at the end of the text, outermost first (at most the limit). */
  readonly unclosed: readonly number[];
  /** Index of the opening quote of a string still open at the end of the text. */
  readonly openStringAt?: number;
  /**
   * Values in the text, keys included: each object, array, string, number, `true`, `false` and `null`
   * counts one. Counted from what comes before a value: the start of the text, or a ',', ':', '[' or
   * '{' (empty arrays and objects count one too many), so even broken JSON gets a count.
   */
  readonly values: number;
  /** Index where the count first went over `maxValues`. */
  readonly tooManyAt?: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export function scanJson(text: string, maxDepth: number, maxValues = Infinity): ScanResult {
  const open: number[] = [];
  let depth = 0;
  let stringAt = -1;
  let controlAt: number | undefined;
  let tooManyAt: number | undefined;
  // The first value has no separator before it.
  let values = /\S/.test(text) ? 1 : 0;
  const found = () => ({
    values,
    ...(controlAt === undefined ? {} : { controlAt }),
    ...(tooManyAt === undefined ? {} : { tooManyAt }),
  });
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (stringAt !== -1) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) stringAt = -1;
      else if (c < 0x20 && controlAt === undefined) controlAt = i;
      continue;
    }
    if (c === QUOTE) stringAt = i;
    else if (c === 0x2c || c === 0x3a) values++;
    else if (c === 0x5b || c === 0x7b) {
      values++;
      depth++;
      if (depth > maxDepth) return { tooDeepAt: i, unclosed: open, ...found() };
      open.push(i);
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--;
      open.pop();
    } else continue;
    if (values > maxValues && tooManyAt === undefined) tooManyAt = i;
  }
  return { unclosed: open, ...found(), ...(stringAt === -1 ? {} : { openStringAt: stringAt }) };
}

/** Bracket depth just before `index` (0 once the top-level value has closed); for error messages only. */
export function depthAt(text: string, index: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < index && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === 0x5b || c === 0x7b) depth++;
    else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return depth;
}

/** Index of the last character before `index` that is not JSON whitespace, or -1. */
export function previousSignificant(text: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && /[ \t\n\r]/.test(text.charAt(i))) i--;
  return i;
}
