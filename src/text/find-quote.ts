import { toIndex, type TextIndex } from './code-points.ts';

export interface FindQuoteOptions {
  /** Stop after this many occurrences: callers only need "none", "one" or "several, the first few". */
  readonly limit?: number;
}

const DEFAULT_LIMIT = 10;

/**
 * Code-point offsets where `quote` starts in the text, in order, overlapping occurrences included
 * ("aa" occurs twice in "aaa"), at most `limit` of them. An empty quote occurs nowhere.
 */
export function findQuote(text: string | TextIndex, quote: string, options: FindQuoteOptions = {}): number[] {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (quote === '' || limit <= 0) return [];
  const index = toIndex(text);
  const offsets: number[] = [];
  for (let at = index.text.indexOf(quote); at !== -1; at = index.text.indexOf(quote, at + 1)) {
    offsets.push(index.toCodePoint(at));
    if (offsets.length >= limit) break;
  }
  return offsets;
}
