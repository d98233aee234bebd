/**
 * One linear pass over JSON text, outside the parser, for what the parser cannot be trusted with:
 * momoa parses recursively and overflows the stack near 5,000 levels of `[[[[`, and it accepts raw
 * line breaks and tabs inside strings, which JSON (and `JSON.parse`) forbid. The pass tracks only
 * whether it is inside a string and how deep it is, so it runs in constant stack on any input.
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
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export function scanJson(text: string, maxDepth: number): ScanResult {
  const open: number[] = [];
  let depth = 0;
  let stringAt = -1;
  let controlAt: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (stringAt !== -1) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) stringAt = -1;
      else if (c < 0x20 && controlAt === undefined) controlAt = i;
      continue;
    }
    if (c === QUOTE) stringAt = i;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > maxDepth)
        return { tooDeepAt: i, unclosed: open, ...(controlAt === undefined ? {} : { controlAt }) };
      open.push(i);
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--;
      open.pop();
    }
  }
  return {
    unclosed: open,
    ...(controlAt === undefined ? {} : { controlAt }),
    ...(stringAt === -1 ? {} : { openStringAt: stringAt }),
  };
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
