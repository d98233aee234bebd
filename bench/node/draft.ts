/**
 * The drafter: how close its draft of the seed article comes to the hand-coded seed dataset
 * (precision and recall by actor pair, by pair + type + direction, by quote overlap; status
 * agreement), what it makes of the articles it was not tuned on, and how long it takes, against
 * validating the same article's dataset in the same process and the CLI's own start-up.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareDatasets, type Comparison } from '../../src/draft/compare.ts';
import { draftDataset } from '../../src/draft/draft.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { validateDataset } from '../../src/validate/index.ts';
import { DATA, OUT, ROOT } from '../paths.ts';
import { timeCli, type CliFigure } from './cli-runs.ts';
import { plan } from './plans.ts';
import { ratio, repeat, stat, type Stat } from './stats.ts';

const SEED = join(ROOT, 'graph-data/putins-delicate-dance.json');
const SEED_TEXT = join(ROOT, 'graph-data/sources/putins-delicate-dance.txt');
const ARTICLES = join(ROOT, 'tests/fixtures/articles');
const CLI = join(ROOT, 'bin', 'actor-graph.js');

export interface UnseenArticle {
  readonly file: string;
  readonly licence: string;
  readonly words: number;
  readonly states: readonly string[];
  readonly named: readonly string[];
  readonly relations: readonly string[];
}

export interface DraftData {
  readonly seed: { readonly words: number; readonly relations: number; readonly quotes: number };
  readonly drafted: { readonly actors: number; readonly relations: number; readonly quotes: number };
  readonly comparison: Comparison;
  readonly unseen: readonly UnseenArticle[];
  readonly inProcess: { readonly draftMs?: Stat; readonly validateMs?: Stat; readonly tripleDraftMs?: Stat };
  readonly cli: readonly CliFigure[];
  readonly ratios: Readonly<Record<string, number | undefined>>;
}

const words = (text: string): number => (text.match(/\S+/gu) ?? []).length;
const describe = (d: Dataset): string[] =>
  d.relations.map((r) => `${r.type} ${r.from}${r.directed ? '→' : '–'}${r.to} (${r.status})`);

function unseen(): UnseenArticle[] {
  const list = JSON.parse(readFileSync(join(ARTICLES, 'sources.json'), 'utf8')) as {
    file: string;
    licence: string;
    published: string;
    states: string[];
  }[];
  return list.map((article) => {
    const text = readFileSync(join(ARTICLES, article.file), 'utf8');
    const { dataset } = draftDataset(text, { published: article.published });
    const ids = new Set(dataset.actors.map((a) => a.id));
    return {
      file: article.file,
      licence: article.licence,
      words: words(text),
      states: article.states,
      named: article.states.filter((s) => ids.has(s)),
      relations: describe(dataset),
    };
  });
}

/** Interleaved in-process runs: a draft of the article, and validating the seed dataset with it inline. */
async function timings(text: string, seedJson: string, quick: boolean) {
  const triple = [text, text, text].join('\n');
  const draftMs: number[] = [];
  const validateMs: number[] = [];
  const tripleMs: number[] = [];
  const time = async (into: number[], work: () => unknown): Promise<void> => {
    const started = performance.now();
    await work();
    into.push(performance.now() - started);
  };
  await repeat(plan('cheap', quick), async (i) => {
    const sink = i < 0 ? [] : undefined;
    await time(sink ?? draftMs, () => draftDataset(text));
    await time(sink ?? validateMs, () => validateDataset(seedJson, { file: 'seed.json' }));
    await time(sink ?? tripleMs, () => draftDataset(triple));
  });
  return { draftMs: stat(draftMs), validateMs: stat(validateMs), tripleDraftMs: stat(tripleMs) };
}

export async function measureDraft(quick: boolean): Promise<DraftData> {
  mkdirSync(DATA, { recursive: true });
  mkdirSync(OUT, { recursive: true });
  const seed = JSON.parse(readFileSync(SEED, 'utf8')) as Dataset;
  const text = readFileSync(SEED_TEXT, 'utf8');
  const { dataset } = draftDataset(text, { published: '2025-06-21' });
  const quotes = (d: Dataset): number => d.relations.reduce((n, r) => n + r.evidence.length, 0);

  // The seed with its source inline: what validating "the same article's dataset" costs, in one file.
  const inline = { ...seed, sources: seed.sources.map(({ file: _file, ...s }) => ({ ...s, text })) };
  const inlineFile = join(DATA, 'seed-inline.json');
  const inlineJson = JSON.stringify(inline);
  writeFileSync(inlineFile, inlineJson);
  const inProcess = await timings(text, inlineJson, quick);

  const out = join(OUT, 'draft.json');
  const cliPlan = plan('cheap', quick);
  const cli = [
    await timeCli('baseline: start-up', ['actor-graph --help', [CLI, '--help']], cliPlan),
    await timeCli(
      'baseline: validate the seed',
      ['actor-graph validate seed-inline.json', [CLI, 'validate', inlineFile]],
      cliPlan,
    ),
    await timeCli(
      'draft the seed article',
      [
        'actor-graph draft putins-delicate-dance.txt --force',
        [CLI, 'draft', SEED_TEXT, '--out', out, '--force'],
      ],
      cliPlan,
    ),
  ];
  const [help, validate, draft] = cli;
  return {
    seed: { words: words(text), relations: seed.relations.length, quotes: quotes(seed) },
    drafted: { actors: dataset.actors.length, relations: dataset.relations.length, quotes: quotes(dataset) },
    comparison: compareDatasets(dataset, seed),
    unseen: unseen(),
    inProcess,
    cli,
    ratios: {
      draftVsValidate: ratio(inProcess.draftMs?.median, inProcess.validateMs?.median),
      tripleVsOnce: ratio(inProcess.tripleDraftMs?.median, inProcess.draftMs?.median),
      cliDraftVsValidate: ratio(draft?.wallMs?.median, validate?.wallMs?.median),
      cliDraftVsHelp: ratio(draft?.wallMs?.median, help?.wallMs?.median),
    },
  };
}
