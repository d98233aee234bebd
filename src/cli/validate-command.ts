/** `actor-graph validate <file.json>`: the core validator, with source files read next to the dataset. */
import {
  DEFAULT_LIMITS,
  PROBLEM_CODES,
  formatProblem,
  tooLargeMessage,
  validateDataset,
  type Problem,
  type ValidationResult,
} from '../validate/index.ts';
import type { Command } from './command.ts';
import { parseCommandLine } from './command.ts';
import { readBytes, sourceResolver } from './files.ts';
import { EXIT, UsageError, type Io } from './io.ts';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  /** Present when the dataset is valid. */
  readonly actors?: number;
  readonly relations?: number;
  readonly quotes?: number;
}

function countsOf(result: Pick<ValidationResult, 'problems' | 'dataset'>): Counts {
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const counts = { errors, warnings: result.problems.length - errors };
  const { dataset } = result;
  if (!dataset) return counts;
  const quotes = dataset.relations.reduce((sum, relation) => sum + relation.evidence.length, 0);
  return { ...counts, actors: dataset.actors.length, relations: dataset.relations.length, quotes };
}

function summary(file: string, counts: Counts): string {
  const warnings = counts.warnings > 0 ? `, ${plural(counts.warnings, 'warning')}` : '';
  if (counts.errors > 0) return `✗ ${file}: ${plural(counts.errors, 'error')}${warnings}`;
  const { actors = 0, relations = 0, quotes = 0 } = counts;
  return `✓ ${file}: ${plural(actors, 'actor')}, ${plural(relations, 'relation')}, ${plural(quotes, 'quote')} verified${warnings}`;
}

export const validateCommand: Command = {
  summary: 'Check a dataset: encoding, JSON syntax, schema, references, and every quote against its source.',
  usage: 'validate <file.json> [--json] [--quiet]',
  details: [
    '--json      Print one JSON object { valid, problems, counts } instead of lines.',
    '--quiet     Print errors only: no warnings, no summary line.',
    'Source files named in the dataset are read relative to its folder, and only inside it.',
  ],
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandLine(args, {
      json: { type: 'boolean' },
      quiet: { type: 'boolean' },
    });
    const [file, ...extra] = positionals;
    if (file === undefined)
      throw new UsageError('validate needs a dataset file, e.g. actor-graph validate graph-data/x.json');
    if (extra.length > 0) throw new UsageError(`validate takes one file, got ${positionals.length}`);

    const maxBytes = DEFAULT_LIMITS.maxBytes;
    const read = await readBytes(file, maxBytes);
    const result: Pick<ValidationResult, 'problems' | 'dataset'> =
      'bytes' in read
        ? await validateDataset(read.bytes, { file, resolveSource: sourceResolver(file, maxBytes) })
        : { problems: [tooLarge(file, read.size, maxBytes)] };

    const counts = countsOf(result);
    const shown = values.quiet ? result.problems.filter((p) => p.severity === 'error') : result.problems;
    if (values.json) {
      io.out(`${JSON.stringify({ valid: counts.errors === 0, problems: shown, counts }, null, 2)}\n`);
    } else {
      const lines = shown.map(formatProblem);
      if (!values.quiet) lines.push(summary(file, counts));
      if (lines.length > 0) io.out(`${lines.join('\n')}\n`);
    }
    return counts.errors === 0 ? EXIT.ok : EXIT.invalid;
  },
};

function tooLarge(file: string, size: number, maxBytes: number): Problem {
  return {
    code: PROBLEM_CODES.tooLarge,
    severity: 'error',
    file,
    path: '$',
    message: tooLargeMessage('The file', size, maxBytes),
  };
}
