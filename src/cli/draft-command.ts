/**
 * `actor-graph draft <article.txt> --out <draft.json>`: a plain-text article in, a dataset out, with
 * every relation marked as a draft for a person to review. Offline and in one process: no network, no
 * model. The dataset is validated before it is written, and written as `export` writes (never over a
 * file without `--force`, through a temporary file).
 */
import path from 'node:path';
import { draftDataset, slug } from '../draft/draft.ts';
import {
  DEFAULT_LIMITS,
  decodeText,
  formatProblem,
  tooLargeMessage,
  validateDataset,
} from '../validate/index.ts';
import type { CommandCode } from './command.ts';
import { parseCommandLine } from './command.ts';
import { readBytes, sourceResolver } from './files.ts';
import { CommandFailure, EXIT, UsageError, type Io } from './io.ts';
import { plural } from './load-dataset.ts';
import { checkTarget, writeOutput, type Target } from './output-file.ts';

/** What the format allows in a source's `file`: a relative path inside the dataset's folder. */
const SOURCE_FILE = /^(?![/\\])(?!.*\.\.)[A-Za-z0-9_./-]+$/u;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  title: { type: 'string' },
  published: { type: 'string' },
  language: { type: 'string' },
  url: { type: 'string' },
  'link-source': { type: 'boolean' },
} as const;

export const command: CommandCode = {
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandLine(args, OPTIONS);
    const [article, ...extra] = positionals;
    if (article === undefined)
      throw new UsageError('draft needs an article, e.g. actor-graph draft article.txt --out article.json');
    if (extra.length > 0) throw new UsageError(`draft takes one article, got ${positionals.length}`);
    const published = values.published === undefined ? undefined : isoDate(values.published);
    const language = values.language ?? 'en';
    if (!/^en(?:-[A-Za-z0-9]{2,8})*$/u.test(language))
      throw new UsageError(`--language ${language}: only English (en) articles can be drafted`);
    if (values.out === '') throw new UsageError('--out needs a file name');
    const outName = values.out ?? `${path.basename(article).replace(/\.[^.]*$/u, '') || 'draft'}.json`;
    const target: Target = { name: outName, path: path.resolve(outName), force: values.force ?? false };
    const sourceFile = values['link-source'] ? linkedPath(article, target) : undefined;
    await checkTarget(target);

    const started = performance.now();
    const text = await readArticle(article, io);
    const title = values.title ?? undefined;
    if (title !== undefined && (title.trim() === '' || title.length > 200))
      throw new UsageError('--title must be 1 to 200 characters');
    const { dataset } = draftDataset(text, {
      ...(title ? { title } : {}),
      ...(published ? { published } : {}),
      language,
      ...(sourceFile ? { sourceFile } : {}),
      ...(values.url ? { url: values.url } : {}),
      id: slug(title ?? path.basename(outName).replace(/\.json$/iu, '')),
    });
    const json = `${JSON.stringify(dataset, null, 2)}\n`;
    await mustValidate(json, target);
    await writeOutput(target, json);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const quotes = dataset.relations.reduce((n, r) => n + r.evidence.length, 0);
    io.err(
      `✓ wrote ${target.name}: ${plural(dataset.actors.length, 'actor')}, ${plural(dataset.relations.length, 'draft relation')}, ${plural(quotes, 'quote')} (${seconds} s)\n`,
    );
    if (dataset.relations.length === 0)
      io.err(
        'actor-graph: warning: no relation was found: is the article in English, and about states and their relations?\n',
      );
    else
      io.err('  Every relation is a draft: check each against its quotes, then accept, fix or delete it.\n');
    return EXIT.ok;
  },
};

function isoDate(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/u.test(value) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  )
    throw new UsageError(`--published must be a date as YYYY-MM-DD, not '${value}'`);
  return value;
}

/** The article's path relative to the output's folder, as the format wants a source `file`. */
function linkedPath(article: string, target: Target): string {
  const relative = path.relative(path.dirname(target.path), path.resolve(article)).split(path.sep).join('/');
  if (relative.startsWith('../') || relative === '..' || path.isAbsolute(relative))
    throw new UsageError(
      `--link-source: ${article} is not inside the folder of ${target.name}; a dataset may only name source files in its own folder. Move one of them, or leave out --link-source to put the text in the dataset`,
    );
  if (!SOURCE_FILE.test(relative))
    throw new UsageError(
      `--link-source: the path ${JSON.stringify(relative)} may use only letters, digits and _ . / -; rename the article, or leave out --link-source`,
    );
  return relative;
}

async function readArticle(file: string, io: Io): Promise<string> {
  const maxBytes = DEFAULT_LIMITS.maxBytes;
  const read = await readBytes(file, maxBytes);
  if ('size' in read)
    throw new CommandFailure(
      `cannot draft ${file}: ${tooLargeMessage('it', read.size, maxBytes)}`,
      EXIT.invalid,
    );
  const decoded = decodeText(read.bytes, {
    file,
    path: '$',
    subject: 'The article',
    maxBytes,
    positions: true,
  });
  for (const problem of decoded.problems) io.err(`${formatProblem(problem)}\n`);
  if (decoded.text === undefined)
    throw new CommandFailure(`cannot draft ${file}: it is not usable text, nothing written`, EXIT.invalid);
  return decoded.text;
}

/** A draft that does not validate is a bug in the drafter: say so, and write nothing. */
async function mustValidate(json: string, target: Target): Promise<void> {
  const result = await validateDataset(json, {
    file: target.name,
    resolveSource: sourceResolver(target.path),
  });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0)
    throw new CommandFailure(
      `internal error: the draft does not validate, nothing written (please report it):\n${errors.slice(0, 5).map(formatProblem).join('\n')}`,
      EXIT.internal,
    );
}
