import type { CommandHelp } from './command.ts';

const PROGRAM = 'actor-graph';

export function generalHelp(commands: readonly CommandHelp[]): string {
  // The synopsis without its options: `validate <file.json>...`.
  const synopses = commands.map((command) => command.usage.split(' [')[0] ?? command.usage);
  const width = Math.max(...synopses.map((s) => s.length)) + 2;
  const list = commands.map((command, i) => `  ${synopses[i]!.padEnd(width)}${command.summary}`);
  return [
    `${PROGRAM}: check, export, draft and analyse evidence-backed actor-relationship datasets.`,
    '',
    'Usage:',
    `  ${PROGRAM} <command> [options]`,
    `  ${PROGRAM} <command> --help      Help for one command`,
    '',
    'Commands:',
    ...list,
    '',
    'Options:',
    '  -h, --help     Show this help',
    '  --version      Print the version',
    '',
    'Problems:',
    '  One line per problem, the way compilers print them, then a summary line:',
    '    file:line:column: error|warning code at $.json.path: message',
    '  Problem codes are stable; messages may change. Data in messages is escaped (\\u001B), so a',
    '  dataset cannot write to the terminal. validate --json prints JSON instead (an array for',
    '  several files). validate takes several files, each reported on its own.',
    '',
    'Exit codes:',
    '  0   valid (warnings allowed); export, draft: the file was written; analyze: the analysis',
    '      was printed',
    '  1   invalid: at least one error; export: nothing was written (invalid data or view,',
    '      the target exists, or the export or the write failed); draft: nothing was written',
    '      (the article is not UTF-8 text, the target exists, or the write failed); analyze:',
    '      invalid data',
    '  2   a file could not be read (missing, a directory, no permission), or bad usage',
    '  70  internal error: a bug in actor-graph (please report it)',
    '  validate with several files exits with the worst code of any of them.',
    '',
  ].join('\n');
}

export function commandHelp(command: CommandHelp): string {
  return [
    `Usage: ${PROGRAM} ${command.usage}`,
    '',
    `  ${command.summary}`,
    '',
    ...command.details.map((line) => (line === '' ? '' : `  ${line}`)),
    '',
    `${command.exitCodes} See ${PROGRAM} --help.`,
    '',
  ].join('\n');
}

export const usageHint = `Run '${PROGRAM} --help' for usage.`;
