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
  // View snapshots
  staleView: 'stale-view',
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
  /** A sentence a non-programmer understands: what is wrong and, where we know it, how to fix it. */
  readonly message: string;
}

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

/** `file:line:column: error code at path: message` — one line, the format compilers use. */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  return `${where}: ${p.severity} ${p.code} at ${p.path}: ${p.message}`;
}

/** Appends a key or an index to a path, quoting keys that are not plain identifiers. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
