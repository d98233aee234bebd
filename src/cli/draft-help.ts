/** What `actor-graph draft --help` says. */
import type { CommandHelp } from './command.ts';

export const help: CommandHelp = {
  summary: 'Draft a dataset from a plain-text article: actors, relations and their quotes, to review.',
  usage: 'draft <article.txt> [--out <draft.json>] [--title <text>] [--published YYYY-MM-DD] [options]',
  details: [
    "-o, --out <path>           The dataset to write. Default: the article's name with .json, in the",
    '                           current folder.',
    '--force                    Replace the file if it exists.',
    "--title <text>             The dataset and source title. Default: the article's first line when",
    '                           it is a heading, else "Draft".',
    '--published <YYYY-MM-DD>   When the article was published: "on Friday", "in June" are resolved',
    '                           against it, and officials get the role they held then.',
    "--language en              The article's language; only English (en) is drafted.",
    '--url <url>                Where the article was published, kept with the source.',
    '--link-source              Name the article by its path instead of putting its text in the',
    '                           dataset. The article must then be inside the folder of --out.',
    '',
    'The article is read as UTF-8 text. Headings, lists, link-farm lines and headlines of other',
    'articles are recognised by their shape and not read for relations; the source notes say which',
    'lines. Every relation is marked as a draft (with a confidence and the words that suggested it)',
    'until a person accepts it; validate warns about drafts left in a dataset.',
    '',
    'Example:',
    '  actor-graph draft article.txt --published 2025-06-20 --out article.json',
  ],
  exitCodes:
    'Exit codes: 0 written; 1 nothing written: the article is not UTF-8 text, the file exists, or the write failed; 2 unreadable article, bad output path or bad usage; 70 internal error.',
};
