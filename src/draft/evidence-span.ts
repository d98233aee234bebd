/** The quote for a relation: the smallest span of its clause that carries the claim. */
import type { Span } from './content.ts';
import type { Mention } from './mentions.ts';

/**
 * The smallest span that carries the claim: from the first of the actors and the cue to the last,
 * then on to the end of the phrase (the next comma, semicolon or the sentence's end, a few words at
 * most), so "Israel pelted Iran" becomes "Israel pelted Iran with a series of strikes".
 */
export function evidenceSpan(text: string, clause: Span, cue: Span, mentions: readonly Mention[]): Span {
  const local = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
  let start = Math.min(cue.start, ...local.map((m) => m.start));
  let end = Math.max(cue.end, ...local.map((m) => m.end));
  const rest = text.slice(end, clause.end);
  const phrase = /^[^,;:.!?"“”()]*/u.exec(rest)?.[0] ?? '';
  if ((phrase.match(/\S+/gu) ?? []).length <= 8) end += phrase.trimEnd().length;
  else end += (/^(?:\s*\S+){0,4}/u.exec(rest)?.[0] ?? '').length;
  // Keep a quotation mark that opens inside the span closed, and the span's ends clean.
  while (start < end && /[\s,;:]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/u.test(text[end - 1]!)) end--;
  return { start, end };
}
