/**
 * The drafter on the seed article and on three articles it was not tuned on: it finishes, names the
 * states, writes a dataset that validates, every quote verbatim, and reads nothing from junk lines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDatasets } from '../../src/draft/compare.ts';
import { blocksOf } from '../../src/draft/content.ts';
import { draftDataset } from '../../src/draft/draft.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { validateDataset } from '../../src/validate/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
const SEED_TEXT = read('graph-data/sources/putins-delicate-dance.txt');

interface Article {
  readonly file: string;
  readonly url: string;
  readonly licence: string;
  readonly published: string;
  readonly states: readonly string[];
}
const ARTICLES = JSON.parse(read('tests/fixtures/articles/sources.json')) as Article[];

/** Every quote is the text at its offsets, counted in code points. */
function expectVerbatim(dataset: Dataset, text: string): void {
  const points = [...text];
  const quotes = dataset.relations.flatMap((r) => r.evidence);
  for (const e of quotes) expect(points.slice(e.start, e.end).join('')).toBe(e.quote);
}

async function expectValid(dataset: Dataset): Promise<void> {
  const result = await validateDataset(JSON.stringify(dataset), { file: 'draft.json' });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const drafts = result.problems.filter((p) => p.code === 'draft-relation');
  expect(drafts).toHaveLength(dataset.relations.length);
}

describe('the seed article', () => {
  const { dataset } = draftDataset(SEED_TEXT, { published: '2025-06-21' });

  it('validates, with the article inline as its one source and every quote verbatim', async () => {
    expect(dataset.sources).toHaveLength(1);
    expect(dataset.sources[0]!.text).toBe(SEED_TEXT);
    await expectValid(dataset);
    expectVerbatim(dataset, SEED_TEXT);
  });

  it('quotes nothing from headings, link-farm lists or other articles’ headlines', () => {
    const junk = blocksOf(SEED_TEXT).filter((b) => b.kind !== 'content');
    for (const e of dataset.relations.flatMap((r) => r.evidence))
      for (const b of junk) expect(e.end <= b.start || e.start >= b.end).toBe(true);
    expect(dataset.sources[0]!.notes).toContain('lines 5-10, 13-17, 55-59 (lists and link-farm lines)');
  });

  it('recovers most of the hand-coded relations', () => {
    const seed = JSON.parse(read('graph-data/putins-delicate-dance.json')) as Dataset;
    const comparison = compareDatasets(dataset, seed);
    // The bench reports the figures; this only guards against a drafter that has stopped working.
    expect(comparison.pairs.recall).toBeGreaterThanOrEqual(0.75);
    expect(comparison.relations.recall).toBeGreaterThanOrEqual(0.6);
    expect(comparison.relations.precision).toBeGreaterThanOrEqual(0.6);
  });

  it('gives officials the role they held on the publication date', () => {
    const russia = dataset.actors.find((a) => a.id === 'RUS');
    expect(russia?.representatives).toContainEqual({
      id: 'putin',
      name: 'Vladimir Putin',
      role: 'President of Russia',
    });
    const later = draftDataset(SEED_TEXT, { published: '2010-01-01' }).dataset.actors.find(
      (a) => a.id === 'USA',
    );
    expect(later?.representatives?.find((r) => r.id === 'trump')?.role).toBeUndefined();
  });
});

describe('articles nobody tuned the drafter on', () => {
  it.each(ARTICLES)('$file: finishes, names its states, validates with verbatim quotes', async (article) => {
    const text = read(path.join('tests/fixtures/articles', article.file));
    const { dataset } = draftDataset(text, { published: article.published, url: article.url });
    expect(dataset.actors.map((a) => a.id)).toEqual(expect.arrayContaining([...article.states]));
    await expectValid(dataset);
    expectVerbatim(dataset, text);
  });
});

describe('an article with no relation', () => {
  it('still gives a valid dataset, with every relation type for the reviewer to use', async () => {
    const { dataset } = draftDataset('A Heading Only\n- a list item\n');
    expect(dataset.relations).toEqual([]);
    expect(dataset.relationTypes.length).toBeGreaterThan(20);
    await expectValid(dataset);
  });
});

describe('junk', () => {
  it('names no actor that only a link-farm line or a headline mentions', () => {
    const text = [
      'Russia and Iran signed a strategic partnership treaty in Moscow on Friday.',
      '- Canada Celebrity Leaked Videos',
      'Brazil Wants Talks With Argentina | The Daily Example',
    ].join('\n');
    const ids = draftDataset(text).dataset.actors.map((a) => a.id);
    expect(ids.sort()).toEqual(['IRN', 'RUS']);
  });
});
