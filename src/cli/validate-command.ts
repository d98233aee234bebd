/** `actor-graph validate <file.json>`: the core validator, with source files read next to the dataset. */
import type { Command } from './command.ts';
import { parseCommandLine } from './command.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { countsOf, loadDataset, reportLines } from './load-dataset.ts';

export type { Counts } from './load-dataset.ts';

export const validateCommand: Command = {
  summary: 'Check a dataset: encoding, JSON syntax, schema, references, and every quote against its source.',
  usage: 'validate <file.json> [--json] [--quiet]',
  details: [
    '--json      Print one JSON object { valid, problems, counts } instead of lines.',
    '--quiet     Print errors only: no warnings, no summary line.',
    'Source files named in the dataset are read relative to its folder, and only inside it.',
  ],
  exitCodes: 'Exit codes: 0 valid, 1 invalid, 2 unreadable file or bad usage, 70 internal error.',
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandLine(args, {
      json: { type: 'boolean' },
      quiet: { type: 'boolean' },
    });
    const [file, ...extra] = positionals;
    if (file === undefined)
      throw new UsageError('validate needs a dataset file, e.g. actor-graph validate graph-data/x.json');
    if (extra.length > 0) throw new UsageError(`validate takes one file, got ${positionals.length}`);

    const result = await loadDataset(file);
    const counts = countsOf(result);
    if (values.json) {
      const shown = values.quiet ? result.problems.filter((p) => p.severity === 'error') : result.problems;
      io.out(`${JSON.stringify({ valid: counts.errors === 0, problems: shown, counts }, null, 2)}\n`);
    } else {
      const lines = reportLines(file, result.problems, counts, values.quiet ?? false);
      if (lines.length > 0) io.out(`${lines.join('\n')}\n`);
    }
    return counts.errors === 0 ? EXIT.ok : EXIT.invalid;
  },
};
