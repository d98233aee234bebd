/**
 * Turns the parser's terse errors ("Unexpected token RBrace found.") into a sentence that says what is
 * most likely wrong and how to fix it. The people who edit datasets by hand are not all programmers,
 * and most of their mistakes are the same few: trailing commas, comments, single quotes, a truncated file.
 */
import { characterName, printable } from '../text/printable.ts';
import { depthAt, previousSignificant, type ScanResult } from './json-scan.ts';

export interface SyntaxExplanation {
  /** UTF-16 index the message is about. */
  readonly at: number;
  readonly message: string;
}

interface ParserError {
  readonly message: string;
  readonly offset: number;
}

const isParserError = (error: unknown): error is ParserError =>
  error instanceof Error && typeof (error as { offset?: unknown }).offset === 'number';

/** The character at `at`, as it is: messages compare it with other characters. */
const charAt = (text: string, at: number): string => String.fromCodePoint(text.codePointAt(at) ?? 0x20);

/** The character at `at` as a message shows it: `'x'`, or `U+FEFF (a byte order mark)` for one nobody can see. */
const show = (text: string, at: number): string => {
  const code = text.codePointAt(at) ?? 0x20;
  return characterName(code) ?? `'${String.fromCodePoint(code)}'`;
};

function endOfInput(text: string, scan: ScanResult, where: (at: number) => string): SyntaxExplanation {
  const at = previousSignificant(text, text.length) + 1;
  if (scan.openStringAt !== undefined) {
    return {
      at,
      message: `The file ends inside the string that starts at ${where(scan.openStringAt)}: is a closing '"' missing, or is the file cut off?`,
    };
  }
  const innermost = scan.unclosed[scan.unclosed.length - 1];
  if (innermost !== undefined) {
    return {
      at,
      message: `The file ends before the '${text.charAt(innermost)}' opened at ${where(innermost)} is closed: is the file cut off?`,
    };
  }
  return { at, message: 'The file ends where a value was expected: is the file cut off?' };
}

const BARE_WORDS = 'text must be in double quotes; the only bare words JSON allows are true, false and null.';

function unexpectedCharacter(text: string, at: number): string {
  const ch = charAt(text, at);
  const next = text.charAt(at + 1);
  if (ch === '/' && (next === '/' || next === '*'))
    return 'JSON does not allow comments: remove this comment.';
  if (ch === "'") return `JSON strings need double quotes ("), not single quotes (').`;
  // The parser points at the backslash of a bad escape, or at the character after it.
  const escape = ch === '\\' ? `\\${next}` : text.charAt(at - 1) === '\\' ? `\\${ch}` : undefined;
  if (escape !== undefined) {
    return `"${printable(escape)}" is not a valid escape in a JSON string (valid ones: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX); to write a backslash, write \\\\.`;
  }
  if (/[\p{L}_$]/u.test(ch)) return `Unexpected ${show(text, at)}: ${BARE_WORDS}`;
  if (/[0-9]/.test(ch) && (text.charAt(at - 1) === '0' || (ch === '0' && /[0-9]/.test(next))))
    return 'Numbers in JSON cannot start with 0 (write 7, not 07).';
  const code = ch.codePointAt(0) ?? 0;
  if (characterName(code) !== undefined) {
    const hint = code === 0xfeff ? ' A byte order mark belongs only at the very start of a file.' : '';
    return `Unexpected character ${show(text, at)}, which most editors do not show: delete it.${hint}`;
  }
  return `Unexpected character ${show(text, at)}.`;
}

function unexpectedToken(text: string, at: number, where: (at: number) => string): string {
  const ch = charAt(text, at);
  const before = previousSignificant(text, at);
  const prev = before === -1 ? '' : text.charAt(before);
  if ((ch === '}' || ch === ']') && prev === ',') {
    return `Unexpected '${ch}': JSON does not allow a trailing comma before it — remove the comma at ${where(before)}.`;
  }
  if ((ch === '}' || ch === ']' || ch === ',') && prev === ':')
    return `Unexpected '${ch}': a value is missing after the ':'.`;
  if (ch === ',' && (prev === ',' || prev === '[' || prev === '{'))
    return `Unexpected ',': a value is missing before it.`;
  if (/["\-0-9{[tfn]/.test(ch) && /["0-9}\]el]/.test(prev)) {
    return `Unexpected ${ch === '"' ? 'string' : `'${ch}'`}: is a comma (or a colon) missing before it?`;
  }
  return `Unexpected ${show(text, at)}.`;
}

/** The position and explanation of a parser error; `where(at)` prints "line L, column C". */
export function explainSyntaxError(
  error: unknown,
  text: string,
  scan: ScanResult,
  where: (at: number) => string,
): SyntaxExplanation {
  if (!isParserError(error)) {
    return {
      at: 0,
      message: `The file is not valid JSON (${printable(error instanceof Error ? error.message : String(error))}).`,
    };
  }
  // momoa reports some ends of input at offset 0 (parseValue); the end of the text is where it is.
  if (error.message.startsWith('Unexpected end of input')) return endOfInput(text, scan, where);
  const at = error.offset;
  const isComment = text.charAt(at) === '/' && /[/*]/.test(text.charAt(at + 1));
  // Anything after a complete top-level value: the parser calls it unexpected, whatever it is.
  if (!isComment && previousSignificant(text, at) !== -1 && depthAt(text, at) === 0) {
    return {
      at,
      message: `Unexpected ${show(text, at)} after the end of the JSON value: is there an extra closing bracket, or a second value?`,
    };
  }
  if (error.message.startsWith('Unexpected identifier')) {
    const word = /^[^\s,:[\]{}"]+/.exec(text.slice(at, at + 40))?.[0] ?? charAt(text, at);
    return { at, message: `Unexpected word '${printable(word)}': ${BARE_WORDS}` };
  }
  if (error.message.startsWith('Unexpected token')) return { at, message: unexpectedToken(text, at, where) };
  return { at, message: unexpectedCharacter(text, at) };
}
