/**
 * Reading and validating a dataset file the one way every command does it, and reporting the result
 * in `validate`'s words, so `export` refuses exactly the files `validate` rejects, and says why alike.
 */
import {
  DEFAULT_LIMITS,
  PROBLEM_CODES,
  formatProblem,
  tooLargeMessage,
  validateDataset,
  type Problem,
  type ValidationResult,
} from '../validate/index.ts';
import { printable } from '../text/printable.ts';
import { readBytes, sourceResolver } from './files.ts';

export type LoadResult = Pick<ValidationResult, 'problems' | 'dataset' | 'sources' | 'omitted'>;

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  /** Present when the dataset is valid. */
  readonly actors?: number;
  readonly relations?: number;
  readonly quotes?: number;
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The dataset at `file`, validated with its source files read next to it (and only there). */
export async function loadDataset(file: string): Promise<LoadResult> {
  const maxBytes = DEFAULT_LIMITS.maxBytes;
  const read = await readBytes(file, maxBytes);
  if ('size' in read) return { problems: [tooLarge(file, read.size, maxBytes)], sources: new Map() };
  return validateDataset(read.bytes, { file, resolveSource: sourceResolver(file) });
}

/**
 * The counts of a result, including the problems past the listing limit: the summary line counts
 * every problem, not the one line that says how many more there are.
 */
export function countsOf(result: Pick<ValidationResult, 'problems' | 'dataset' | 'omitted'>): Counts {
  const listed = result.problems.filter((p) => p.code !== PROBLEM_CODES.tooManyProblems);
  const listedErrors = listed.filter((p) => p.severity === 'error').length;
  const counts = {
    errors: listedErrors + (result.omitted?.errors ?? 0),
    warnings: listed.length - listedErrors + (result.omitted?.warnings ?? 0),
  };
  const { dataset } = result;
  if (!dataset) return counts;
  const quotes = dataset.relations.reduce((sum, relation) => sum + relation.evidence.length, 0);
  return { ...counts, actors: dataset.actors.length, relations: dataset.relations.length, quotes };
}

/**
 * The summary line. The file name is escaped as problem lines escape it: a name can hold an ESC byte
 * or a line break, which would reach the terminal or forge a second summary line.
 */
export function summary(name: string, counts: Counts): string {
  const file = printable(name, Infinity);
  const warnings = counts.warnings > 0 ? `, ${plural(counts.warnings, 'warning')}` : '';
  if (counts.errors > 0) return `✗ ${file}: ${plural(counts.errors, 'error')}${warnings}`;
  const { actors = 0, relations = 0, quotes = 0 } = counts;
  return `✓ ${file}: ${plural(actors, 'actor')}, ${plural(relations, 'relation')}, ${plural(quotes, 'quote')} verified${warnings}`;
}

/** `validate`'s text output: one line per problem, then the summary line unless `quiet`. */
export function reportLines(
  file: string,
  problems: readonly Problem[],
  counts: Counts,
  quiet: boolean,
): string[] {
  const shown = quiet ? problems.filter((p) => p.severity === 'error') : problems;
  const lines = shown.map(formatProblem);
  if (!quiet) lines.push(summary(file, counts));
  return lines;
}

function tooLarge(file: string, size: number, maxBytes: number): Problem {
  return {
    code: PROBLEM_CODES.tooLarge,
    severity: 'error',
    file,
    path: '$',
    message: tooLargeMessage('The file', size, maxBytes),
  };
}
