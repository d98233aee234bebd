/**
 * Every hostile or broken input we promise to handle, with what must happen to it. The files are in
 * `tests/fixtures/hostile/<category>/` (written by `tests/fixtures/hostile/generate.ts`, checked in)
 * or, where an existing fixture already is the case, in `tests/fixtures/invalid/`. Inputs too big
 * to check in have a `generator` and are written to a temporary folder by the tests.
 *
 * Expectations are problem codes and JSON paths (never wording), errors and warnings separately, as
 * multisets: a case passes when the validator reports exactly these. `line`/`column` are checked where
 * given (syntax and transport cases, where the position is the point).
 */
import { generateDataset } from '../../src/synthetic/generate.ts';
import type { Limits, ProblemCode } from '../../src/validate/index.ts';
import {
  HTTP_URLS,
  MALFORMED_URLS,
  SCRIPT_SCHEME_URLS,
  enormousTextDataset,
} from '../fixtures/hostile/cases-text.ts';

export type Category =
  'transport' | 'syntax' | 'integrity' | 'injection' | 'links' | 'csv' | 'prototype' | 'limits';

export interface ExpectedProblem {
  readonly code: ProblemCode;
  readonly path: string;
  readonly line?: number;
  readonly column?: number;
}

/** How a test makes an input that is not checked in. */
export type Generator =
  /** Bytes written to a temporary file. */
  | { readonly kind: 'bytes'; readonly bytes: () => Uint8Array }
  /** A sparse file of this size: nobody should read it to refuse it. In process: that many zero bytes. */
  | { readonly kind: 'sparse'; readonly size: number }
  /** A named pipe fed with JSON-ish bytes until the reader stops reading or `max` bytes are written. */
  | { readonly kind: 'pipe'; readonly max: number }
  /** A named pipe nobody writes to: opening it to read would wait for ever. */
  | { readonly kind: 'fifo' }
  /** A path where nothing exists. */
  | { readonly kind: 'missing' };

export interface FixtureCase {
  /** Unique: the file's path under `tests/fixtures/`, or `generated/...`. */
  readonly name: string;
  readonly category: Category;
  readonly description: string;
  /** The bytes on disk, relative to `tests/fixtures/`. */
  readonly file?: string;
  readonly generator?: Generator;
  /** `unreadable`: the CLI cannot read it at all (exit 2); the validator never sees bytes. */
  readonly outcome: 'valid' | 'invalid' | 'unreadable';
  readonly errors: readonly ExpectedProblem[];
  readonly warnings: readonly ExpectedProblem[];
  /** Passed to `validateDataset`; the CLI has no limit options, so such cases are in-process only. */
  readonly limits?: Partial<Limits>;
  /** False for cases only the CLI can meet (a directory, a pipe, a file that would exhaust the test's memory). */
  readonly inProcess?: false;
  /** False for in-process-only cases; `heapMb` runs the CLI with that V8 heap, so memory use is checked alike everywhere. */
  readonly cli?: false | { readonly heapMb: number };
  /** Source URL (as written) → the only link it may become (`safeLinkUrl`), or undefined for none. */
  readonly links?: Readonly<Record<string, string | undefined>>;
}

const at = (code: ProblemCode, path: string, line?: number, column?: number): ExpectedProblem =>
  line === undefined ? { code, path } : { code, path, line, column: column ?? 1 };

type Outcome = Pick<FixtureCase, 'outcome' | 'errors' | 'warnings'>;
const valid = (...warnings: ExpectedProblem[]): Outcome => ({ outcome: 'valid', errors: [], warnings });
const invalid = (errors: ExpectedProblem[], warnings: ExpectedProblem[] = []): Outcome => ({
  outcome: 'invalid',
  errors,
  warnings,
});

type Extra = Omit<FixtureCase, 'name' | 'description' | 'outcome' | 'errors' | 'warnings' | 'category'> & {
  readonly category?: Category;
};

/** A case read from `tests/fixtures/<file>`; its category is its folder unless given. */
function onDisk(file: string, description: string, outcome: Outcome, extra: Extra = {}): FixtureCase {
  const category = extra.category ?? (file.split('/')[1] as Category);
  return { name: file, description, file, ...outcome, ...extra, category };
}

const H = 'hostile/';
const SYNTAX = (line: number, column: number): Outcome => invalid([at('json-syntax', '$', line, column)]);
const ENCODING = (line: number, column: number): Outcome =>
  invalid([at('invalid-encoding', '$', line, column)]);
const NOT_AN_OBJECT = invalid([at('schema', '$', 1, 1)]);
const BOM = at('byte-order-mark', '$', 1, 1);
const UNUSED_TYPES = [at('unused-type', '$.relationTypes[0]'), at('unused-type', '$.relationTypes[1]')];
const R2_EVIDENCE = '$.relations[1].evidence[0]';
const FLOOD = 50_000;

const TRANSPORT: FixtureCase[] = [
  onDisk(`${H}transport/empty.json`, 'a file of zero bytes', invalid([at('empty-file', '$', 1, 1)])),
  onDisk(
    `${H}transport/whitespace-only.json`,
    'spaces, tabs and line breaks only',
    invalid([at('empty-file', '$', 1, 1)]),
  ),
  onDisk(
    `${H}transport/bom-only.json`,
    'a UTF-8 byte order mark and nothing else',
    invalid([at('empty-file', '$', 1, 1)], [BOM]),
  ),
  onDisk(
    'invalid/html-page.json',
    'an HTML 404 page saved under a .json name',
    invalid([at('not-json', '$', 1, 1)]),
    {
      category: 'transport',
    },
  ),
  onDisk(
    `${H}transport/html-after-blank-lines.json`,
    'a proxy error page after blank lines',
    invalid([at('not-json', '$', 3, 3)]),
  ),
  onDisk(
    `${H}transport/xml-error.json`,
    'an XML error document (a storage bucket’s AccessDenied)',
    invalid([at('not-json', '$', 1, 1)]),
  ),
  onDisk(`${H}transport/truncated-dataset.json`, 'a dataset cut off after a key', SYNTAX(26, 12)),
  onDisk(`${H}transport/truncated-in-string.json`, 'a file cut off inside a string', SYNTAX(4, 24)),
  onDisk('invalid/latin1.json', 'Latin-1 bytes (é as 0xE9)', ENCODING(2, 16), { category: 'transport' }),
  onDisk(`${H}transport/windows-1252.json`, 'Windows-1252 curly quotes (0x93, 0x94)', ENCODING(2, 12)),
  onDisk(`${H}transport/overlong-utf8.json`, 'an overlong UTF-8 form of "/" (C0 AF)', ENCODING(1, 9)),
  onDisk(
    `${H}transport/encoded-surrogate.json`,
    'a surrogate encoded as UTF-8 (CESU-8, ED A0 80)',
    ENCODING(1, 9),
  ),
  onDisk(
    `${H}transport/truncated-utf8-sequence.json`,
    'a multi-byte sequence cut off at the end',
    ENCODING(1, 12),
  ),
  onDisk(`${H}transport/utf16le-bom.json`, 'UTF-16LE with its byte order mark', ENCODING(1, 1)),
  onDisk(`${H}transport/utf16be-no-bom.json`, 'UTF-16BE without a byte order mark', ENCODING(1, 1)),
  onDisk(`${H}transport/utf32le-bom.json`, 'UTF-32LE with its byte order mark', ENCODING(1, 1)),
  onDisk(`${H}transport/gzip-body.json`, 'a gzip body nobody decompressed', ENCODING(1, 2)),
  onDisk(`${H}transport/bom-dataset.json`, 'a valid dataset after a UTF-8 byte order mark', valid(BOM)),
  onDisk(
    `${H}transport/bom-twice.json`,
    'two byte order marks: the second is not JSON',
    invalid([at('json-syntax', '$', 1, 1)], [BOM]),
  ),
  onDisk(`${H}transport/crlf-dataset.json`, 'a valid dataset with Windows line ends', valid()),
  onDisk(`${H}transport/nul-in-string.json`, 'a raw NUL byte inside a string', SYNTAX(1, 10)),
  onDisk(`${H}transport/xssi-prefix.json`, `a dataset behind an anti-XSSI prefix )]}'`, SYNTAX(1, 1)),
  onDisk(`${H}transport/jsonp-callback.json`, 'a dataset wrapped in a JSONP callback', SYNTAX(1, 1)),
  onDisk(
    `${H}transport/directory.json`,
    'a directory named like a dataset',
    { outcome: 'unreadable', errors: [], warnings: [] },
    { inProcess: false },
  ),
  {
    name: 'generated/transport/fifo-nobody-writes.json',
    category: 'transport',
    description: 'a named pipe nobody writes to: opening it would wait for ever; refused unopened',
    generator: { kind: 'fifo' },
    outcome: 'unreadable',
    errors: [],
    warnings: [],
    inProcess: false,
  },
  {
    name: 'generated/transport/missing.json',
    category: 'transport',
    description: 'a path where there is no file',
    generator: { kind: 'missing' },
    outcome: 'unreadable',
    errors: [],
    warnings: [],
    inProcess: false,
  },
];

const SYNTAX_CASES: FixtureCase[] = [
  onDisk(`${H}syntax/line-comment.json`, 'a // comment before the dataset', SYNTAX(1, 1)),
  onDisk(`${H}syntax/block-comment.json`, 'a /* comment */ between keys', SYNTAX(24, 3)),
  onDisk('invalid/trailing-comma.json', 'a trailing comma in an object', SYNTAX(4, 1), {
    category: 'syntax',
  }),
  onDisk(`${H}syntax/trailing-comma-array.json`, 'a trailing comma in the actors array', SYNTAX(40, 3)),
  onDisk(`${H}syntax/single-quotes.json`, 'single-quoted keys', SYNTAX(1, 2)),
  onDisk(`${H}syntax/unquoted-key.json`, 'a bare key', SYNTAX(1, 2)),
  onDisk(`${H}syntax/nan.json`, 'NaN, which JSON does not have', SYNTAX(1, 19)),
  onDisk(`${H}syntax/infinity.json`, 'Infinity, which JSON does not have', SYNTAX(1, 19)),
  onDisk(`${H}syntax/leading-zero.json`, 'a number with a leading zero', SYNTAX(1, 19)),
  onDisk(`${H}syntax/hex-number.json`, 'a hexadecimal number', SYNTAX(1, 20)),
  onDisk(`${H}syntax/two-documents.json`, 'two datasets concatenated', SYNTAX(78, 1)),
  onDisk(`${H}syntax/raw-line-break-in-string.json`, 'a raw line break inside a string', SYNTAX(1, 15)),
  onDisk(`${H}syntax/raw-tab-in-string.json`, 'a raw tab inside a string', SYNTAX(1, 13)),
  onDisk(`${H}syntax/invalid-escape.json`, 'a Windows path with single backslashes', SYNTAX(1, 14)),
  onDisk(`${H}syntax/unclosed-array.json`, 'an array never closed', SYNTAX(1, 13)),
  onDisk(`${H}syntax/extra-closing-brace.json`, 'one closing brace too many', SYNTAX(1, 3)),
  onDisk(`${H}syntax/top-level-array.json`, 'an array instead of a dataset', NOT_AN_OBJECT),
  onDisk(`${H}syntax/top-level-null.json`, 'null instead of a dataset', NOT_AN_OBJECT),
  onDisk(`${H}syntax/top-level-string.json`, 'a string instead of a dataset', NOT_AN_OBJECT),
  onDisk(`${H}syntax/top-level-number.json`, 'a number instead of a dataset', NOT_AN_OBJECT),
  onDisk(`${H}syntax/top-level-boolean.json`, 'true instead of a dataset', NOT_AN_OBJECT),
  onDisk(
    `${H}syntax/duplicate-key.json`,
    'the title twice: JSON.parse would silently keep the second',
    invalid([at('duplicate-key', '$.title', 5, 3)]),
  ),
  onDisk(
    `${H}syntax/duplicate-key-in-relation.json`,
    '"to" twice in one relation',
    invalid([at('duplicate-key', '$.relations[0].to', 47, 7)]),
  ),
  onDisk(
    `${H}syntax/nesting-65-levels.json`,
    'one level deeper than the default limit',
    invalid([at('too-deep', '$', 1, 90)]),
  ),
  {
    name: 'generated/syntax/nesting-100000-levels.json',
    category: 'syntax',
    description: '100,000 open brackets: a recursive parser would overflow the stack',
    generator: { kind: 'bytes', bytes: () => new TextEncoder().encode('['.repeat(100_000)) },
    ...invalid([at('too-deep', '$', 1, 65)]),
  },
];

const INTEGRITY: FixtureCase[] = [
  onDisk(
    `${H}integrity/empty-graph.json`,
    'no actors and no relations',
    valid(...UNUSED_TYPES, at('empty-graph', '$.actors')),
  ),
  onDisk(
    `${H}integrity/one-actor.json`,
    'a single actor',
    valid(...UNUSED_TYPES, at('isolated-actor', '$.actors[0]')),
  ),
  onDisk(
    `${H}integrity/self-loop.json`,
    'relations from an actor to itself, directed and mutual',
    valid(at('self-loop', '$.relations[0].to'), at('self-loop', '$.relations[1].to')),
  ),
  onDisk(
    `${H}integrity/parallel-relations.json`,
    'six relations between two pairs, both ways, same and different types',
    valid(),
  ),
  onDisk(
    `${H}integrity/dangling-references.json`,
    'relations to actors that do not exist (Cytoscape would throw)',
    invalid(
      [at('unknown-actor', '$.relations[0].from'), at('unknown-actor', '$.relations[1].to')],
      [at('isolated-actor', '$.actors[0]')],
    ),
  ),
  onDisk(
    `${H}integrity/unknown-type.json`,
    'a relation type that is not declared',
    invalid([at('unknown-type', '$.relations[0].type')], [at('unused-type', '$.relationTypes[0]')]),
  ),
  onDisk(
    `${H}integrity/unknown-source.json`,
    'evidence quoting an undeclared source',
    invalid([at('unknown-source', `${R2_EVIDENCE}.source`)]),
  ),
  onDisk(
    `${H}integrity/duplicate-actor-id.json`,
    'two actors with one id (Cytoscape keeps one silently)',
    invalid([at('duplicate-id', '$.actors[3].id')]),
  ),
  onDisk(
    `${H}integrity/duplicate-relation-id.json`,
    'two relations with one id',
    invalid([at('duplicate-id', '$.relations[2].id')]),
  ),
  onDisk(
    `${H}integrity/actor-and-relation-share-id.json`,
    'a relation with an actor’s id',
    invalid([at('duplicate-id', '$.relations[1].id')]),
  ),
  onDisk(
    `${H}integrity/duplicate-type-and-source-ids.json`,
    'a relation type and a source declared twice',
    invalid([at('duplicate-id', '$.sources[1].id'), at('duplicate-id', '$.relationTypes[2].id')]),
  ),
  onDisk(
    `${H}integrity/duplicate-representative-id.json`,
    'one representative id twice in an actor',
    invalid([at('duplicate-id', '$.actors[0].representatives[1].id')]),
  ),
  onDisk(
    `${H}integrity/non-string-ids.json`,
    'ids that are a number, null, an array and true',
    invalid([
      at('schema', '$.relationTypes[0].id'),
      at('schema', '$.actors[3].id'),
      at('schema', '$.actors[4].id'),
      at('schema', '$.actors[5].id'),
      at('unknown-type', '$.relations[0].type'),
      at('schema', '$.relations[1].id'),
    ]),
  ),
  onDisk(
    `${H}integrity/empty-ids.json`,
    'empty ids for an actor, a relation and a reference',
    // An id the schema refuses is not also a duplicate of another such id.
    invalid([
      at('schema', '$.actors[3].id'),
      at('schema', '$.relations[2].id'),
      at('schema', '$.relations[2].from'),
    ]),
  ),
  onDisk(
    `${H}integrity/null-items.json`,
    'null (and 1) where a source, type, actor, relation, evidence, representative or alias should be',
    // One problem for an item of the wrong type: its type, not also what it lacks.
    invalid([
      ...[1, 2].map((i) => at('schema', `$.sources[${i}]`)),
      at('schema', '$.relationTypes[2]'),
      at('schema', '$.actors[0].representatives[0]'),
      at('schema', '$.actors[0].aliases[0]'),
      at('schema', '$.actors[3]'),
      at('schema', '$.relations[0].evidence[1]'),
      at('schema', '$.relations[2]'),
    ]),
  ),
  onDisk(
    `${H}integrity/selector-metacharacter-ids.json`,
    'ids full of CSS and Cytoscape selector syntax',
    invalid(
      Array.from({ length: 12 }, (_, i) => at('schema', `$.actors[${i + 3}].id`)),
      Array.from({ length: 12 }, (_, i) => at('isolated-actor', `$.actors[${i + 3}]`)),
    ),
  ),
  onDisk(
    `${H}integrity/proto-ids.json`,
    '"__proto__" as an actor id, a type id and in references',
    invalid([
      at('schema', '$.relationTypes[1].id'),
      at('schema', '$.actors[0].id'),
      at('schema', '$.relations[0].from'),
      at('schema', '$.relations[1].type'),
    ]),
  ),
  onDisk(
    `${H}integrity/reserved-word-ids.json`,
    'ids named constructor, toString, valueOf ...: Object.prototype members are refused where declared',
    invalid([
      at('reserved-id', '$.sources[0].id'),
      at('reserved-id', '$.relationTypes[0].id'),
      at('reserved-id', '$.relationTypes[1].id'),
      ...[0, 1, 2, 3, 5].map((i) => at('reserved-id', `$.actors[${i}].id`)),
    ]),
  ),
  onDisk(
    `${H}integrity/near-reserved-ids.json`,
    'ids named prototype, Constructor, tostring, node, core, 0, NaN, a.b-c_d ...: legal',
    valid(),
  ),
  onDisk(
    `${H}integrity/inline-text-starting-with-feff.json`,
    'an inline source text whose first character is U+FEFF: offsets count it',
    valid(),
  ),
  onDisk(
    `${H}integrity/number-too-large.json`,
    'an offset of 1e400, which is Infinity',
    invalid([at('schema', `${R2_EVIDENCE}.start`, 71, 20)]),
  ),
  onDisk(
    `${H}integrity/negative-infinity-version.json`,
    'a formatVersion of -1e400',
    invalid([at('schema', '$.formatVersion', 2, 20)]),
  ),
  onDisk(
    `${H}integrity/offset-beyond-safe-integer.json`,
    'offsets above 2^53 with a quote that is not in the source',
    invalid([at('offsets-out-of-range', `${R2_EVIDENCE}.end`)]),
  ),
  onDisk(
    `${H}integrity/fractional-offset.json`,
    'an offset of 33.5',
    invalid([at('schema', `${R2_EVIDENCE}.start`)]),
  ),
  onDisk(
    `${H}integrity/negative-offset.json`,
    'an offset of -1',
    // Reported once, by the schema: the quote is not checked against an offset that cannot be one.
    invalid([at('schema', `${R2_EVIDENCE}.start`)]),
  ),
  onDisk(
    `${H}integrity/offsets-past-end.json`,
    'offsets past the end of the source',
    invalid([at('offsets-out-of-range', `${R2_EVIDENCE}.end`)]),
  ),
  onDisk(
    `${H}integrity/quote-not-in-source.json`,
    'a quote the source does not contain',
    invalid([at('quote-not-found', `${R2_EVIDENCE}.quote`)]),
  ),
  onDisk(
    `${H}integrity/unsupported-version.json`,
    'formatVersion 2',
    invalid([at('unsupported-version', '$.formatVersion', 2, 3)]),
  ),
  onDisk(
    `${H}integrity/missing-source-file.json`,
    'a source file that does not exist',
    invalid([at('source-unavailable', '$.sources[0].file')]),
  ),
  onDisk(
    `${H}integrity/source-not-utf8.json`,
    'a Latin-1 source file',
    invalid([at('invalid-encoding', '$.sources[0].file')]),
  ),
  onDisk(
    `${H}integrity/source-utf16.json`,
    'a UTF-16 source file',
    invalid([at('invalid-encoding', '$.sources[0].file')]),
  ),
  onDisk(
    `${H}integrity/source-with-bom.json`,
    'a source file with a byte order mark: offsets count after it',
    valid(at('byte-order-mark', '$.sources[0].file')),
  ),
  onDisk(
    `${H}integrity/source-outside-folder.json`,
    'a source path that climbs out of the dataset’s folder',
    invalid([at('schema', '$.sources[0].file')]),
  ),
  onDisk(
    `${H}integrity/source-hidden-file.json`,
    'a source file .env beside the dataset, holding the quoted text and a secret',
    invalid([at('schema', '$.sources[0].file')]),
  ),
  onDisk(
    `${H}integrity/source-in-hidden-folder.json`,
    'a source file in a hidden folder (.secrets/notes.txt)',
    invalid([at('schema', '$.sources[0].file')]),
  ),
  onDisk(
    `${H}integrity/source-dot-slash-hidden.json`,
    'a hidden source file spelled ././.env',
    invalid([at('schema', '$.sources[0].file')]),
  ),
];

const PROTOTYPE: FixtureCase[] = [
  onDisk(
    `${H}prototype/proto-key-at-root.json`,
    '"__proto__": {"polluted": ...} in the dataset',
    invalid([at('schema', '$.__proto__')]),
  ),
  onDisk(
    `${H}prototype/proto-key-in-actor.json`,
    '"__proto__": {"isAdmin": true} in an actor',
    invalid([at('schema', '$.actors[0].__proto__')]),
  ),
  onDisk(
    `${H}prototype/constructor-prototype-in-relation.json`,
    '"constructor": {"prototype": ...} in a relation',
    invalid([at('schema', '$.relations[0].constructor')]),
  ),
  onDisk(
    `${H}prototype/proto-key-in-evidence.json`,
    '"__proto__" in a piece of evidence',
    invalid([at('schema', `${R2_EVIDENCE}.__proto__`)]),
  ),
  onDisk(
    `${H}prototype/nested-proto-chain.json`,
    '"__proto__" inside "__proto__" inside "__proto__"',
    invalid([at('schema', '$.sources[0].__proto__')]),
  ),
  onDisk(
    `${H}prototype/proto-as-collection.json`,
    'the actors as {"__proto__": []} instead of an array',
    invalid([
      at('schema', '$.actors'),
      at('unknown-actor', '$.relations[0].from'),
      at('unknown-actor', '$.relations[0].to'),
      at('unknown-actor', '$.relations[1].from'),
      at('unknown-actor', '$.relations[1].to'),
    ]),
  ),
  onDisk(
    `${H}prototype/prototype-key-in-type.json`,
    '"prototype" in a relation type',
    invalid([at('schema', '$.relationTypes[0].prototype')]),
  ),
];

const SOURCE_TEXT = at('suspicious-text', '$.sources[0].text');
const INJECTION: FixtureCase[] = [
  onDisk(`${H}injection/html-in-text.json`, 'HTML and script in every text field and in quotes', valid()),
  onDisk(
    `${H}injection/svg-in-text.json`,
    'SVG with handlers, links and foreignObject in text and quotes',
    valid(SOURCE_TEXT),
  ),
  onDisk(
    `${H}injection/xml-specials.json`,
    'XML specials, CDATA ends, comments, entities and a DOCTYPE',
    valid(),
  ),
  onDisk(
    `${H}injection/control-characters.json`,
    'C0 and C1 controls and terminal escapes in labels and quotes',
    valid(SOURCE_TEXT),
  ),
  onDisk(
    `${H}injection/lone-surrogates.json`,
    'unpaired surrogates in labels, the source and quotes',
    valid(SOURCE_TEXT),
  ),
  onDisk(
    `${H}injection/bidi-controls.json`,
    'bidirectional overrides and isolates in labels and quotes',
    valid(),
  ),
  onDisk(
    `${H}injection/rtl-names.json`,
    'Arabic, Hebrew and Persian names, and names built to reverse the text around them',
    valid(),
  ),
  onDisk(
    `${H}injection/emoji-and-astral.json`,
    'flags, ZWJ sequences and astral letters before quotes',
    valid(),
  ),
  onDisk(
    `${H}injection/invisible-and-lookalike.json`,
    'zero-width and soft-hyphen names, a Cyrillic lookalike, separators',
    valid(),
  ),
  onDisk(
    `${H}injection/fields-at-limits.json`,
    'every length limit reached exactly (200 emoji in the title)',
    valid(),
  ),
  onDisk(
    `${H}injection/fields-over-limits.json`,
    'every length limit exceeded by one',
    invalid([
      at('schema', '$.title'),
      at('schema', '$.actors[0].name'),
      at('schema', '$.actors[0].aliases'),
      at('schema', '$.actors[1].description'),
      at('schema', '$.relations[1].evidence'),
    ]),
  ),
  {
    name: 'generated/injection/enormous-inline-text.json',
    category: 'injection',
    description: 'an inline source text of 5,000,001 characters',
    generator: { kind: 'bytes', bytes: () => new TextEncoder().encode(enormousTextDataset()) },
    ...invalid([at('schema', '$.sources[0].text')]),
  },
  onDisk(
    `${H}injection/terminal-escapes.json`,
    'ANSI and OSC-8 escape sequences in an unknown key and an enum value',
    invalid([
      at('schema', '$.actors[0].kind'),
      at('schema', '$["\\u001b[2J\\u001b[1;32mAll checks passed\\u001b[0m"]'),
    ]),
  ),
  onDisk(
    `${H}injection/forged-problem-line.json`,
    'a key with a line break and a fake "all fine" problem line after it',
    invalid([
      at(
        'schema',
        '$["x\\ntests/fixtures/hostile/injection/forged-problem-line.json:1:1: warning no-evidence at $: all fine"]',
      ),
    ]),
  ),
  onDisk(
    `${H}injection/bidi-in-error.json`,
    'a right-to-left override in an id that an error message repeats',
    invalid(
      [at('schema', '$.relations[0].from'), at('unknown-actor', '$.relations[0].from')],
      [at('isolated-actor', '$.actors[0]')],
    ),
  ),
  onDisk(
    `${H}injection/quote-mismatch-with-controls.json`,
    'a wrong quote with a line break, an escape and an override, which the message quotes',
    invalid([at('quote-not-found', `${R2_EVIDENCE}.quote`)]),
  ),
];

const none = (urls: readonly string[]): Record<string, undefined> =>
  Object.fromEntries(urls.map((url) => [url, undefined]));

const LINKS: FixtureCase[] = [
  onDisk(
    `${H}links/script-schemes.json`,
    'javascript:, data:, vbscript:, file: and blob: URLs, obfuscated',
    valid(),
    {
      links: none(SCRIPT_SCHEME_URLS),
    },
  ),
  onDisk(
    `${H}links/malformed-and-other-schemes.json`,
    'scheme-relative, scheme-only, credentials, other schemes',
    valid(),
    {
      links: { ...none(MALFORMED_URLS), 'https:/x': 'https://x/' },
    },
  ),
  onDisk(`${H}links/http-ok.json`, 'http(s) URLs with spaces, capitals and markup in the path', valid(), {
    links: {
      [HTTP_URLS[0]]: 'https://ok.example/a',
      [HTTP_URLS[1]]: 'https://ok.example/',
      [HTTP_URLS[2]]: 'http://ok.example/path?q=1#frag',
      [HTTP_URLS[3]]: 'https://ok.example/%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
      [HTTP_URLS[4]]: 'https://ok.example/a%20b',
    },
  }),
  onDisk(
    `${H}links/url-too-long.json`,
    'a source URL of 2,001 characters',
    invalid([at('schema', '$.sources[1].url')]),
  ),
];

const CSV: FixtureCase[] = [
  onDisk(
    `${H}csv/formula-injection.json`,
    'names, labels, summaries and quotes starting with = + - @ TAB CR',
    valid(),
  ),
  onDisk(`${H}csv/separators-in-text.json`, 'quotes with commas, double quotes, CRLF, LF and " | "', valid()),
];

const LIMITS: FixtureCase[] = [
  onDisk(
    `${H}limits/large-source-file.json`,
    'a 3.5 kB source file: valid under the default limits',
    valid(),
  ),
  onDisk(
    `${H}limits/large-source-file.json`,
    'limits.maxBytes between the dataset’s size and its source file’s',
    invalid([at('too-large', '$.sources[0].file')]),
    {
      limits: { maxBytes: 2500 },
      cli: false,
    },
  ),
  onDisk(
    `${H}syntax/two-documents.json`,
    'limits.maxBytes below a broken file: refused before parsing, so no syntax error',
    invalid([at('too-large', '$', 1, 1)]),
    {
      limits: { maxBytes: 100 },
      cli: false,
    },
  ),
  onDisk(
    `${H}csv/formula-injection.json`,
    'limits.maxBytes below the file size',
    invalid([at('too-large', '$', 1, 1)]),
    { limits: { maxBytes: 1024 }, cli: false },
  ),
  onDisk(
    `${H}integrity/reserved-word-ids.json`,
    'limits.maxActors below the 16 actors',
    invalid([at('too-large', '$.actors')]),
    { limits: { maxActors: 15 }, cli: false },
  ),
  onDisk(
    `${H}integrity/parallel-relations.json`,
    'limits.maxRelations below the 6 relations',
    invalid([at('too-large', '$.relations')]),
    { limits: { maxRelations: 5 }, cli: false },
  ),
  onDisk(
    `${H}injection/html-in-text.json`,
    'limits.maxDepth below the 5 levels a dataset needs',
    invalid([at('too-deep', '$')]),
    { limits: { maxDepth: 4 }, cli: false },
  ),
  {
    name: 'generated/limits/over-default-max-bytes.json',
    category: 'limits',
    description: 'a 60 MB file, over the 50 MB default: refused from its size, never read',
    generator: { kind: 'sparse', size: 60 * 1024 * 1024 },
    ...invalid([at('too-large', '$')]),
  },
  {
    name: 'generated/limits/schema-error-flood.json',
    category: 'limits',
    description: `${FLOOD.toLocaleString('en')} empty relation types (150 kB): refused by count, before the schema`,
    generator: {
      kind: 'bytes',
      bytes: () => new TextEncoder().encode(`{"relationTypes": [${Array(FLOOD).fill('{}').join(',')}]}`),
    },
    ...invalid([at('too-large', '$.relationTypes')]),
  },
  {
    name: 'generated/limits/value-flood.json',
    category: 'limits',
    description: '18 MB of [0,0,0,...]: far under the byte limit, but 9 million values to hold',
    generator: { kind: 'bytes', bytes: () => new TextEncoder().encode(`{"x":[${'0,'.repeat(9_000_000)}0]}`) },
    // Refused by the value count (limits.maxValues) before anything is parsed.
    ...invalid([at('too-large', '$')]),
    inProcess: false,
    cli: { heapMb: 1024 },
  },
  {
    name: 'generated/limits/large-valid-dataset.json',
    category: 'limits',
    description:
      'a real-shaped 17 MB dataset (22,000 actors) in the same 1 GB heap: valid, so that heap is fair',
    generator: {
      kind: 'bytes',
      bytes: () =>
        new TextEncoder().encode(JSON.stringify(generateDataset({ actors: 22_000, ratio: 1.5 }), null, 2)),
    },
    ...valid(),
    inProcess: false,
    cli: { heapMb: 1024 },
  },
  {
    name: 'generated/limits/endless-pipe.json',
    category: 'limits',
    description: 'a named pipe that never ends (like /dev/zero or a stuck upload): refused, not read',
    generator: { kind: 'pipe', max: 120 * 1024 * 1024 },
    outcome: 'unreadable',
    errors: [],
    warnings: [],
    inProcess: false,
  },
];

export const FIXTURES: readonly FixtureCase[] = [
  ...TRANSPORT,
  ...SYNTAX_CASES,
  ...INTEGRITY,
  ...PROTOTYPE,
  ...INJECTION,
  ...LINKS,
  ...CSV,
  ...LIMITS.map((c) => ({
    ...c,
    name: c.limits ? `${c.name}#${Object.keys(c.limits).join()}` : c.name,
    category: 'limits' as const,
  })),
];
