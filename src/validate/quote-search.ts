/**
 * Where a wrong quote really is, at a bounded cost. Telling the author where a mismatched quote occurs
 * means searching the source for it, and a whole-text search of a 20 MB source for each of 200 wrong
 * quotes froze the page for 34 s (2,000 took 267 s in the CLI). So the whole text is searched only
 * while a budget lasts (`WHOLE_TEXT_BUDGET` characters per validation, which the quotes of any
 * ordinary dataset never exhaust); after that, only the text near the quote's own offsets is, which
 * is where a quote whose offsets are slightly off is found anyway.
 */
import { findQuote } from '../text/find-quote.ts';
import type { TextIndex } from '../text/code-points.ts';

/** Characters that whole-text searches may read in one validation, all sources together. */
export const WHOLE_TEXT_BUDGET = 64 * 1024 * 1024;

/** How far either side of a quote's offsets it is looked for once the budget is spent, in UTF-16 units. */
export const NEAR = 20_000;

/** Occurrences of a quote, and whether the whole text was searched or only around the offsets. */
export interface Found {
  readonly offsets: readonly number[];
  /** Undefined for a whole-text search; otherwise the code-point range that was searched. */
  readonly near?: { readonly from: number; readonly to: number };
}

export class QuoteSearch {
  private left = WHOLE_TEXT_BUDGET;

  /** Whether reading `chars` more characters fits in what is left, spending them if so. */
  spend(chars: number): boolean {
    if (chars > this.left) return false;
    this.left -= chars;
    return true;
  }

  /** The UTF-16 range within `NEAR` of the code points `[start, end)`. */
  window(index: TextIndex, start: number, end: number): { from: number; to: number } {
    return {
      from: Math.max(0, index.toUtf16(start) - NEAR),
      to: Math.min(index.text.length, index.toUtf16(end) + NEAR),
    };
  }

  /**
   * Up to `limit` code-point offsets of `quote` in the source: in the whole text while the budget
   * lasts, else within `NEAR` units of `[start, end)` (code points, clamped to the text).
   */
  find(index: TextIndex, quote: string, limit: number, start: number, end: number): Found {
    if (this.spend(index.text.length)) return { offsets: findQuote(index, quote, { limit }) };
    const { from, to } = this.window(index, start, end);
    // A slice, so that a quote that is not there costs the window, not the rest of the text.
    const window = index.text.slice(from, to);
    const offsets: number[] = [];
    for (let at = window.indexOf(quote); at !== -1; at = window.indexOf(quote, at + 1)) {
      offsets.push(index.toCodePoint(from + at));
      if (offsets.length >= limit) break;
    }
    return { offsets, near: { from: index.toCodePoint(from), to: index.toCodePoint(to) } };
  }
}
