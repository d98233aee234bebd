/**
 * What earlier sentences named, for the words that point back: "it", "he", "they", "both
 * countries", "their alliance". A pronoun stands for the subject of the sentence so far, or of the
 * sentences before; a pair for the last actors named together.
 */
import type { Span } from './content.ts';
import type { Mention } from './mentions.ts';
import { clauseSubject } from './roles.ts';

/** What earlier sentences named: pronouns and "both countries" point back into it. */
export interface Context {
  /** Actors named together ("Russia and Iran", "Iran-Israel"), as groups, most recent last. */
  groups: string[][];
  /** Each earlier sentence's mentions and its span, most recent last. */
  sentences: { span: Span; mentions: Mention[] }[];
}

/** Singular pronouns; "they" and "their" point at a pair, see `resolvePair`. */
export const PRONOUN_SUBJECT = /\b(?:it|its|he|his|she|her|itself|himself|herself)\b/iu;
export const PERSONAL = /\b(?:he|his|she|her|himself|herself)\b/iu;
export const MAX_CONTEXT = 6;
/**
 * Who "it", "he" or "they" stands for: the subject of the sentence so far, else of the sentences
 * before; for "he" and "she", the last person named.
 */
export function resolvePronoun(
  text: string,
  pronounText: string,
  here: readonly Mention[],
  hereSpan: Span,
  context: Context,
): Mention[] {
  const personal = PERSONAL.test(pronounText);
  const spans = [{ span: hereSpan, mentions: [...here] }, ...[...context.sentences].reverse()];
  for (const { span, mentions } of spans) {
    if (personal) {
      const person = mentions.find((m) => m.person);
      if (person) return [person];
      continue;
    }
    const subject = clauseSubject(text, span, mentions);
    if (subject.length > 0) return subject;
    if (mentions.length > 0 && span === hereSpan) return [mentions[0]!];
  }
  return [];
}

/**
 * "both countries", "their alliance": the last two actors named before it in the sentence, else the
 * last group named together before, else the last two actors; never the agent's own.
 */
export function resolvePair(
  context: Context,
  here: readonly Mention[],
  except: ReadonlySet<string>,
): string[] {
  const inSentence = [...new Set(here.map((m) => m.actor))].filter((a) => !except.has(a));
  if (inSentence.length >= 2) return inSentence.slice(-2);
  for (let i = context.groups.length - 1; i >= 0; i--) {
    const group = context.groups[i]!.filter((a) => !except.has(a));
    if (group.length >= 2) return group.slice(0, 3);
  }
  const recent: string[] = [];
  const all = [...context.sentences.flatMap((s) => s.mentions), ...here];
  for (let i = all.length - 1; i >= 0 && recent.length < 2; i--) {
    const actor = all[i]!.actor;
    if (!except.has(actor) && !recent.includes(actor)) recent.push(actor);
  }
  return recent.length === 2 ? recent : [];
}

/** Groups of actors a sentence names together, for later "both countries". */
export function groupsOf(text: string, mentions: readonly Mention[]): string[][] {
  const groups: string[][] = [];
  let current: Mention[] = [];
  const flush = (): void => {
    const actors = [...new Set(current.map((m) => m.actor))];
    if (actors.length >= 2) groups.push(actors);
    current = [];
  };
  mentions.forEach((m, i) => {
    const previous = mentions[i - 1];
    if (
      previous &&
      /^(?:['’]s?)?(?:\s*,\s*|\s+and\s+|\s*[-–—]\s*|\s*,\s*and\s+)(?:the\s+)?$/u.test(
        text.slice(previous.end, m.start),
      )
    )
      current.push(m);
    else {
      flush();
      current = [m];
    }
  });
  flush();
  return groups;
}
