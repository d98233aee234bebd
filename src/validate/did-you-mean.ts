/**
 * "Did you mean ...?" for typos in ids, field names and enum values: the closest candidate by edit
 * distance, only when it is close enough that the suggestion is probably right.
 */
import { quoted } from '../text/printable.ts';

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of neighbours ("titel" is one
 * edit from "title"): the optimal-string-alignment variant of Damerau-Levenshtein. Stops early once
 * the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let older: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const same = a.charCodeAt(i - 1) === b.charCodeAt(j - 1);
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (same ? 0 : 1),
      );
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, (older[j - 2] as number) + 1);
      }
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    // A swap reaches back two rows, so only two hopeless rows in a row prove the distance exceeds max.
    if (rowMin > max && previousMin > max) return max + 1;
    previousMin = rowMin;
    older = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The candidate closest to `word`: equal ignoring case, or within a third of the word's length (at
 * least 1, at most 3 edits). Ties go to the first candidate, so callers list likely ones first.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const max = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance =
      candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase(), max);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` Did you mean "X"?` or the empty string, ready to append to a message. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closest(word, candidates);
  return match === undefined ? '' : ` Did you mean ${quoted(match)}?`;
}
