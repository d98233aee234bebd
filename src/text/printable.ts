/**
 * Data shown inside a message, made safe to print. Messages repeat ids, keys, values and excerpts of
 * quotes, and they end up in terminals (which run ESC sequences), in one-line-per-problem output
 * (where a line break forges a second problem) and on screen (where bidirectional controls reorder
 * what the reader sees and invisible characters make two different strings look equal). So every
 * message that quotes data passes it through `printable`, which writes such characters as `\uXXXX`.
 *
 * Escaped: C0 and C1 controls and DEL; U+2028 and U+2029 (line breaks to some readers); bidirectional
 * controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069); invisible formatting characters
 * that can hide a difference (U+00AD soft hyphen, U+180E, U+200B zero-width space, U+2060–U+2064,
 * U+206A–U+206F, U+FEFF, U+FFF9–U+FFFB, tag characters U+E0000–U+E007F); and unpaired surrogates.
 * The joiners U+200C and U+200D stay: emoji sequences and several scripts need them to render.
 * A backslash is not escaped, so a Windows path reads as written.
 */

const ELLIPSIS = '…';

/** Whether a code point (or a lone surrogate's code unit) is written as an escape. */
export function needsEscape(code: number): boolean {
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  if (code < 0xad) return false;
  if (code === 0xad || code === 0x061c || code === 0x180e) return true;
  if (code >= 0x200b && code <= 0x200f) return code !== 0x200c && code !== 0x200d;
  if (code >= 0x2028 && code <= 0x202e) return true;
  if (code >= 0x2060 && code <= 0x206f) return code !== 0x2065;
  if (code >= 0xd800 && code <= 0xdfff) return true;
  if (code === 0xfeff || (code >= 0xfff9 && code <= 0xfffb)) return true;
  return code >= 0xe0000 && code <= 0xe007f;
}

const escapeOf = (code: number): string =>
  code > 0xffff
    ? `\\u{${code.toString(16).toUpperCase()}}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * `value` with every character listed above written as `\uXXXX` (`\u{E0041}` above U+FFFF), cut after
 * `maxLength` code points with an ellipsis. Only the kept part is read, so a megabyte-long key costs
 * no more than a short one.
 */
export function printable(value: string, maxLength = 200): string {
  let out = '';
  let count = 0;
  let plainFrom = 0;
  let i = 0;
  for (; i < value.length; i++) {
    if (count === maxLength) break;
    count++;
    const unit = value.charCodeAt(i);
    let code = unit;
    let width = 1;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = (unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (needsEscape(code)) {
      out += value.slice(plainFrom, i) + escapeOf(code);
      plainFrom = i + width;
    }
    i += width - 1;
  }
  out += value.slice(plainFrom, i);
  return i < value.length ? out + ELLIPSIS : out;
}

/** `"value"` through `printable`: how messages quote a string from the data. */
export const quoted = (value: string, maxLength?: number): string => `"${printable(value, maxLength)}"`;

const NAMES: Readonly<Record<number, string>> = {
  0x00: 'a NUL character',
  0x09: 'a tab',
  0x0a: 'a line break',
  0x0d: 'a carriage return',
  0x1b: 'an escape character',
  0x7f: 'a delete character',
  0xa0: 'a no-break space',
  0xad: 'a soft hyphen',
  0x200b: 'a zero-width space',
  0x200c: 'a zero-width non-joiner',
  0x200d: 'a zero-width joiner',
  0x2028: 'a line separator',
  0x2029: 'a paragraph separator',
  0xfeff: 'a byte order mark',
  0xfffd: 'a replacement character, left where a wrong encoding lost one',
};

/**
 * `U+FEFF (a byte order mark)` for a character a reader cannot see or tell apart from a space, or
 * undefined for an ordinary visible one, which a message can simply show.
 */
export function characterName(code: number): string | undefined {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[code];
  if (name !== undefined) return `${hex} (${name})`;
  if (code >= 0xd800 && code <= 0xdfff) return `${hex} (an unpaired surrogate, not a character)`;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x061c)
    return `${hex} (a bidirectional control)`;
  if (code === 0x200e || code === 0x200f) return `${hex} (a bidirectional mark)`;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `${hex} (a control character)`;
  if (needsEscape(code)) return `${hex} (an invisible formatting character)`;
  if (/\p{Zs}/u.test(String.fromCodePoint(code)) && code !== 0x20) return `${hex} (a space character)`;
  if ((code & 0xfffe) === 0xfffe || (code >= 0xfdd0 && code <= 0xfdef)) return `${hex} (a noncharacter)`;
  return undefined;
}
