/**
 * XML escaping for every XML writer (GraphML, GEXF, SVG). Labels and quotes come from datasets
 * anyone can write, so the output must be well-formed whatever they contain: graphology's GEXF
 * writer passes control characters through and produces files no XML parser accepts.
 */

// XML 1.0 `Char` (section 2.2), negated. With the `u` flag a lone surrogate is one code point outside
// every range, so it is matched too; U+FFFE and U+FFFF fall in the gap after U+FFFD.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Drops what XML 1.0 forbids: C0 controls other than TAB, LF and CR, lone surrogates, U+FFFE and
 * U+FFFF. Removed, not replaced: no character reference can express them either (`&#0;` is as
 * ill-formed as a raw NUL), and the exact text survives in the formats that can hold it (JSON).
 */
export function stripInvalidXmlChars(value: string): string {
  return value.replace(NOT_XML_CHAR, '');
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = Object.freeze({
  '&': '&amp;',
  '<': '&lt;',
  // `>` only needs escaping in `]]>`, but escaping it always is simpler and just as valid.
  '>': '&gt;',
  // A parser turns a raw CR (and CRLF) into LF; a reference keeps it, so quotes read back exactly.
  '\r': '&#13;',
});

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = Object.freeze({
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  // Attribute-value normalisation turns raw TAB and LF into spaces; references survive it.
  '\t': '&#9;',
  '\n': '&#10;',
});

/** Character data for element content. */
export function escapeXmlText(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/** An attribute value, safe inside either kind of quotes, with its whitespace preserved. */
export function escapeXmlAttribute(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

/** `name="value" ...` for the defined entries, in order; undefined values are left out. */
export function xmlAttributes(attributes: Readonly<Record<string, string | number | undefined>>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join('');
}
