/**
 * Text that `JSON.parse` refused, explained: momoa parses it again for the first error, and
 * `explainSyntaxError` says in words what is most likely wrong and how to fix it. Only for text that
 * is not JSON, so the widget loads this (and momoa) on demand: a valid dataset never needs it.
 */
import { parse } from '@humanwhocodes/momoa';
import { indexLines } from '../text/lines.ts';
import { explainSyntaxError } from './json-syntax.ts';
import type { ParseResult } from './parse-json.ts';
import { PROBLEM_CODES, type ProblemCode } from './problem.ts';

/**
 * `parsed` with its syntax error explained, if `JSON.parse` refused its text (otherwise as it is).
 * momoa allows raw control characters in strings, which JSON.parse (and JSON) refuse: when that is
 * all that is wrong, the first such character is the error.
 */
export function explainRefusal(parsed: ParseResult): ParseResult {
  const refused = parsed.refused;
  if (!refused) return parsed;
  const { text, file, scan } = refused;
  const lines = indexLines(text);
  const where = (at: number): string => {
    const { line, column } = lines.positionAt(at);
    return `line ${line}, column ${column}`;
  };
  const fail = (code: ProblemCode, at: number, message: string): ParseResult => ({
    ...parsed,
    problems: [{ code, severity: 'error', file, path: '$', ...lines.positionAt(at), message }],
  });
  try {
    parse(text, { mode: 'json', ranges: false, tokens: false });
  } catch (error) {
    if (error instanceof RangeError) {
      return fail(
        PROBLEM_CODES.tooDeep,
        0,
        'The JSON is nested too deeply for the parser: lower limits.maxDepth.',
      );
    }
    const { at, message } = explainSyntaxError(error, text, scan, where);
    return fail(PROBLEM_CODES.jsonSyntax, at, message);
  }
  if (scan.controlAt !== undefined) {
    const name =
      text.charAt(scan.controlAt) === '\n'
        ? 'a line break'
        : text.charAt(scan.controlAt) === '\t'
          ? 'a tab'
          : 'a control character';
    return fail(
      PROBLEM_CODES.jsonSyntax,
      scan.controlAt,
      `A string contains ${name}, which JSON does not allow inside strings: write it as \\n, \\t or \\uXXXX.`,
    );
  }
  // Both parsers follow RFC 8259 otherwise, so this is not expected: JSON.parse's own words stay.
  return parsed;
}
