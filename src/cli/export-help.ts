/** What `actor-graph export --help` says: every option, and two examples. */
import type { CommandHelp } from './command.ts';
import { DEFAULT_PNG_SCALE, DEFAULT_VIEW_SIZE } from './export-options.ts';

const VIEW_SIZE = `${DEFAULT_VIEW_SIZE.width}x${DEFAULT_VIEW_SIZE.height}`;

export const help: CommandHelp = {
  summary: 'Write a dataset as png, svg, json, graphml, gexf or csv, with no browser; it is validated first.',
  usage: 'export <data.json> [--format <format>] [--out <path>] [options]',
  details: [
    '-f, --format <format>      png, svg, json, graphml, gexf or csv. May be left out when --out',
    '                           ends in one of those extensions: the format is taken from it.',
    "-o, --out <path>           The file to write. Default: the dataset id with the format's",
    '                           extension in the current folder. "-" writes to standard output',
    '                           (png only when standard output is not a terminal).',
    '--force                    Replace the file if it exists. Without it an existing file is',
    '                           never touched, and the export stops before doing any work.',
    '',
    'What is exported:',
    '--view <view.json>         A view snapshot saved from the explorer: its positions replace the',
    '                           computed layout (actors it does not place get computed ones), its',
    '                           filters apply, its selection is drawn, its viewport is --region view.',
    '--hide-type <type-id>      Leave out relations of this type (repeatable).',
    '--hide-status <status>     Leave out relations with this status: reported, alleged, analysis',
    '                           (repeatable).',
    '                           Filters apply to every format: json, csv, graphml and gexf then hold',
    '                           only the relations the filters show (and every actor).',
    "--all-relations            Ignore the --view file's filters: export every relation.",
    "--embed-sources            json: put each source's text inline, for one self-contained file.",
    "--with-positions           json: save where each actor is drawn (the --view file's positions, the",
    '                           dataset\'s saved ones, or the layout\'s) as its "position": the widget',
    '                           then draws the graph with no layout to run. See also `layout`.',
    '',
    'Pictures (png, svg), drawn like the explorer: same stylesheet, same deterministic layout:',
    '--theme light|dark         Colours (default light).',
    `--scale <n>                Pixels per graph unit (default ${DEFAULT_PNG_SCALE} for png, 1 for svg).`,
    '--width <px>               The image width in pixels, instead of --scale.',
    '--background <colour>      A colour (#fff, rgb(...), a name) or "transparent". Default: the theme\'s.',
    "--region full|view         The whole graph (default), or what the --view file's viewport showed.",
    `--view-size <W>x<H>        The canvas size the view was seen at, in pixels (default ${VIEW_SIZE}).`,
    '--no-legend                Leave out the legend.',
    '--title <text>             The title above the graph (default: the dataset title; "" for none).',
    'Very large pictures are scaled down to stay within 16,384 px a side and 100 megapixels, with a',
    'warning. Problems go to standard error, one line each; so does the line saying what was written.',
    '',
    'Examples:',
    '  actor-graph export graph-data/putins-delicate-dance.json --out dance.png --scale 3',
    '  actor-graph export data.json --format json --view view.json --embed-sources --out - > shown.json',
  ],
  exitCodes: [
    'Exit codes: 0 written; 1 nothing written: invalid dataset or view, the file exists, or the export',
    'or the write failed; 2 unreadable input, bad output path or bad usage; 70 internal error.',
  ].join('\n'),
};
