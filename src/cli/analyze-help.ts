/** What `actor-graph analyze --help` says. */
import type { CommandHelp } from './command.ts';

export const help: CommandHelp = {
  summary: 'Alliances: pair scores, two camps and their strain, unbalanced triangles, brokers.',
  usage: 'analyze <data.json> [--format text|json] [--exclude-status <status>] [options]',
  details: [
    '-f, --format text|json         A short report (default), or every number as JSON.',
    '--exclude-status <status>      Leave out reported, alleged or analysis relations. Repeatable,',
    '                               or comma-separated.',
    '--status-factor <status>=<n>   Weight of a status (default reported=1, alleged=0.5,',
    '                               analysis=0.25). Repeatable.',
    '--type-weight <type>=<n>       Weight of a relation type, instead of its scale value. Repeatable.',
    '--objective weight|count       What the camps minimise: the weight of the pairs against them',
    '                               (default) or their number.',
    '--exact-limit <n>              Parts of up to n actors are split exactly (default 24, at most 30).',
    '--no-sensitivity               Do not run the analysis again without alleged and analysis relations.',
    'The dataset is validated first; if it is invalid, its problems are printed and nothing else.',
    'The JSON is described in docs/cli.md.',
  ],
  exitCodes: 'Exit codes: 0 analysed, 1 invalid dataset, 2 unreadable file or bad usage, 70 internal error.',
};
