/**
 * Moving a caret through a text by keyboard, as text fields do: by character (a whole grapheme, so an
 * emoji or an accented letter is one step), by word, by sentence. Positions are UTF-16 indexes.
 * Each step reads only a window around the caret, so a step costs the same in a megabyte of text.
 */
export type StepUnit = 'character' | 'word' | 'sentence';

const WINDOW: Readonly<Record<StepUnit, number>> = { character: 32, word: 256, sentence: 4000 };
const GRANULARITY = { character: 'grapheme', word: 'word', sentence: 'sentence' } as const;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(unit: StepUnit, lang: string | undefined): Intl.Segmenter {
  const key = `${unit}:${lang ?? ''}`;
  let found = segmenters.get(key);
  if (!found) {
    try {
      found = new Intl.Segmenter(lang, { granularity: GRANULARITY[unit] });
    } catch {
      found = new Intl.Segmenter(undefined, { granularity: GRANULARITY[unit] });
    }
    segmenters.set(key, found);
  }
  return found;
}

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly wordLike: boolean;
}

function pieces(text: string, from: number, to: number, unit: StepUnit, lang: string | undefined): Piece[] {
  return [...segmenter(unit, lang).segment(text.slice(from, to))].map((s) => ({
    start: from + s.index,
    end: from + s.index + s.segment.length,
    text: s.segment,
    wordLike: unit !== 'word' || s.isWordLike === true,
  }));
}

/**
 * Where the caret at `at` goes one `unit` forward (`1`) or back (`-1`): forward to the end of this or
 * the next word or sentence (its closing spaces left out), back to the start of this or the previous
 * one. At either end of the text it stays.
 */
export function step(text: string, at: number, unit: StepUnit, direction: 1 | -1, lang?: string): number {
  const width = WINDOW[unit];
  const here = Math.min(Math.max(at, 0), text.length);
  if (direction === 1) {
    const to = Math.min(text.length, here + width);
    for (const p of pieces(text, here, to, unit, lang)) {
      const end = unit === 'sentence' ? p.start + p.text.trimEnd().length : p.end;
      if (p.wordLike && end > here) return end;
    }
    return to;
  }
  const from = Math.max(0, here - width);
  const found = pieces(text, from, here, unit, lang)
    .filter((p) => p.wordLike && p.start < here && (unit !== 'sentence' || p.text.trim() !== ''))
    .at(-1);
  return found ? found.start : from;
}
