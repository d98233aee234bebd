/** XML escaping shared by the GraphML, GEXF and SVG writers. */
import { describe, expect, it } from 'vitest';
import {
  escapeXmlAttribute,
  escapeXmlText,
  stripInvalidXmlChars,
  xmlAttributes,
} from '../../src/export/index.ts';

// XML 1.0 section 2.2, written out here rather than taken from the code under test.
const isXmlChar = (c: number): boolean =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd);

describe('stripInvalidXmlChars', () => {
  it('keeps exactly the UTF-16 code units XML 1.0 allows on their own', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const kept = stripInvalidXmlChars(String.fromCharCode(c)) === String.fromCharCode(c);
      if (kept !== isXmlChar(c)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps characters outside the BMP (surrogate pairs) and drops lone surrogates', () => {
    expect(stripInvalidXmlChars('a🎉b\u{10FFFF}')).toBe('a🎉b\u{10FFFF}');
    expect(stripInvalidXmlChars('a\uD800b\uDC00c\uDBFF')).toBe('abc');
    expect(stripInvalidXmlChars('\uDC00\uD800')).toBe('');
  });

  it('keeps bidi controls, which are valid characters (showing them safely is the reader’s job)', () => {
    expect(stripInvalidXmlChars('\u202Eabc\u202C')).toBe('\u202Eabc\u202C');
  });
});

describe('escapeXmlText', () => {
  it('escapes markup, including the CDATA end', () => {
    expect(escapeXmlText('<script>alert(1)</script> ]]> & <!-- x -->')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp; &lt;!-- x --&gt;',
    );
  });

  it('leaves quotes alone in text, keeps TAB and LF, and writes CR as a reference', () => {
    expect(escapeXmlText(`"it's"\t\n\r\n`)).toBe(`"it's"\t\n&#13;\n`);
  });

  it('does not double-escape an entity that is part of the text', () => {
    expect(escapeXmlText('&amp;')).toBe('&amp;amp;');
  });

  it('drops forbidden characters before escaping', () => {
    expect(escapeXmlText('a\u0000<\u001F\uFFFE')).toBe('a&lt;');
  });
});

describe('escapeXmlAttribute', () => {
  it('escapes both quote kinds and whitespace that attribute normalisation would eat', () => {
    expect(escapeXmlAttribute(`"'<>&\t\n\r`)).toBe('&quot;&apos;&lt;&gt;&amp;&#9;&#10;&#13;');
  });

  it('drops forbidden characters', () => {
    expect(escapeXmlAttribute('x\u0007\uD800\uFFFFy')).toBe('xy');
  });
});

describe('xmlAttributes', () => {
  it('writes defined attributes in order, numbers in their shortest exact form', () => {
    expect(xmlAttributes({ id: 'a"b', skip: undefined, x: 0.1 + 0.2, y: -5e-7 })).toBe(
      ' id="a&quot;b" x="0.30000000000000004" y="-5e-7"',
    );
  });
});
