/** What `actor-graph layout --help` says. */
import type { CommandHelp } from './command.ts';

export const help: CommandHelp = {
  summary: 'Save where every actor is drawn in the dataset, so it is drawn with no layout to run.',
  usage: 'layout <data.json> --out <path> [--view <view.json>] [--force]',
  details: [
    '--out <path>, -o    Where to write the dataset with positions; - for standard output. It may be',
    '                    the dataset itself, with --force.',
    '--view <view.json>  Take the positions of a view snapshot saved from the explorer (actors',
    '                    arranged by hand); actors it does not place get computed ones.',
    '--force             Replace an existing file.',
    'Without --view the positions are the layout the widget computes (saved ones are computed again).',
    'Each actor gets "position": { "x": …, "y": … } in graph units; everything else is kept.',
    '`export --format json --with-positions` does the same with the filters of an export.',
  ],
  exitCodes:
    'Exit codes: 0 written; 1 nothing written: invalid dataset or view, or the file exists; 2 unreadable input or bad usage; 70 internal error.',
};
