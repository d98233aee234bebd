/**
 * Sentences and clauses of the content blocks. Sentence breaks come from `Intl.Segmenter` (Unicode's
 * rules, as `src/text/sentence.ts` uses them for display), which breaks after every ". " before a
 * capital: "Mr. Trump" and "U.S. President" are put back together here.
 */
import type { Block, Span } from './content.ts';

export interface Sentence extends Span {
  /** Index of its block among the content blocks: relations carry context within a paragraph. */
  readonly paragraph: number;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  [
    'Mr',
    'Mrs',
    'Ms',
    'Dr',
    'Prof',
    'St',
    'Sr',
    'Jr',
    'Gen',
    'Lt',
    'Col',
    'Maj',
    'Capt',
    'Sgt',
    'Adm',
    'Sen',
    'Rep',
    'Gov',
    'Pres',
    'Amb',
    'Hon',
    'Rev',
    'No',
    'vs',
    'etc',
    'approx',
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Sept',
    'Oct',
    'Nov',
    'Dec',
    'Inc',
    'Ltd',
    'Co',
    'Corp',
    'Mt',
  ].map((w) => w.toLowerCase()),
);

let segmenter: Intl.Segmenter | undefined;

/** Whether a segment ends in an abbreviation or an initial ("U.S.", "Mr.", "John F."). */
function endsInAbbreviation(segment: string): boolean {
  const last = /(\S+)\s*$/u.exec(segment)?.[1] ?? '';
  if (!last.endsWith('.')) return false;
  const word = last.slice(0, -1).replace(/^["'“‘([]+/u, '');
  if (/^(?:\p{Lu}\.)+\p{Lu}?$/u.test(word) || /^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentences of the content blocks, in order, trimmed of surrounding whitespace. */
export function sentencesOf(text: string, blocks: readonly Block[], language = 'en'): Sentence[] {
  segmenter ??= new Intl.Segmenter(language, { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  blocks
    .filter((b) => b.kind === 'content')
    .forEach((block, paragraph) => {
      let pending: { start: number; end: number } | undefined;
      for (const { segment, index } of segmenter!.segment(text.slice(block.start, block.end))) {
        const start = block.start + index;
        const end = start + segment.length;
        pending = pending ? { start: pending.start, end } : { start, end };
        if (!endsInAbbreviation(segment)) {
          push(pending, paragraph);
          pending = undefined;
        }
      }
      if (pending) push(pending, paragraph);
    });
  return sentences;

  function push(span: Span, paragraph: number): void {
    const raw = text.slice(span.start, span.end);
    let start = span.start + (raw.length - raw.trimStart().length);
    const end = span.start + raw.trimEnd().length;
    // Work per sentence grows with its length times its cues, so an endless "sentence" (a table
    // flattened into one line, or a file made to stall the drafter) is cut into pieces at spaces.
    while (end - start > MAX_SENTENCE) {
      const space = text.slice(start, start + MAX_SENTENCE + 1).lastIndexOf(' ');
      let cut = start + (space > 0 ? space : MAX_SENTENCE);
      // Offsets count code points: never cut between the two halves of a surrogate pair.
      if (/[\uDC00-\uDFFF]/u.test(text[cut] ?? '')) cut--;
      sentences.push({ start, end: cut, paragraph });
      start = cut;
      while (start < end && /\s/u.test(text[start]!)) start++;
    }
    if (end > start) sentences.push({ start, end, paragraph });
  }
}

/**
 * The longest sentence drafted as one, in UTF-16 units. Long sentences of real prose stay well
 * under it (the seed article's longest is 354); a longer one is cut at a space before the limit.
 */
export const MAX_SENTENCE = 1_000;

/** Words that open a new clause inside a sentence: relations rarely reach across them. */
const CLAUSE_BREAK = /;|\s[—–]\s|,?\s(?:but|whereas|although|though|yet|while)\s/gu;

/**
 * The clauses of a sentence, as spans. A sentence that opens with a subordinate clause ("While Russia
 * cultivates …, it faces …") is cut at the comma that closes it.
 */
export function clausesOf(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const cuts = new Set<number>();
  for (const m of body.matchAll(CLAUSE_BREAK)) if (m.index > 0) cuts.add(m.index);
  if (/^(?:While|Although|Though|Whereas|As|If|When|Because|Since|After|Before)\b/u.test(body)) {
    const comma = body.indexOf(', ');
    if (comma > 0) cuts.add(comma);
  }
  const spans: Span[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut > from) spans.push({ start: sentence.start + from, end: sentence.start + cut });
    from = cut;
  }
  spans.push({ start: sentence.start + from, end: sentence.end });
  return spans;
}
