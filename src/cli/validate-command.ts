/**
 * `actor-graph validate <file.json>...`: the core validator, with source files read next to each
 * dataset. Several files are checked one after the other in one process, each reported as if it were
 * alone (its problems, then its summary line); the exit code is the worst of them.
 */
import { parseCommandLine, type CommandCode } from './command.ts';
import { EXIT, ReadError, UsageError, type Io } from './io.ts';
import { countsOf, loadDataset, reportLines, type Counts, type LoadResult } from './load-dataset.ts';
import { terminalJson } from './terminal-json.ts';

export type { Counts } from './load-dataset.ts';

/** One file's outcome in `--json` output. */
type JsonReport =
  | { valid: boolean; problems: LoadResult['problems']; counts: Counts }
  | { file: string; valid: false; unreadable: string };

export const command: CommandCode = {
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, positionals: files } = parseCommandLine(args, {
      json: { type: 'boolean' },
      quiet: { type: 'boolean' },
    });
    if (files.length === 0)
      throw new UsageError('validate needs a dataset file, e.g. actor-graph validate graph-data/x.json');
    const quiet = values.quiet ?? false;

    let exit: number = EXIT.ok;
    const reports: JsonReport[] = [];
    for (const file of files) {
      let result: LoadResult;
      try {
        result = await loadDataset(file);
      } catch (error) {
        // One unreadable file among several: say so and go on with the others.
        if (!(error instanceof ReadError) || files.length === 1) throw error;
        io.err(`actor-graph: ${error.message}\n`);
        reports.push({ file, valid: false, unreadable: error.message });
        exit = Math.max(exit, EXIT.unusable);
        continue;
      }
      const counts = countsOf(result);
      exit = Math.max(exit, counts.errors === 0 ? EXIT.ok : EXIT.invalid);
      const problems = quiet ? result.problems.filter((p) => p.severity === 'error') : result.problems;
      if (values.json) {
        const report = { valid: counts.errors === 0, problems, counts };
        reports.push(files.length === 1 ? report : { file, ...report });
      } else {
        const lines = reportLines(file, result.problems, counts, quiet);
        if (lines.length > 0) io.out(`${lines.join('\n')}\n`);
      }
    }
    if (values.json) {
      io.out(`${terminalJson(files.length === 1 ? reports[0] : reports)}\n`);
    }
    return exit;
  },
};
