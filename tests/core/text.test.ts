import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/text/count.ts';
import {
  codePointLength,
  findQuote,
  indexLines,
  indexText,
  positionAt,
  sentenceAround,
  sliceCodePoints,
} from '../../src/text/index.ts';

// "😀" and "𝄞" are astral: one code point, two UTF-16 units each. "é" is one of each.
const ASTRAL = 'a😀b𝄞 café 😀end';

describe('code-point offsets', () => {
  it('map to UTF-16 indexes and back around astral characters', () => {
    const index = indexText(ASTRAL);
    expect(index.length).toBe(Array.from(ASTRAL).length);
    for (let offset = 0; offset <= index.length; offset++) {
      const expected = Array.from(ASTRAL).slice(0, offset).join('').length;
      expect(index.toUtf16(offset)).toBe(expected);
      expect(index.toCodePoint(expected)).toBe(offset);
    }
  });

  it('map the low half of a surrogate pair to the pair’s offset', () => {
    const index = indexText('a😀b');
    expect(index.toCodePoint(2)).toBe(1);
  });

  it('slice like Array.from(text).slice(start, end).join("")', () => {
    const index = indexText(ASTRAL);
    const chars = Array.from(ASTRAL);
    for (const [start, end] of [
      [0, 2],
      [1, 4],
      [3, 9],
      [10, 15],
      [0, chars.length],
    ] as const) {
      expect(sliceCodePoints(index, start, end)).toBe(chars.slice(start, end).join(''));
    }
  });

  it('are the identity for text without surrogates, and clamp out-of-range offsets', () => {
    const index = indexText('plain text');
    expect(index.toUtf16(5)).toBe(5);
    expect(index.toCodePoint(5)).toBe(5);
    expect(index.toUtf16(99)).toBe(10);
    expect(index.toUtf16(-3)).toBe(0);
  });

  it('count a lone surrogate as one code point, as JavaScript iteration does', () => {
    const text = 'x\uD800y😀';
    expect(codePointLength(text)).toBe(Array.from(text).length);
    expect(indexText(text).length).toBe(4);
    expect(sliceCodePoints(indexText(text), 2, 4)).toBe('y😀');
  });
});

describe('findQuote', () => {
  it('returns code-point offsets, after astral characters too', () => {
    expect(findQuote(ASTRAL, 'café')).toEqual([5]);
    expect(findQuote(ASTRAL, 'end')).toEqual([11]);
  });

  it('finds every occurrence, overlapping ones included, up to the limit', () => {
    expect(findQuote('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(findQuote('x x x x x', 'x', { limit: 2 })).toEqual([0, 2]);
  });

  it('finds nothing for an absent or empty quote', () => {
    expect(findQuote(ASTRAL, 'missing')).toEqual([]);
    expect(findQuote(ASTRAL, '')).toEqual([]);
  });

  it('accepts a prepared index', () => {
    const index = indexText(ASTRAL);
    expect(findQuote(index, '😀')).toEqual([1, 10]);
  });
});

describe('sentenceAround', () => {
  const text =
    'Title line\n' +
    'Russia signed a treaty with Iran. 🇷🇺 Moscow also talks to Israel, which worries Tehran. Then nothing.\n' +
    'Next paragraph.';
  const at = (quote: string): [number, number] => {
    const [start] = findQuote(text, quote);
    return [start!, start! + codePointLength(quote)];
  };

  it('gives the rest of the sentence around the quote, after an emoji', () => {
    expect(sentenceAround(text, ...at('talks to Israel'))).toEqual({
      before: '🇷🇺 Moscow also ',
      quote: 'talks to Israel',
      after: ', which worries Tehran.',
    });
  });

  it('does not cross line breaks', () => {
    expect(sentenceAround(text, ...at('Title'))).toEqual({ before: '', quote: 'Title', after: ' line' });
    expect(sentenceAround(text, ...at('paragraph.'))).toEqual({
      before: 'Next ',
      quote: 'paragraph.',
      after: '',
    });
  });

  it('handles a quote at the very start and the very end of the text', () => {
    const plain = 'Start here. End there';
    expect(sentenceAround(plain, 0, 5)).toEqual({ before: '', quote: 'Start', after: ' here.' });
    expect(sentenceAround(plain, 16, 21)).toEqual({ before: 'End ', quote: 'there', after: '' });
  });

  it('spans several sentences when the quote does', () => {
    const result = sentenceAround(text, ...at('Iran. 🇷🇺 Moscow'));
    expect(result.before).toBe('Russia signed a treaty with ');
    expect(result.after).toBe(' also talks to Israel, which worries Tehran.');
  });

  it('cuts long context at a word, with an ellipsis', () => {
    const long = `${'word '.repeat(200)}QUOTE${' more'.repeat(200)}.`;
    const [start] = findQuote(long, 'QUOTE');
    const result = sentenceAround(long, start!, start! + 5, { maxContext: 50 });
    expect(result.before).toMatch(/^…word( word)* $/);
    expect(result.before.length).toBeLessThanOrEqual(51);
    expect(result.after).toMatch(/^ more( more)*…$/);
    expect(result.after.length).toBeLessThanOrEqual(51);
  });

  it('falls back to default sentence rules for an invalid language tag', () => {
    expect(sentenceAround('One. Two.', 5, 8, { lang: 'not a tag!' }).quote).toBe('Two');
  });
});

describe('line positions', () => {
  it('are 1-based lines and columns, with CRLF counted as one line break', () => {
    const text = 'ab\r\ncd\nef';
    expect(positionAt(text, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(text, 5)).toEqual({ line: 2, column: 2 });
    const lines = indexLines(text);
    for (let i = 0; i <= text.length; i++) expect(lines.positionAt(i)).toEqual(positionAt(text, i));
  });
});

describe('formatCount', () => {
  it('writes whole numbers as toLocaleString("en") does, without it', () => {
    for (const n of [0, 7, 999, 1000, 20_000, -1234, 1_234_567, Number.MAX_SAFE_INTEGER])
      expect(formatCount(n)).toBe(n.toLocaleString('en'));
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => formatCount(n) === n.toLocaleString('en')),
      { numRuns: 500, seed: 13 },
    );
  });

  it('leaves what is not a safe integer to toLocaleString', () => {
    expect(formatCount(1.5)).toBe('1.5');
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('∞');
  });
});
