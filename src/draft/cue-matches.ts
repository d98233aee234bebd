/** Where the cues of the lexicon stand in a span of the text. */
import type { Span } from './content.ts';
import { CUES, type Cue } from './cues.ts';

export interface CueMatch extends Span {
  readonly entry: Cue;
  /** The words that matched, as the text has them. */
  readonly words: string;
}

/** Matches of every cue in a span, overlapping ones resolved in favour of the longer match. */
export function cueMatches(text: string, span: Span): CueMatch[] {
  const body = text.slice(span.start, span.end);
  const all = CUES.flatMap((entry) =>
    [...body.matchAll(entry.pattern)].map((m) => ({
      entry,
      start: span.start + m.index + (m[0].length - m[0].trimStart().length),
      end: span.start + m.index + m[0].trimEnd().length,
      words: m[0].trim(),
    })),
  ).filter((m) => m.end > m.start);
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof all = [];
  for (const m of all) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
