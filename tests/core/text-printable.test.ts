/** `printable`: data inside messages as one line of visible characters. */
import { describe, expect, it, vi } from 'vitest';
import { characterName, printable, quoted } from '../../src/text/printable.ts';
import { unreadableIn } from '../fixtures/hostile/harness.ts';

describe('printable', () => {
  it.each([
    ['a terminal escape', '\u001b[2J', '\\u001B[2J'],
    ['a line break', 'a\nb', 'a\\u000Ab'],
    ['DEL and C1 controls', '\u007f\u0085\u009b', '\\u007F\\u0085\\u009B'],
    ['line and paragraph separators', '\u2028\u2029', '\\u2028\\u2029'],
    [
      'bidirectional controls',
      '\u061c\u200e\u200f\u202a\u202e\u2066\u2069',
      '\\u061C\\u200E\\u200F\\u202A\\u202E\\u2066\\u2069',
    ],
    ['a byte order mark', '\uFEFF', '\\uFEFF'],
    ['a zero-width space and a soft hyphen', 'Al\u200Bp\u00ADha', 'Al\\u200Bp\\u00ADha'],
    ['unpaired surrogates', 'a\uD800b\uDFFF', 'a\\uD800b\\uDFFF'],
    ['a tag character (ASCII smuggling)', 'a\u{E0041}', 'a\\u{E0041}'],
  ])('escapes %s as \\uXXXX', (_, value, expected) => {
    expect(printable(value)).toBe(expected);
    expect(unreadableIn(printable(value))).toBeUndefined();
  });

  it('keeps ordinary text, emoji sequences, joiners and backslashes as they are', () => {
    for (const text of ['Россия', '中文', 'عربي', '👨‍👩‍👧 🇷🇺', 'C:\\data\\x.json', 'a"b', '\u00A0']) {
      expect(printable(text)).toBe(text);
    }
  });

  it('changes nothing it has already escaped', () => {
    const once = printable('\u001b[31m\u202Ered\n');
    expect(printable(once)).toBe(once);
  });

  it('cuts after maxLength code points with an ellipsis, never inside a surrogate pair', () => {
    expect(printable('abcdef', 3)).toBe('abc…');
    expect(printable('abc', 3)).toBe('abc');
    expect(printable('😀😀😀', 2)).toBe('😀😀…');
    expect(printable('\u001b\u001b\u001b', 2)).toBe('\\u001B\\u001B…');
  });

  it('reads only what it keeps of a huge value', () => {
    // Counted in characters read, not in milliseconds: a clock would fail on a busy machine.
    const huge = 'x'.repeat(20_000_000);
    const read = vi.spyOn(String.prototype, 'charCodeAt');
    try {
      expect(printable(huge, 10)).toBe(`${'x'.repeat(10)}…`);
      expect(read.mock.calls.length).toBeLessThanOrEqual(11);
    } finally {
      read.mockRestore();
    }
  });

  it('quotes with quoted()', () => {
    expect(quoted('a\nb')).toBe('"a\\u000Ab"');
  });
});

describe('characterName', () => {
  it.each([
    [0xfeff, 'U+FEFF (a byte order mark)'],
    [0x0000, 'U+0000 (a NUL character)'],
    [0x00a0, 'U+00A0 (a no-break space)'],
    [0x202e, 'U+202E (a bidirectional control)'],
    [0x3000, 'U+3000 (a space character)'],
    [0xd800, 'U+D800 (an unpaired surrogate, not a character)'],
    [0x0007, 'U+0007 (a control character)'],
  ])('names U+%s', (code, name) => {
    expect(characterName(code)).toBe(name);
  });

  it('leaves visible characters unnamed', () => {
    for (const ch of ['a', '{', 'é', '€', '😀']) expect(characterName(ch.codePointAt(0)!)).toBeUndefined();
  });
});
