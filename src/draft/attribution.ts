/**
 * Who the text says a claim comes from: reporting clauses ("the Kremlin said", "according to RIA",
 * "as reported by Russian state news agency RIA", "Yuri Ushakov said that"). The words of the source
 * are kept as the text writes them; the clause itself is no party to the relation it reports.
 */
import type { Span } from './content.ts';

export interface Attribution extends Span {
  /** Who, as the text names them: "the Kremlin", "Russian state news agency RIA". */
  readonly source: string;
}

const VERBS = String.raw`said|says|stated|states|confirmed|confirms|announced|announces|told reporters|reported|reports|added|noted|claimed|claims|emphasi[sz]ed|insisted|according to a statement`;
/** A name or a short noun phrase with a capital in it: "The Kremlin", "Putin's adviser, Yuri Ushakov". */
const SPEAKER = String.raw`(?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}.'’-]*|[\p{Ll}][\p{Ll}-]*)(?:\s+(?:of\s+|the\s+)?[\p{L}][\p{L}.'’-]*){0,5}`;

/** A reporting verb, and a weekday after it ("the Kremlin said Friday"). */
const VERB = new RegExp(
  String.raw`\b(?:${VERBS})\b(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?`,
  'gu',
);
/** An adverb between the speaker and the verb: "the Kremlin also said". */
const ADVERB = /\s+(?:also|later|then|on \w+)\s*$/u;
const SPEAKER_BEFORE = new RegExp(String.raw`(${SPEAKER})\s*$`, 'u');
/** How far back from a verb its speaker may start: a long apposition and a name. */
const LOOK_BACK = 120;
const ACCORDING = new RegExp(
  String.raw`\b(?:according to|as reported by|reported by|citing)\s+(${SPEAKER})`,
  'gu',
);
const TRAILING = new RegExp(String.raw`[,"”]\s*(?:${VERBS})\s+(${SPEAKER})\s*[.!?]?\s*$`, 'u');

/** Words that are not sources even when they stand before "said". */
const NOT_SPEAKERS =
  /^(?:it|he|she|they|this|that|which|who|as|and|but|report|reports|statement|officials?)$/iu;

function cleanSpeaker(raw: string): string | undefined {
  // "Putin's foreign affairs adviser, Yuri Ushakov" -> "Yuri Ushakov": the name after an apposition.
  const last = raw.split(/,\s*/u).filter(Boolean).at(-1) ?? raw;
  const speaker = last
    .replace(/[.,;:!?]+$/u, '')
    .replace(/^(?:As|While|When|After|Before|Since|Because|If|And|But)\s+/u, '')
    .replace(/\s+(?:himself|herself|itself|themselves)$/u, '')
    .replace(/^The\s+/u, 'the ')
    .trim();
  if (!speaker || NOT_SPEAKERS.test(speaker) || !/\p{Lu}/u.test(speaker)) return undefined;
  // "… on the sidelines of the Forum, emphasized": a place or a time, not who spoke.
  if (/^(?:of|in|on|at|to|from|with|by|for|during|after|before)\s/u.test(speaker)) return undefined;
  return speaker.length > 200 ? speaker.slice(0, 200) : speaker;
}

/** The reporting clauses of a sentence. */
export function attributionsIn(text: string, sentence: Span): Attribution[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: Attribution[] = [];
  const push = (index: number, length: number, raw: string): void => {
    const source = cleanSpeaker(raw);
    if (source) found.push({ start: sentence.start + index, end: sentence.start + index + length, source });
  };
  for (const m of body.matchAll(ACCORDING)) push(m.index, m[0].length, m[1] ?? '');
  // Verbs first, then the words before each: one pass, where a pattern that looked for the
  // speaker first would retry at every word of the sentence.
  for (const m of body.matchAll(VERB)) {
    const from = Math.max(0, m.index - LOOK_BACK);
    // "Putin's adviser, Yuri Ushakov, said": the comma closing an apposition is not part of the name.
    const before = body
      .slice(from, m.index)
      .replace(ADVERB, '')
      .replace(/[\s,]+$/u, '');
    const speaker = SPEAKER_BEFORE.exec(before.trimEnd())?.[1] ?? '';
    if (!speaker) continue;
    // Only the last words before the verb: "… strikes on Iran, the Kremlin said" names the Kremlin.
    const tail = /(?:^|[,"“”:;]\s*|\bthat\s+)([^,"“”:;]*?)$/u.exec(speaker)?.[1] ?? speaker;
    const appositive = /(\S[^,]*,\s*[\p{Lu}][^,]*)$/u.exec(before.trimEnd())?.[1];
    const words = appositive && appositive.split(/\s+/u).length <= 8 ? appositive : tail;
    const start = from + before.trimEnd().length - words.length;
    push(start, m.index + m[0].length - start, words);
  }
  const trailing = TRAILING.exec(body);
  if (trailing) push(trailing.index, trailing[0].length, trailing[1] ?? '');
  return found;
}
