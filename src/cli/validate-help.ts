/** What `actor-graph validate --help` says. */
import { DEFAULT_LIMITS } from '../validate/limits.ts';
import type { CommandHelp } from './command.ts';

export const help: CommandHelp = {
  summary: 'Check datasets: encoding, JSON syntax, schema, references, and every quote against its source.',
  usage: 'validate <file.json>... [--json] [--quiet]',
  details: [
    '--json      Print one JSON object { valid, problems, counts } instead of lines;',
    '            for several files, an array of them, each with its "file".',
    '--quiet     Print errors only: no warnings, no summary line.',
    'Several files are checked one after the other, each reported on its own: its problems, then',
    'its summary line. The exit code is the worst of them.',
    'Source files named in a dataset are read relative to its folder, and only inside it.',
    `At most ${DEFAULT_LIMITS.maxProblems.toLocaleString('en')} problems are listed per file; one last line counts the rest.`,
  ],
  exitCodes:
    'Exit codes: 0 valid, 1 invalid, 2 unreadable file or bad usage, 70 internal error; for several files, the worst.',
};
