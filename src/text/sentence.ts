import { toIndex, type TextIndex } from './code-points.ts';

/** A quote with the rest of its sentence(s) around it, as UTF-16 strings ready to display. */
export interface SentenceContext {
  readonly before: string;
  readonly quote: string;
  readonly after: string;
}

export interface SentenceOptions {
  /** BCP 47 tag for sentence rules (the dataset's `language`); unknown or invalid tags fall back to the default. */
  readonly lang?: string;
  /** Most UTF-16 units of context on each side before it is cut at a word with an ellipsis. */
  readonly maxContext?: number;
}

const DEFAULT_MAX_CONTEXT = 400;
const ELLIPSIS = '…';
/** How far a cut may move to reach a space; a text without spaces (Chinese, Japanese) is cut where it is. */
const WORD_SEARCH = 40;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string | undefined): Intl.Segmenter {
  const key = lang ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      // A malformed language tag must not break display of the evidence.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);
const isLowSurrogate = (s: string, i: number): boolean => /[\uDC00-\uDFFF]/.test(s.charAt(i));

/** Keeps the last `max` units, starting after a space if one is near. */
function keepEnd(before: string, max: number): string {
  if (before.length <= max) return before;
  let cut = before.length - max;
  const limit = Math.min(before.length, cut + WORD_SEARCH);
  let at = cut;
  while (at < limit && !isSpace(before[at])) at++;
  if (at < limit) cut = at + 1;
  else if (isLowSurrogate(before, cut)) cut++;
  return ELLIPSIS + before.slice(cut);
}

/** Keeps the first `max` units, ending before a space if one is near. */
function keepStart(after: string, max: number): string {
  if (after.length <= max) return after;
  let cut = max;
  let at = cut;
  while (at > max - WORD_SEARCH && at > 0 && !isSpace(after[at])) at--;
  if (at > max - WORD_SEARCH && at > 0) cut = at;
  else if (isLowSurrogate(after, cut)) cut--;
  return after.slice(0, cut).trimEnd() + ELLIPSIS;
}

/**
 * The sentence(s) around code points `[start, end)`, never crossing a line break (paragraphs are lines
 * in our sources), at most `maxContext` units each side.
 */
export function sentenceAround(
  text: string | TextIndex,
  start: number,
  end: number,
  options: SentenceOptions = {},
): SentenceContext {
  const index = toIndex(text);
  const whole = index.text;
  const max = options.maxContext ?? DEFAULT_MAX_CONTEXT;
  const s = index.toUtf16(start);
  const e = Math.max(s, index.toUtf16(end));
  const quote = whole.slice(s, e);

  // Only a window around the quote is read, for line breaks too: a source can be one line of 50 MB,
  // and searching all of it for each of a relation's hundred quotes froze the page.
  const windowStart = Math.max(0, s - 3 * max);
  const windowEnd = Math.min(whole.length, e + 3 * max);
  const lineStart = windowStart + whole.slice(windowStart, s).lastIndexOf('\n') + 1;
  const lineEndAt = quote.endsWith('\n') ? 0 : whole.slice(e, windowEnd).indexOf('\n');
  const lineEnd = lineEndAt === -1 ? windowEnd : e + lineEndAt;

  // Segment only that window, within the quote's line.
  const from = Math.max(lineStart, windowStart);
  const to = Math.min(lineEnd, windowEnd);
  const segments = segmenterFor(options.lang).segment(whole.slice(from, to));
  const first = segments.containing(s - from);
  const last = segments.containing(Math.max(s, e - 1) - from);
  const sentenceStart = first ? from + first.index : s;
  const sentenceEnd = last ? Math.max(e, from + last.index + last.segment.length) : e;

  return {
    before: keepEnd(whole.slice(sentenceStart, s), max),
    quote,
    after: keepStart(whole.slice(e, sentenceEnd).replace(/\s+$/, ''), max),
  };
}
