import { needsEscape, printable } from '../text/printable.ts';

/**
 * Problems found in a dataset. Every check reports problems as data, never by throwing, so the CLI,
 * the widget and the tests all see the same list. Tests assert on `code` and `path`, not on wording.
 */

export const PROBLEM_CODES = Object.freeze({
  // Transport and syntax
  readFailed: 'read-failed',
  tooLarge: 'too-large',
  invalidEncoding: 'invalid-encoding',
  byteOrderMark: 'byte-order-mark',
  emptyFile: 'empty-file',
  notJson: 'not-json',
  jsonSyntax: 'json-syntax',
  duplicateKey: 'duplicate-key',
  tooDeep: 'too-deep',
  // Shape (JSON Schema)
  schema: 'schema',
  unsupportedVersion: 'unsupported-version',
  // Referential integrity
  reservedId: 'reserved-id',
  duplicateId: 'duplicate-id',
  unknownActor: 'unknown-actor',
  unknownType: 'unknown-type',
  unknownSource: 'unknown-source',
  unknownRepresentative: 'unknown-representative',
  sourceUnavailable: 'source-unavailable',
  // Evidence integrity
  offsetsOutOfRange: 'offsets-out-of-range',
  quoteMismatch: 'quote-mismatch',
  quoteNotFound: 'quote-not-found',
  // Warnings
  noEvidence: 'no-evidence',
  selfLoop: 'self-loop',
  unusedType: 'unused-type',
  isolatedActor: 'isolated-actor',
  emptyGraph: 'empty-graph',
  suspiciousText: 'suspicious-text',
  draftRelation: 'draft-relation',
  positionsIncomplete: 'positions-incomplete',
  positionsCoincide: 'positions-coincide',
  // View snapshots
  staleView: 'stale-view',
  // The last problem of a list cut at limits.maxProblems: how many more there are
  tooManyProblems: 'too-many-problems',
} as const);

export type ProblemCode = (typeof PROBLEM_CODES)[keyof typeof PROBLEM_CODES];

export type Severity = 'error' | 'warning';

export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  /** The file the problem is in, as the user named it (a path or a URL). */
  readonly file: string;
  /** Where in the JSON: `$` is the document, then `.key` and `[index]`, e.g. `$.relations[3].evidence[0].start`. */
  readonly path: string;
  /** 1-based line and column in the file, where known. */
  readonly line?: number;
  readonly column?: number;
  /**
   * A sentence a non-programmer understands: what is wrong and, where we know it, how to fix it. Data
   * it quotes is escaped (`printable`), so it is one line of visible characters.
   */
  readonly message: string;
}

/** Where a check puts each problem as it finds it: the validator keeps only the first `limits.maxProblems`. */
export type ProblemSink = (problem: Problem) => void;

/** Thrown by APIs that must return a valid dataset or nothing (loaders); it carries the whole list. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const first = problems.find((p) => p.severity === 'error') ?? problems[0];
    super(first ? formatProblem(first) : 'The dataset is invalid.');
    this.problems = problems;
  }
}

export const hasErrors = (problems: readonly Problem[]): boolean =>
  problems.some((p) => p.severity === 'error');

/**
 * `file:line:column: error code at path: message` — one line, the format compilers use. Messages and
 * paths are escaped where they are made; escaping again here (it changes nothing that is already
 * escaped) keeps any that were not from reaching a terminal raw.
 */
export function formatProblem(p: Problem): string {
  const file = printable(p.file, Infinity);
  const where = p.line === undefined ? file : `${file}:${p.line}:${p.column ?? 1}`;
  return `${where}: ${p.severity} ${p.code} at ${printable(p.path, Infinity)}: ${printable(p.message, Infinity)}`;
}

/** Keys longer than this are cut in paths: a path names a place, and a key can be megabytes long. */
const MAX_KEY_IN_PATH = 200;

/**
 * Appends a key or an index to a path, quoting keys that are not plain identifiers as JSON strings.
 * Beyond what JSON escapes, characters `printable` escapes are written as `\uXXXX` too, so a path
 * is one line of visible characters and still a valid JSON string literal.
 */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) return `${path}.${key}`;
  const shown = [...key.slice(0, MAX_KEY_IN_PATH * 2)].slice(0, MAX_KEY_IN_PATH).join('');
  const literal = JSON.stringify(shown.length < key.length ? `${shown}…` : shown).replace(/[^ -~]/gu, (ch) =>
    needsEscape(ch.codePointAt(0) ?? 0)
      ? Array.from(
          { length: ch.length },
          (_, i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`,
        ).join('')
      : ch,
  );
  return `${path}[${literal}]`;
}
