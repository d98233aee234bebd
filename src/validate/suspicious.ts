/**
 * Signs that a source text was damaged before it reached us. Quotes can still match such a text
 * exactly, so these are warnings: the person who saved the text should look at it again.
 */
import { positionAt } from '../text/lines.ts';

interface Sign {
  /** A pattern, or a function returning the index of the first occurrence (-1 for none). */
  readonly pattern: RegExp | ((text: string) => number);
  readonly reason: string;
}

/** C0 controls other than tab, LF and CR, and DEL (a loop: lint forbids control characters in regexes). */
function firstControl(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return i;
  }
  return -1;
}

const SIGNS: readonly Sign[] = [
  {
    pattern: /\uFFFD/,
    reason:
      'contains "\uFFFD" (U+FFFD), which replaces characters lost to a wrong encoding before the text was saved',
  },
  {
    pattern: /Ã[\u0080-\u00BF]|â€[\u0080-\u00BF\u2018-\u201E\u2122\u0152\u0153\u0161]/,
    reason:
      'contains sequences like "â€™" or "Ã©": UTF-8 text that was read as Windows-1252 or Latin-1 at some point',
  },
  {
    pattern: firstControl,
    reason:
      'contains control characters (other than tab and line breaks), which are invisible in most viewers',
  },
  {
    pattern: /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    reason: 'contains unpaired surrogates (\\uD800–\\uDFFF escapes), which are not characters',
  },
  {
    pattern: /^\s*<(?:!doctype|html|head|body)\b|<\/(?:p|div|span|a|li|td)>/i,
    reason: 'looks like HTML: quotes should come from the plain text, with the markup removed',
  },
];

/** One sentence per sign found, each naming the line of its first occurrence. */
export function suspiciousSigns(text: string): string[] {
  const found: string[] = [];
  for (const { pattern, reason } of SIGNS) {
    const at = typeof pattern === 'function' ? pattern(text) : text.search(pattern);
    if (at !== -1) found.push(`${reason} (first at line ${positionAt(text, at).line})`);
  }
  return found;
}
